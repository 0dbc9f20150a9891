import { test, expectNoAxeViolations, expect } from './fixtures';

/** One URL per page type. */
const PAGES = [
  '/',
  '/kapitel/',
  '/kapitel/steg-2-egna-forberedelser/',
  '/kapitel/kommuner-mot-brott/',
  '/utgava/2020/kapitel/steg-2-egna-forberedelser/',
  '/utgava/2020/',
  '/kapitel/steg-2-egna-forberedelser/jamfor/2020-2024/',
  '/steg/1/',
  '/arbetsblad/',
  '/arbetsblad/atgardsplan/',
  '/arbetsblad/steg-3/',
  '/ovningar/',
  '/ovningar/prioritering-av-problem/',
  '/metoder/',
  '/metoder/sara/',
  '/goda-exempel/',
  '/roller/',
  '/roller/samordnare/',
  '/ordlista/',
  '/lagen/',
  '/vad-ar-nytt/',
  '/sok/',
  '/sok/?q=lägesbild',
  '/workshop/',
  '/tillganglighet/',
  '/statistik/',
  '/offline/',
];

for (const url of PAGES) {
  test(`axe: ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

test('axe: 404', async ({ page, guard }) => {
  guard.allowConsole.push(/404/);
  await page.goto('/finns-inte/');
  await expectNoAxeViolations(page);
});

test('axe i mörkt läge: kapitel och arbetsblad', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const url of ['/kapitel/steg-3-gemensamma-forberedelser/', '/arbetsblad/problemprioritering/', '/']) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
});
