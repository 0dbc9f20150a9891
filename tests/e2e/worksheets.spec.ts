import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Page } from '@playwright/test';

const SHEET = '/arbetsblad/forutsattningar-for-samverkan/';

async function open(page: Page, url = SHEET) {
  await page.goto(url);
  await expect(page.getByRole('status').filter({ hasText: /sparas på den här enheten|Sparat/ })).toBeVisible();
}

async function saved(page: Page) {
  await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);
}

/** Text of a PDF, read with poppler's pdftotext. */
function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-pdf-'));
  const file = path.join(dir, 'blad.pdf');
  writeFileSync(file, pdf);
  // Long words carry soft hyphens (src/build/html/typeset.ts), which the PDF text keeps; a reader's search does not see them.
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replaceAll('\u00AD', '');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

async function fillAll(page: Page) {
  await page.getByRole('textbox', { name: 'Ifyllt av' }).fill('Testperson Ifyllare');
  await page.getByLabel('Datum').fill('2024-03-12');
  await page.getByRole('radio', { name: 'Kommunen och polisen gemensamt' }).check();
  await page.getByRole('textbox', { name: /Vilket gemensamt behov/ }).fill('Skadegörelse och otrygghet kring resecentrum.\nFler anmälningar varje höst.');
  await page.getByRole('group', { name: /Hur tydligt är ledningens mandat/ }).getByRole('radio', { name: /^4/ }).check();
  await page.getByRole('checkbox', { name: 'En utsedd samordningsfunktion' }).check();
  await page.getByRole('textbox', { name: 'Resurs, rad 1' }).fill('Analysstöd');
  await page.getByRole('textbox', { name: 'Kommentar, rad 1' }).fill('Halvtid från ekonomiavdelningen');
}

test('varje fälttyp fylls i, sparas automatiskt och finns kvar efter omladdning', async ({ page }) => {
  await open(page);
  await fillAll(page);
  // Add a fifth table row with the keyboard.
  await page.getByRole('button', { name: 'Lägg till rad' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Resurs, rad 5' })).toBeFocused();
  await page.keyboard.type('Lokal för möten');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Testperson Ifyllare');
  await expect(page.getByLabel('Datum')).toHaveValue('2024-03-12');
  await expect(page.getByRole('radio', { name: 'Kommunen och polisen gemensamt' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Vilket gemensamt behov/ })).toHaveValue('Skadegörelse och otrygghet kring resecentrum.\nFler anmälningar varje höst.');
  await expect(page.getByRole('group', { name: /Hur tydligt är ledningens mandat/ }).getByRole('radio', { name: /^4/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'En utsedd samordningsfunktion' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Kommentar, rad 1' })).toHaveValue('Halvtid från ekonomiavdelningen');
  await expect(page.getByRole('textbox', { name: 'Resurs, rad 5' })).toHaveValue('Lokal för möten');
  // Remove row 2 with its button; the rows renumber and the change is saved.
  await page.getByRole('button', { name: 'Ta bort rad 5' }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Resurs, rad 5' })).toHaveCount(0);
});

test('prioriteringsmatrisen räknar summa och rang', async ({ page }) => {
  await open(page, '/arbetsblad/problemprioritering/');
  const matrix = page.getByRole('table', { name: 'Prioriteringsmatris' });
  await matrix.getByRole('textbox', { name: 'Problem, rad 1' }).fill('Skadegörelse vid resecentrum');
  await matrix.getByRole('textbox', { name: 'Problem, rad 2' }).fill('Inbrott i fritidshus');
  for (const [row, scores] of [[1, ['3', '2', '2', '3', '3']], [2, ['2', '1', '3', '1', '2']]] as const) {
    for (const [i, criterion] of ['Omfattning', 'Utveckling', 'Allvarliga konsekvenser', 'Otrygghet och signalvärde', 'Möjlighet att påverka'].entries()) {
      await matrix.getByRole('combobox', { name: `${criterion}, rad ${row}` }).selectOption(scores[i]!);
    }
  }
  const cells = (row: number) => matrix.locator('tbody tr').nth(row - 1).locator('output');
  await expect(cells(1).nth(0)).toHaveText('13');
  await expect(cells(1).nth(1)).toHaveText('1');
  await expect(cells(2).nth(0)).toHaveText('9');
  await expect(cells(2).nth(1)).toHaveText('2');
  await saved(page);
  await page.reload();
  await expect(cells(1).nth(0)).toHaveText('13');
});

test('arbetsytor: skapa, byta namn, byta och ta bort med bekräftelse', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: 'Ifyllt av' }).fill('Rådet i Strandvik');
  await saved(page);
  await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny arbetsyta' });
  await dialog.getByRole('textbox', { name: 'Namn' }).fill('Projekt Lövnäs');
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  const select = page.getByRole('combobox', { name: 'Arbetsyta' });
  await expect(select.locator('option:checked')).toHaveText('Projekt Lövnäs');
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Ifyllt av' }).fill('Lövnäsgruppen');
  await saved(page);
  await select.selectOption({ label: 'Min arbetsyta' });
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Rådet i Strandvik');
  await page.getByRole('button', { name: 'Byt namn' }).click();
  const rename = page.getByRole('dialog', { name: 'Byt namn på arbetsytan' });
  await rename.getByRole('textbox', { name: 'Nytt namn' }).fill('Trygghetsrådet');
  await rename.getByRole('button', { name: 'Spara' }).click();
  await expect(select.locator('option:checked')).toHaveText('Trygghetsrådet');
  await page.reload();
  await expect(select.locator('option:checked')).toHaveText('Trygghetsrådet');
  await select.selectOption({ label: 'Projekt Lövnäs' });
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort ”Projekt Lövnäs”?' });
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(select.locator('option')).toHaveCount(2);
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await confirm.getByRole('button', { name: 'Ta bort arbetsytan' }).click();
  await expect(select.locator('option')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Rådet i Strandvik');
});

test('utskrift på A4: tomt blad utan svar och utan navigering, ifyllt blad med svaren', async ({ page }) => {
  await open(page);
  await fillAll(page);
  await saved(page);
  // The browser's print dialog cannot be automated; the button prepares the page, page.pdf prints it.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut ifyllt' }).click();
  const filled = pdfText(await page.pdf({ format: 'A4' }));
  expect(filled.pages).toBeGreaterThanOrEqual(1);
  expect(filled.pages).toBeLessThanOrEqual(4);
  for (const answer of ['Testperson Ifyllare', 'Skadegörelse och otrygghet kring resecentrum.', 'Halvtid från ekonomiavdelningen']) expect(filled.text).toContain(answer);
  expect(filled.text).toMatch(/Sida 1 av \d/);
  expect(filled.text).toContain('Arbetsyta: Min arbetsyta');
  expect(filled.text).toContain('/arbetsblad/forutsattningar-for-samverkan/');

  await page.reload();
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut tomt' }).click();
  const blank = pdfText(await page.pdf({ format: 'A4' }));
  expect(blank.pages).toBeLessThanOrEqual(4);
  expect(blank.text).toContain('Förutsättningar för samverkan');
  expect(blank.text).toContain('Steg 1: Initiera samverkan');
  for (const answer of ['Testperson Ifyllare', 'Halvtid från ekonomiavdelningen']) expect(blank.text).not.toContain(answer);
  for (const chrome of ['Hoppa till innehållet', 'Metodbank', 'Skriv ut ifyllt', 'Arbetsyta\n', 'Start ›']) expect(blank.text).not.toContain(chrome);
  // The answers are still saved after printing blank.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Testperson Ifyllare');
});

test('utskriftspaket: alla arbetsblad för steg 3 i ett dokument', async ({ page }) => {
  await page.goto('/arbetsblad/steg-3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbetsblad för steg 3: Gemensamma förberedelser');
  await expect(page.locator('form[data-worksheet]')).toHaveCount(5);
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut tomt' }).click();
  const pack = pdfText(await page.pdf({ format: 'A4' }));
  for (const title of ['Prioritering av problem', 'Orsaksanalys', 'Åtgärdsplan', 'Utkast till samverkansöverenskommelse', 'Protokoll för trygghetsvandring']) expect(pack.text).toContain(title);
  expect(pack.pages).toBeGreaterThanOrEqual(5);
});

test('export till fil, tömning och import ger samma svar', async ({ page }) => {
  await open(page);
  await fillAll(page);
  await saved(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som fil för att flytta eller spara' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('samverkanshandboken-arbetsyta');
  expect(exported.worksheets['forutsattningar-for-samverkan'].fields['ifyllt-av']).toBe('Testperson Ifyllare');

  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som text' }).click()]);
  const md = readFileSync(await markdown.path(), 'utf8');
  expect(md).toContain('## Förutsättningar för samverkan');
  expect(md).toContain('### Ifyllt av');
  expect(md).toContain('| Analysstöd |');

  await page.getByRole('button', { name: 'Töm bladet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Töm bladet' }).click();
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera …' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Importera svar' });
  await expect(dialog).toContainText('Förutsättningar för samverkan');
  await dialog.getByRole('button', { name: /Ersätt alla svar/ }).click();
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Testperson Ifyllare');
  await expect(page.getByRole('checkbox', { name: 'En utsedd samordningsfunktion' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Kommentar, rad 1' })).toHaveValue('Halvtid från ekonomiavdelningen');
});

test('felaktiga importfiler avvisas med ett tydligt besked', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: 'Ifyllt av' }).fill('Orört');
  await saved(page);
  const base = { format: 'samverkanshandboken-arbetsyta', version: 1, exported: '2024-01-01T00:00:00Z', workspace: { name: 'X' } };
  const cases: [string, string | Buffer, RegExp][] = [
    ['lang.json', JSON.stringify({ ...base, worksheets: { 'forutsattningar-for-samverkan': { updated: '2024-01-01', fields: { 'ifyllt-av': 'x'.repeat(20_001) } } } }), /20001 tecken, högst 20000/],
    ['version.json', JSON.stringify({ ...base, version: 99, worksheets: {} }), /version 99/],
    ['stor.json', Buffer.alloc(2 * 1024 * 1024, 32), /för stor/],
    ['trasig.json', '{ inte json', /inte en giltig JSON-fil/],
  ];
  for (const [name, content, message] of cases) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera …' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    const dialog = page.getByRole('dialog', { name: 'Filen kunde inte importeras' });
    await expect(dialog).toContainText(message);
    await dialog.getByRole('button', { name: 'OK' }).click();
  }
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Orört');
});

test('trasig sparad data rapporteras och sparas undan, aldrig tyst borttagen', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: 'Ifyllt av' }).fill('Före skadan');
  await saved(page);
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('hb:svar:v1:'))!);
  await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"worksheets":{"forutsattningar-for-samverkan":'), key);
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sparad data kunde inte läsas');
  await expect(alert).toContainText('finns kvar på enheten');
  const quarantined = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('hb:karantan:')).map(([, v]) => v));
  expect(quarantined).toEqual(['{"version":1,"worksheets":{"forutsattningar-for-samverkan":']);
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Ladda ner den oläsbara datan' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"version":1,"worksheets":{"forutsattningar-for-samverkan":');
});

test('utan JavaScript går bladet att läsa men inte fylla i', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SHEET);
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Skriv ut tomt' })).toBeHidden();
  await context.close();
});

test('axe: arbetsblad ifyllt, dialog öppen och utskriftsläge', async ({ page }) => {
  await open(page);
  await fillAll(page);
  await saved(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  await expectNoAxeViolations(page);
});
