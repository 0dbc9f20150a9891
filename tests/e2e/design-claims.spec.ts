/**
 * Issue 20's "What a reader sees today", claim by claim where the broader checks (design.spec.ts,
 * print.spec.ts, workshop-design.spec.ts) do not name the claim, plus text size and tap targets.
 * The mapping of every claim to its check is tests/e2e/DESIGN-CHECKS.md.
 */
import { test, expect } from './fixtures';
import { probeLayout } from './support/layout-probe';
import { PAGE_TYPES } from './support/page-types';
import { probeTapTargets, probeTextSizes } from './support/size-probe';

const PHONE = { width: 360, height: 740 };
/**
 * Body text at least 16 px; help text under a field and a page's meta line (secondary, muted) at least
 * 14 px; nothing visible under 12 px.
 */
const TEXT_LIMITS = { min: 12, body: 16, secondary: '.field__hint, .hint, .meta-line', secondaryBody: 14 };

test('telefon: startsidans h1, stegfigurens namn och kortens långa ord bryts inte mitt i ordet', async ({ page }) => {
  const problems: string[] = [];
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 740 });
    for (const [url, words] of [
      ['/', ['Samverkanshandboken', 'Gemensamma', 'Genomförande']],
      ['/steg/', ['Gemensamma', 'Genomförande']],
      ['/arbetsblad/', ['samverkansöverenskommelse']],
      ['/dokument/', ['Samverkansöverenskommelse']],
    ] as const) {
      await page.goto(url);
      // The words the issue saw broken are on the page, in the h1, the diagram or a card.
      const present = await page.evaluate(() => [...document.querySelectorAll('h1, .process, .card')].map((e) => (e.textContent ?? '').replace(/\u00AD/g, '')).join(' '));
      for (const w of words) expect(present, `${url}: ${w}`).toContain(w);
      const found = await page.evaluate(probeLayout);
      for (const w of found.brokenWords) problems.push(`${width} px ${url}: bruten ${w}`);
    }
  }
  expect(problems).toEqual([]);
});

test('stegfiguren: alla fem steg på en rad eller ett steg per rad, aldrig steg 5 ensamt på en egen rad', async ({ page }) => {
  const problems: string[] = [];
  for (const width of [320, 390, 768, 1024, 1280, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of ['/', '/steg/', '/kapitel/steg-3-gemensamma-forberedelser/']) {
      await page.goto(url);
      const tops = await page.locator('.process li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(tops, `${url}`).toHaveLength(5);
      const rows = new Set(tops).size;
      if (rows !== 1 && rows !== 5) problems.push(`${width} px ${url}: ${rows} rader (${tops.join(', ')})`);
    }
  }
  expect(problems).toEqual([]);
});

test('piller och märken är en rad, aldrig en oval, på telefon och surfplatta', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  let measured = 0;
  for (const width of [320, 768]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of [...PAGE_TYPES, '/dokument/']) {
      await page.goto(url);
      // The offline pill is drawn by the site script: wait for it where it appears.
      await page.locator('.offline-toggle').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('.badge, .offline-toggle, .search-filters__active, [class*="pill"]')]
          .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1)
          .map((el) => {
            const s = getComputedStyle(el);
            const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.3;
            const padding = parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) + parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth);
            // A one-line pill holds one line box; an icon beside the text may make it up to 1.6 lines tall.
            return { name: `${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`, lines: (el.getBoundingClientRect().height - padding) / line };
          }),
      );
      measured += found.length;
      for (const pill of found) if (pill.lines > 1.6) problems.push(`${width} px ${url}: ${pill.name} ${pill.lines.toFixed(1)} rader`);
    }
  }
  expect(measured).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});

test('offlinepillret står på namnets rad på surfplatta och dator (768–1280 px)', async ({ page }) => {
  for (const width of [768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/kapitel/steg-3-gemensamma-forberedelser/');
    const pill = page.locator('.offline-toggle');
    await expect(pill).toBeVisible();
    const p = (await pill.boundingBox())!;
    const b = (await page.locator('.site-brand').boundingBox())!;
    // The pill's middle lies within the brand's line: the same row, not a row of its own.
    expect(p.y + p.height / 2, `${width} px`).toBeGreaterThan(b.y);
    expect(p.y + p.height / 2, `${width} px`).toBeLessThan(b.y + b.height);
  }
});

test('rubrikernas ankare står på rubrikens rad i kapitel, arbetsblad och roller', async ({ page }) => {
  for (const url of ['/kapitel/steg-3-gemensamma-forberedelser/', '/arbetsblad/atgardsplan/', '/roller/samordnare/']) {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      const pairs = await page.locator('main .heading-wrapper:has(> h2)').evaluateAll((wrappers) =>
        wrappers.map((w) => {
          const h = w.querySelector('h2')!.getBoundingClientRect();
          const a = w.querySelector('.heading-anchor')!.getBoundingClientRect();
          return { heading: w.querySelector('h2')!.textContent, anchorMiddle: a.top + a.height / 2, top: h.top, bottom: h.bottom, right: a.left >= h.left };
        }),
      );
      expect(pairs.length, url).toBeGreaterThan(0);
      for (const p of pairs) {
        expect(p.anchorMiddle, `${width} px ${url}: ${p.heading}`).toBeGreaterThan(p.top);
        expect(p.anchorMiddle, `${width} px ${url}: ${p.heading}`).toBeLessThan(p.bottom);
        expect(p.right).toBe(true);
      }
    }
  }
});

test('exportknapparna heter efter vad läsaren får, utan filformat', async ({ page }) => {
  const names: string[] = [];
  for (const url of ['/arbetsblad/atgardsplan/', '/dokument/samverkansoverenskommelse/', '/arbetsblad/lagesbild-sammanstallning/']) {
    await page.goto(url);
    await expect(page.getByRole('button', { name: /Ladda ner/ }).first()).toBeVisible();
    // Hidden ones too: the situation report's download appears once a chart is chosen.
    names.push(...(await page.locator('main button').evaluateAll((bs) => bs.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()))));
  }
  expect(names.filter((n) => /Ladda ner|Spara som/.test(n)).length).toBeGreaterThanOrEqual(5);
  expect(names.filter((n) => /JSON|Markdown|CSV|\.md\b|\.json\b/i.test(n))).toEqual([]);
});

/** The main page types (tests/e2e/support/page-types.ts) and the documents page. */
const MAIN_PAGES = [...PAGE_TYPES, '/dokument/'];

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
  test(`textstorlek ${viewport.width} px: brödtext minst 16 px (hjälptext 14 px), ingen synlig text under 12 px, på varje sidtyp`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    let paragraphs = 0;
    for (const url of MAIN_PAGES) {
      await page.goto(url);
      await page.locator('.offline-toggle').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      const found = await page.evaluate(probeTextSizes, TEXT_LIMITS);
      if (found.measured.texts < 10) problems.push(`${url}: bara ${found.measured.texts} texter mätta`);
      paragraphs += found.measured.paragraphs;
      for (const p of found.tooSmall) problems.push(`${url}: ${p}`);
      for (const p of found.smallBody) problems.push(`${url}: brödtext ${p}`);
    }
    expect(paragraphs).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
}

test('tryckytor 360 px: varje knapp, länk och fält är minst 24 × 24 px eller har avståndet WCAG 2.5.8 kräver, på varje sidtyp', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const problems: string[] = [];
  let measured = 0;
  for (const url of MAIN_PAGES) {
    await page.goto(url);
    await page.locator('.offline-toggle').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    const found = await page.evaluate(probeTapTargets);
    measured += found.measured;
    for (const p of found.problems) problems.push(`${url}: ${p}`);
  }
  expect(measured).toBeGreaterThan(500);
  expect(problems).toEqual([]);
});

test('mätningarna av textstorlek och tryckytor kan slå larm', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/steg/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const p = document.createElement('p');
    p.style.fontSize = '15px';
    p.textContent = 'En lång rad brödtext som är för liten för att läsas bekvämt på en telefon, med mer än åttio tecken.';
    const tiny = document.createElement('span');
    tiny.style.fontSize = '11px';
    tiny.textContent = 'Liten text';
    const row = document.createElement('div');
    for (const label of ['a', 'b']) {
      const b = document.createElement('button');
      b.textContent = label;
      b.style.cssText = 'padding: 0; margin: 0; font-size: 12px; line-height: 1; border: 0; inline-size: 14px; block-size: 14px';
      row.append(b);
    }
    main.append(p, tiny, row);
  });
  const sizes = await page.evaluate(probeTextSizes, TEXT_LIMITS);
  expect(sizes.tooSmall.some((s) => s.startsWith('11px "Liten text"'))).toBe(true);
  expect(sizes.smallBody.some((s) => s.startsWith('15px "En lång rad'))).toBe(true);
  const targets = await page.evaluate(probeTapTargets);
  expect(targets.problems.some((s) => s.startsWith('button "a" 14×14 px'))).toBe(true);
});
