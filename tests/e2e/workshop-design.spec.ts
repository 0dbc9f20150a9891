import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const START = new Date('2025-03-04T09:00:00+01:00');

/** A saved workshop with Prioritering av problem and a 15-minute break, built in the builder. */
async function buildWorkshop(page: Page) {
  await page.goto('/workshop/?lagg-till=prioritering-av-problem');
  await page.getByLabel('Namn på workshopen').fill('Rådet i april');
  const breakForm = page.getByRole('group', { name: 'Paus' });
  await breakForm.getByLabel('Minuter').fill('15');
  await breakForm.getByRole('button', { name: 'Lägg till paus' }).click();
  await expect(page.locator('[data-agenda-rows] tr')).toHaveCount(2);
}

const agendaTimes = (page: Page) => page.locator('[data-agenda-rows] .ws-agenda-row__time').allTextContents();

test('byggaren: ändra minuterna för ett steg och en paus, agendan räknas om och körningen följer', async ({ page }) => {
  await buildWorkshop(page);
  expect(await agendaTimes(page)).toEqual(['09:00–10:45', '10:45–11:00']);
  await expect(page.locator('[data-agenda-total]')).toHaveText('2 h, 09:00–11:00');

  await page.getByText('Ändra tider').click();
  const first = page.getByRole('spinbutton', { name: 'Minuter för steget Kriterierna i Prioritering av problem' });
  await first.fill('5');
  await first.press('Enter');
  await expect.poll(() => agendaTimes(page)).toEqual(['09:00–10:35', '10:35–10:50']);
  await expect(page.locator('[data-agenda-rows] tr').first().locator('.ws-agenda-row__minutes')).toHaveText('1 h 35 min');
  await expect(page.getByRole('spinbutton', { name: 'Minuter för steget Kriterierna i Prioritering av problem' })).toBeFocused();

  const pause = page.getByRole('spinbutton', { name: 'Minuter för Paus' });
  await pause.fill('25');
  await pause.press('Tab');
  await expect.poll(() => agendaTimes(page)).toEqual(['09:00–10:35', '10:35–11:00']);
  await expect(page.locator('[data-agenda-total]')).toHaveText('2 h, 09:00–11:00');

  // A length that is not a number is refused and changes nothing.
  await pause.fill('');
  await pause.press('Tab');
  await expect(page.locator('[data-announcer]')).toHaveText('Skriv hur många minuter, 1–480.');
  await expect.poll(() => agendaTimes(page)).toEqual(['09:00–10:35', '10:35–11:00']);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Spara workshopen' }).click();
  await page.reload();
  await expect.poll(() => agendaTimes(page)).toEqual(['09:00–10:35', '10:35–11:00']);
  await page.getByRole('button', { name: 'Kör workshopen' }).click();
  await expect(page.locator('[data-step-title]')).toHaveText('Kriterierna');
  await expect(page.getByRole('timer', { name: 'Tid kvar av steget' })).toHaveText('05:00');
});

test('paus på projektorn: klockslaget då vi fortsätter; tiden ute visas på ett sätt', async ({ page, context }) => {
  await page.clock.install({ time: START });
  await buildWorkshop(page);
  await page.getByRole('button', { name: 'Kör workshopen' }).click();
  await expect(page.locator('[data-step-title]')).toHaveText('Kriterierna');
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Öppna projektorvy/ }).click()]);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Kriterierna');

  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Paus/ }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Paus');
  await expect(projector.locator('[data-proj-instructions]')).toHaveText('Paus i 15 min.');
  await page.getByRole('button', { name: 'Starta' }).click();
  // Started at 09:01 (Stockholm), 15 minutes: back at 09:16.
  await expect(projector.locator('[data-proj-instructions]')).toHaveText('Paus. Vi fortsätter kl. 09:16.');

  await page.clock.runFor(15 * 60_000 + 500);
  const state = page.locator('[data-timer-state]');
  await expect(page.locator('[data-timer-cue]')).toBeVisible();
  await expect(state).toBeHidden();
  await expect(page.getByText('Tiden går')).toHaveCount(0);
  await expect(projector.locator('[data-proj-cue]')).toBeVisible();
  await expect(projector.locator('[data-proj-state]')).toBeHidden();
  // The cue is one line on the projector.
  const cue = projector.locator('[data-proj-cue]');
  const lineHeight = await cue.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.3);
  expect((await cue.boundingBox())!.height).toBeLessThan(lineHeight * 1.8);
});

test('projektorns text växer med skärmen från 1280 × 720 till 3840 × 2160 och knappen för helskärm döljs i helskärm', async ({ page, context }) => {
  await page.goto('/workshop/kor/?ovning=prioritering-av-problem');
  await expect(page.locator('[data-step-title]')).toHaveText('Kriterierna');
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Öppna projektorvy/ }).click()]);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Kriterierna');
  const sizes: { title: number; text: number; timer: number }[] = [];
  for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]] as const) {
    await projector.setViewportSize({ width, height });
    await expect.poll(() => projector.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    sizes.push(
      await projector.evaluate(() => {
        const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
        return { title: px('[data-proj-title]'), text: px('[data-proj-instructions]'), timer: px('[data-proj-timer]') };
      }),
    );
  }
  for (const key of ['title', 'text', 'timer'] as const) {
    expect(sizes[1]![key]).toBeGreaterThan(sizes[0]![key]);
    expect(sizes[2]![key]).toBeGreaterThan(sizes[1]![key] * 1.5);
  }

  const fullscreen = projector.getByRole('button', { name: 'Visa i helskärm' });
  await expect(fullscreen).toBeVisible();
  await fullscreen.click();
  await expect.poll(() => projector.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(fullscreen).toBeHidden();
  await projector.evaluate(() => document.exitFullscreen());
  await expect(fullscreen).toBeVisible();
});
