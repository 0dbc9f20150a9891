import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

/** The e2e suite runs against the built site (dist/, or HANDBOOK_OUT_DIR) served by nginx with deploy/nginx.conf. */
export const PORT = Number(process.env['HANDBOOK_TEST_PORT'] ?? 4323);
const DIST = process.env['HANDBOOK_OUT_DIR'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // Lighthouse over every page type is slow: its own run (npm run test:lighthouse), not part of npm test.
  testIgnore: process.env['HANDBOOK_LIGHTHOUSE'] ? [] : ['**/lighthouse-seo.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/nginx.mjs ${PORT} ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
