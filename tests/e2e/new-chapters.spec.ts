/**
 * The chapters added for 2026 (issue 18, section 4, and issue 15's "Från lägesbild till beslut"): each is reached from its step page, from the
 * role pages of its audience and from the law map, is found by a search for its subject, exists only in
 * the current edition, and passes axe. The 90-day worksheet fills, saves, exports and prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Page } from '@playwright/test';

interface NewChapter {
  id: string;
  title: string;
  step: number;
  roles: string[];
  law: string[];
  /** What a reader types when looking for the subject. */
  query: string;
}

const CHAPTERS: NewChapter[] = [
  {
    id: 'dela-information-lagligt',
    title: 'Dela information lagligt',
    step: 2,
    roles: ['samordnare', 'kommunpolis', 'socialtjanst', 'skola', 'kommunledning', 'kultur-fritid'],
    law: ['lagesbild', 'samordning', 'overenskommelser'],
    query: 'sekretess',
  },
  {
    id: 'kommunens-verktyg-pa-platsen',
    title: 'Kommunens verktyg på platsen',
    step: 4,
    roles: ['samhallsbyggnad', 'kultur-fritid', 'samordnare', 'kommunpolis', 'kommunledning', 'fortroendevald'],
    law: ['atgardsplan', 'lag-uppgift'],
    query: 'ordningsföreskrifter',
  },
  {
    id: 'unga-och-rekrytering',
    title: 'Unga och rekrytering till kriminella nätverk',
    step: 4,
    roles: ['socialtjanst', 'skola', 'kultur-fritid', 'samordnare', 'kommunpolis', 'fortroendevald', 'kommunledning'],
    law: ['atgardsplan', 'samordning', 'overenskommelser'],
    query: 'avhoppare',
  },
  {
    id: 'ny-som-samordnare',
    title: 'Ny som samordnare',
    step: 1,
    roles: ['samordnare', 'kommunledning', 'kommunpolis'],
    law: ['samordningsfunktion', 'ledning', 'lagesbild', 'atgardsplan', 'uppfoljning'],
    query: 'ny samordnare',
  },
  {
    id: 'laget-i-landet',
    title: 'Läget i landet',
    step: 5,
    roles: ['samordnare', 'kommunledning', 'fortroendevald', 'lansstyrelse', 'kommunpolis'],
    law: ['lag-uppgift', 'lag-syfte', 'atgardsplan', 'uppfoljning', 'samordningsfunktion'],
    query: 'statsbidrag',
  },
  {
    id: 'fran-lagesbild-till-beslut',
    title: 'Från lägesbild till beslut',
    step: 3,
    roles: ['samordnare', 'kommunledning'],
    law: ['atgardsplan', 'ledning', 'lagesbild', 'uppfoljning', 'samordningsfunktion'],
    query: 'beslutsunderlag',
  },
];

const href = (id: string) => `/kapitel/${id}/`;

/** The first page of hits a reader sees for a query, as link targets. */
async function firstHits(page: Page, query: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status').filter({ hasText: /träff/ })).toBeVisible();
  await expect(page.locator('.search-hit').first()).toBeVisible();
  return page.locator('.search-hit h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

for (const chapter of CHAPTERS) {
  test.describe(chapter.title, () => {
    test(`nås från steg ${chapter.step}, öppnas och klarar axe`, async ({ page }) => {
      await page.goto(`/steg/${chapter.step}/`);
      // The list under the step page's "Kapitel" heading.
      const chapters = page.getByRole('heading', { level: 2, name: 'Kapitel', exact: true }).locator('xpath=following-sibling::ul[1]');
      await chapters.getByRole('link', { name: chapter.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${href(chapter.id)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      await expect(page.locator('.page-head').getByText(`Steg ${chapter.step}`).first()).toBeVisible();
      // The chapter has its sources and a closing checklist.
      await expect(page.getByRole('heading', { level: 2, name: 'Vanliga fallgropar' })).toBeVisible();
      expect(await page.locator('article').innerText()).toContain('Klart');
      await expectNoAxeViolations(page);
    });

    test('länkas från rollsidorna för sin målgrupp', async ({ page }) => {
      for (const role of chapter.roles) {
        await page.goto(`/roller/${role}/`);
        await expect(page.locator('.role-path').getByRole('link', { name: chapter.title, exact: true }), role).toHaveAttribute('href', href(chapter.id));
      }
      await page.locator('.role-path').getByRole('link', { name: chapter.title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
    });

    test('länkas från lagkartan under sina bestämmelser', async ({ page }) => {
      await page.goto('/lagen/');
      for (const provision of chapter.law) {
        const section = page.locator(`section.law-provision:has(> h2[id="${provision}"])`);
        await expect(section.getByRole('link', { name: chapter.title, exact: true }), provision).toHaveAttribute('href', href(chapter.id));
      }
    });

    test(`sökningen ”${chapter.query}” visar kapitlet på första sidan`, async ({ page }) => {
      expect(await firstHits(page, chapter.query)).toContain(href(chapter.id));
    });

    test('finns inte i utgåva 2020', async ({ page, guard }) => {
      // The browser reports the 404 this test asks for as a console error.
      guard.allowConsole.push(/status of 404/);
      const archived = await page.goto(`/utgava/2020${href(chapter.id)}`);
      expect(archived?.status()).toBe(404);
      const compare = await page.request.get(`${href(chapter.id)}jamfor/2020-2024/`);
      expect(compare.status()).toBe(404);
      await page.goto('/utgava/2020/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator(`a[href*="/kapitel/${chapter.id}/"]`)).toHaveCount(0);
      // The current edition's chapter page offers no older edition to switch to or compare with.
      await page.goto(href(chapter.id));
      await expect(page.locator('a[href^="/utgava/2020/"]')).toHaveCount(0);
      await expect(page.getByRole('link', { name: /Jämför med utgåva 2020/ })).toHaveCount(0);
    });
  });
}

test('”Vad är nytt” listar de nya kapitlen som nya, och samordnarens läsordning börjar med ”Ny som samordnare”', async ({ page }) => {
  await page.goto('/vad-ar-nytt/');
  const list = page.getByRole('heading', { level: 2, name: 'Nya kapitel' }).locator('xpath=following-sibling::ul[1]');
  for (const chapter of CHAPTERS) await expect(list.getByRole('link', { name: chapter.title, exact: true })).toHaveAttribute('href', href(chapter.id));
  await page.goto('/roller/samordnare/');
  const reading = page.getByRole('heading', { level: 2, name: 'Din läsordning' }).locator('xpath=following-sibling::ol[1]');
  await expect(reading.getByRole('link').first()).toHaveText('Ny som samordnare');
});

test('arbetsbladet för de första 90 dagarna fylls i, sparas, exporteras och skrivs ut', async ({ page }) => {
  await page.goto('/kapitel/ny-som-samordnare/');
  await page.getByRole('article').getByRole('link', { name: 'Ny som samordnare: de första 90 dagarna' }).click();
  await expect(page).toHaveURL(/\/arbetsblad\/ny-samordnare-90-dagar\/$/);
  await expect(page.getByRole('status').filter({ hasText: /sparas på den här enheten|Sparat/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Ditt namn och din tjänst' }).fill('Samordnare Testsson');
  await page.getByRole('checkbox', { name: 'Kommunpolisen', exact: true }).check();
  await page.getByRole('radio', { name: 'Lägesbild finns men ingen beslutad åtgärdsplan' }).check();
  await page.getByRole('textbox', { name: 'Person och organisation, rad 1' }).fill('Kommunpolisen');
  await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ditt namn och din tjänst' })).toHaveValue('Samordnare Testsson');
  await expect(page.getByRole('checkbox', { name: 'Kommunpolisen', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Lägesbild finns men ingen beslutad åtgärdsplan' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Person och organisation, rad 1' })).toHaveValue('Kommunpolisen');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som fil för att flytta eller spara' }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.worksheets['ny-samordnare-90-dagar'].fields['namn']).toBe('Samordnare Testsson');
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som text' }).click()]);
  const md = readFileSync(await markdown.path(), 'utf8');
  expect(md).toContain('## Ny som samordnare: de första 90 dagarna');
  expect(md).toContain('Lägesbild finns men ingen beslutad åtgärdsplan');

  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut ifyllt' }).click();
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-nya-'));
  const file = path.join(dir, 'blad.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Samordnare Testsson');
  expect(text).toContain('vilka du ska träffa');
});

test('genomförandeloggen nås från steg 5, fylls i och finns kvar efter omladdning', async ({ page }) => {
  await page.goto('/kapitel/steg-5-uppfoljning/');
  await page.getByRole('article').getByRole('link', { name: 'Genomförandelogg', exact: true }).first().click();
  await expect(page).toHaveURL(/\/arbetsblad\/genomforandelogg\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Genomförandelogg');
  await expect(page.getByRole('status').filter({ hasText: /sparas på den här enheten|Sparat/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Åtgärd eller fokusområde' }).fill('Närvaro vid resecentrum');
  await page.getByRole('textbox', { name: 'Aktivitet, rad 1' }).fill('Fältassistenter på plats fredag kväll');
  await page.getByRole('radio', { name: 'Delvis enligt plan' }).check();
  await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Åtgärd eller fokusområde' })).toHaveValue('Närvaro vid resecentrum');
  await expect(page.getByRole('textbox', { name: 'Aktivitet, rad 1' })).toHaveValue('Fältassistenter på plats fredag kväll');
  await expect(page.getByRole('radio', { name: 'Delvis enligt plan' })).toBeChecked();
});

/** The five worksheets issue 15 adds, each with a page that lists it where it belongs. */
const NEW_WORKSHEETS = [
  { id: 'genomforandelogg', title: 'Genomförandelogg', from: '/kapitel/steg-4-genomforande/' },
  { id: 'protokoll-trygghetsvandring', title: 'Protokoll för trygghetsvandring', from: '/metoder/trygghetsvandring/' },
  { id: 'guide-for-medarbetardialog', title: 'Guide för medarbetardialog', from: '/metoder/medarbetardialog/' },
  { id: 'roller-och-ansvar', title: 'Roller och ansvar', from: '/kapitel/fran-lagesbild-till-beslut/' },
  { id: 'aterkoppling-till-invanarna', title: 'Återkoppling till invånarna', from: '/kapitel/steg-5-uppfoljning/' },
];

test('de fem nya arbetsbladen nås från sina kapitel och metoder och klarar axe', async ({ page }) => {
  for (const sheet of NEW_WORKSHEETS) {
    await page.goto(sheet.from);
    const link = page.getByRole('link', { name: sheet.title, exact: true }).first();
    await expect(link, sheet.from).toHaveAttribute('href', `/arbetsblad/${sheet.id}/`);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sheet.title);
    await expect(page.getByRole('status').filter({ hasText: /sparas på den här enheten|Sparat/ })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
