import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { test, expect, expectNoAxeViolations } from './fixtures';

const PAGE = '/statistik/';
const SAMPLE = path.resolve('content/statistics/strandvik-exempel.csv');
const XLSX = path.resolve('tests/fixtures/statistics/kolada-strandvik.xlsx');

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-stats-'));
  const file = path.join(dir, 'statistik.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function open(page: Page) {
  await page.goto(PAGE);
  await expect(page.locator('[data-stats]')).toHaveAttribute('data-ready', 'ja');
}

/** Everything the page keeps on the device, to prove a refused input changed nothing. */
const stored = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('hb:statistik:')).map((k) => [k, localStorage.getItem(k)])));

/** Opens a chart's editor unless it is open already (new charts without a title start open). */
async function edit(article: Locator, n: number) {
  if ((await article.locator('details.stats-editor').getAttribute('open')) === null) await article.getByText(`Ändra diagram ${n}`).click();
}

const chart = (page: Page, title: string | RegExp) => page.locator('article.stats-chart').filter({ has: page.getByRole('heading', { name: title }) });

async function loadSample(page: Page) {
  await page.getByRole('button', { name: /Hämta exempeldata för Strandvik/ }).click();
  await expect(page.locator('[data-stats-status]')).toHaveText(/Exempeldata för Strandviks kommun är importerade. Siffrorna är påhittade./);
  await expect(page.locator('article.stats-chart[data-rendered="ja"]')).toHaveCount(3);
}

test('exempeldata i ett klick: diagram, tabell och sammanfattning, små tal döljs, finns kvar efter omladdning', async ({ page }) => {
  await open(page);
  await loadSample(page);
  const trend = chart(page, 'Misshandeln ökar i Strandvik men inte i länet');
  await expect(trend.locator('svg[role="img"]')).toHaveAttribute('aria-label', /^Linjediagram: Misshandeln ökar/);
  await expect(trend.locator('.stats-summary')).toHaveText(/^Misshandel \(antal per 100 000 invånare\) i Strandvik ökade med \d+ % från 2019 till 2024/);
  await expect(trend.getByRole('table')).toContainText('Skärviks län');
  await expect(trend.locator('figcaption')).toHaveText('Källa: Samverkanshandbokens påhittade exempel, inte verklig statistik (påhittade siffror). Period: 2019–2024.');
  await expect(trend.locator('.stats-invented')).toHaveText(/Påhittade siffror/);

  // Robbery in Strandvik is 3, 2, 6, 4, 1, 5: the small ones never show.
  const small = chart(page, 'Rånen i Strandvik är för få för att visa varje år');
  const cells = await small.getByRole('table').locator('td').allTextContents();
  expect(cells.slice(0, 6)).toEqual(['färre än 5', 'färre än 5', '6', 'färre än 5', 'färre än 5', '5']);
  // Only the two values of 5 or more are drawn; the others are gaps, not points.
  await expect(small.locator('svg .stats-dots > *')).toHaveCount(2);
  await expect(small.locator('.stats-note').first()).toContainText('visas som ”färre än 5”');
  // Pool three years: 11 and 10 can be shown.
  await edit(small, 3);
  await small.getByLabel('Slå samman år (för små tal)').selectOption('3');
  await expect(small.getByRole('table').locator('td')).toHaveText(['11', '10', '−9 %']);
  await expectNoAxeViolations(page);

  // A stricter threshold the reader sets applies to every chart.
  await page.getByLabel('Visa antal under den här gränsen som ”färre än …”').fill('12');
  await page.getByLabel('Visa antal under den här gränsen som ”färre än …”').press('Tab');
  await expect(small.getByRole('table').locator('td')).toHaveText(['färre än 12', 'färre än 12', 'kan inte beräknas']);
  await page.getByLabel('Visa antal under den här gränsen som ”färre än …”').fill('5');
  await page.getByLabel('Visa antal under den här gränsen som ”färre än …”').press('Tab');
  await expect(small.getByRole('table').locator('td')).toHaveText(['11', '10', '−9 %']);

  await page.reload();
  await expect(page.locator('article.stats-chart[data-rendered="ja"]')).toHaveCount(3);
  await expect(chart(page, 'Rånen i Strandvik är för få för att visa varje år').getByRole('table').locator('td').first()).toHaveText('11');

  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Misshandeln ökar i Strandvik men inte i länet');
  expect(text).toContain('Skärviks län');
  expect(text).toMatch(/2019–2021\s+11/);
  expect(text).not.toContain('Hämta in en tabell');
});

test('CSV-fil importeras med kolumnkoppling, och en inklistrad tabell likaså', async ({ page }) => {
  await open(page);
  await page.getByLabel(/^Fil/).setInputFiles(SAMPLE);
  await expect(page.locator('[data-stats-status]')).toHaveText(/strandvik-exempel\.csv: 72 rader och 5 kolumner \(CSV, UTF-8, avgränsare semikolon\)/);
  const mapping = page.locator('[data-stats-mapping]');
  await expect(mapping.getByLabel('Område', { exact: true })).toHaveValue('0');
  await expect(mapping.getByLabel('Period (år)', { exact: true })).toHaveValue('1');
  await expect(mapping.getByLabel('Värde', { exact: true })).toHaveValue('3');
  await expect(mapping.getByLabel('Folkmängd (om tabellen har den)', { exact: true })).toHaveValue('4');
  await mapping.getByLabel('Källa').fill('Påhittad testkälla');
  await mapping.getByRole('button', { name: 'Importera 72 värden' }).click();
  await expect(page.locator('[data-stats-status]')).toHaveText('strandvik-exempel är importerad: 72 värden.');
  const made = page.locator('article.stats-chart[data-rendered="ja"]');
  await expect(made).toHaveCount(1);
  await expect(made.locator('.stats-summary')).toContainText('i Strandvik');
  await expect(made.locator('figcaption')).toHaveText('Källa: Påhittad testkälla. Period: 2019–2024.');
  await edit(made, 1);
  await made.getByLabel('Rubrik som säger vad diagrammet visar').fill('Bostadsinbrotten minskar');
  await made.getByLabel('Rubrik som säger vad diagrammet visar').press('Tab');
  await expect(page.getByRole('heading', { name: 'Bostadsinbrotten minskar' })).toBeVisible();

  await page.getByLabel('Eller klistra in en tabell').fill('Område\tÅr\tAntal\nLövnäs\t2022\t1 204,5\nLövnäs\t2023\t..\nLövnäs\t2024\t980\n');
  await page.getByRole('button', { name: 'Läs den inklistrade tabellen' }).click();
  await mapping.getByLabel('Vad värdena mäter').fill('Skadegörelse');
  await expect(mapping.getByText('Värden markerade som saknade (.., -, – eller tomt): 1.')).toBeVisible();
  await mapping.getByRole('button', { name: 'Importera 3 värden' }).click();
  const pasted = page.locator('article.stats-chart').nth(1);
  await expect(pasted.getByRole('table')).toContainText('uppgift saknas');
  await expect(pasted.locator('.stats-summary')).toHaveText('Skadegörelse (antal) i Lövnäs minskade med 19 % från 2022 till 2024 (från 1\u00a0205 till 980).');
  await expectNoAxeViolations(page);
});

test('XLSX i Koladas format: förval, formelcell listas som text, CSV-exporten innehåller ingen formel', async ({ page }) => {
  await open(page);
  await page.getByLabel(/^Fil/).setInputFiles(XLSX);
  const mapping = page.locator('[data-stats-mapping]');
  await expect(mapping).toContainText('Formatet känns igen som Kolada');
  await expect(mapping.locator('[data-stats-problems]')).toHaveText('Rad 12: värdet ”=HYPERLINK("http://example.invalid","1")” för 2024 är inte ett tal');
  await expectNoAxeViolations(page);
  await mapping.getByRole('button', { name: 'Importera 10 värden' }).click();
  const made = page.locator('article.stats-chart[data-rendered="ja"]');
  await expect(made.locator('.stats-summary')).toHaveText('N07403 · T (per 100 000 invånare) i Strandvik ökade med 20 % från 2019 till 2023 (från 640,5 till 768,9), medan Riket minskade med 3 %.');
  await edit(made, 1);
  await made.getByLabel('Diagramtyp').selectOption('bar');
  await expect(made.locator('.stats-summary')).toHaveText(/2023 var högst i Strandvik \(768,9\) och lägst i Riket \(668,4\)/);
  await expect(made.locator('svg[role="img"]')).toHaveAttribute('aria-label', /^Stapeldiagram/);

  const download = page.waitForEvent('download');
  await made.getByRole('button', { name: 'Ladda ner tabellen för kalkylprogram' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Strandvik;768,9');
});

test('en formel i en CSV visas som text och exporteras aldrig som formel', async ({ page }) => {
  await open(page);
  const cell = '"=HYPERLINK(""http://example.invalid"";""x"")"';
  const csv = `Område;År;Antal\n${cell};2022;40\n${cell};2023;50\n`;
  await page.getByLabel(/^Fil/).setInputFiles({ name: 'formel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const mapping = page.locator('[data-stats-mapping]');
  await mapping.getByLabel('Vad värdena mäter').fill('Brott');
  await mapping.getByRole('button', { name: 'Importera 2 värden' }).click();
  const made = page.locator('article.stats-chart[data-rendered="ja"]');
  await expect(made.getByRole('table')).toContainText('=HYPERLINK("http://example.invalid";"x")');
  await expect(made.getByRole('link')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await made.getByRole('button', { name: 'Ladda ner tabellen för kalkylprogram' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"";""x"")"`);
  expect(text).not.toMatch(/(^|;|\ufeff)"?=/m);
});

test('trasig indata får ett tydligt besked och lämnar arbetsytan som den var', async ({ page }) => {
  await open(page);
  await loadSample(page);
  const before = await stored(page);
  const alert = page.locator('[data-stats-alert]');
  const file = page.getByLabel(/^Fil/);

  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 151) % 256;
  await file.setInputFiles({ name: 'statistik.csv', mimeType: 'text/csv', buffer: binary });
  await expect(alert).toHaveText(/Filen är inte en textfil/);

  await file.setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.alloc(20 * 1024 * 1024, 'a;1\n') });
  await expect(alert).toHaveText(/Filen är större än 5 MB/);

  const many = `År;Antal\n${'2023;5\n'.repeat(100_000)}`;
  await file.setInputFiles({ name: 'rader.csv', mimeType: 'text/csv', buffer: Buffer.from(many) });
  await expect(alert).toHaveText(/fler än 20\s000 rader/);

  await file.setInputFiles({ name: 'text.csv', mimeType: 'text/csv', buffer: Buffer.from('Område;År;Antal\nStrandvik;2022;många\nStrandvik;2023;få\n') });
  const mapping = page.locator('[data-stats-mapping]');
  await mapping.getByLabel('Vad värdena mäter').fill('Brott');
  await expect(mapping.locator('[data-stats-problems] li')).toHaveText(['Rad 2: värdet ”många” för 2022 är inte ett tal', 'Rad 3: värdet ”få” för 2023 är inte ett tal']);
  await expect(mapping).toContainText('Ingen rad gick att läsa');
  await expect(mapping.getByRole('button', { name: 'Importera', exact: true })).toBeDisabled();
  await mapping.getByRole('button', { name: 'Avbryt' }).click();

  await file.setInputFiles({ name: 'trasig.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 inte en riktig zip') });
  await expect(alert).toHaveText(/Excel-filen går inte att läsa/);

  expect(await stored(page)).toEqual(before);
  await expect(page.locator('article.stats-chart')).toHaveCount(3);
});

test('valda diagram kommer med i lägesbildens arbetsblad och dess utskrift', async ({ page }) => {
  await open(page);
  await loadSample(page);
  const trend = chart(page, 'Misshandeln ökar i Strandvik men inte i länet');
  await edit(trend, 1);
  await trend.getByLabel('Ta med i lägesbilden').check();
  await expect(trend).toHaveAttribute('data-include', 'ja');

  await page.goto('/arbetsblad/lagesbild-sammanstallning/');
  const box = page.locator('[data-stats-selection]');
  await expect(box).toHaveAttribute('data-rendered', 'ja');
  await expect(box.getByRole('heading', { name: 'Misshandeln ökar i Strandvik men inte i länet' })).toBeVisible();
  await expect(box.locator('svg[role="img"]')).toHaveCount(1);
  await expect(box.getByRole('table')).toContainText('Skärviks län');
  await expect(box.getByText('Rånen i Strandvik')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Ladda ner diagrammens tabeller som text' }).click();
  const md = readFileSync(await (await download).path(), 'utf8');
  expect(md).toContain('### Misshandeln ökar i Strandvik men inte i länet');
  expect(md).toMatch(/\| Period \| Strandvik \| Skärviks län \| Riket \|/);

  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Misshandeln ökar i Strandvik men inte i länet');
  expect(text).toContain('påhittade siffror');
});

test('sidan och diagrammen fungerar offline', async ({ page, context }) => {
  await open(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-copy', 'ready', { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-stats]')).toHaveAttribute('data-ready', 'ja');
  await loadSample(page);
  await page.getByLabel(/^Fil/).setInputFiles(XLSX);
  await expect(page.locator('[data-stats-mapping]')).toContainText('Formatet känns igen som Kolada');
});

test('sidan nås från steg 2, lägesbildsbladet och kapitlet', async ({ page }) => {
  for (const url of ['/steg/2/', '/arbetsblad/lagesbild-sammanstallning/', '/kapitel/lagesbild-och-orsaksanalys/']) {
    await page.goto(url);
    await page.getByRole('link', { name: 'Statistik för lägesbilden' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik för lägesbilden');
  }
});

test('en full lagring och oläsbara sparade data: besked, och ingenting går förlorat', async ({ page }) => {
  await open(page);
  await loadSample(page);
  const before = await stored(page);
  // The disk fills up: the next write is refused.
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { restore: () => void }).restore = () => (Storage.prototype.setItem = original);
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('hb:statistik:')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.getByRole('button', { name: /Nytt diagram från Strandvik/ }).click();
  await expect(page.locator('[data-stats-alert]')).toHaveText(/Inte sparat: lagringsutrymmet på enheten är fullt/);
  await expect(page.locator('article.stats-chart')).toHaveCount(3);
  expect(await stored(page)).toEqual(before);

  // Stored data that cannot be read is moved aside and offered for download, never dropped.
  await page.evaluate(() => {
    (window as unknown as { restore: () => void }).restore();
    const key = Object.keys(localStorage).find((k) => k.startsWith('hb:statistik:'))!;
    localStorage.setItem(key, '{"version":1,"threshold":"fem"}');
  });
  await page.reload();
  await expect(page.locator('[data-stats-quarantine]')).toContainText(/kunde inte läsas: statistiken i en arbetsyta, datan har fel form \(threshold: .*\)\. Den har flyttats åt sidan/);
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('hb:karantan:')).map(([, v]) => v));
  expect(kept).toEqual(['{"version":1,"threshold":"fem"}']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner den oläsbara datan' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version":1,"threshold":"fem"}');
  await expectNoAxeViolations(page);
});

test('valda diagram kommer med i dokumentet Lägesbild: förhandsvisning, utskrift, Word och text, också offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await open(page);
  await loadSample(page);
  const trend = chart(page, 'Misshandeln ökar i Strandvik men inte i länet');
  await edit(trend, 1);
  await trend.getByLabel('Ta med i lägesbilden').check();
  const small = chart(page, 'Rånen i Strandvik är för få för att visa varje år');
  await edit(small, 3);
  await small.getByLabel('Ta med i lägesbilden').check();
  await expect(small).toHaveAttribute('data-include', 'ja');

  // The document needs its worksheet: one answer is enough.
  await page.goto('/arbetsblad/lagesbild-sammanstallning/');
  const area = page.locator('[data-field="omrade-period"] input, [data-field="omrade-period"] textarea').first();
  await area.fill('Hela Strandviks kommun, 2019–2024');
  await expect(page.locator('[data-save-status]').first()).toHaveText(/Sparat/);

  const openDocument = async () => {
    await page.goto('/dokument/lagesbild/');
    await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
    await expect(page.locator('[data-doc-preview]')).toHaveAttribute('data-charts', 'ritade');
  };
  await openDocument();
  const preview = page.locator('[data-doc-preview]');
  const first = preview.locator('[data-chart]').first();
  await expect(first.getByRole('heading', { level: 5 })).toHaveText('Misshandeln ökar i Strandvik men inte i länet');
  await expect(first.getByRole('img')).toHaveAttribute('alt', /^Linjediagram: Misshandeln ökar i Strandvik men inte i länet/);
  await expect(first.getByRole('table')).toContainText('Skärviks län');
  await expect(first.locator('figcaption')).toContainText('Källa: Samverkanshandbokens påhittade exempel');
  const robbery = preview.locator('[data-chart]').nth(1);
  const robberyCells = await robbery.getByRole('table').locator('td').allTextContents();
  // Period and value per row: the small counts are never shown exactly.
  expect(robberyCells.slice(0, 12)).toEqual(['2019', 'färre än 5', '2020', 'färre än 5', '2021', '6', '2022', 'färre än 5', '2023', 'färre än 5', '2024', '5']);
  await expectNoAxeViolations(page);

  // Print: the chart's title and the table's values on paper.
  const printed = pdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(printed).toContain('Misshandeln ökar i Strandvik men inte i länet');
  expect(printed).toContain('Skärviks län');
  expect(printed).toContain('färre än 5');

  // Word: the chart as a picture with its alt text, the table as a table.
  const wordFile = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ner för Word/ }).click()]);
    return readFileSync((await download.path())!);
  };
  const docx = await wordFile();
  const zip = await JSZip.loadAsync(docx);
  expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(2);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toMatch(/descr="Linjediagram: Misshandeln ökar i Strandvik men inte i länet/);
  const { value: word } = await mammoth.convertToHtml({ buffer: docx });
  expect(word).toContain('<h3>Misshandeln ökar i Strandvik men inte i länet</h3>');
  expect(word).toContain('<th><p><strong>Skärviks län</strong></p></th>');
  expect(word).toContain('<td><p>färre än 5</p></td>');

  // Text: the chart embedded, the table in Markdown.
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ner som text/ }).click()]);
  const md = readFileSync((await markdown.path())!, 'utf8');
  expect(md).toMatch(/#### Misshandeln ökar i Strandvik men inte i länet\n\n!\[Linjediagram: [^\]]+\]\(data:image\/svg\+xml;base64,/);
  expect(md).toMatch(/\| Period \| Strandvik \| Skärviks län \| Riket \|/);

  // Offline: the saved copy draws the charts too.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-copy', 'ready', { timeout: 60_000 });
  await context.setOffline(true);
  await openDocument();
  await expect(preview.locator('img.docout__chart-img')).toHaveCount(2);
  expect(await zipPictures(await wordFile())).toBe(2);
});

async function zipPictures(docx: Buffer): Promise<number> {
  return Object.keys((await JSZip.loadAsync(docx)).files).filter((f) => f.startsWith('word/media/')).length;
}
