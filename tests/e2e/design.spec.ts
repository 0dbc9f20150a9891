import { test, expect, expectNoAxeViolations } from './fixtures';
import { probeLayout } from './support/layout-probe';
import { PAGE_TYPES } from './support/page-types';


for (const width of [320, 390, 768, 1366]) {
  test(`${width} px: inget sticker ut och inget ord bryts mitt i, på varje sidtyp`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const url of PAGE_TYPES) {
      await page.goto(url);
      const found = await page.evaluate(probeLayout);
      if (found.pageOverflow > 0) problems.push(`${url}: sidan är ${found.pageOverflow} px för bred`);
      for (const o of found.overflowing) problems.push(`${url}: ${o}`);
      for (const w of found.brokenWords) problems.push(`${url}: bruten ${w}`);
    }
    expect(problems).toEqual([]);
  });
}

test('layoutmätningen hittar ett brutet ord och ett element som sticker ut', async ({ page }) => {
  // The probe must be able to fail: a too-wide box and a word cut by overflow-wrap, in a real page.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/steg/');
  await page.evaluate(() => {
    const box = document.createElement('p');
    box.style.cssText = 'inline-size: 200px; font-size: 28px; overflow-wrap: anywhere';
    box.textContent = 'Samverkansöverenskommelsen';
    const wide = document.createElement('div');
    wide.style.cssText = 'inline-size: 500px; block-size: 10px';
    document.querySelector('main')!.append(box, wide);
  });
  const found = await page.evaluate(probeLayout);
  expect(found.brokenWords).toContain('"Samverkansöverenskommelsen" i p');
  expect(found.overflowing.some((o) => o.startsWith('div i main'))).toBe(true);
  expect(found.pageOverflow).toBeGreaterThan(0);
});

test('på en telefon syns kapitlets första stycke på första skärmen; innehåll och utgåvor i en hopfälld rad', async ({ page }) => {
  // 390 × 844: the CSS viewport of the common 6.1-inch phones (iPhone 12–15).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ['/kapitel/steg-3-gemensamma-forberedelser/', '/kapitel/samverkansoverenskommelse/', '/kapitel/grunderna/']) {
    await page.goto(url);
    const first = page.locator('.content article > p').first();
    await expect(first).toBeInViewport();
    const box = (await first.boundingBox())!;
    expect(box.y, `${url}: första stycket börjar ${Math.round(box.y)} px ned`).toBeLessThan(844 - 40);
    const bar = page.locator('details.reading-bar');
    await expect(bar).not.toHaveAttribute('open');
    await expect(page.getByRole('navigation', { name: 'Innehåll i kapitlet' })).toBeHidden();
  }
  await page.getByText('Innehåll och utgåvor').click();
  await expect(page.getByRole('navigation', { name: 'Innehåll i kapitlet' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Utgåva' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('på en dator är innehållsförteckning och utgåvor öppna i sidospalten', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/kapitel/steg-3-gemensamma-forberedelser/');
  await expect(page.getByText('Innehåll och utgåvor')).toBeHidden();
  const toc = page.getByRole('navigation', { name: 'Innehåll i kapitlet' });
  await expect(toc).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Utgåva' })).toBeVisible();
  await toc.getByRole('link').nth(1).click();
  await expect(page.locator(':target')).toBeInViewport();
});

test('breda arbetsbladstabeller: hela bredden på en dator, ett kort per rad på en telefon', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/arbetsblad/atgardsplan/');
  const table = page.locator('.field--table table').first();
  const paragraph = page.locator('.worksheet-form p').first();
  // What the reader sees of the table is its scroll box (the table itself may be wider and scroll): wider than the text column.
  const wrap = page.locator('.field--table .field__table-wrap').first();
  const wrapWidth = (await wrap.boundingBox())!.width;
  expect(wrapWidth).toBeGreaterThan((await paragraph.boundingBox())!.width + 150);
  const columnWidths = await table.locator('thead th:not(.field__rownum):not(.field__rowactions)').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  expect(Math.min(...columnWidths)).toBeGreaterThanOrEqual(130);

  await page.setViewportSize({ width: 390, height: 844 });
  const row = page.locator('.field--table tbody tr').first();
  const rowBox = (await row.boundingBox())!;
  expect(rowBox.width).toBeLessThanOrEqual(390);
  const cells = row.locator('td[data-label]');
  const first = (await cells.nth(0).boundingBox())!;
  const second = (await cells.nth(1).boundingBox())!;
  expect(second.y).toBeGreaterThan(first.y + first.height - 1);
  expect(await cells.nth(0).evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Mål"');
});

test('rubrikernas ankare står på rubrikens rad, inte som ett eget "#" under den', async ({ page }) => {
  await page.goto('/kapitel/steg-3-gemensamma-forberedelser/');
  const heading = page.locator('.content article h2').first();
  const anchor = page.locator('.content article .heading-anchor').first();
  await heading.hover();
  const h = (await heading.boundingBox())!;
  const a = (await anchor.boundingBox())!;
  expect(a.y).toBeLessThan(h.y + h.height);
  expect(a.x).toBeGreaterThan(h.x);
});

test('brödsmulor leder någonstans; /steg/ är en sida; sidfoten namnger utgivare och var man lämnar synpunkter', async ({ page }) => {
  await page.goto('/steg/3/');
  const crumbs = page.getByRole('navigation', { name: 'Du är här' });
  await expect(crumbs.getByRole('link', { name: 'Startsida' })).toHaveAttribute('href', '/');
  await crumbs.getByRole('link', { name: 'Samverkansprocessen' }).click();
  await expect(page).toHaveURL(/\/steg\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samverkansprocessen i fem steg');
  await expect(page.getByRole('link', { name: 'Steg 4: Genomförande' }).first()).toBeVisible();
  const footer = page.locator('footer.site-footer');
  await expect(footer).toContainText('Utgivare:');
  await expect(footer.getByRole('link', { name: 'Lämna synpunkter på handboken' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('stegmärken upprepar inte rubriken och bryts aldrig till en oval', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/kapitel/steg-5-uppfoljning/');
  const badge = page.locator('.page-head .badge').first();
  await expect(badge).toHaveText('Steg 5');
  await expect(badge).toHaveAccessibleName('Steg 5: Uppföljning och återkoppling');
  const lineHeight = await badge.evaluate((b) => parseFloat(getComputedStyle(b).lineHeight));
  expect((await badge.boundingBox())!.height).toBeLessThan(lineHeight * 1.6);
});

test('ett ordlisteord visar sin förklaring på plats med tangentbordet och stängs med Esc', async ({ page }) => {
  await page.goto('/kapitel/om-handboken/');
  const term = page.locator('.term__button', { hasText: 'mervärde' }).first();
  await term.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator('.term__pop:popover-open');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('Mervärde');
  await expect(pop.getByRole('link', { name: 'Mer i ordlistan om Mervärde' })).toHaveAttribute('href', '/ordlista/#mervarde');
  // Anchored next to the word (below it, or above when there is no room below), not elsewhere on the page.
  const t = (await term.boundingBox())!;
  const p = (await pop.boundingBox())!;
  expect(Math.min(Math.abs(p.y - (t.y + t.height)), Math.abs(p.y + p.height - t.y))).toBeLessThan(40);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  await expect(term).toBeFocused();
});

test('sökmotorerna: titel, beskrivning, språk och beskrivande länktexter på varje sidtyp', async ({ page }) => {
  test.setTimeout(120_000);
  // Lighthouse's link-text audit fails on these (its English and Swedish list), whatever their case.
  const generic = ['start', 'klicka här', 'här', 'läs mer', 'mer', 'click here', 'here', 'more', 'read more', 'learn more', 'go', 'this', 'link', 'länk'];
  const problems: string[] = [];
  // Archived editions, comparisons and print packs are kept out of search engines on purpose (noindex).
  for (const url of PAGE_TYPES.filter((u) => !u.startsWith('/utgava/') && !u.includes('/jamfor/') && !u.startsWith('/arbetsblad/steg-'))) {
    const response = await page.goto(url);
    if (response?.status() !== 200) problems.push(`${url}: status ${response?.status()}`);
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
      links: [...document.querySelectorAll('a[href]')].map((a) => ({ text: (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\u00AD/g, '').trim().toLowerCase(), href: a.getAttribute('href')! })),
      imagesWithoutAlt: document.querySelectorAll('img:not([alt])').length,
    }));
    if (facts.lang !== 'sv') problems.push(`${url}: lang=${facts.lang}`);
    if (facts.title.length < 10) problems.push(`${url}: titel "${facts.title}"`);
    if (facts.description.length < 50) problems.push(`${url}: beskrivning "${facts.description}"`);
    if (!facts.viewport.includes('width=device-width')) problems.push(`${url}: viewport`);
    if (url !== '/sok/?q=lägesbild' && url !== '/offline/' && facts.robots.includes('noindex')) problems.push(`${url}: noindex`);
    if (facts.imagesWithoutAlt) problems.push(`${url}: ${facts.imagesWithoutAlt} bilder utan alt`);
    for (const link of facts.links) {
      if (generic.some((g) => new RegExp(`^${g}$`).test(link.text))) problems.push(`${url}: länktext "${link.text}" → ${link.href}`);
      if (/^javascript:/i.test(link.href)) problems.push(`${url}: länk ${link.href}`);
    }
  }
  expect(problems).toEqual([]);
});
