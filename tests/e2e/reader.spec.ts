import { test, expect } from './fixtures';

test('från startsidan till ett kapitel, via innehållsförteckningen till nästa kapitel', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samverkanshandboken');
  const process = page.getByRole('figure', { name: 'Samverkansprocessen i fem steg' });
  await expect(process.getByRole('listitem')).toHaveCount(5);

  await page.getByRole('link', { name: 'Läsa handboken' }).click();
  await expect(page).toHaveURL(/\/kapitel\/$/);
  await page.getByRole('link', { name: /Steg 2: Egna förberedelser/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steg 2: Egna förberedelser');
  await expect(page.getByText('Senast uppdaterad')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Du är här' })).toContainText('Kapitel');
  await expect(page.locator('.page-head').getByRole('link', { name: /Steg 2: Egna förberedelser/ })).toBeVisible();

  const toc = page.getByRole('navigation', { name: 'Innehåll i kapitlet' });
  const entry = toc.getByRole('link').nth(2);
  const target = (await entry.getAttribute('href'))!;
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${encodeURI(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const heading = page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`);
  await expect(heading).toBeInViewport();

  const next = page.getByRole('navigation', { name: 'Läsordning' }).getByRole('link', { name: /Nästa kapitel/ });
  const nextTitle = (await next.textContent())!.replace('Nästa kapitel', '').trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page.getByRole('navigation', { name: 'Läsordning' }).getByRole('link', { name: /Föregående kapitel/ })).toContainText('Steg 2: Egna förberedelser');
});

test('rubriker har ankarlänkar och ordlisteord visar sin förklaring på plats, med länk till ordlistan', async ({ page }) => {
  await page.goto('/kapitel/steg-2-egna-forberedelser/');
  const anchor = page.getByRole('link', { name: /^Länk till avsnittet/ }).first();
  const href = (await anchor.getAttribute('href'))!;
  await anchor.click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(href);
  // A glossary word opens its definition in place; the link in it leads to the glossary entry.
  const term = page.locator('.term__button').first();
  await term.click();
  const definition = page.locator('.term__pop:popover-open');
  await expect(definition).toBeVisible();
  const more = definition.getByRole('link', { name: /^Mer i ordlistan om/ });
  const termHref = (await more.getAttribute('href'))!;
  await page.keyboard.press('Escape');
  await expect(definition).toHaveCount(0);
  await term.focus();
  await page.keyboard.press('Enter');
  await more.click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname + new URL(page.url()).hash)).toBe(termHref);
  await expect(page.locator(`[id="${termHref.split('#')[1]}"]`)).toBeInViewport();
});

test('bara tangentbord: hoppa till innehållet, nå menyn och följa en länk', async ({ page }) => {
  await page.goto('/kapitel/grunderna/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();

  // From the top again: Tab through header controls to the main menu, then follow "Metodbank".
  await page.goto('/kapitel/grunderna/');
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Metodbank' }).evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  // The focus ring is visible: an outline is drawn on the focused link.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metodbank');

  // "/" jumps to the search field from anywhere.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Sök i handboken' })).toBeFocused();
});

test('en sida som inte finns visar en svensk 404-sida', async ({ page, guard }) => {
  guard.allowConsole.push(/404/);
  const response = await page.goto('/finns-inte/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expect(page.getByRole('link', { name: 'alla kapitel' })).toBeVisible();
});

test('stegsidan samlar kapitel, arbetsblad och metoder för steget', async ({ page }) => {
  await page.goto('/steg/3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steg 3: Gemensamma förberedelser');
  await expect(page.locator('[aria-current="step"]')).toContainText('Gemensamma förberedelser');
  await expect(page.getByRole('link', { name: 'Steg 3: Gemensamma förberedelser' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Arbetsblad' })).toBeVisible();
  await page.getByRole('link', { name: /Nästa steg/ }).click();
  await expect(page).toHaveURL(/\/steg\/4\/$/);
});

test.describe('utan JavaScript', () => {
  // The fixture's own context, so the request and console guard watches it too.
  test.use({ javaScriptEnabled: false });

  test('läsning kräver inget JavaScript', async ({ page }) => {
    await page.goto('/kapitel/steg-1-initiera/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steg 1: Initiera samverkan');
    await expect(page.locator('article p').first()).toBeVisible();
    await page.getByRole('link', { name: /Nästa kapitel/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steg 2: Egna förberedelser');
  });
});

test('en annan sida kan inte rama in handboken, och filerna bär de säkerhetshuvuden som gäller dem', async ({ page, guard, baseURL }) => {
  // The projector view is the page someone would most like to show inside their own site.
  guard.allowConsole.push(/^Framing .* violates .*frame-ancestors 'none'/);
  const refused = page.waitForEvent('console', (message) => /^Framing .* violates .*frame-ancestors 'none'.* blocked/.test(message.text()));
  await page.setContent(`<iframe title="inramad" src="${baseURL}/workshop/projektor/"></iframe>`);
  await refused;
  // The frame shows the browser's error page, not the handbook.
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);

  const document = await page.request.get('/workshop/projektor/');
  expect(document.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(document.headers()['x-frame-options']).toBe('DENY');
  // Subresources carry what acts on them (no sniffing, no referrer), not the document-only policies.
  for (const asset of ['/pagefind/pagefind.js', '/pagefind/wasm.sv.pagefind']) {
    const headers = (await page.request.get(asset)).headers();
    expect(headers['x-content-type-options'], asset).toBe('nosniff');
    expect(headers['referrer-policy'], asset).toBe('no-referrer');
    expect(headers['content-security-policy'], asset).toBeUndefined();
  }
  const sw = (await page.request.get('/sw.js')).headers();
  expect(sw['content-security-policy']).toContain("frame-ancestors 'none'");
});
