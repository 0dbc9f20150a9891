/**
 * The workshop's runner tab and projector with the back-forward cache on. Playwright turns it off for
 * every other test; a reader's Chromium keeps a page left by a link in it, alive but out of sight.
 */
import { test, expect } from './fixtures';
import { launchOptions } from '../../scripts/browser.mjs';

test.use({ launchOptions: { ...launchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

test('projektorvyn byter till den andra körfliken när den följda går till en annan sida och sparas i bakåtcachen', async ({ page, context }) => {
  const RUN = '/workshop/kor/?ovning=prioritering-av-problem';
  await page.goto(RUN);
  await expect(page.locator('[data-step-title]')).toHaveText('Kriterierna');
  // A service worker that takes control of a page in the cache evicts it: first let it take this one.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  const projector = await context.newPage();
  await projector.goto('/workshop/projektor/');
  await expect(projector.locator('[data-proj-title]')).toHaveText('Kriterierna');
  const other = await context.newPage();
  await other.goto(RUN);
  await other.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(other.locator('[data-step-title]')).not.toHaveText('Kriterierna');
  const otherStep = await other.locator('[data-step-title]').innerText();
  await expect(projector.locator('[data-proj-title]')).toHaveText('Kriterierna');
  // The followed tab leaves by a link: the page lives on, hidden, in the back-forward cache.
  await page.evaluate(() => addEventListener('pageshow', (e) => e.persisted && document.documentElement.setAttribute('data-restored', '')));
  await page.getByRole('link', { name: 'Arbetsblad', exact: true }).first().click();
  await expect(page).toHaveURL(/\/arbetsblad\/$/);
  await expect(projector.locator('[data-proj-title]')).toHaveText(otherStep);
  // Back again, restored from the cache (the page left its channel, so no message evicted it): the
  // projector stays with the tab it now follows, until that closes.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-restored', '');
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(page.locator('[data-step-title]')).not.toHaveText('Kriterierna');
  await expect(projector.locator('[data-proj-title]')).toHaveText(otherStep);
  await other.close({ runBeforeUnload: true });
  await expect(projector.locator('[data-proj-title]')).toHaveText(await page.locator('[data-step-title]').innerText());
});
