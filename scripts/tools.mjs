// The system tools the browser tests and the benchmark need (Debian's Chromium, nginx, poppler-utils).
// On a fresh Debian machine run as root they are installed with apt-get; otherwise the reader is told how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.mjs';

const TOOLS = {
  chromium: { missing: () => !chromiumPath() && !process.env.PLAYWRIGHT_BROWSERS_PATH, why: 'webbläsaren som körs' },
  nginx: { missing: () => !existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx'), why: 'webbservern som serverar dist/ som i produktion' },
  'poppler-utils': { missing: () => !existsSync('/usr/bin/pdftotext'), why: 'läser texten i utskrifterna (PDF)' },
};

/** Makes sure the named Debian packages are present; exits with a clear message when they can't be. */
export function ensureTools(names) {
  const need = names.filter((name) => TOOLS[name].missing());
  if (!need.length) return;
  console.log(`Behöver ${need.map((name) => `${name} (${TOOLS[name].why})`).join(', ')}.`);
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`Installera dem först, t.ex.: sudo apt-get install -y ${need.join(' ')}  (eller sätt CHROMIUM_PATH och NGINX_PATH).`);
    process.exit(1);
  }
  console.log(`Installerar med apt-get: ${need.join(' ')} …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...need], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
