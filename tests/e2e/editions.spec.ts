import { test, expect } from './fixtures';

const CHAPTER = '/kapitel/steg-2-egna-forberedelser/';

test('byta utgåva på ett kapitel: samma kapitel och avsnitt, banner och länk tillbaka', async ({ page }) => {
  await page.goto(CHAPTER);
  // The chapter script (loaded by the site script) is active once it shows the marker switch.
  await expect(page.getByRole('button', { name: 'Dölj ändringsmarkeringar' })).toBeVisible();
  const switcher = page.getByRole('navigation', { name: 'Utgåva' });
  await expect(switcher.getByRole('link', { name: /Utgåva 2024/ })).toHaveAttribute('aria-current', 'page');
  // Scroll to a later section, then switch: the reader lands on the same section in the old edition.
  const section = page.locator('article h2[id]').nth(2);
  const sectionId = (await section.getAttribute('id'))!;
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), sectionId);
  await page.mouse.wheel(0, 40);
  const older = switcher.getByRole('link', { name: /Utgåva 2020/ });
  // Where the reader is shows in the link's address before the click.
  await expect.poll(async () => decodeURIComponent(new URL((await older.getAttribute('href'))!, page.url()).hash)).toBe(`#${sectionId}`);
  await older.click();
  await expect(page).toHaveURL(/\/utgava\/2020\/kapitel\/steg-2-egna-forberedelser\/#/);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${sectionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steg 2: Egna förberedelser');
  const banner = page.getByRole('note');
  await expect(banner).toContainText('Du läser en äldre utgåva (Utgåva 2020).');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Old wording, no markers, no statement of what the law requires.
  await expect(page.locator('.revision__marker')).toHaveCount(0);
  await expect(page.locator('.callout--lagkrav')).toHaveCount(0);
  await banner.getByRole('link', { name: 'Läs gällande text' }).click();
  await expect(page).toHaveURL(new RegExp(`${CHAPTER}$`));
});

test('ändringsmarkering visar tidigare lydelse, lagstöd och kan stängas av', async ({ page }) => {
  await page.goto(CHAPTER);
  const revision = page.locator('.revision').first();
  const marker = revision.locator('summary');
  await expect(marker).toContainText('Ny text 2024');
  const old = revision.locator('.revision__old');
  await expect(old).toBeHidden();
  await marker.click();
  await expect(old).toBeVisible();
  await expect(old).toContainText('Tidigare lydelse (utgåva 2020)');
  await expect(revision.getByRole('link', { name: /4 § lägesbild|Bestämmelsen om/ }).first()).toBeVisible();

  // The old wording shown here is the text of the 2020 edition's page.
  const oldText = (await old.locator('p').nth(1).textContent())!.trim();
  await page.goto(`/utgava/2020${CHAPTER}`);
  await expect(page.locator('article')).toContainText(oldText.slice(0, 60));

  await page.goto(CHAPTER);
  const toggle = page.getByRole('button', { name: 'Dölj ändringsmarkeringar' });
  await toggle.click();
  await expect(page.locator('.revision__marker').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Visa ändringsmarkeringar' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.locator('.revision__marker').first()).toBeHidden();
  await page.getByRole('button', { name: 'Visa ändringsmarkeringar' }).click();
  await expect(page.locator('.revision__marker').first()).toBeVisible();
});

test('Vad är nytt: länkarna leder till rätt ändrad passage', async ({ page }) => {
  await page.goto('/vad-ar-nytt/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad är nytt i utgåva 2024?');
  const lead = (await page.locator('.lead').textContent())!;
  const [, passages, chapters] = /alla (\d+) ändrade passager i (\d+) kapitel/.exec(lead)!;
  expect(Number(passages)).toBeGreaterThanOrEqual(25);
  expect(Number(chapters)).toBeGreaterThanOrEqual(8);
  const byLaw = page.locator('section').filter({ has: page.getByRole('heading', { name: /4 § lägesbild/i }) });
  const link = byLaw.getByRole('link').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  const id = href.split('#')[1]!;
  const passage = page.locator(`[id="${id}"]`);
  await expect(passage).toBeInViewport();
  await expect(passage.locator('summary')).toContainText('Ny text 2024');
});

test('jämförelsen mellan utgåvor visar tillagd och borttagen text med synliga etiketter', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.getByRole('link', { name: 'Jämför med utgåva 2020' }).click();
  await expect(page).toHaveURL(/\/jamfor\/2020-2024\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändringar i ”Steg 2: Egna förberedelser”');
  await expect(page.locator('.lead')).toHaveText(/\d+ ord tillagda och \d+ ord borttagna/);
  const ins = page.locator('ins').nth(1);
  const del = page.locator('del').nth(1);
  await expect(ins).toBeVisible();
  await expect(del).toBeVisible();
  // Not colour alone: a label for screen readers and a visible bracket marker.
  await expect(ins).toContainText('Tillagt:');
  await expect(del).toContainText('Borttaget:');
  expect(await ins.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('[+');
  expect(await del.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('[−');
  // Printable: the diff keeps its marks in print.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('ins').first()).toBeVisible();
});

test('lagkartan: varje bestämmelse, länkar till handboken och en egenkontroll som sparas', async ({ page }) => {
  await page.goto('/lagen/');
  await expect(page.getByRole('heading', { level: 2, name: '4 § lägesbild' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bestämmelsen om åtgärdsplan' })).toBeVisible();
  const lagesbild = page.locator('section').filter({ has: page.getByRole('heading', { name: '4 § lägesbild' }) });
  await expect(lagesbild.getByRole('link', { name: /Lägesbild och orsaksanalys/ })).toBeVisible();
  const first = lagesbild.getByRole('checkbox').first();
  await first.check();
  await expect(page.getByRole('status').filter({ hasText: 'avbockade' })).toContainText(/^1 av \d+ punkter avbockade/);
  await page.reload();
  await expect(first).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'avbockade' })).toContainText(/^1 av/);
});
