/**
 * Two facilitator (runner) tabs on one exercise and a projector window, for the tests of which tab the
 * projector follows: the first tab opens, the projector follows it, then a second tab opens.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

export const RUN = '/workshop/kor/?ovning=prioritering-av-problem';
export const FIRST_STEP = 'Kriterierna';

export const stepTitle = (runner: Page) => runner.locator('[data-step-title]');
export const projectorTitle = (projector: Page) => projector.locator('[data-proj-title]');

/** Opens the projector once the first runner tab is on RUN, and checks that it shows that tab's step. */
export async function openProjector(context: BrowserContext): Promise<Page> {
  const projector = await context.newPage();
  await projector.goto('/workshop/projektor/');
  await expect(projectorTitle(projector)).toHaveText(FIRST_STEP);
  return projector;
}

/** Opens a second runner tab on RUN and moves it one step on; returns the tab and its step's title. */
export async function secondTabOneStepOn(context: BrowserContext): Promise<{ other: Page; otherStep: string }> {
  const other = await context.newPage();
  await other.goto(RUN);
  await expect(stepTitle(other)).toHaveText(FIRST_STEP);
  await other.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(stepTitle(other)).not.toHaveText(FIRST_STEP);
  return { other, otherStep: await stepTitle(other).innerText() };
}
