import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Page } from '@playwright/test';

/** Query → a page that must be among the first three hits. Inflections, compound parts, no å/ä/ö, synonyms. */
const CASES: [string, string][] = [
  ['lägesbilden', '/kapitel/lagesbild-och-orsaksanalys/'],
  ['lagesbild', '/kapitel/lagesbild-och-orsaksanalys/'],
  ['medborgarlöftena', '/kapitel/medborgarloften/'],
  ['samverkansöverenskommelser', '/kapitel/samverkansoverenskommelse/'],
  ['överenskommelse', '/kapitel/samverkansoverenskommelse/'],
  ['åtgärdsplanen', '/arbetsblad/atgardsplan/'],
  ['atgardsplan', '/arbetsblad/atgardsplan/'],
  ['utvärderingen', '/kapitel/utvardering/'],
  ['orsaksanalysen', '/kapitel/lagesbild-och-orsaksanalys/'],
  ['trygghetsvandringar', '/metoder/trygghetsvandring/'],
  ['Sluta skjut', '/metoder/gvi-sluta-skjut/'],
  ['EST', '/metoder/est/'],
  ['NTU', '/metoder/ntu/'],
  ['problemträd', '/metoder/problemtrad/'],
  ['prioriteringsmatrisen', '/metoder/prioriteringsmatris/'],
  ['aktörskarta', '/arbetsblad/aktorskarta/'],
  ['fältassistenter', '/metoder/faltarbete/'],
  ['samordningsfunktionen', '/roller/samordnare/'],
  ['kamerabevakning', '/metoder/kamerabevakning/'],
  ['grannsamverkan', '/metoder/grannsamverkan/'],
  ['egenkontroll', '/arbetsblad/lagkrav-egenkontroll/'],
  ['CPTED', '/metoder/cpted/'],
  ['mervärde', '/ordlista/'],
  ['avtalssamverkan', '/ordlista/'],
  ['områdespolis', '/ordlista/'],
  ['mål', '/metoder/smarta-mal/'],
];

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status').filter({ hasText: /träff/ })).toBeVisible();
  await expect(page.locator('.search-hit').first()).toBeVisible();
  return page.locator('.search-hit h2 a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
}

for (const [query, expected] of CASES) {
  test(`”${query}” hittar ${expected} bland de tre första`, async ({ page }) => {
    expect(await search(page, query)).toContain(expected);
  });
}

test('exakta bokstäver går före: ”mål” ger SMART-mål först, ”mal” ger Malmö först', async ({ page }) => {
  expect((await search(page, 'mål'))[0]).toBe('/metoder/smarta-mal/');
  const malFirst = page.locator('.search-hit').first();
  await search(page, 'mal');
  await expect(malFirst.locator('p mark').first()).toHaveText(/^Malmö/);
});

test('synonymer: KmB hittar kapitlet om lagen, GVI och Sluta skjut hittar samma metod', async ({ page }) => {
  // KmB is not an official abbreviation, only a hidden keyword of the chapter: the page about the reform comes first.
  expect((await search(page, 'KmB'))[0]).toBe('/kapitel/kommuner-mot-brott/');
  expect(await search(page, 'GVI')).toContain('/metoder/gvi-sluta-skjut/');
});

test('filter smalnar av träffarna, visar antal och kan användas med tangentbordet', async ({ page }) => {
  await page.goto('/sok/?q=lägesbild');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ träffar/);
  const all = Number((await status.textContent())!.match(/\d+/)![0]);
  const methods = page.getByRole('group', { name: 'Typ' }).getByRole('checkbox', { name: /Metoder/ });
  const countText = page.getByRole('group', { name: 'Typ' }).locator('label', { hasText: 'Metoder' }).locator('.search-count');
  await expect(countText).toHaveText(/^\(\d+\)$/);
  const count = Number((await countText.textContent())!.slice(1, -1));
  expect(count).toBeGreaterThan(0);
  await methods.focus();
  await page.keyboard.press('Space');
  await expect(methods).toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${count} träff`));
  expect(count).toBeLessThan(all);
  await expect(page).toHaveURL(/typ=metod/);
  for (const badge of await page.locator('.search-hit .badges li:first-child').allTextContents()) expect(badge).toBe('Metod');
  // Step filter on top: any-of within a filter, all filters together.
  await page.getByRole('group', { name: 'Steg' }).getByRole('checkbox', { name: /^2 / }).check();
  await expect(page).toHaveURL(/steg=Steg\+2/);
  await expect(page.locator('.search-hit').first()).toContainText('Steg 2');
});

test('sökadressen bär frågan och filtren, och bakåtknappen fungerar', async ({ page }) => {
  // Playwright's clock: time runs as usual, and the reader's pause between two searches is a jump, not a sleep.
  await page.clock.install();
  await page.goto('/sok/');
  const field = page.getByRole('searchbox', { name: 'Sökord' });
  await expect(field).toBeFocused();
  await field.fill('medborgardialog');
  await expect(page).toHaveURL(/\?q=medborgardialog$/);
  await expect(page.locator('.search-hit').first()).toBeVisible();
  // The reader reads the hits before the next search: that search gets its own place in the history.
  await page.clock.fastForward(1300);
  await field.fill('trygghetsvandring');
  await expect(page).toHaveURL(/\?q=trygghetsvandring$/);
  await expect(page.locator('.search-hit h2 a').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=medborgardialog$/);
  await expect(field).toHaveValue('medborgardialog');
  await expect(page.locator('[data-search-status]')).toContainText('medborgardialog');
  // A shared link restores query and filters.
  await page.goto('/sok/?q=plan&typ=arbetsblad');
  await expect(page.getByRole('checkbox', { name: /Arbetsblad/ })).toBeChecked();
  for (const badge of await page.locator('.search-hit .badges li:first-child').allTextContents()) expect(badge).toBe('Arbetsblad');
});

test('en träff under ett avsnitt leder direkt till rubriken', async ({ page }) => {
  await page.goto('/sok/?q=vanliga fallgropar');
  const section = page.locator('.search-hit__sections a').first();
  await expect(section).toBeVisible();
  const href = (await section.getAttribute('href'))!;
  expect(href).toContain('#');
  await section.click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href.split('#')[1] ? `#${href.split('#')[1]}` : ''));
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`)).toBeInViewport();
});

test('utdraget visar sökordet i löptexten, aldrig de dolda sökorden, och länkar till avsnitten med träffar', async ({ page }) => {
  await page.goto('/sok/?q=mörkertalet');
  const hit = page.locator('.search-hit', { has: page.locator('h2 a[href="/kapitel/lagesbild-och-orsaksanalys/"]') });
  await expect(hit.locator('.search-hit__excerpt mark').first()).toHaveText(/^mörkertal/i);
  const excerpts = await page.locator('.search-hit__excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) {
    expect(text).not.toContain('⁂');
    expect(text).not.toContain(' · ');
  }
  await expect(hit.getByRole('list', { name: /^Avsnitt med träffar i/ }).getByRole('link', { name: 'Mörkertalet' })).toHaveAttribute('href', /#mörkertalet$/);
});

test('en träff bara på dolda sökord visar sammanfattningen, och ett kort ord i den markeras inte för att sökordet börjar likadant', async ({ page }) => {
  // "föräldrastöd" is one of the method's keywords, not in its text: the hit shows the summary, whose two
  // "för" are not the word searched for.
  await page.goto('/sok/?q=föräldrastöd');
  const hit = page.locator('.search-hit', { has: page.locator('h2 a[href="/metoder/foraldraskapsstod/"]') });
  await expect(hit.locator('.search-hit__excerpt')).toHaveText(/^Stöd till föräldrar, .* riskfaktorer för senare brottslighet\.$/);
  await expect(hit.locator('.search-hit__excerpt mark')).toHaveCount(0);
});

test('en träff vars text inte kan hämtas visar ändå titeln och säger vad som hände', async ({ page, guard }) => {
  guard.allowConsole.push(/Failed to load resource/);
  await page.route('**/sokdata/v1-*/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/sok/?q=medborgarlöften');
  await expect(page.locator('.search-hit h2 a').first()).toBeVisible();
  await expect(page.locator('.search-hit__excerpt').first()).toHaveText('Utdraget kunde inte hämtas. Kontrollera anslutningen och sök igen.');
});

test('inga träffar: tydligt besked, råd om filtren och förslag från ordlistan', async ({ page }) => {
  await page.goto('/sok/?q=qwxzv');
  await expect(page.locator('[data-search-status]')).toHaveText('Inga träffar för ”qwxzv”.');
  await expect(page.getByText('Prova ett kortare ord')).toBeVisible();
  // A real word that no page of the chosen kind contains: the glossary still knows it.
  await page.goto('/sok/?q=mervärde&typ=metod&steg=Steg+5');
  await expect(page.locator('[data-search-status]')).toHaveText('Inga träffar för ”mervärde”.');
  await expect(page.getByText('Prova att ta bort några avgränsningar.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mervärde' })).toHaveAttribute('href', '/ordlista/#mervarde');
});

test('flera ord utan gemensam sida: sidor med några av orden, ett besked på en rad och sök på varje ord', async ({ page }) => {
  await page.goto('/sok/?q=kamerabevakning tidplan');
  const partial = page.locator('[data-search-partial]');
  await expect(partial.getByText('Inga sidor innehöll alla orden. Visar sidor med några av dem.')).toBeVisible();
  await expect(page.locator('.search-hit h2 a[href="/metoder/kamerabevakning/"]')).toBeVisible();
  const each = partial.getByRole('list', { name: 'Sök på varje ord för sig:' });
  await expect(each.getByRole('link')).toHaveText(['kamerabevakning', 'tidplan']);
  await each.getByRole('link', { name: 'tidplan' }).click();
  await expect(page).toHaveURL(/\/sok\/\?q=tidplan$/);
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await expect(partial).toBeHidden();
  // Words that all occur on one page: no notice.
  await page.goto('/sok/?q=lägesbild polisen');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await expect(partial).toBeHidden();
  await expectNoAxeViolations(page);
});

test('en fråga ger svar: frågeorden ignoreras, ordet för sidtyp lyfter den typen', async ({ page }) => {
  await page.goto('/sok/?q=' + encodeURIComponent('Vad kräver lagen av kommunen?'));
  await expect(page.locator('.search-hit h2 a').first()).toHaveAttribute('href', /^\/(lagen|kapitel\/kommuner-mot-brott)\/$/);
  await page.goto('/sok/?q=åtgärdsplan mall');
  await expect(page.locator('.search-hit h2 a').first()).toHaveAttribute('href', '/arbetsblad/atgardsplan/');
  // A boost, not a filter: pages of other kinds are still there, so there are more hits than worksheets.
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ träffar/);
  const boosted = Number((await status.textContent())!.match(/\d+/)![0]);
  await page.goto('/sok/?q=åtgärdsplan&typ=arbetsblad');
  await expect(status).toHaveText(/^\d+ träff/);
  expect(boosted).toBeGreaterThan(Number((await status.textContent())!.match(/\d+/)![0]));
});

test('inga träffar för flera ord: förslaget är färre ord', async ({ page }) => {
  await page.goto('/sok/?q=qwxzv plkjhg');
  await expect(page.locator('[data-search-status]')).toHaveText('Inga träffar för ”qwxzv plkjhg”.');
  await expect(page.getByText('Prova med färre ord, eller sök på ett ord i taget.')).toBeVisible();
  await page.goto('/sok/?q=qwxzv');
  await expect(page.getByText('Prova ett kortare ord')).toBeVisible();
  await expect(page.getByText('Prova med färre ord')).toBeHidden();
});

test('på en telefon (390 px) syns träffarna på första skärmen, filtren bakom Filtrera med antalet valda', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sok/?q=lägesbild&typ=kapitel');
  const first = page.locator('.search-hit').first();
  await expect(first).toBeVisible();
  const box = (await first.locator('h2').boundingBox())!;
  expect(box.y + box.height, 'första träffens rubrik ryms på första skärmen').toBeLessThanOrEqual(844);
  const toggle = page.locator('[data-search-filters] > summary');
  await expect(toggle).toHaveText(/Filtrera\s+1 valt/);
  await expect(page.getByRole('group', { name: 'Typ' })).toBeHidden();
  await toggle.click();
  await page.getByRole('group', { name: 'Steg' }).getByRole('checkbox', { name: /^2 / }).check();
  await expect(toggle).toHaveText(/Filtrera\s+2 valda/);
  await expect(page).toHaveURL(/steg=Steg\+2/);
  await expectNoAxeViolations(page);
  // On a wide screen the filters have their own column and stand open.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('group', { name: 'Typ' })).toBeVisible();
});

test('äldre utgåva går att söka i med filtret Utgåva', async ({ page }) => {
  await page.goto('/sok/?q=lägesbild');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  expect(await page.locator('.search-hit h2 a[href^="/utgava/"]').count()).toBe(0);
  await page.getByRole('radio', { name: /Utgåva 2020/ }).check();
  await expect(page).toHaveURL(/utgava=2020/);
  await expect(page.locator('.search-hit h2 a').first()).toHaveAttribute('href', /^\/utgava\/2020\//);
  await expect(page.locator('.search-hit .badges').first()).toContainText('Utgåva 2020');
});

test('sökfältet i sidhuvudet: snabbträffar, piltangenter och Escape', async ({ page }) => {
  const textRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/sokdata/v1-') || request.url().endsWith('.pf_fragment')) textRequests.push(request.url());
  });
  await page.goto('/kapitel/grunderna/');
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Sök i handboken' });
  await expect(field).toBeFocused();
  await field.pressSequentially('trygghetsvandring');
  const panel = page.getByRole('region', { name: 'Snabbträffar' });
  await expect(panel).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(field).toBeFocused();
  // Quick results show titles from the page table: no page text is downloaded for them.
  expect(textRequests, 'sidtext hämtad för snabbträffarna').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=trygghetsvandring$/);
  await expect(page.locator('.search-hit').first()).toBeVisible();
});

test('sidhuvudets sökfält: text som skrivs innan sökmodulen har kommit söks så fort den kommer', async ({ page }) => {
  // The module is held back until the reader has typed, as on a slow phone.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/_astro\/header\.[^/]*\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto('/kapitel/grunderna/');
  const field = page.getByRole('searchbox', { name: 'Sök i handboken' });
  await field.click();
  await field.pressSequentially('medborgarlöften');
  await expect.poll(() => requested).toBe(true);
  const panel = page.getByRole('region', { name: 'Snabbträffar' });
  await expect(panel).toHaveCount(0);
  release();
  // No further key: what is in the field is searched when the module arrives.
  await expect(panel.getByRole('link', { name: /^Medborgarlöften/ }).first()).toBeVisible();
  await expect(field).toHaveValue('medborgarlöften');
  // Pasted text, too (a new page, the module held again).
  await page.unrouteAll({ behavior: 'wait' });
  let releasePaste!: () => void;
  const heldPaste = new Promise<void>((resolve) => (releasePaste = resolve));
  const second = await page.context().newPage();
  await second.route(/\/_astro\/header\.[^/]*\.js$/, async (route) => {
    await heldPaste;
    await route.continue();
  });
  await second.goto('/kapitel/aktorerna/');
  const secondField = second.getByRole('searchbox', { name: 'Sök i handboken' });
  await secondField.focus();
  await secondField.fill('KmB');
  releasePaste();
  await expect(second.getByRole('region', { name: 'Snabbträffar' }).getByRole('link').first()).toHaveAttribute('href', '/kapitel/kommuner-mot-brott/');
});

test.describe('utan JavaScript', () => {
  // The fixture's own context, so the request and console guard watches it too.
  test.use({ javaScriptEnabled: false });

  test('utan JavaScript leder sökformuläret till söksidan, som förklarar att sökningen behöver JavaScript', async ({ page }) => {
    await page.goto('/kapitel/grunderna/');
    await page.getByRole('searchbox', { name: 'Sök i handboken' }).fill('lägesbild');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=l%C3%A4gesbild/);
    await expect(page.getByText('Sökningen behöver JavaScript')).toBeVisible();
  });
});
