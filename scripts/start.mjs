// Builds the handbook if dist/ is missing or older than its sources, then serves dist/ on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const port = process.env.PORT ?? '4321';
const built = path.resolve('dist/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

const sources = Math.max(...['src', 'content', 'public'].map(newest), statSync('astro.config.mjs').mtimeMs, statSync('package-lock.json').mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('Bygger handboken …');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Samverkanshandboken: http://127.0.0.1:${port}/`);
const preview = spawnSync('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', port, '--ignore-lock'], { stdio: 'inherit' });
process.exit(preview.status ?? 0);
