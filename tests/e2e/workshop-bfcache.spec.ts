/**
 * The workshop's runner tab and projector with the back-forward cache on. Playwright turns it off for
 * every other test; a reader's Chromium keeps a page left by a link in it, alive but out of sight.
 */
import { test, expect } from './fixtures';
import { launchOptions } from '../../scripts/browser.mjs';
import { FIRST_STEP, RUN, openProjector, projectorTitle, secondTabOneStepOn, stepTitle } from './support/runner-tabs';

test.use({ launchOptions: { ...launchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

test('projektorvyn byter till den andra körfliken när den följda går till en annan sida och sparas i bakåtcachen', async ({ page, context }) => {
  await page.goto(RUN);
  await expect(stepTitle(page)).toHaveText(FIRST_STEP);
  // A service worker that takes control of a page in the cache evicts it: first let it take this one.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  const projector = await openProjector(context);
  const { other, otherStep } = await secondTabOneStepOn(context);
  await expect(projectorTitle(projector)).toHaveText(FIRST_STEP);
  // The followed tab leaves by a link: the page lives on, hidden, in the back-forward cache.
  await page.evaluate(() => addEventListener('pageshow', (e) => e.persisted && document.documentElement.setAttribute('data-restored', '')));
  await page.getByRole('link', { name: 'Arbetsblad', exact: true }).first().click();
  await expect(page).toHaveURL(/\/arbetsblad\/$/);
  await expect(projectorTitle(projector)).toHaveText(otherStep);
  // Back again, restored from the cache (the page left its channel, so no message evicted it): the
  // projector stays with the tab it now follows, until that closes.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-restored', '');
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(stepTitle(page)).not.toHaveText(FIRST_STEP);
  await expect(projectorTitle(projector)).toHaveText(otherStep);
  await other.close({ runBeforeUnload: true });
  await expect(projectorTitle(projector)).toHaveText(await stepTitle(page).innerText());
});
