import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { readPdf } from './support/pdf';

/**
 * Page budget of each worksheet's blank print on A4. Measured after the form-grade print layout and
 * kept as the ceiling: one page for the title, facts and first section, then the writing space the
 * fields need (lined boxes sized by their rows, tables at their initial row count, choices in two
 * columns), plus a landscape page for each table of five or more columns and for the priority matrix,
 * which carries its heading and introduction with it. A sheet that grows past its budget without new content
 * is a regression; the last page must also carry more than a lone field (at least a heading, its
 * introduction and a field: four lines of text).
 */
const BLANK_BUDGET: Record<string, { pages: number; landscape: number }> = {
  aktorskarta: { pages: 4, landscape: 1 },
  atgardsplan: { pages: 3, landscape: 1 },
  'datakallor-for-lagesbilden': { pages: 4, landscape: 1 },
  'egna-forberedelser-checklista': { pages: 3, landscape: 0 },
  'forutsattningar-for-samverkan': { pages: 3, landscape: 0 },
  'genomforandeplan-och-risker': { pages: 4, landscape: 1 },
  kommunikationsplan: { pages: 3, landscape: 0 },
  'lagesbild-sammanstallning': { pages: 4, landscape: 1 },
  'lagkrav-egenkontroll': { pages: 4, landscape: 0 },
  'medborgarlofte-utkast': { pages: 3, landscape: 0 },
  'ny-samordnare-90-dagar': { pages: 4, landscape: 0 },
  orsaksanalys: { pages: 5, landscape: 1 }, // the causes table gained its Problem column (issue 15): five columns, a landscape page
  problemprioritering: { pages: 4, landscape: 1 },
  'samverkansoverenskommelse-utkast': { pages: 4, landscape: 0 },
  'aterkoppling-till-invanarna': { pages: 2, landscape: 0 },
  'genomforandelogg': { pages: 4, landscape: 2 },
  'guide-for-medarbetardialog': { pages: 2, landscape: 0 },
  'protokoll-trygghetsvandring': { pages: 4, landscape: 1 },
  'roller-och-ansvar': { pages: 3, landscape: 1 },
  uppfoljningsplan: { pages: 3, landscape: 1 },
  utvardering: { pages: 4, landscape: 1 }, // the effects table gained its Åtgärd column (issue 15): five columns, a landscape page
};

const flat = (text: string) => text.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

/** The worksheet's section headings as printed, each with the introduction paragraph right after it (if any). */
const headingsOf = (page: Page) =>
  page.locator('main :is(h2, h3)').evaluateAll((hs) =>
    hs.map((h) => {
      const box = h.parentElement?.classList.contains('heading-wrapper') ? h.parentElement : h;
      const next = box.nextElementSibling;
      return { text: h.textContent ?? '', intro: next?.tagName === 'P' ? (next.textContent ?? '') : '' };
    }),
  );

/**
 * Headings left at the foot of a page: the page's text (without its footer, "Sida n av m" and the
 * address) ends with a heading, or with a heading and its introduction, so what they introduce starts
 * on the next page.
 */
function strandedHeadings(pageTexts: string[], headings: { text: string; intro: string }[]): string[] {
  const found: string[] = [];
  pageTexts.slice(0, -1).forEach((text, i) => {
    const lines = text.split('\n').filter((l) => l.trim() && !/Sida \d+ av \d+/.test(l));
    // A word hyphenated at a line end is one word again.
    const body = flat(lines.join('\n')).replace(/‐ /g, '');
    for (const h of headings) {
      const heading = flat(h.text);
      if (!heading) continue;
      if (body.endsWith(heading) || (h.intro && body.endsWith(`${heading} ${flat(h.intro)}`))) found.push(`rubriken "${heading}" står sist på sida ${i + 1}`);
    }
  });
  return found;
}

async function printSheet(page: Page, id: string, mode: 'Skriv ut tomt' | 'Skriv ut ifyllt') {
  await page.goto(`/arbetsblad/${id}/`);
  const button = page.getByRole('button', { name: mode });
  await expect(button).toBeVisible();
  // The print dialog cannot be automated: the button prepares the page, page.pdf prints it with the
  // page's own @page sizes (named landscape pages included).
  await page.evaluate(() => (window.print = () => undefined));
  await button.click();
  return readPdf(await page.pdf({ preferCSSPageSize: true }));
}

test('varje tomt arbetsblad ryms i sin sidbudget, med liggande sidor för breda tabeller och utan datumwidget', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/arbetsblad/');
  const listed = await page.locator('main a[href^="/arbetsblad/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('/')[2]!).filter((id) => id && !id.startsWith('steg-')))]);
  expect(listed.sort()).toEqual(Object.keys(BLANK_BUDGET).sort());
  const problems: string[] = [];
  for (const [id, budget] of Object.entries(BLANK_BUDGET)) {
    const pdf = await printSheet(page, id, 'Skriv ut tomt');
    if (pdf.pages > budget.pages) problems.push(`${id}: ${pdf.pages} sidor, budget ${budget.pages}`);
    const landscape = [...pdf.orientation].filter((o) => o === 'L').length;
    if (landscape !== budget.landscape) problems.push(`${id}: ${landscape} liggande sidor, väntat ${budget.landscape}`);
    if (/mm\/dd|dd\/mm|åååå|yyyy/i.test(pdf.text)) problems.push(`${id}: datumwidget i utskriften`);
    if (/Du kan fylla i bladet|Skriv ut tomt|Spara som fil/.test(pdf.text)) problems.push(`${id}: skärmtext i utskriften`);
    const lastLines = pdf.pageTexts.at(-1)!.split('\n').filter((l) => l.trim() && !/Sida \d+ av \d+/.test(l));
    if (lastLines.length < 4) problems.push(`${id}: sista sidan har bara ${lastLines.length} rader`);
    for (const s of strandedHeadings(pdf.pageTexts, await headingsOf(page))) problems.push(`${id}: ${s}`);
  }
  expect(problems).toEqual([]);
});

test('tomt blad: datum som rutor, val som tryckta rutor, matrisen som ett rutnät, ljusa exempel; ifyllt blad utan exempel', async ({ page }) => {
  const blank = await printSheet(page, 'problemprioritering', 'Skriv ut tomt');
  expect(blank.text).toContain('Prioriteringsmatris');
  expect(blank.text).not.toMatch(/–\s+–\s+–/); // no empty dropdowns ("–") in the matrix cells
  const matrixPage = blank.pageTexts.findIndex((t) => t.includes('Prioriteringsmatris'));
  expect(blank.orientation[matrixPage]).toBe('L');
  expect(blank.text).toContain('T.ex.');

  await page.goto('/arbetsblad/atgardsplan/');
  await page.getByRole('textbox', { name: 'Fokusområde' }).fill('Inbrott i fritidshus i Lövnäs');
  await page.getByLabel('Planen gäller från').fill('2025-03-04');
  await expect(page.locator('[data-save-status]')).toContainText(/[Ss]parat/);
  // Text meant for the screen (how to fill in, where it is saved, how to move it) is on the page, and not on its print.
  const screenOnly = await page.locator('main .no-print').evaluateAll((boxes) => {
    // Text that the printed part of the page also has (a step name, an option) is not screen-only.
    const printed = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const el of printed.querySelectorAll('.no-print')) el.remove();
    const printedText = (printed.textContent ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ');
    const texts: string[] = [];
    for (const box of boxes) {
      for (const el of [box, ...box.querySelectorAll('p, label, summary, legend, h2, h3, li')]) {
        if (!el.checkVisibility() || el.querySelector('p, label, summary, li')) continue;
        const text = (el.textContent ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
        if (text.length >= 12 && !printedText.includes(text.slice(0, 24))) texts.push(text.slice(0, 24));
      }
    }
    return texts;
  });
  expect(screenOnly.length).toBeGreaterThan(2);
  const filled = await printSheet(page, 'atgardsplan', 'Skriv ut ifyllt');
  const filledFlat = filled.text.replace(/\s+/g, ' ');
  expect(filled.text).toContain('Inbrott i fritidshus i Lövnäs');
  expect(filled.text).toContain('2025-03-04');
  // Soft: each of these is its own claim (issue 20), and one failing must not hide the others.
  expect.soft(screenOnly.filter((t) => filledFlat.includes(t))).toEqual([]);
  expect.soft(filled.text).toContain('____-__-__'); // the other, empty date
  expect.soft(filled.text).not.toMatch(/Du kan fylla i bladet/);
  expect.soft(filled.text).not.toContain('T.ex.');
  expect.soft(filled.text).not.toMatch(/mm\/dd|åååå|yyyy/i);

  const blankPlan = await printSheet(page, 'atgardsplan', 'Skriv ut tomt');
  expect(blankPlan.text).not.toContain('Inbrott i fritidshus i Lövnäs');
  expect(blankPlan.text.match(/____-__-__/g)).toHaveLength(2);
});

test('Problemtriangeln är en triangel på skärmen och på papper', async ({ page }) => {
  await page.goto('/arbetsblad/orsaksanalys/');
  const figure = page.getByRole('figure', { name: /Problemtriangeln/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator('svg polygon')).toHaveCount(1);
  const pdf = await printSheet(page, 'orsaksanalys', 'Skriv ut tomt');
  for (const corner of ['Gärningsperson', 'Offer eller mål', 'Plats', 'Problemet']) expect(pdf.text).toContain(corner);
});

test('Ctrl+P utan knapparna: utskriften har datum och adress', async ({ page }) => {
  await page.goto('/arbetsblad/aktorskarta/');
  await expect(page.getByRole('button', { name: 'Skriv ut tomt' })).toBeVisible();
  // page.pdf prints as Ctrl+P does: the browser fires beforeprint first.
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.text).toMatch(/Utskrivet \d{4}-\d{2}-\d{2}/);
  expect(pdf.text).toContain('/arbetsblad/aktorskarta/');
});

test('axe i utskriftsläge: arbetsblad och kapitel', async ({ page }) => {
  test.setTimeout(120_000);
  for (const url of ['/arbetsblad/atgardsplan/', '/kapitel/steg-3-gemensamma-forberedelser/', '/arbetsblad/orsaksanalys/']) {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'screen' });
  }
});
