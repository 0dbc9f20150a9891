import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'], testTimeout: 20_000 } },
      // Build modules that import astro:content, through Astro's own Vite config.
      'tests/astro/vitest.config.ts',
    ],
  },
});
