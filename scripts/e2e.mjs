// Runs the browser tests the way CI does: makes sure the tools exist (installing Debian's Chromium,
// nginx and poppler-utils when missing and allowed), builds the site, then runs Playwright.
// Extra arguments go to `playwright test` (e.g. npm run test:e2e -- tests/e2e/search.spec.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.mjs';

const need = [];
if (!chromiumPath() && !process.env.PLAYWRIGHT_BROWSERS_PATH) need.push(['chromium', '/usr/bin/chromium', 'webbläsaren som testerna körs i']);
if (!existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx')) need.push(['nginx', '/usr/sbin/nginx', 'webbservern som serverar dist/ som i produktion']);
if (!existsSync('/usr/bin/pdftotext')) need.push(['poppler-utils', '/usr/bin/pdftotext', 'läser texten i utskrifterna (PDF)']);

if (need.length) {
  const names = need.map(([pkg]) => pkg);
  console.log(`Testerna behöver ${need.map(([pkg, , why]) => `${pkg} (${why})`).join(', ')}.`);
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(`Installera dem först, t.ex.: sudo apt-get install -y ${names.join(' ')}  (eller sätt CHROMIUM_PATH och NGINX_PATH).`);
    process.exit(1);
  }
  console.log(`Installerar med apt-get: ${names.join(' ')} …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['astro', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
