// Merges Stryker incremental files from group runs (each with its own --incrementalFile) into one:
//   node scripts/mutation-merge.mjs tests/mutation/stryker-incremental.json group.json ... > merged.json
// Stryker numbers tests per run, so each input's test ids get a prefix of their own (in the mutants'
// killedBy/coveredBy and in testFiles); files: later inputs win per module; testFiles: tests of all inputs.
import { readFileSync } from 'node:fs';
const inputs = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const out = { ...inputs[0], files: {}, testFiles: {} };
inputs.forEach((data, n) => {
  const tag = (id) => (/^r\d+:/.test(id) ? id : `r${n}:${id}`);
  for (const [name, file] of Object.entries(data.files)) {
    out.files[name] = { ...file, mutants: file.mutants.map((m) => ({ ...m, ...(m.killedBy ? { killedBy: m.killedBy.map(tag) } : {}), ...(m.coveredBy ? { coveredBy: m.coveredBy.map(tag) } : {}) })) };
  }
  for (const [name, file] of Object.entries(data.testFiles ?? {})) {
    const tests = file.tests.map((t) => ({ ...t, id: tag(t.id) }));
    const before = out.testFiles[name]?.tests ?? [];
    out.testFiles[name] = { ...file, tests: [...before.filter((t) => !tests.some((u) => u.id === t.id)), ...tests] };
  }
});
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
