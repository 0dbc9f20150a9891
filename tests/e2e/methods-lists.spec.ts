/**
 * The Metodbank's filters without JavaScript: every filter value is a link to a static list
 * (/metoder/<filter>/<value>/) that holds exactly the methods the filter form shows for that value.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';

type Item = { title: string; steg: string[]; typ: string[]; roll: string[]; evidens: string[] };

test.describe('utan JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Metodbankens filter är länkar till egna listor med just de metoder som filtret ger', async ({ page }) => {
    await page.goto('/metoder/');
    const browse = page.getByRole('navigation', { name: 'Metoderna efter steg, typ, roll och evidensnivå' });
    await expect(browse).toBeVisible();
    const links = await browse.getByRole('link').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, n: Number(a.nextElementSibling?.textContent?.match(/\d+/)?.[0]) })),
    );
    expect(links.length).toBeGreaterThan(15);
    // What each list must hold: the methods of /metoder/ whose data (what the filter form reads) has the value.
    const items: Item[] = await page.locator('[data-method-group] li[data-typ]').evaluateAll((lis) =>
      lis.map((li) => {
        const d = (li as HTMLElement).dataset;
        return { title: li.querySelector('h3')!.textContent!.trim(), steg: d['steg']!.split(' '), typ: [d['typ']!], roll: d['roll']!.split(' '), evidens: [d['evidens']!] };
      }),
    );
    for (const link of links) {
      const [, key, value] = /^\/metoder\/(steg|typ|roll|evidens)\/([^/]+)\/$/.exec(link.href) ?? [];
      expect(key, link.href).toBeTruthy();
      const expected = items.filter((i) => i[key as Exclude<keyof Item, 'title'>].includes(decodeURIComponent(value!))).map((i) => i.title).sort();
      expect(expected.length, link.href).toBeGreaterThan(0);
      expect(link.n, `antalet vid ${link.href}`).toBe(expected.length);
      await page.goto(link.href);
      const titles = (await page.locator('.cards h3').allTextContents()).map((t) => t.trim()).sort();
      expect(titles, link.href).toEqual(expected);
    }
  });

  test('en lista nås med tangentbordet och leder vidare till andra val och hela Metodbanken', async ({ page }) => {
    await page.goto('/metoder/');
    await page.getByRole('navigation', { name: /Metoderna efter steg/ }).getByRole('link', { name: 'Skola och förskola' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/metoder\/roll\/skola\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roll: Skola och förskola');
    await expect(page.locator('.lead')).toHaveText(/^\d+ av Metodbankens \d+ metoder passar här\.$/);
    const others = page.getByRole('navigation', { name: 'Andra val under roll' });
    await expect(others.getByRole('link', { name: 'Skola och förskola' })).toHaveCount(0);
    await others.getByRole('link', { name: 'Alla metoder i Metodbanken' }).click();
    await expect(page).toHaveURL(/\/metoder\/$/);
  });
});

test('med JavaScript: listorna finns kvar som egna sidor, felfria för axe, och filterformuläret ersätter länkarna', async ({ page }) => {
  await page.goto('/metoder/');
  await expect(page.getByRole('form', { name: 'Filtrera metoderna' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /Metoderna efter steg/ })).toHaveCount(0);
  await page.goto('/metoder/steg/2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Steg: 2 /);
  await expect(page.locator('.cards h3').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
