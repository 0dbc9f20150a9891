// The mutation score per module and in total, from the committed incremental result of `npm run test:mutation`
// (tests/mutation/stryker-incremental.json): what the last run of each module found, without running it again.
// Score = detected (killed or timed out) / (detected + survived + not covered), as Stryker counts it; mutants
// Stryker ignores (static code, see stryker.config.mjs) are not counted. `npm run bench` reports the same figures.
//   node scripts/mutation-score.mjs [file.json ...]   (several files: merged, later files win per module)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const INCREMENTAL_FILE = 'tests/mutation/stryker-incremental.json';

/** Per module: mutants detected and not detected; the total; the modules under `floor` %. */
export function mutationScores(files = [INCREMENTAL_FILE], floor = 80) {
  const modules = new Map();
  for (const file of files) {
    for (const [name, result] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).files)) modules.set(name, result.mutants);
  }
  const rows = [...modules].sort(([a], [b]) => a.localeCompare(b)).map(([name, mutants]) => {
    const count = (statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    return { name, detected: count(['Killed', 'Timeout']), undetected: count(['Survived', 'NoCoverage']) };
  });
  const total = rows.reduce((t, r) => ({ detected: t.detected + r.detected, undetected: t.undetected + r.undetected }), { detected: 0, undetected: 0 });
  const below = rows.filter((r) => r.detected + r.undetected > 0 && (100 * r.detected) / (r.detected + r.undetected) < floor);
  return { rows, total, below };
}

export const percent = (r) => (r.detected + r.undetected ? (100 * r.detected) / (r.detected + r.undetected) : undefined);
const shown = (r) => percent(r)?.toFixed(1) ?? '–';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.slice(2);
  const { rows, total, below } = mutationScores(files.length ? files : undefined);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.detected + r.undetected).padStart(5)}  ${shown(r).padStart(5)} %`);
  console.log(`\n${rows.length} moduler, ${total.detected + total.undetected} mutanter: ${shown(total)} % upptäckta; under 80 %: ${below.map((r) => `${r.name} ${shown(r)} %`).join(', ') || 'ingen'}`);
}
