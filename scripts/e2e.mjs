// Runs the browser tests the way CI does: makes sure the tools exist (installing Debian's Chromium,
// nginx and poppler-utils when missing and allowed), builds the site, then runs Playwright.
// Extra arguments go to `playwright test` (e.g. npm run test:e2e -- tests/e2e/search.spec.ts).
import { spawnSync } from 'node:child_process';
import { ensureTools } from './tools.mjs';

ensureTools(['chromium', 'nginx', 'poppler-utils']);

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const args = process.argv.slice(2);
// The whole-book PDF takes Chromium 15–25 s to print: build it only when its test runs (the whole
// suite, or a run naming book.spec.ts).
const specs = args.filter((a) => !a.startsWith('-'));
const wantsPdf = specs.length === 0 || specs.some((a) => a.includes('book.spec'));
run(process.execPath, ['scripts/build.mjs'], wantsPdf ? { HANDBOOK_BOOK_PDF: '1' } : {});
run('npx', ['playwright', 'test', ...args]);
