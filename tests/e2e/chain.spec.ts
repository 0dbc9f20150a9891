/**
 * The röd tråd (issue 15, item 1): a reader fills Strandvik's chain through the worksheets of one
 * arbetsyta, picking each reference from what was written in the earlier sheet, and reads it back on
 * /dokument/rod-trad/ — diagram, table and gaps; a deleted problem stays as a broken reference.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { readPdf } from './support/pdf';

const RESECENTRUM = 'Skadegörelse och stök vid resecentrum';
const LOVNAS = 'Inbrott i fritidshus i Lövnäs';
const CAUSE = 'Gångtunneln mot Torget är dåligt upplyst';
const LIGHT = 'Byta belysningen i gångtunneln';
const FRITIDSGARD = 'Öppna fritidsgården på fredagskvällar';

async function open(page: Page, sheet: string) {
  await page.goto(`/arbetsblad/${sheet}/`);
  await expect(page.locator('[data-save-status]')).toHaveText(/sparas på den här enheten|Sparat/);
}
async function saved(page: Page) {
  await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);
}

async function fillChain(page: Page) {
  await open(page, 'lagesbild-sammanstallning');
  const mapping = page.getByRole('table', { name: 'Brott och ordningsproblem' });
  await mapping.getByRole('textbox', { name: 'Problem, rad 1' }).fill(RESECENTRUM);
  await mapping.getByRole('textbox', { name: 'Vilka drabbas?, rad 1' }).fill('Resenärer och de som arbetar vid resecentrum');
  await mapping.getByRole('textbox', { name: 'Problem, rad 2' }).fill(LOVNAS);
  await saved(page);

  await open(page, 'problemprioritering');
  const decisions = page.getByRole('table', { name: 'Beslut per problem' });
  // The choice is fed from the lägesbild written a moment ago.
  const problem1 = decisions.getByRole('combobox', { name: 'Problem, rad 1' });
  await expect(problem1.locator('option')).toHaveText(['— Välj —', RESECENTRUM, LOVNAS]);
  await problem1.selectOption({ label: RESECENTRUM });
  await decisions.getByRole('combobox', { name: 'Prioriteras nu eller inte nu, rad 1' }).selectOption('Prioriteras nu');
  await decisions.getByRole('combobox', { name: 'Problem, rad 2' }).selectOption({ label: LOVNAS });
  await decisions.getByRole('combobox', { name: 'Prioriteras nu eller inte nu, rad 2' }).selectOption('Prioriteras nu');
  await saved(page);

  await open(page, 'orsaksanalys');
  const causes = page.getByRole('table', { name: 'Orsaker' });
  await causes.getByRole('textbox', { name: 'Orsak, rad 1' }).fill(CAUSE);
  // With the keyboard, as a reader without a mouse would: focus the select and pick by typing.
  const causeProblem = causes.getByRole('combobox', { name: 'Problem, rad 1' });
  await causeProblem.focus();
  await causeProblem.selectOption({ label: RESECENTRUM });
  await saved(page);

  await open(page, 'atgardsplan');
  const measures = page.getByRole('table', { name: 'Åtgärder' });
  const problemSelect = measures.getByRole('combobox', { name: 'Problem, rad 1' });
  // Prioritised problems come first, under their own heading.
  await expect(problemSelect.locator('optgroup')).toHaveAttribute('label', 'Prioriterade problem');
  await measures.getByRole('textbox', { name: 'Mål, rad 1' }).fill('Färre anmälda skadegörelsebrott vid resecentrum');
  await measures.getByRole('textbox', { name: 'Åtgärd, rad 1' }).fill(LIGHT);
  await measures.getByRole('textbox', { name: 'Ansvarig, rad 1' }).fill('Tekniska förvaltningen');
  await measures.getByRole('textbox', { name: 'Indikator, rad 1' }).fill('Anmälda skadegörelsebrott fredag och lördag kväll');
  await problemSelect.selectOption({ label: RESECENTRUM });
  await measures.getByRole('combobox', { name: 'Orsak, rad 1' }).selectOption({ label: CAUSE });
  // The second measure names its problem but no cause: the gap Brå found.
  await measures.getByRole('textbox', { name: 'Åtgärd, rad 2' }).fill(FRITIDSGARD);
  await measures.getByRole('textbox', { name: 'Ansvarig, rad 2' }).fill('Kultur- och fritidsförvaltningen');
  await measures.getByRole('textbox', { name: 'Indikator, rad 2' }).fill('Antal öppna fredagskvällar');
  await measures.getByRole('combobox', { name: 'Problem, rad 2' }).selectOption({ label: RESECENTRUM });
  await saved(page);

  await open(page, 'uppfoljningsplan');
  const indicators = page.getByRole('table', { name: 'Indikatorer' });
  await indicators.getByRole('textbox', { name: 'Indikator, rad 1' }).fill('Anmälda skadegörelsebrott fredag och lördag kväll');
  await indicators.getByRole('combobox', { name: 'Åtgärd, rad 1' }).selectOption({ label: LIGHT });
  await saved(page);
}

test('Strandviks röda tråd: från lägesbild till uppföljning, med brister och en bruten länk som finns kvar', async ({ page }) => {
  test.setTimeout(120_000);
  await fillChain(page);

  await page.goto('/dokument/rod-trad/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Röd tråd');
  const diagram = page.locator('[data-chain-diagram]');
  await expect(diagram).toContainText(`Problem: ${RESECENTRUM}`);
  await expect(diagram).toContainText('prioriterat');
  await expect(diagram.getByRole('listitem').filter({ hasText: `Orsak: ${CAUSE}` }).last()).toContainText(`Åtgärd: ${LIGHT}`);
  await expect(diagram.getByRole('listitem').filter({ hasText: `Åtgärd: ${LIGHT}` }).last()).toContainText('Uppföljning: Anmälda skadegörelsebrott fredag och lördag kväll');
  const table = page.getByRole('table', { name: /En rad per åtgärd/ });
  const lightRow = table.getByRole('row', { name: new RegExp(LIGHT) });
  await expect(lightRow.getByRole('cell')).toHaveText([RESECENTRUM, 'Ja', CAUSE, 'Tekniska förvaltningen', 'Anmälda skadegörelsebrott fredag och lördag kväll', 'Anmälda skadegörelsebrott fredag och lördag kväll']);
  await expect(table.getByRole('row', { name: new RegExp(FRITIDSGARD) }).getByRole('cell').nth(2)).toHaveText('saknas');

  const gaps = page.getByRole('region', { name: 'Var tråden brister' }).getByRole('listitem');
  const noCause = gaps.filter({ hasText: `Åtgärden ”${FRITIDSGARD}” pekar inte på någon orsak.` });
  await expect(noCause).toHaveCount(1);
  await expect(gaps.filter({ hasText: `Det prioriterade problemet ”${LOVNAS}” har ingen åtgärd.` })).toHaveCount(1);
  await expect(gaps.filter({ hasText: `Åtgärden ”${FRITIDSGARD}” följs inte upp` })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The gap links to the cell to fix.
  await noCause.getByRole('link', { name: 'Rätta i Åtgärdsplan, rad 2' }).click();
  await expect(page).toHaveURL(/\/arbetsblad\/atgardsplan\/#falt-atgarder-r2-k7$/);
  await expect(page.getByRole('table', { name: 'Åtgärder' }).getByRole('combobox', { name: 'Orsak, rad 2' })).toBeFocused();

  // The problem is deleted from the lägesbild: what referred to it keeps it, shown as gone.
  await open(page, 'lagesbild-sammanstallning');
  await page.getByRole('table', { name: 'Brott och ordningsproblem' }).getByRole('button', { name: 'Ta bort rad 1' }).click();
  await saved(page);
  await open(page, 'atgardsplan');
  const kept = page.getByRole('table', { name: 'Åtgärder' }).getByRole('combobox', { name: 'Problem, rad 1' });
  await expect(kept.locator('option:checked')).toHaveText(`${RESECENTRUM} (finns inte längre)`);
  // Editing another cell of the row saves it with the broken reference still in it.
  await page.getByRole('table', { name: 'Åtgärder' }).getByRole('textbox', { name: 'Tidplan, rad 1' }).fill('Under 2024');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Åtgärder' }).getByRole('combobox', { name: 'Problem, rad 1' }).locator('option:checked')).toHaveText(`${RESECENTRUM} (finns inte längre)`);

  await page.goto('/dokument/rod-trad/');
  await expect(gaps.filter({ hasText: `”${LIGHT}”: problem ”${RESECENTRUM}” finns inte längre. Länken är kvar men bruten.` })).toHaveCount(1);
  await expect(page.getByRole('table', { name: /En rad per åtgärd/ }).getByRole('row', { name: new RegExp(LIGHT) }).getByRole('cell').first()).toHaveText(`${RESECENTRUM} (borttaget, länken är bruten)`);
  await expect(page.locator('[data-chain-diagram]')).toContainText('Utan koppling till ett problem i lägesbilden');
  await expectNoAxeViolations(page);
});

test('åtgärdsplanen som dokument: varje åtgärd med det problem och den orsak som valdes i tråden', async ({ page }) => {
  test.setTimeout(120_000);
  await fillChain(page);
  await page.goto('/dokument/atgardsplan/');
  await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
  const preview = page.locator('[data-doc-preview]');
  await expect(preview.getByRole('row', { name: new RegExp(LIGHT) })).toContainText(`${RESECENTRUM} – ${CAUSE}`);
  // The second measure names its problem and no cause: the document shows what was chosen, nothing more.
  const second = preview.getByRole('row', { name: new RegExp(FRITIDSGARD) });
  await expect(second).toContainText(RESECENTRUM);
  await expect(second).not.toContainText(CAUSE);
});

test('valen följer det som skrivs i en annan flik, och utskriften visar det valda', async ({ page, context }) => {
  await open(page, 'atgardsplan');
  const select = page.getByRole('table', { name: 'Åtgärder' }).getByRole('combobox', { name: 'Problem, rad 1' });
  await expect(select.locator('option')).toHaveText(['— Välj —']);
  await expect(page.getByText('Inget att välja ännu. Fyll i ”Sammanställning av lägesbilden” först.').first()).toBeVisible();

  const other = await context.newPage();
  await open(other, 'lagesbild-sammanstallning');
  await other.getByRole('table', { name: 'Brott och ordningsproblem' }).getByRole('textbox', { name: 'Problem, rad 1' }).fill(RESECENTRUM);
  await saved(other);
  // Live, without a reload.
  await expect(select.locator('option')).toHaveText(['— Välj —', RESECENTRUM]);
  await select.selectOption({ label: RESECENTRUM });
  await page.getByRole('table', { name: 'Åtgärder' }).getByRole('textbox', { name: 'Åtgärd, rad 1' }).fill(LIGHT);
  await saved(page);

  // A rename in the other tab shows in the choice here, still chosen.
  await other.getByRole('table', { name: 'Brott och ordningsproblem' }).getByRole('textbox', { name: 'Problem, rad 1' }).fill('Stök i väntsalen');
  await saved(other);
  await expect(select.locator('option:checked')).toHaveText('Stök i väntsalen');

  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut ifyllt' }).click();
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.text).toContain('Stök i väntsalen');
  expect(pdf.text).toContain(LIGHT);
  expect(pdf.text).not.toContain('— Välj —');
});

test('Röd tråd fungerar offline och säger vad som saknas i en tom arbetsyta', async ({ page, context }) => {
  await page.goto('/dokument/rod-trad/');
  await expect(page.locator('[data-chain-empty]')).toHaveText(/har inga problem, orsaker eller åtgärder ännu/);
  await expectNoAxeViolations(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-copy', 'ready', { timeout: 30_000 });
  await context.setOffline(true);
  await fillChain(page);
  await page.goto('/dokument/rod-trad/');
  await expect(page.locator('[data-chain-diagram]')).toContainText(`Åtgärd: ${LIGHT}`);
  await expect(page.getByRole('region', { name: 'Var tråden brister' })).toContainText(`Åtgärden ”${FRITIDSGARD}” pekar inte på någon orsak.`);
});

test('svar sparade före referenserna läses, får id och visas som inte kopplade', async ({ page }) => {
  await open(page, 'atgardsplan');
  // An arbetsyta saved by the handbook before rows had ids: six columns, no id cell.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k === 'hb:arbetsytor:v1');
    const list = key ? JSON.parse(localStorage.getItem(key)!) : { version: 1, current: 'ay-forsta', list: [{ id: 'ay-forsta', name: 'Min arbetsyta', created: new Date(0).toISOString() }] };
    localStorage.setItem('hb:arbetsytor:v1', JSON.stringify(list));
    localStorage.setItem(
      `hb:svar:v1:${list.current}`,
      JSON.stringify({ version: 1, worksheets: { problemprioritering: { updated: '2024-03-01T00:00:00Z', fields: { beslut: [['Klotter i Åby', 'Ja, nu', 'Syns överallt']] } }, atgardsplan: { updated: '2024-04-01T00:00:00Z', fields: { atgarder: [['Mindre klotter', 'Sanera inom ett dygn', 'Tekniska förvaltningen', '2024', '', 'Antal saneringar']] } } } }),
    );
  });
  await page.reload();
  const measures = page.getByRole('table', { name: 'Åtgärder' });
  await expect(measures.getByRole('textbox', { name: 'Åtgärd, rad 1' })).toHaveValue('Sanera inom ett dygn');
  await expect(measures.getByRole('textbox', { name: 'Indikator, rad 1' })).toHaveValue('Antal saneringar');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('hb:svar:v1:'))!)!));
  const row = stored.worksheets.atgardsplan.fields.atgarder[0] as string[];
  expect(row.slice(0, 8)).toEqual(['Mindre klotter', 'Sanera inom ett dygn', 'Tekniska förvaltningen', '2024', '', 'Antal saneringar', '', '']);
  expect(JSON.parse(row[8]!).rad).toMatch(/^r-/);

  await open(page, 'problemprioritering');
  const typed = page.getByRole('table', { name: 'Beslut per problem' });
  await expect(typed.getByRole('combobox', { name: 'Problem, rad 1' }).locator('option:checked')).toHaveText('Klotter i Åby (skrivet, inte valt)');
  await expect(typed.getByRole('combobox', { name: 'Prioriteras nu eller inte nu, rad 1' }).locator('option:checked')).toHaveText('Ja, nu');
  await page.goto('/dokument/rod-trad/');
  await expect(page.getByRole('region', { name: 'Var tråden brister' })).toContainText('”Klotter i Åby”: problemet ”Klotter i Åby” finns inte i lägesbilden');
});

test('Röd tråd nås från arbetsbladen i tråden', async ({ page }) => {
  for (const sheet of ['lagesbild-sammanstallning', 'problemprioritering', 'orsaksanalys', 'atgardsplan', 'uppfoljningsplan', 'utvardering']) {
    await page.goto(`/arbetsblad/${sheet}/`);
    await page.getByRole('link', { name: 'Röd tråd' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Röd tråd');
  }
});
