import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
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
  await made.getByRole('button', { name: 'Ladda ner tabellen (CSV)' }).click();
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
  await made.getByRole('button', { name: 'Ladda ner tabellen (CSV)' }).click();
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
  await box.getByRole('button', { name: 'Ladda ner diagrammens tabeller som Markdown' }).click();
  const md = readFileSync(await (await download).path(), 'utf8');
  expect(md).toContain('### Misshandeln ökar i Strandvik men inte i länet');
  expect(md).toMatch(/\| Period \| Strandvik \| Skärviks län \| Riket \|/);

  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Misshandeln ökar i Strandvik men inte i länet');
  expect(text).toContain('påhittade siffror');
});

/** Marks the trend (chart 1) and the robbery chart (chart 3, small numbers) for the lägesbild. */
async function chooseTwo(page: Page) {
  await open(page);
  await loadSample(page);
  for (const [title, n] of [['Misshandeln ökar i Strandvik men inte i länet', 1], ['Rånen i Strandvik är för få för att visa varje år', 3]] as const) {
    const article = chart(page, title);
    await edit(article, n);
    await article.getByLabel('Ta med i lägesbilden').check();
    await expect(article).toHaveAttribute('data-include', 'ja');
  }
}

async function openLagesbild(page: Page) {
  await page.goto('/dokument/lagesbild/');
  await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
  await expect(page.locator('[data-doc-preview]')).toHaveAttribute('data-charts', 'klara');
}

const TREND = 'Misshandeln ökar i Strandvik men inte i länet';
const ROBBERY = 'Rånen i Strandvik är för få för att visa varje år';

test('valda diagram kommer med i dokumentet Lägesbild: förhandsvisning, Word, Markdown och utskrift, små tal som ”färre än 5”', async ({ page }) => {
  test.setTimeout(90_000);
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/dokument/lagesbild/');
  await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
  // Nothing chosen yet: one line with the way to the statistics page, and no chart code loaded.
  await expect(page.locator('[data-doc-preview]')).toHaveAttribute('data-charts', 'inga');
  const none = page.locator('[data-doc-preview] .docout__notice').filter({ hasText: 'Inga diagram är valda.' });
  await expect(none.getByRole('link', { name: 'Statistik för lägesbilden' })).toHaveAttribute('href', '/statistik/');
  const withoutCharts = new Set(scripts);

  await chooseTwo(page);
  scripts.length = 0;
  await openLagesbild(page);
  // The chart code came only now that there is a chart to draw.
  expect(scripts.filter((s) => !withoutCharts.has(s)).length).toBeGreaterThan(0);
  const preview = page.locator('[data-doc-preview]');
  // In the reader's order, each with chart (image with alt text), source and period, summary and table.
  await expect(preview.locator('h4')).toContainText([TREND, ROBBERY]);
  const images = preview.locator('figure.docout__figure img');
  await expect(images).toHaveCount(2);
  await expect(images.first()).toHaveAttribute('alt', /^Linjediagram: Misshandeln ökar i Strandvik men inte i länet\. Misshandel/);
  expect(await images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(preview.locator('figure.docout__figure figcaption').first()).toHaveText(/^Källa: Samverkanshandbokens påhittade exempel.*Period: 2019–2024\.$/);
  const tables = preview.getByRole('table');
  const trendTable = tables.filter({ has: page.locator('th', { hasText: 'Skärviks län' }) }).first();
  await expect(trendTable).toBeVisible();
  const robberyCells = await preview.locator('h4', { hasText: ROBBERY }).locator('xpath=following::table[1]').locator('td').allTextContents();
  expect(robberyCells).toContain('färre än 5');
  for (const n of ['1', '2', '3', '4']) expect(robberyCells).not.toContain(n);
  await expectNoAxeViolations(page);

  // Word: the chart as a PNG with its alt text (descr), and the tables' values.
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner för Word (.docx)' }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync((await word.path())!)));
  const media = Object.keys(zip).filter((name) => /^word\/media\/.+\.png$/.test(name));
  expect(media).toHaveLength(2);
  for (const name of media) expect([...zip[name]!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const xml = strFromU8(zip['word/document.xml']!);
  expect(xml).toMatch(/descr="Linjediagram: Misshandeln ökar i Strandvik men inte i länet\. Misshandel/);
  expect(xml).toContain('>Skärviks län</w:t>');
  expect(xml).toContain('>färre än 5</w:t>');
  const trendValue = (await trendTable.locator('tbody td').nth(1).textContent())!;
  expect(xml).toContain(`>${trendValue}</w:t>`);

  // Markdown: the tables, with the small numbers hidden.
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som text (Markdown)' }).click()]);
  const md = readFileSync((await markdown.path())!, 'utf8');
  expect(md).toContain(`### ${TREND}`);
  expect(md).toMatch(/!\[Linjediagram: Misshandeln ökar i Strandvik men inte i länet\. [^\]]*\]\(data:image\/svg\+xml;base64,/);
  expect(md).toContain('| Period | Strandvik | Skärviks län | Riket |');
  expect(md).toMatch(/\| 2019 \| färre än 5 \|/);

  // Print: the chart's title and a table value on paper.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).click();
  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(text.replace(/\s+/g, ' ')).toContain(TREND);
  expect(text).toContain(trendValue);
  expect(text).toContain('färre än 5');
});

test('dokumentet Lägesbild byggs med diagrammen också offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await chooseTwo(page);
  await openLagesbild(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-copy', 'ready', { timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
  await expect(page.locator('[data-doc-preview]')).toHaveAttribute('data-charts', 'klara');
  await expect(page.locator('[data-doc-preview] figure img')).toHaveCount(2);
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner för Word (.docx)' }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync((await word.path())!)));
  expect(Object.keys(zip).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(2);
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
