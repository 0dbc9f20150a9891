import { test, expect, expectNoAxeViolations } from './fixtures';
import { readPdf } from './support/pdf';

test('hela handboken som PDF: omslag, innehåll med sidnummer som stämmer, kapitel på nya sidor med sidhuvud, ordlistan sist', async ({ page }) => {
  const response = await page.request.get('/hela-handboken.pdf');
  expect(response.status()).toBe(200);
  const pdf = readPdf(await response.body());
  expect(pdf.pageTexts[0]).toContain('Samverkanshandboken');
  const toc = pdf.pageTexts[1]!;
  expect(toc).toContain('Innehåll');
  const entries = [...toc.matchAll(/^\s*(?:(\d+)\. )?(.+?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ n: m[1] ? Number(m[1]) : undefined, title: m[2]!.trim(), page: Number(m[3]) }));
  const chapters = entries.filter((e) => e.n !== undefined);
  expect(chapters.length).toBeGreaterThanOrEqual(12);
  let previous = 2;
  for (const entry of chapters) {
    expect(entry.page, entry.title).toBeGreaterThan(previous);
    const start = pdf.pageTexts[entry.page - 1]!;
    // The chapter starts at the top of the page its number names, and its title is the running head after.
    const firstLines = start.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
    expect(firstLines, `${entry.title} på sidan ${entry.page}`).toContain(`Kapitel ${entry.n}`);
    const next = pdf.pageTexts[entry.page]!.split('\n').find((l) => l.trim())!;
    expect(next.trim(), `sidhuvud efter sidan ${entry.page}`).toBe(entry.title);
    previous = entry.page;
  }
  const glossary = entries.find((e) => e.title === 'Ordlista')!;
  expect(glossary.page).toBeGreaterThan(previous);
  expect(glossary.page).toBeLessThanOrEqual(pdf.pages);
  expect(pdf.pageTexts[glossary.page - 1]).toMatch(/^\s*Ordlista\s*$/m);
  expect(pdf.text).toContain('https://samverkanshandboken.se/hela-handboken/');
  expect(pdf.text).not.toContain('book.invalid');
});

test('sidan Hela handboken: samma sidnummer, länk till PDF:en och utskriftsknapp', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/kapitel/');
  await page.locator('footer').getByRole('link', { name: 'Hela handboken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samverkanshandboken');
  const toc = page.getByRole('navigation', { name: 'Innehåll' });
  await expect(toc.getByRole('link').first()).toContainText(/1\. Om handboken\s*3/);
  await expect(page.getByRole('link', { name: /Ladda ner hela handboken som PDF \(\d+ KiB\)/ })).toHaveAttribute('href', '/hela-handboken.pdf');
  await expect(page.getByRole('button', { name: 'Skriv ut hela handboken' })).toBeVisible();
  await expectNoAxeViolations(page);
});
