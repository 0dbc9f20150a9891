import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, expectNoAxeViolations } from './fixtures';

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

test('utgåva 2020 har sin egen ingress, sitt eget datum och sina egna källor', async ({ page }) => {
  await page.goto(`/utgava/2020${CHAPTER}`);
  const lead = page.locator('.lead');
  await expect(lead).toHaveText('Hur kommunen och polisen var för sig samlar och analyserar sin kunskap om brottsligheten och tryggheten och tar fram var sin översiktliga lägesbild inför det gemensamma arbetet.');
  await expect(page.locator('.meta-line')).toContainText('Senast uppdaterad: 1 september 2020');
  const sources = page.locator('section.sources');
  await expect(sources.getByRole('listitem').first()).toContainText('Ta fram en kartläggning och lägesbild');
  await expect(sources).not.toContainText('2023:196');
  await expect(sources).not.toContainText('Kommuner mot brott');
  // No revision history from a later edition, no links to a law that did not exist yet.
  await expect(page.getByRole('heading', { name: 'Ändringar i kapitlet' })).toHaveCount(0);
  await expect(page.locator('.related').getByRole('heading', { name: 'Lagen' })).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/Lag \(2023:196\)|1 juni 2024|början av 2024/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /var sin översiktliga lägesbild/);

  // The current edition keeps its own.
  await page.goto(CHAPTER);
  await expect(page.locator('.lead')).toContainText('den lägesbild som Lag (2023:196) kräver');
  await expect(page.locator('.meta-line')).toContainText('Senast uppdaterad: 1 juni 2024');
});

const COMPARE = `${CHAPTER}jamfor/2020-2024/`;

test('jämförelsen sammanfattar vad som ändrades och varför, med länkar till ändringarna', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.getByRole('link', { name: 'Jämför med utgåva 2020' }).click();
  await expect(page).toHaveURL(new RegExp(`${COMPARE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändringar i ”Steg 2: Egna förberedelser”');
  await expect(page.locator('.lead')).toHaveText(/\d+ ord tillagda och \d+ ord borttagna, i \d+ av kapitlets \d+ avsnitt/);
  const summary = page.locator('section.diff-summary');
  await expect(summary.getByRole('heading', { name: 'Vad som ändrades' })).toBeVisible();
  const item = summary.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Källor och medarbetardialoger' }) });
  await expect(item).toContainText('Lägesbilden är kommunens ansvar som helhet; alla förvaltningar bidrar och samordningsfunktionen sammanställer.');
  await item.getByRole('link', { name: 'Källor och medarbetardialoger' }).click();
  const target = page.locator(':focus');
  await expect(target).toHaveAttribute('data-change', /\d+/);
  await expect(target).toBeInViewport();
  await expect(target.locator('del, ins').first()).toBeVisible();
});

test('jämförelsen visar ändringar som spårade ändringar, med listor kvar som listor', async ({ page }) => {
  await page.goto(COMPARE);
  const ins = page.locator('.diff-text ins').first();
  const del = page.locator('.diff-text del').first();
  await expect(ins).toBeVisible();
  await expect(del).toBeVisible();
  // Not colour alone: underline and strike-through, a label for screen readers, and no bracket markers.
  expect(await ins.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
  expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
  await expect(ins).toContainText('Tillagt:');
  await expect(del).toContainText('Borttaget:');
  for (const el of [ins, del]) {
    expect(await el.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('none');
    expect(await el.evaluate((e) => getComputedStyle(e, '::after').content)).toBe('none');
  }
  await expect(page.locator('.diff-text')).not.toContainText(/\[\+|\+\]|\[−|−\]/);
  // The list of what each part of the kommun contributes, added in 2024, is a list of inserted items.
  const added = page.locator('.diff-text ul > li.diff-block--ins').filter({ hasText: 'Socialtjänsten:' });
  await expect(added).toHaveCount(1);
  await expect(added.locator('ins')).toContainText('sammanställda uppgifter om orosanmälningar');
  await expect(page.locator('.diff-text h2').filter({ hasText: 'Källor och medarbetardialoger' })).toBeVisible();
});

test('nästa och föregående ändring flyttar fokus, med knappar och kortkommandon', async ({ page }) => {
  await page.goto(COMPARE);
  const next = page.getByRole('button', { name: 'Nästa ändring' });
  const prev = page.getByRole('button', { name: 'Föregående ändring' });
  await expect(next).toBeEnabled();
  const status = page.locator('hb-change-nav [role="status"]');
  const total = await page.locator('[data-change]').count();
  expect(total).toBeGreaterThan(3);

  await next.click();
  await expect(page.locator(':focus')).toHaveAttribute('data-change', '1');
  await expect(status).toHaveText(`Ändring 1 av ${total}`);
  await next.click();
  await expect(page.locator(':focus')).toHaveAttribute('data-change', '2');
  await expect(page.locator(':focus')).toBeInViewport();
  await prev.click();
  await expect(page.locator(':focus')).toHaveAttribute('data-change', '1');

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-change', '2');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-change', '3');
  await expect(status).toHaveText(`Ändring 3 av ${total}`);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('data-change', '2');
  await expect(page.locator(':focus')).toBeInViewport();
});

test('växla mellan bara ändringar och hela kapitlet', async ({ page }) => {
  await page.goto(COMPARE);
  const onlyChanges = page.getByRole('radio', { name: 'Bara ändringar' });
  const whole = page.getByRole('radio', { name: 'Hela kapitlet' });
  await expect(onlyChanges).toBeChecked();
  // A section without changes, and unchanged text far from a change, are hidden; changes are not.
  const unchangedSection = page.locator('.diff-text h2').filter({ hasText: 'Leta efter mönster' });
  const farText = page.locator('.diff-text p').filter({ hasText: 'Egna förberedelser ger också varje part en chans' });
  await expect(unchangedSection).toBeHidden();
  await expect(farText).toBeHidden();
  await expect(page.locator('[data-change="1"]')).toBeVisible();
  await expect(page.locator('.diff-gap').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await whole.check();
  await expect(unchangedSection).toBeVisible();
  await expect(farText).toBeVisible();
  await expect(page.locator('.diff-gap').first()).toBeHidden();
  await expectNoAxeViolations(page);

  await onlyChanges.check();
  await expect(unchangedSection).toBeHidden();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('jämförelsen går att skriva ut, med teckenförklaringen', async ({ page }) => {
  await page.goto(COMPARE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.diff-text ins').first()).toBeVisible();
  await expect(page.locator('.diff-toolbar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-pdf-'));
  const file = path.join(dir, 'jamforelse.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Teckenförklaring');
  expect(text).toContain('Understruken text med grön bakgrund är tillagd i utgåva 2024.');
  expect(text).toContain('Överstruken text med röd bakgrund fanns i utgåva 2020 och är borttagen.');
  expect(text).toContain('Vad som ändrades');
  expect(text).not.toContain('Nästa ändring');
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
