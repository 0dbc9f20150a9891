// Runs the browser tests the way CI does: makes sure the tools exist (installing Debian's Chromium,
// nginx and poppler-utils when missing and allowed), builds the site, then runs Playwright.
// Extra arguments go to `playwright test` (e.g. npm run test:e2e -- tests/e2e/search.spec.ts).
import { spawnSync } from 'node:child_process';
import { ensureTools } from './tools.mjs';

ensureTools(['chromium', 'nginx', 'poppler-utils']);

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['astro', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
