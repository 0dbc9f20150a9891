import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';

test('från startsidan: välj roll och följ läsordningen', async ({ page }) => {
  await page.goto('/');
  const roles = page.getByRole('region', { name: 'Jag arbetar med …' });
  await roles.getByRole('link', { name: 'Socialtjänst' }).click();
  await expect(page).toHaveURL(/\/roller\/socialtjanst\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Socialtjänst');
  await expect(page.getByRole('heading', { name: 'Tre frågor till nästa möte' })).toBeVisible();
  await expect(page.locator('.role-questions li')).toHaveCount(3);
  const path = page.locator('.role-path');
  const links = path.getByRole('link');
  expect(await links.count()).toBeGreaterThan(4);
  // Every link on the path leads to a page that exists.
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const response = await page.request.get(href.split('#')[0]!);
    expect(response.status(), href).toBe(200);
  }
  await path.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.meta-line')).toContainText('Socialtjänst');
});

test('en roll som underlag: högst två A4-sidor utan navigering', async ({ page }) => {
  await page.goto('/roller/kommunledning/');
  await expect(page.getByRole('button', { name: 'Skriv ut som underlag (2 sidor)' })).toBeVisible();
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-roll-'));
  const file = path.join(dir, 'roll.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  expect(pages).toBeLessThanOrEqual(2);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00AD', '');
  expect(text).toContain('Tre frågor till nästa möte');
  expect(text).toContain('Din läsordning');
  for (const chrome of ['Hoppa till innehållet', 'Metodbank', 'Goda exempel', 'Sök i handboken']) expect(text).not.toContain(chrome);
});

test('ett stegkapitel visar goda exempel för steget, och exemplet länkar tillbaka', async ({ page }) => {
  await page.goto('/kapitel/steg-4-genomforande/');
  const examples = page.getByRole('region', { name: 'Goda exempel till steget' });
  const link = examples.getByRole('link').first();
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vad vet vi om resultaten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Steg 4: Genomförande' }).last()).toBeVisible();
});
