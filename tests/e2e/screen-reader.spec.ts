/**
 * One task per job, done with a virtual screen reader (tests/e2e/support/screen-reader.ts) instead of the
 * mouse: what it announces is what a blind reader hears. The phrases are the library's English role words
 * around the page's Swedish names and text.
 */
import { test, expect } from './fixtures';
import { screenReader as sr, startScreenReader } from './support/screen-reader';

const words = (text: string) => text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();

test('läsa ett avsnitt i ett kapitel: rubriken och stycket läses upp, ordlisteordet som en knapp utan förklaringen', async ({ page }) => {
  await page.goto('/kapitel/steg-2-egna-forberedelser/');
  await startScreenReader(page);
  // Headings are how screen reader users skim: the chapter's h2 are reachable one by one.
  await sr.moveTo(page, /^heading, Varför steget behövs, level 2$/, 'moveToNextHeadingLevel2');
  await sr.clear(page);
  await sr.moveTo(page, /^end of paragraph$/);
  const said = await sr.log(page);
  const paragraph = words((await page.locator('h2#varför-steget-behövs').locator('xpath=../following-sibling::p[1]').textContent())!);
  expect(paragraph.length).toBeGreaterThan(100);
  expect(said).toEqual([
    'link, Länk till avsnittet Varför steget behövs',
    '#',
    'end of link, Länk till avsnittet Varför steget behövs',
    'paragraph',
    paragraph,
    'end of paragraph',
  ]);

  // The chapter's first paragraph holds a glossary word: heard as a button, its definition only once opened.
  await startScreenReader(page, '.content article');
  await sr.moveTo(page, /^button, tryggheten/);
  await sr.moveTo(page, /^end of paragraph$/);
  const first = (await sr.log(page)).join(' | ');
  expect(first).toContain('button, tryggheten');
  expect(first).not.toContain('Upplevelsen av att inte behöva oroa sig');
  await sr.clear(page);
  await startScreenReader(page, '.content article');
  await sr.moveTo(page, /^button, tryggheten/);
  await sr.click(page);
  await expect(page.locator('#term-trygghet')).toBeVisible();
  await sr.moveTo(page, /^Trygghet$/);
  await sr.moveTo(page, /^link, Mer i ordlistan om Trygghet$/);
  expect((await sr.log(page)).join(' | ')).toContain('Upplevelsen av att inte behöva oroa sig för att utsättas för brott');
});

test('fylla i och spara ett fält i ett arbetsblad: etiketten och ”Sparat” läses upp, en gång', async ({ page }) => {
  await page.goto('/arbetsblad/forutsattningar-for-samverkan/');
  await expect(page.getByRole('status').filter({ hasText: /sparas på den här enheten|Sparat/ })).toBeVisible();
  await startScreenReader(page);
  const field = await sr.moveTo(page, /^textbox, Ifyllt av\b/);
  // The example under the label is its description, heard with the field.
  expect(field).toBe('textbox, Ifyllt av, T.ex. samordnare Elin Ström och kommundirektör Maria Öberg');
  await sr.clear(page);
  await sr.type(page, 'Testperson');
  await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\. \d\d:\d\d/);
  const said = await sr.log(page);
  const savedAt = (await page.locator('[data-save-status]').textContent())!;
  expect(said).toContain(`polite: ${savedAt}`);
  expect(savedAt).toMatch(/^Sparat kl\. \d\d:\d\d i arbetsytan ”Min arbetsyta”\.$/);
  expect(said).toContain('textbox, Ifyllt av, Testperson, T.ex. samordnare Elin Ström och kommundirektör Maria Öberg');
  // "Sparar …" while typing is said once, not once per letter.
  expect(said.filter((p) => p === 'polite: Sparar …')).toHaveLength(1);
  // The answer was stored: it is there after a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ifyllt av' })).toHaveValue('Testperson');
});

test('söka och öppna en träff: antalet träffar läses upp, träffen är en länk och sidan den leder till har sin rubrik', async ({ page }) => {
  await page.goto('/sok/');
  await startScreenReader(page);
  await sr.moveTo(page, /^searchbox, Sökord\b/);
  await sr.clear(page);
  await sr.type(page, 'medborgarlöfte');
  await sr.press(page, 'Enter');
  await expect(page.getByRole('status').filter({ hasText: /träffar för/ })).toBeVisible();
  await expect.poll(async () => (await sr.log(page)).find((p) => /^polite: \d+ träffar för ”medborgarlöfte”$/.test(p))).toBeTruthy();
  const hit = await sr.moveTo(page, /^link, /, 'moveToNextLink');
  expect(hit).toBe('link, Medborgarlöften');
  await sr.click(page);
  await expect(page).toHaveURL(/\/kapitel\/medborgarloften\/$/);
  await startScreenReader(page);
  const heading = await sr.moveTo(page, /^heading, .*level 1$/, 'moveToNextHeadingLevel1');
  expect(heading).toBe('heading, Medborgarlöften, level 1');
});

test('starta ett steg i workshopläget: steget, tiden och att timern går läses upp', async ({ page }) => {
  await page.goto('/workshop/kor/?ovning=prioritering-av-problem');
  await expect(page.locator('[data-step-title]')).toHaveText('Kriterierna');
  await startScreenReader(page);
  await sr.moveTo(page, /^region, Kriterierna$/);
  await sr.moveTo(page, /^button, Starta\b/);
  const before = await sr.log(page);
  expect(before).toContain('heading, Kriterierna, level 2');
  expect(before).toContain('Steg 1 av 6 i workshopen · Planerat 15 min');
  expect(before).toContain('Inte startad');
  const timer = before.indexOf('timer, Tid kvar av steget');
  expect(timer).toBeGreaterThan(-1);
  expect(before[timer + 1]).toBe('15:00');
  await sr.clear(page);
  await sr.click(page);
  await expect(page.locator('[data-timer-state]')).toHaveText('Tiden går');
  await expect.poll(() => sr.log(page)).toContain('polite: Timern går. 15 minuter kvar av ”Kriterierna”.');
  // The same button now pauses, and says so.
  expect(await sr.log(page)).toContain('button, Pausa, key shortcuts Space');
});
