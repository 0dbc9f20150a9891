import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { buildVersion, serveDeploys, type DeployServer } from './support/deploys';
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
  await expect(page.locator('#offline-panel')).toContainText('Den gällande utgåvan finns sparad på enheten och fungerar utan nät.');
  await expect(page.locator('#offline-panel')).toContainText(/Version: \d+ \w+ \d{4}/);
  const chapters = await (async () => {
    await page.goto('/kapitel/');
    return page.locator('ol.doc-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  })();
  expect(chapters.length).toBeGreaterThanOrEqual(14);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: /Offline – utgåvan finns sparad/ })).toBeVisible();
  for (const href of chapters) {
    const response = await page.goto(href);
    expect(response?.fromServiceWorker(), href).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A chapter may open with a revised passage whose earlier wording sits folded away: any paragraph the reader sees.
    await expect(page.locator('article p').filter({ visible: true }).first()).toBeVisible();
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

test('okända frågeparametrar offline: sidan ur kopian, appens egna parametrar gäller', async ({ page, context, guard }) => {
  guard.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/);
  await page.goto('/');
  await readyOffline(page);
  await context.setOffline(true);
  await page.goto('/kapitel/grunderna/?fbclid=IwAR0abc&foo=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grunderna i brottsförebyggande arbete');
  await page.goto('/kapitel/grunderna?utm_source=nyhetsbrev&x=1#lagesbild');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grunderna i brottsförebyggande arbete');
  // The search page still reads its own q (and filters) from the address.
  await page.goto('/sok/?q=trygghetsvandringar&fbclid=abc&ref=mejl');
  await expect(page.locator('.search-hit', { has: page.locator('h2 a[href="/metoder/trygghetsvandring/"]') })).toBeVisible();
  await page.goto('/ovningar/prioritering-av-problem/?ovning=x&x=1');
  await expect(page.getByRole('link', { name: 'Starta workshop' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte offline' })).toHaveCount(0);
});

test('sparar data: ingen offlinekopia förrän läsaren ber om den', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true, effectiveType: '4g' } });
  });
  await page.goto('/kapitel/grunderna/');
  const status = page.locator('[data-offline-status]');
  await expect(status).toHaveAttribute('data-copy', 'ask');
  await expect(page.getByRole('button', { name: 'Inte sparad för offline' })).toBeVisible();
  expect(await page.evaluate(async () => ({ registration: (await navigator.serviceWorker.getRegistration()) !== undefined, caches: (await caches.keys()).length }))).toEqual({
    registration: false,
    caches: 0,
  });
  await page.getByRole('button', { name: 'Inte sparad för offline' }).click();
  const save = page.getByRole('button', { name: /^Spara handboken offline \(\d+,\d MB\)$/ });
  await expect(save).toBeVisible();
  await expectNoAxeViolations(page);
  await save.click();
  await readyOffline(page);
  await expect(page.getByRole('button', { name: 'Sparad för offline' })).toBeVisible();
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
  // An archived page is cached when visited (200); a missing page under the same archive route is not (404).
  await page.goto('/utgava/2020/kapitel/grunderna/');
  const missing = '/utgava/2020/kapitel/finns-inte/';
  expect((await page.goto(missing))?.status()).toBe(404);
  const archive = await page.evaluate(async () => (await (await caches.open('hb-arkiv')).keys()).map((r) => new URL(r.url).pathname));
  expect(archive).toContain('/utgava/2020/kapitel/grunderna/');
  expect(archive).not.toContain(missing);
});

/** Names of the page's stylesheets and scripts under /_astro/. */
const pageAssets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[src]')]
      .map((e) => ('href' in e ? e.href : e.src))
      .filter((u) => u.includes('/_astro/')),
  );

/** True when every stylesheet of the page loaded and has rules (an unstyled page fails). */
const styled = (page: Page) =>
  page.evaluate(() => {
    const links = document.querySelectorAll('link[rel="stylesheet"]').length;
    const loaded = [...document.styleSheets].filter((s) => {
      try {
        return s.href !== null && s.cssRules.length > 0;
      } catch {
        return false;
      }
    }).length;
    return { links, loaded, font: getComputedStyle(document.body).fontFamily };
  });

/**
 * Real deploys served by their own nginx with the project's config: A (this checkout's dist/), B (a
 * build from a copy of the project with one chapter summary and one style changed, so its hashed CSS
 * and JS differ) and C (B with a file of its precache missing, as after an incomplete upload).
 */
test.describe('uppdatering till en ny version', () => {
  test.describe.configure({ mode: 'serial' });
  const root = path.resolve('.tmp/uppdatering');
  const distA = path.resolve(process.env['HANDBOOK_OUT_DIR'] ?? 'dist');
  const distB = path.join(root, 'dist-b');
  const distC = path.join(root, 'dist-c');
  const distNoSw = path.join(root, 'dist-utan-sw');
  const port = Number(process.env['HANDBOOK_TEST_PORT'] ?? 4323) + 20;
  const base = `http://127.0.0.1:${port}`;
  let server: DeployServer | undefined;
  const deploy = (dist: string) => server!.deploy(dist);
  const NEW_SUMMARY = 'Testversion B: en omskriven sammanfattning som bara finns i den nya versionen av handboken.';
  /** C lacks this precached page. */
  const MISSING_IN_C = 'ordlista/index.html';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    rmSync(root, { recursive: true, force: true });
    const project = path.join(root, 'projekt');
    mkdirSync(project, { recursive: true });
    // Build B from a copy of the project (node_modules resolve from this checkout above it).
    for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(entry, path.join(project, entry), { recursive: true });
    const chapter = path.join(project, 'content/chapters/grunderna.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^summary: .*$/m, `summary: "${NEW_SUMMARY}"`));
    writeFileSync(path.join(project, 'src/styles/utilities.css'), `${readFileSync(path.join(project, 'src/styles/utilities.css'), 'utf8')}\n.testversion-b { outline: 1px dotted; }\n`);
    buildVersion(distB, { HANDBOOK_BUILD_ID: 'B-test', HANDBOOK_CONTENT_DIR: undefined }, project);
    expect(existsSync(path.join(distB, 'sw.js'))).toBe(true);
    cpSync(distB, distC, { recursive: true });
    rmSync(path.join(distC, MISSING_IN_C));
    cpSync(distA, distNoSw, { recursive: true });
    rmSync(path.join(distNoSw, 'sw.js'));
    server = await serveDeploys(root, port, distA);
  });

  test.beforeEach(() => deploy(distA));

  test.afterAll(() => server?.stop());

  test('ny version i två flikar: banner, ingen blandning, byte först vid klick, alla flikar hamnar på den nya, svaren finns kvar', async ({ page, context }) => {
    await page.goto(`${base}/kapitel/grunderna/`);
    await readyOffline(page);
    const oldSummary = (await page.locator('.lead').textContent())!;
    expect(oldSummary).not.toBe(NEW_SUMMARY);
    await page.goto(`${base}/arbetsblad/aktorskarta/`);
    const first = page.locator('form[data-worksheet] input[type="text"]').first();
    await first.fill('Svar från version A');
    await expect(page.locator('[data-save-status]')).toHaveText(/^Sparat kl\./);
    const versionA = await page.locator('[data-offline-status]').getAttribute('data-version');
    const second = await context.newPage();
    await second.goto(`${base}/kapitel/grunderna/`);
    await readyOffline(second);

    deploy(distB);

    await page.goto(`${base}/kapitel/grunderna/`);
    const banner = (p: Page) => p.locator('[data-update-banner]');
    await expect(banner(page)).toContainText('En ny version av handboken finns.', { timeout: 30_000 });
    await second.reload();
    await expect(banner(second)).toBeVisible({ timeout: 30_000 });
    // Until the reader clicks, the page is A throughout: A's HTML with A's CSS and JS.
    await expect(page.locator('.lead')).toHaveText(oldSummary);
    // Every CSS and JS file of A still comes to the page (from A's offline copy), whatever the server has now.
    const assets = await pageAssets(page);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(await page.evaluate(async (url) => (await fetch(url)).status, asset), `${asset} i sidan`).toBe(200);
    }

    await banner(page).getByRole('button', { name: 'Uppdatera' }).click();
    await expect(page.locator('.lead')).toHaveText(NEW_SUMMARY, { timeout: 20_000 });
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-version', 'B-test', { timeout: 20_000 });
    expect(versionA).not.toBe('B-test');

    // The other tab: its click reloads it into B at once (nothing waits any more).
    await banner(second).getByRole('button', { name: 'Uppdatera' }).click();
    await expect(second.locator('.lead')).toHaveText(NEW_SUMMARY, { timeout: 20_000 });
    await expect(second.locator('[data-offline-status]')).toHaveAttribute('data-version', 'B-test', { timeout: 20_000 });
    await expect(banner(second)).toHaveCount(0);
    await second.goto(`${base}/arbetsblad/aktorskarta/`);
    await expect(second.locator('form[data-worksheet] input[type="text"]').first()).toHaveValue('Svar från version A');
    await page.goto(`${base}/arbetsblad/aktorskarta/`);
    await expect(page.locator('form[data-worksheet] input[type="text"]').first()).toHaveValue('Svar från version A');
  });

  test('en sparad sida ur en äldre utgåva behåller sina stilar och skript efter en uppdatering', async ({ page, context, guard }) => {
    guard.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/);
    const archived = `${base}/utgava/2020/kapitel/grunderna/`;
    await page.goto(`${base}/kapitel/grunderna/`);
    await readyOffline(page);
    await page.goto(archived);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    const before = await styled(page);
    expect(before.loaded).toBe(before.links);
    const assetsA = await pageAssets(page);

    deploy(distB);
    await page.goto(`${base}/kapitel/grunderna/`);
    await page.locator('[data-update-banner]').getByRole('button', { name: 'Uppdatera' }).click({ timeout: 30_000 });
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-version', 'B-test', { timeout: 20_000 });
    // B's hashed CSS differs from A's: A's files are in no precache any more. What B's own archived page
    // still uses (an archive-only stylesheet B did not change) stays, rightly: only the rest must go.
    const assetsB = await pageAssets(page);
    const archivedB = readFileSync(path.join(distB, 'utgava/2020/kapitel/grunderna/index.html'), 'utf8');
    const onlyA = assetsA.filter((u) => !assetsB.includes(u) && !archivedB.includes(new URL(u).pathname));
    expect(onlyA.filter((u) => u.endsWith('.css')).length).toBeGreaterThan(0);

    // Without the browser's HTTP cache and without network: the archived page comes whole from the copy.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.goto(archived);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(await styled(page)).toEqual(before);
    await context.setOffline(false);

    // Visited again after the update, the archived page uses B's files; A's are cleaned up.
    await page.goto(archived);
    await expect.poll(async () => {
      const kept = await page.evaluate(async () => (await (await caches.open('hb-arkiv')).keys()).map((r) => r.url));
      return onlyA.filter((u) => kept.some((k) => k.endsWith(new URL(u).pathname)));
    }).toEqual([]);
    expect(await styled(page)).toEqual(before);
    // The status control counts what is saved of the archived edition.
    await page.getByRole('button', { name: /Sparad för offline/ }).click();
    await expect(page.locator('#offline-panel')).toContainText('Ur äldre utgåvor finns den sida du har öppnat sparad.');
  });

  test('en trasig publicering syns, den sparade kopian fungerar, och "Försök igen" hämtar den lagade', async ({ page, context, guard }) => {
    // Five deploys and four service-worker installs in one story.
    test.setTimeout(150_000);
    guard.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR|404/);
    const status = page.locator('[data-offline-status]');
    // A new visitor to C: told that saving failed, not "Sparar …" forever.
    deploy(distC);
    await page.goto(`${base}/kapitel/grunderna/`);
    await expect(status).toHaveAttribute('data-copy', 'error', { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Kunde inte sparas för offline' })).toBeVisible();
    await page.getByRole('button', { name: 'Kunde inte sparas för offline' }).click();
    await expect(page.locator('#offline-panel')).toContainText('Det gick inte att spara handboken: en fil saknas på webbplatsen');
    await expect(page.getByRole('button', { name: 'Försök igen' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A reader with A saved: C's update fails visibly, A keeps working (even the page C lacks).
    deploy(distA);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await readyOffline(page);
    deploy(distC);
    await page.reload();
    await expect(status).toHaveAttribute('data-problem', 'missing', { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Uppdateringen misslyckades' })).toBeVisible();
    await page.getByRole('button', { name: 'Uppdateringen misslyckades' }).click();
    await expect(page.locator('#offline-panel')).toContainText('Den nya versionen kunde inte sparas: en fil saknas på webbplatsen');
    await expect(page.locator('#offline-panel')).toContainText('Den sparade kopian fungerar som förut.');
    await expect(page.locator('[data-update-banner]')).toHaveCount(0);
    await context.setOffline(true);
    await page.goto(`${base}/ordlista/`);
    await expect(page.getByRole('heading', { name: 'Lägesbild', exact: true })).toBeVisible();
    await context.setOffline(false);

    // sw.js removed by a deploy: noticed too.
    deploy(distNoSw);
    await page.goto(`${base}/kapitel/grunderna/`);
    await expect(status).toHaveAttribute('data-problem', 'sw-missing', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Uppdateringen misslyckades' }).click();
    await expect(page.locator('#offline-panel')).toContainText('webbplatsens offlinefil (sw.js) saknas');

    // The deploy is repaired (B, complete): "Försök igen" brings the new version.
    deploy(distB);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect(page.locator('[data-update-banner]')).toContainText('En ny version av handboken finns.', { timeout: 30_000 });
    await page.locator('[data-update-banner]').getByRole('button', { name: 'Uppdatera' }).click();
    await expect(status).toHaveAttribute('data-version', 'B-test', { timeout: 20_000 });
    await expect(status).toHaveAttribute('data-problem', '');
  });
});

/**
 * A book larger than the first visit's budget (here: the real book built with a small budget): the
 * first visit saves the shell and the sections that fit; the reader saves the rest from the status
 * control; an update fetches only the files of the chosen parts that changed. Builds D and D2 differ in
 * one chapter summary only (same build id, so the same scripts).
 */
test.describe('en handbok större än första besökets budget', () => {
  test.describe.configure({ mode: 'serial' });
  const root = path.resolve('.tmp/delar');
  const distD = path.join(root, 'dist-d');
  const distD2 = path.join(root, 'dist-d2');
  const port = Number(process.env['HANDBOOK_TEST_PORT'] ?? 4323) + 21;
  const base = `http://127.0.0.1:${port}`;
  const accessLog = path.resolve(`.tmp/nginx-${port}/access.log`);
  // Above the app shell (about 0.45 MB with the statistics page's chart library, the search index being a
  // part of its own), well below the whole book (2 MB), and smaller than shell + the chapters (0.67 MB),
  // so the chapters and the search index must become parts of their own.
  const BUDGET = 600_000;
  const NEW_SUMMARY = 'Testversion D2: en ändrad sammanfattning i en del som läsaren har sparat.';
  let server: DeployServer | undefined;
  const deploy = (dist: string) => server!.deploy(dist);
  const build = (out: string, content?: string) =>
    buildVersion(out, { HANDBOOK_BUILD_ID: 'D-test', HANDBOOK_OFFLINE_BUDGET: String(BUDGET), HANDBOOK_CONTENT_DIR: content });
  const partFiles = (dist: string, id: string) =>
    (JSON.parse(readFileSync(path.join(dist, 'offline-delar.json'), 'utf8')) as { parts: Array<{ id: string; files: Array<{ url: string }> }> }).parts
      .find((p) => p.id === id)!
      .files.map((f) => f.url);

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    build(distD);
    const content = path.join(root, 'content');
    cpSync('content', content, { recursive: true });
    const chapter = path.join(content, 'chapters/grunderna.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^summary: .*$/m, `summary: "${NEW_SUMMARY}"`));
    build(distD2, content);
    server = await serveDeploys(root, port, distD);
  });

  test.afterAll(() => server?.stop());

  test('första besöket sparar det som ryms, läsaren väljer resten, en uppdatering hämtar bara det som ändrats', async ({ page, context, guard }) => {
    guard.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/);
    const chapters = partFiles(distD, 'kapitel');
    expect(chapters).toContain('kapitel/grunderna/index.html');
    await page.goto(`${base}/`);
    await readyOffline(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(cached.filter((u) => u.startsWith('/kapitel/') && u !== '/kapitel/index.html')).toEqual([]);
    const { bytes } = JSON.parse(readFileSync(path.join(distD, 'version.json'), 'utf8')) as { bytes: number };
    expect(bytes).toBeLessThanOrEqual(BUDGET);

    await page.getByRole('button', { name: 'Sparad för offline' }).click();
    const panel = page.locator('#offline-panel');
    await expect(panel).toContainText('Den gällande utgåvan finns sparad på enheten, utom kapitlen');
    await expect(panel.getByRole('button', { name: /^Spara hela handboken offline \(\d+(,\d)? [kM]B\)$/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: /^Spara kapitlen \(\d+ kB\)$/ }).click();
    const offers = page.locator('[data-offline-offers]');
    await expect(offers).toContainText('Spara hela handboken offline', { timeout: 30_000 });
    await expect(offers.getByRole('button', { name: /^Spara kapitlen/ })).toHaveCount(0, { timeout: 30_000 });
    await expect(panel).not.toContainText('kapitlen');

    // Offline: the saved part works; a part not saved says so.
    await context.setOffline(true);
    await page.goto(`${base}/kapitel/grunderna/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grunderna i brottsförebyggande arbete');
    await page.goto(`${base}/metoder/sara/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte offline');
    await context.setOffline(false);

    // An update: only the chosen part's files that changed are fetched again.
    const changed = chapters.filter((url) => !readFileSync(path.join(distD, url)).equals(readFileSync(path.join(distD2, url))));
    expect(changed).toContain('kapitel/grunderna/index.html');
    expect(changed.length).toBeLessThan(chapters.length);
    const logStart = readFileSync(accessLog, 'utf8').length;
    deploy(distD2);
    await page.goto(`${base}/`);
    await page.locator('[data-update-banner]').getByRole('button', { name: 'Uppdatera' }).click({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Sparad för offline' }).click({ timeout: 20_000 });
    await expect(page.locator('[data-offline-offers]')).toContainText('Spara hela handboken offline', { timeout: 30_000 });
    await expect(page.locator('[data-offline-offers]').getByRole('button', { name: /^Spara kapitlen/ })).toHaveCount(0);
    const fetched = [...readFileSync(accessLog, 'utf8').slice(logStart).matchAll(/"GET \/(kapitel\/[^ ?]+\/index\.html)/g)].map((m) => m[1]);
    expect(fetched.sort()).toEqual(changed.sort());
    await context.setOffline(true);
    await page.goto(`${base}/kapitel/grunderna/`);
    await expect(page.locator('.lead')).toHaveText(NEW_SUMMARY);
  });

  test('sökindexet är en egen del: sökningen säger att den behöver nät tills delen är sparad, förloppet visas och tar slut, sedan söker den offline', async ({ page, context, guard }) => {
    // Offline without the index, Pagefind's own fetch of it fails (that is the case under test).
    guard.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR|Pagefind/);
    const index = partFiles(distD2, 'sokindex');
    expect(index.some((u) => u.startsWith('pagefind/index/'))).toBe(true);
    expect(index.some((u) => u.endsWith('.pf_meta'))).toBe(true);
    await page.goto(`${base}/`);
    await readyOffline(page);
    await page.getByRole('button', { name: 'Sparad för offline' }).click();
    const panel = page.locator('#offline-panel');
    await expect(panel).toContainText('Sökningen fungerar inte utan nätverk förrän sökindexet är sparat.');

    await context.setOffline(true);
    await page.goto(`${base}/sok/?q=trygghetsvandringar`);
    await expect(page.locator('[data-search-status]')).toHaveText(/^Sökningen fungerar inte utan nätverk på den här enheten än: sökindexet är inte sparat\./);
    await context.setOffline(false);

    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Sparad för offline' }).click();
    // Every state the control passes through, however fast the saving runs.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const bar = document.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
      const record = () => seen.push(`${bar.hidden ? 'dold' : `${bar.value}/${bar.max}`}|${document.querySelector('[data-offline-details]')!.textContent}`);
      new MutationObserver(record).observe(document.querySelector('#offline-panel')!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await panel.getByRole('button', { name: /^Spara sökindexet \(\d+ kB\)$/ }).click();
    await expect(panel.getByRole('button', { name: /^Spara sökindexet/ })).toHaveCount(0, { timeout: 60_000 });
    await expect(panel).not.toContainText('Sökningen fungerar inte utan nätverk', { timeout: 30_000 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const running = seen.filter((s) => !s.startsWith('dold') && /Sparar … \d+ av \d+ filer/.test(s));
    expect(running.length).toBeGreaterThan(0);
    // The bar shows how far (bytes of the part's total), and the last state reached its end before it went away.
    const last = running.at(-1)!.match(/^(\d+)\/(\d+)\|.*Sparar … (\d+) av (\d+) filer/)!;
    expect(Number(last[1])).toBe(Number(last[2]));
    expect(last[3]).toBe(last[4]);
    expect(Number(last[4])).toBe(index.length);
    expect(seen.at(-1)).toMatch(/^dold\|/);
    await expect(page.locator('[data-offline-progress]')).toBeHidden();

    await context.setOffline(true);
    await page.goto(`${base}/sok/?q=trygghetsvandringar`);
    await expect(page.locator('.search-hit', { has: page.locator('h2 a[href="/metoder/trygghetsvandring/"]') })).toBeVisible();
    await expect(page.locator('[data-search-status]')).not.toContainText('fungerar inte utan nätverk');
  });
});
