import { test, expect, expectNoAxeViolations } from './fixtures';

test('Metodbanken: filter för steg, typ, roll och evidensnivå med tangentbordet, i adressen, utan sökord', async ({ page }) => {
  await page.goto('/metoder/');
  const cards = page.locator('[data-method-group] li[data-typ]');
  const visible = page.locator('[data-method-group] li[data-typ]:visible');
  const total = await cards.count();
  expect(total).toBeGreaterThan(30);
  const status = page.getByRole('form', { name: 'Filtrera metoderna' }).getByRole('status');
  await expect(status).toHaveText(`Visar alla ${total} metoder.`);
  // Open the panel and tick "Skola och förskola" by keyboard only.
  const summary = page.locator('.method-filters summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const school = page.getByRole('group', { name: 'Roll' }).getByRole('checkbox', { name: 'Skola och förskola' });
  await school.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/metoder\/\?roll=skola$/);
  await expect(summary).toContainText('(1)');
  const forSchool = await visible.count();
  expect(forSchool).toBeGreaterThan(0);
  expect(forSchool).toBeLessThan(total);
  await expect(status).toHaveText(`Visar ${forSchool} av ${total} metoder.`);
  for (const roles of await visible.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['roll']!))) expect(roles.split(' ')).toContain('skola');
  // A second filter narrows further: all filters together.
  await page.getByRole('group', { name: 'Evidensnivå' }).getByRole('checkbox', { name: 'Starkt stöd i forskningen' }).check();
  await expect(page).toHaveURL(/roll=skola&evidens=stark/);
  for (const level of await visible.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['evidens']!))) expect(level).toBe('stark');
  // Sections with no method left are hidden with their heading.
  for (const section of await page.locator('[data-method-group]').all()) {
    if (await section.isVisible()) await expect(section.locator('li[data-typ]:visible').first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
  // Back undoes the last choice; a shared address restores the filters.
  await page.goBack();
  await expect(page).toHaveURL(/\/metoder\/\?roll=skola$/);
  await expect(visible).toHaveCount(forSchool);
  await page.goto('/metoder/?steg=5&typ=situationell');
  await expect(page.getByRole('group', { name: 'Steg' }).getByRole('checkbox', { name: /^5 / })).toBeChecked();
  for (const li of await visible.evaluateAll((lis) => lis.map((li) => ({ steg: (li as HTMLElement).dataset['steg']!, typ: (li as HTMLElement).dataset['typ']! })))) {
    expect(li.steg.split(' ')).toContain('5');
    expect(li.typ).toBe('situationell');
  }
  await page.getByRole('link', { name: 'Visa alla metoder' }).click();
  await expect(page).toHaveURL(/\/metoder\/$/);
  await expect(visible).toHaveCount(total);
});

test.describe('utan JavaScript', () => {
  // The fixture's own context, so the request and console guard watches it too.
  test.use({ javaScriptEnabled: false });

  test('Metodbanken utan JavaScript: alla metoder som vanliga listor, inga filter som inte fungerar', async ({ page }) => {
    await page.goto('/metoder/?roll=skola');
    await expect(page.getByRole('form', { name: 'Filtrera metoderna' })).toBeHidden();
    const all = await page.locator('[data-method-group] li[data-typ]').count();
    await expect(page.locator('[data-method-group] li[data-typ]:visible')).toHaveCount(all);
    await expect(page.getByRole('heading', { level: 2, name: 'Social prevention', exact: true })).toBeVisible();
  });
});
