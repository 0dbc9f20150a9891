import { defineConfig } from 'vitest/config';

/**
 * The unit tests Stryker runs against each mutant (npm run test:mutation). Tests that read the whole
 * content corpus or spell-check it take seconds each and would run again for every mutant they cover;
 * they guard the content, not the logic, so the mutation run leaves them to `npm run test:unit`.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/content.test.ts',
      'tests/unit/spelling.test.ts',
      'tests/unit/readability.test.ts',
      'tests/unit/strandvik.test.ts',
      'tests/unit/unverified-facts.test.ts',
      'tests/unit/terms.test.ts',
      'tests/unit/new-chapters.test.ts',
    ],
    testTimeout: 20_000,
  },
});
