// Compares two build outputs file by file: which files only one has, and which differ in content.
// For checking that a build change leaves what readers get untouched:
//   HANDBOOK_BUILD_ID=X HANDBOOK_OUT_DIR=/tmp/a npx astro build   (before)
//   HANDBOOK_BUILD_ID=X HANDBOOK_OUT_DIR=/tmp/b npx astro build   (after)
//   node scripts/dist-diff.mjs /tmp/a /tmp/b
// Build both with the same HANDBOOK_BUILD_ID, or pass --ignore <text> for each build id to blank out.
// Exits 1 when they differ.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const ignored = [];
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--ignore') ignored.push(args[++i]);
  else dirs.push(args[i]);
}
if (dirs.length !== 2) {
  console.error('Användning: node scripts/dist-diff.mjs FÖRE EFTER [--ignore BYGG-ID …]');
  process.exit(2);
}

function hashes(dir) {
  const out = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = readFileSync(file);
    if (ignored.length) {
      let text = bytes.toString('latin1');
      for (const id of ignored) text = text.split(id).join('<bygg-id>');
      bytes = Buffer.from(text, 'latin1');
    }
    const name = path.relative(dir, file).split(path.sep).join('/');
    out.set(ignored.reduce((n, id) => n.split(id).join('<bygg-id>'), name), createHash('sha256').update(bytes).digest('hex'));
  }
  return out;
}

const [before, after] = dirs.map(hashes);
const onlyBefore = [...before.keys()].filter((f) => !after.has(f)).sort();
const onlyAfter = [...after.keys()].filter((f) => !before.has(f)).sort();
const changed = [...before.keys()].filter((f) => after.has(f) && after.get(f) !== before.get(f)).sort();
const list = (label, files) => files.length && console.log(`${label} (${files.length}):\n${files.slice(0, 50).map((f) => `  ${f}`).join('\n')}${files.length > 50 ? '\n  …' : ''}`);
list(`Bara i ${dirs[0]}`, onlyBefore);
list(`Bara i ${dirs[1]}`, onlyAfter);
list('Olika innehåll', changed);
const same = before.size - onlyBefore.length - changed.length;
console.log(`${same} av ${before.size} filer lika${onlyBefore.length + onlyAfter.length + changed.length ? '' : ' – inga skillnader'}.`);
process.exit(onlyBefore.length + onlyAfter.length + changed.length ? 1 : 0);
