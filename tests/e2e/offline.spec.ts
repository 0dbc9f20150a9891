import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Waits until the service worker controls the page and the header says the offline copy is complete. */
async function readyOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-copy', 'ready', { timeout: 20_000 });
}

test('efter ett besök fungerar hela handboken utan nät', async ({ page, context, guard }) => {
  // Fetches the browser tries while offline fail by design; the pages themselves must still work.
  guard.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/);
  await page.goto('/');
  await readyOffline(page);
  await expect(page.getByRole('button', { name: /Sparad för offline/ })).toBeVisible();
  await page.getByRole('button', { name: /Sparad för offline/ }).click();
  await expect(page.locator('#offline-panel')).toContainText('Hela handboken finns sparad på enheten och fungerar utan nät.');
  await expect(page.locator('#offline-panel')).toContainText(/Version: \d+ \w+ \d{4}/);
  const chapters = await (async () => {
    await page.goto('/kapitel/');
    return page.locator('ol.doc-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  })();
  expect(chapters.length).toBeGreaterThanOrEqual(14);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: /Offline – allt finns sparat/ })).toBeVisible();
  for (const href of chapters) {
    const response = await page.goto(href);
    expect(response?.fromServiceWorker(), href).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article p').first()).toBeVisible();
  }
  // Without trailing slash and with index.html.
  await page.goto('/kapitel/grunderna');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grunderna i brottsförebyggande arbete');
  await page.goto('/metoder/sara/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SARA');
  await page.goto('/ordlista/');
  await expect(page.getByRole('heading', { name: 'Lägesbild', exact: true })).toBeVisible();
  await page.goto('/ovningar/prioritering-av-problem/');
  await expect(page.getByRole('link', { name: 'Starta workshop' })).toBeVisible();
  await page.goto('/lagen/');
  await expect(page.getByRole('heading', { name: '4 § lägesbild' })).toBeVisible();

  // A worksheet fills in and saves offline.
  await page.goto('/arbetsblad/aktorskarta/');
  const first = page.locator('form[data-worksheet] input[type="text"]').first();
  await first.fill('Ifyllt utan nät');
  await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);
  await page.reload();
  await expect(first).toHaveValue('Ifyllt utan nät');

  // Search works offline, excerpts included: the service worker cuts them from the saved index.
  await page.goto('/sok/?q=trygghetsvandringar');
  const hit = page.locator('.search-hit', { has: page.locator('h2 a[href="/metoder/trygghetsvandring/"]') });
  await expect(hit).toBeVisible();
  await expect(hit.locator('.search-hit__excerpt mark').first()).toHaveText(/^trygghetsvandring/i);
  await expect(page.getByText('kunde inte hämtas')).toHaveCount(0);

  // Anything not in the offline copy: a Swedish page that says what is available.
  await page.goto('/utgava/2020/kapitel/grunderna/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte offline');
  await page.getByRole('link', { name: 'Alla kapitel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alla kapitel');
});

test('den sparade kopian: bara samma ursprung, bara GET-svar med status 200', async ({ page, guard }) => {
  guard.allowConsole.push(/404/);
  await page.goto('/');
  await readyOffline(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(100);
  const origin = new URL(page.url()).origin;
  expect(cached.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  expect(cached.some((u) => u.includes('/pagefind/wasm.sv.pagefind'))).toBe(true);
  expect(cached.some((u) => /\/pagefind\/pagefind-entry\.json/.test(u))).toBe(true);
  expect(cached.some((u) => u.includes('/workshop/'))).toBe(true);
  // An archived page is cached when visited (200), a missing page is not (404).
  await page.goto('/utgava/2020/kapitel/grunderna/');
  await page.goto('/finns-inte/').catch(() => undefined);
  const archive = await page.evaluate(async () => (await (await caches.open('hb-arkiv')).keys()).map((r) => new URL(r.url).pathname));
  expect(archive).toContain('/utgava/2020/kapitel/grunderna/');
  expect(archive).not.toContain('/finns-inte/');
});

/** A second build with one changed text, served by its own nginx: the update flow. */
test.describe('uppdatering till en ny version', () => {
  const root = path.resolve('.tmp/uppdatering');
  const serve = path.join(root, 'serve');
  const port = Number(process.env['HANDBOOK_TEST_PORT'] ?? 4323) + 20;
  let nginx: ChildProcess | undefined;
  const NEW_SUMMARY = 'Testversion B: en omskriven sammanfattning som bara finns i den nya versionen av handboken.';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    // Build B: the same content with one chapter summary changed.
    const contentB = path.join(root, 'content');
    cpSync('content', contentB, { recursive: true });
    const chapter = path.join(contentB, 'chapters/grunderna.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^summary: .*$/m, `summary: "${NEW_SUMMARY}"`));
    const distB = path.join(root, 'dist-b');
    const build = spawnSync('npx', ['astro', 'build'], { env: { ...process.env, HANDBOOK_CONTENT_DIR: contentB, HANDBOOK_OUT_DIR: distB, HANDBOOK_BUILD_ID: 'B-test' }, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`Bygget av version B misslyckades:\n${build.stdout}\n${build.stderr}`);
    cpSync('dist', serve, { recursive: true });
    nginx = spawn('node', ['scripts/nginx.mjs', String(port), serve], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(existsSync(path.join(distB, 'sw.js'))).toBe(true);
  });

  test.afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  test('ny version: banner, ingen blandning av versioner, byte först vid klick, sparade svar finns kvar', async ({ page }) => {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/kapitel/grunderna/`);
    await readyOffline(page);
    const oldSummary = (await page.locator('.lead').textContent())!;
    expect(oldSummary).not.toBe(NEW_SUMMARY);
    await page.goto(`${base}/arbetsblad/aktorskarta/`);
    const first = page.locator('form[data-worksheet] input[type="text"]').first();
    await first.fill('Svar från version A');
    await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);
    await page.getByRole('button', { name: /Sparad för offline/ }).click();
    const versionA = await page.locator('[data-offline-status]').getAttribute('data-version');

    // Deploy B over A.
    rmSync(serve, { recursive: true, force: true });
    cpSync(path.resolve(root, 'dist-b'), serve, { recursive: true });

    await page.goto(`${base}/kapitel/grunderna/`);
    const banner = page.getByRole('status').filter({ hasText: 'En ny version av handboken finns.' });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // Until the reader clicks, the page is A throughout: A's HTML with A's CSS and JS.
    await expect(page.locator('.lead')).toHaveText(oldSummary);
    // Every CSS and JS file of A still comes to the page (from A's offline copy), whatever the server has now.
    const assets = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"], script[src]')].map((e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(await page.evaluate(async (url) => (await fetch(url)).status, asset), `${asset} i sidan`).toBe(200);
    }

    await banner.getByRole('button', { name: 'Uppdatera' }).click();
    await expect(page.locator('.lead')).toHaveText(NEW_SUMMARY, { timeout: 20_000 });
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-version', 'B-test', { timeout: 20_000 });
    expect(versionA).not.toBe('B-test');
    await page.goto(`${base}/arbetsblad/aktorskarta/`);
    await expect(page.locator('form[data-worksheet] input[type="text"]').first()).toHaveValue('Svar från version A');
  });
});
