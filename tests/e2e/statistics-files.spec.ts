/**
 * The statistics page with the files of issue #17's second round: a large XLSX (its sheet over 512 kB
 * unpacked, which read-excel-file's own unzip would hand to a blob: worker the CSP refuses), Brå's
 * statistikdatabas table, and the charts in the Lägesbild worksheet's Markdown export.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { test, expect, expectNoAxeViolations } from './fixtures';

const BRA = path.resolve('tests/fixtures/statistics/bra-strandvik.csv');

test('en stor Excel-fil (över 320 kB packad) läses, också när läsarens worker har sidans hela CSP som HTTP-huvud', async ({ page }) => {
  // The file reader's worker takes its CSP from its own response. deploy/ sends only what a meta CSP
  // cannot carry; a host that sends the whole policy (script-src 'self', worker-src 'self') must not
  // stop a large file: read-excel-file's own unzip would start a blob: worker there, which is refused.
  await page.route(/\/_astro\/read-worker[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'" } });
  });
  const rows = [[{ value: 'Område' }, { value: 'År' }, { value: 'Brottstyp' }, { value: 'Antal' }]];
  for (let i = 0; i < 19_000; i++) rows.push([{ value: `Område ${i % 97}` }, { value: 2000 + (i % 25) }, { value: `Brott ${i % 31}` }, { value: (i * 7919) % 100_003 }] as never);
  const buffer = await writeExcelFile(rows as never).toBuffer();
  expect(buffer.length).toBeGreaterThan(320 * 1024);
  await page.goto('/statistik/');
  await expect(page.locator('[data-stats]')).toHaveAttribute('data-ready', 'ja');
  await page.getByLabel(/^Fil/).setInputFiles({ name: 'stor.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.locator('[data-stats-status]')).toHaveText(/^stor\.xlsx: 19\s000 rader och 4 kolumner \(Excel-fil\)\.$/, { timeout: 30_000 });
  await expect(page.locator('[data-stats-alert]')).toBeHidden();
  await expect(page.locator('[data-stats-mapping]').getByRole('button', { name: /^Importera 19\s000 värden$/ })).toBeEnabled();
});

test('Brås statistikdatabas: tabellen känns igen, formelcellen listas med sin rad, källan fylls i', async ({ page }) => {
  await page.goto('/statistik/');
  await expect(page.locator('[data-stats]')).toHaveAttribute('data-ready', 'ja');
  await page.getByLabel(/^Fil/).setInputFiles(BRA);
  await expect(page.locator('[data-stats-status]')).toHaveText(/^bra-strandvik\.csv: 36 rader och 4 kolumner/);
  const mapping = page.locator('[data-stats-mapping]');
  await expect(mapping).toContainText('Formatet känns igen som Brås statistikdatabas över anmälda brott');
  await expect(mapping.locator('[data-stats-problems]')).toHaveText('Rad 8: värdet ”=HYPERLINK("http://example.invalid";"9")” för 2019 är inte ett tal');
  await expect(mapping.getByLabel('Källa')).toHaveValue('Brå, statistikdatabasen över anmälda brott');
  await expectNoAxeViolations(page);
  await mapping.getByRole('button', { name: 'Importera 35 värden' }).click();
  const made = page.locator('article.stats-chart[data-rendered="ja"]');
  await expect(made).toHaveCount(1);
  await expect(made.locator('figcaption')).toHaveText(/^Källa: Brå, statistikdatabasen över anmälda brott\. Period: 2019–2024 \(prel\.\)\.$/);
  await expect(made.getByRole('table')).toContainText('2024 (prel.)');
});

test('lägesbildsbladets Markdown-export har de valda diagrammen: bild, sammanfattning och tabell', async ({ page }) => {
  await page.goto('/statistik/');
  await expect(page.locator('[data-stats]')).toHaveAttribute('data-ready', 'ja');
  await page.getByRole('button', { name: /Hämta exempeldata för Strandvik/ }).click();
  await expect(page.locator('article.stats-chart[data-rendered="ja"]')).toHaveCount(3);
  const trend = page.locator('article.stats-chart').filter({ has: page.getByRole('heading', { name: 'Misshandeln ökar i Strandvik men inte i länet' }) });
  if ((await trend.locator('details.stats-editor').getAttribute('open')) === null) await trend.getByText('Ändra diagram 1').click();
  await trend.getByLabel('Ta med i lägesbilden').check();
  await expect(trend).toHaveAttribute('data-include', 'ja');
  const summary = (await trend.locator('.stats-summary').textContent())!.trim();

  await page.goto('/arbetsblad/lagesbild-sammanstallning/');
  await expect(page.locator('[data-stats-selection]')).toHaveAttribute('data-rendered', 'ja');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner som text' }).click();
  const md = readFileSync(await (await download).path(), 'utf8');
  expect(md).toContain('## Sammanställning av lägesbilden\n\n### Diagram och tabeller ur statistiken\n\n#### Misshandeln ökar i Strandvik men inte i länet');
  expect(md).toContain(summary);
  expect(md).toMatch(/\| Period \| Strandvik \| Skärviks län \| Riket \|/);
  expect(md).not.toContain('Rånen i Strandvik');
  const image = /!\[(Linjediagram: Misshandeln ökar[^\]]*)\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(md);
  expect(image).not.toBeNull();
  const svg = Buffer.from(image![2]!, 'base64').toString('utf8');
  expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('Skärviks län');
  await expect(page.getByText('Arbetsytan är nedladdad som text (Markdown).')).toBeVisible();
  await expect(page.getByText(/Diagrammen ur statistiken kunde inte tas med/)).toHaveCount(0);
});
