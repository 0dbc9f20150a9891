// @ts-check
/**
 * Mutation testing (npm run test:mutation): Stryker changes one operator, condition or constant at a
 * time in the lib modules and the storage module and expects a unit test to fail. Not part of `npm test`:
 * a full run takes longer than CI allows. Incremental: only mutants whose code or tests changed since the
 * committed tests/mutation/stryker-incremental.json run again. One group at a time while working:
 *   npm run test:mutation -- --mutate 'src/shared/storage/**\/*.ts'
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a constant table, a regex) runs every test that imported the module:
  // 93 % of the run time for 18 % of the mutants. Those are left out of the score.
  ignoreStatic: true,
  concurrency: 2,
  // The lib modules: browser-safe shared logic (storage among it) and the build's content and HTML logic.
  // Not client code (DOM; tests/unit/client covers its logic) and not the build steps in
  // src/build/integrations, which orchestrate files and processes and are tested by whole builds
  // (tests/build, the e2e suite) that a mutant-per-run tool cannot afford.
  mutate: ['src/shared/**/*.ts', 'src/build/content/**/*.ts', 'src/build/html/**/*.ts'],
  ignorePatterns: ['dist', '.astro', 'test-results', 'playwright-report', 'reports', 'docs', 'content/**/*.pdf', '.stryker-tmp'],
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { logTests: false, allowColor: false },
  thresholds: { high: 80, low: 70, break: null },
  timeoutMS: 10_000,
};
