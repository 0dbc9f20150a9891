import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const START = new Date('2025-03-04T09:00:00+01:00');
const PRIO = '/workshop/kor/?ovning=prioritering-av-problem';

interface ExerciseJson {
  id: string;
  steps: { title: string; instructions: string; facilitator: string }[];
}

/** The facilitator notes of an exercise, from the same data.json the runner uses. */
async function facilitatorTexts(page: Page, id: string): Promise<string[]> {
  const data = (await (await page.request.get('/workshop/data.json')).json()) as { exercises: ExerciseJson[] };
  const exercise = data.exercises.find((e) => e.id === id)!;
  return exercise.steps.map((s) => s.facilitator.slice(0, 60));
}

/**
 * Fake clock from START, paused once the page has loaded: time moves only with clock.runFor(), for
 * every window of the context (the projector too).
 */
async function openWithClock(page: Page, url: string): Promise<void> {
  await page.clock.install({ time: START });
  await page.goto(url);
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  // The runner loads its plan first; a reader acts once the step is on screen, and so does the test.
  if (url.includes('/workshop/kor/')) await expect(page.locator('[data-step-title]')).not.toBeEmpty();
}

/** axe-core waits on timers of its own: let the fake clock run in real time again first. */
async function axeWithClock(page: Page): Promise<void> {
  await page.clock.resume();
  await expectNoAxeViolations(page);
}

/** Lets the short delay of the polite announcements pass. */
const settle = (page: Page) => page.clock.runFor(100);

function runner(page: Page) {
  return {
    step: page.locator('[data-step-title]'),
    clock: page.getByRole('timer', { name: 'Tid kvar av steget' }),
    state: page.locator('[data-timer-state]'),
    cue: page.locator('[data-timer-cue]'),
    status: page.locator('[data-announcer]'),
    notes: page.getByRole('textbox', { name: /^Anteckningar/ }),
    toggle: page.locator('[data-timer-toggle]'),
    agenda: page.getByRole('navigation', { name: 'Agenda' }),
  };
}

test('en övning i workshopläge: tiden räknas ned, tiden är ute syns, hörs och läses upp', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __beeps: number };
    w.__beeps = 0;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.__beeps++;
      return original.call(this);
    };
  });
  await openWithClock(page, PRIO);
  const r = runner(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prioritering av problem');
  await expect(page).toHaveURL(/\/workshop\/kor\/#ovning=prioritering-av-problem$/);
  await expect(r.step).toHaveText('Kriterierna');
  await expect(page.locator('[data-step-meta]')).toContainText('Steg 1 av 6 i workshopen');
  await expect(r.clock).toHaveText('15:00');
  await expect(r.state).toHaveText('Inte startad');
  await expect(page.locator('[data-step-instructions]')).toContainText('otrygghet och signalvärde');
  await expect(page.locator('[data-step-facilitator]')).toContainText('Gå igenom vad varje skattning betyder');
  await expect(page.locator('[data-progress-planned]')).toHaveText('1 h 45 min');

  const sound = page.getByRole('checkbox', { name: 'Ljudsignal när tiden är ute' });
  await expect(sound).not.toBeChecked();
  await sound.check();

  await page.getByRole('button', { name: 'Starta' }).click();
  await settle(page);
  await expect(r.status).toHaveText('Timern går. 15 minuter kvar av ”Kriterierna”.');
  await expect(r.state).toHaveText('Tiden går');
  await page.clock.runFor(59_900);
  await expect(r.clock).toHaveText('14:00');

  await page.getByRole('button', { name: 'Pausa' }).click();
  await expect(r.state).toHaveText('Pausad');
  await page.clock.runFor(5 * 60_000);
  await expect(r.clock).toHaveText('14:00');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: '+1 minut' }).click();
  await expect(r.clock).toHaveText('15:00');

  await page.clock.runFor(14 * 60_000 + 100);
  await expect(r.clock).toHaveText('01:00');
  await expect(r.status).toHaveText('En minut kvar.');
  await expect(r.cue).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { __beeps: number }).__beeps)).toBe(0);

  await page.clock.runFor(60_000);
  await expect(r.clock).toHaveText('00:00');
  await expect(r.cue).toBeVisible();
  await expect(r.cue).toHaveText('Tiden är ute');
  await expect(page.locator('[data-timer-box]')).toHaveClass(/is-up/);
  await expect(r.status).toHaveText('Tiden är ute för ”Kriterierna”.');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __beeps: number }).__beeps)).toBe(3);

  await page.clock.runFor(32_000);
  await expect(page.locator('[data-timer-over]')).toHaveText('Över tiden: 0:32');
  await expect(page.locator('[data-progress-elapsed]')).toHaveText('21 min');
  await expect(page.locator('[data-progress-state]')).toHaveText('7 min efter planen');
  await axeWithClock(page);
});

test('tangentbord: pilarna byter steg och mellanslag startar och pausar, men inte i textfält', async ({ page }) => {
  await openWithClock(page, PRIO);
  const r = runner(page);
  await expect(r.step).toHaveText('Kriterierna');

  await page.keyboard.press('ArrowRight');
  await expect(r.step).toHaveText('Faktaunderlag per problem');
  await expect(r.clock).toHaveText('20:00');
  await settle(page);
  await expect(r.status).toHaveText('Steg 2 av 6: Faktaunderlag per problem.');
  await page.keyboard.press('Space');
  await expect(r.state).toHaveText('Tiden går');
  await page.clock.runFor(10_000);
  await expect(r.clock).toHaveText('19:50');
  await page.keyboard.press('Space');
  await expect(r.state).toHaveText('Pausad');
  await page.keyboard.press('ArrowLeft');
  await expect(r.step).toHaveText('Kriterierna');
  await expect(r.clock).toHaveText('15:00');

  await r.notes.click();
  await page.keyboard.type('Fem kriterier');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(r.step).toHaveText('Kriterierna');
  await expect(r.state).toHaveText('Inte startad');
  await expect(r.notes).toHaveValue('Fem kriterier ');

  // Mouse clicks leave no focus on the button, so space goes on working as the timer shortcut.
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(r.step).toHaveText('Faktaunderlag per problem');
  await page.keyboard.press('Space');
  await expect(r.state).toHaveText('Tiden går');
  await expect(r.step).toHaveText('Faktaunderlag per problem');

  // Keyboard activation of a button does what the button says; the agenda jumps to any step.
  await r.agenda.getByRole('button', { name: /Vägen till beslut/ }).focus();
  await page.keyboard.press('Enter');
  await expect(r.step).toHaveText('Vägen till beslut');
  await expect(r.agenda.getByRole('button', { name: /Vägen till beslut/ })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('button', { name: /Nästa steg/ })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expect(r.step).toHaveText('Vägen till beslut');
});

test('projektorvyn följer steg och tid live och får aldrig ledarstöd eller anteckningar', async ({ page, context }) => {
  const secrets = await facilitatorTexts(page, 'prioritering-av-problem');
  // Every message any window of the test receives over a BroadcastChannel.
  await context.addInitScript(() => {
    const w = window as unknown as { __received: unknown[] };
    w.__received = [];
    const Original = BroadcastChannel;
    window.BroadcastChannel = class extends Original {
      constructor(name: string) {
        super(name);
        this.addEventListener('message', (e) => w.__received.push(e.data));
      }
    };
  });
  await openWithClock(page, PRIO);
  const r = runner(page);
  await r.notes.fill('GRUPPENS ANTECKNING: resecentrum först');

  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Öppna projektorvy/ }).click()]);
  await projector.waitForLoadState();
  await expect(projector).toHaveURL(/\/workshop\/projektor\/$/);
  const title = projector.getByRole('heading', { level: 1 });
  const timer = projector.getByRole('timer', { name: 'Tid kvar' });
  await expect(title).toHaveText('Kriterierna');
  await expect(projector.locator('[data-proj-context]')).toHaveText('Prioritering av problem · Steg 1 av 6');
  await expect(projector.locator('[data-proj-instructions]')).toContainText('möjlighet att påverka');
  await expect(timer).toHaveText('15:00');
  await expect(projector.locator('[data-proj-state]')).toHaveText('Inte startad');

  await page.getByRole('button', { name: 'Starta' }).click();
  await page.clock.runFor(90_000);
  await expect(r.clock).toHaveText('13:30');
  await expect(timer).toHaveText('13:30');

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Faktaunderlag per problem');
  await expect(timer).toHaveText('20:00');
  await page.getByRole('button', { name: 'Starta' }).click();
  await page.clock.runFor(20 * 60_000);
  await expect(projector.getByText('Tiden är ute')).toBeVisible();
  await expect(timer).toHaveText('00:00');

  // A reloaded projector asks for the current step again.
  await projector.reload();
  await expect(title).toHaveText('Faktaunderlag per problem');
  await expect(projector.getByText('Tiden är ute')).toBeVisible();

  const fullscreen = projector.getByRole('button', { name: 'Visa i helskärm' });
  await fullscreen.click();
  // In full screen the button is not projected to the room; Esc (here: exitFullscreen) leaves it.
  await expect.poll(() => projector.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await expect(fullscreen).toBeHidden();
  await projector.evaluate(() => document.exitFullscreen());
  await expect(fullscreen).toBeVisible();

  const shown = await projector.evaluate(() => document.body.innerText);
  const received = JSON.stringify(await projector.evaluate(() => (window as unknown as { __received: unknown[] }).__received));
  expect(received).toContain('Faktaunderlag per problem');
  for (const text of [...secrets, 'GRUPPENS ANTECKNING']) {
    expect(shown).not.toContain(text);
    expect(received).not.toContain(text);
  }
  const loaded = await projector.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(loaded.filter((url) => url.includes('data.json'))).toEqual([]);
  await axeWithClock(projector);
});

test('en omladdning mitt i workshopen fortsätter på samma steg med tiden och anteckningarna', async ({ page }) => {
  await openWithClock(page, PRIO);
  const r = runner(page);
  await page.keyboard.press('ArrowRight');
  await expect(r.step).toHaveText('Faktaunderlag per problem');
  await r.notes.fill('Analytikern svarade på frågor om inbrotten i Lövnäs.');
  await page.getByRole('button', { name: 'Starta' }).click();
  await page.clock.runFor(5 * 60_000);
  await expect(r.clock).toHaveText('15:00');

  await page.reload();
  await expect(r.step).toHaveText('Faktaunderlag per problem');
  await expect(r.notes).toHaveValue('Analytikern svarade på frågor om inbrotten i Lövnäs.');
  await expect(r.state).toHaveText('Tiden går');
  await expect(r.clock).toHaveText('15:00');
  await page.clock.runFor(60_000);
  await expect(r.clock).toHaveText('14:00');
  await expect(page.locator('[data-progress-elapsed]')).toHaveText('6 min');

  await page.getByRole('button', { name: 'Pausa' }).click();
  await page.clock.runFor(3 * 60_000);
  await page.reload();
  await expect(r.state).toHaveText('Pausad');
  await expect(r.clock).toHaveText('14:00');
  await expect(page.getByRole('button', { name: 'Fortsätt' })).toBeVisible();

  // "Börja om" asks first, then starts from the first step with the notes kept.
  await page.getByRole('button', { name: 'Börja om' }).click();
  const dialog = page.getByRole('dialog', { name: 'Börja om från första steget?' });
  await expect(dialog).toContainText('Anteckningarna finns kvar.');
  await dialog.getByRole('button', { name: 'Börja om' }).click();
  await expect(dialog).toBeHidden();
  await expect(r.step).toHaveText('Kriterierna');
  await expect(r.state).toHaveText('Inte startad');
  await expect(page.locator('[data-progress-elapsed]')).toHaveText('Inte påbörjad');
  await page.keyboard.press('ArrowRight');
  await expect(r.notes).toHaveValue('Analytikern svarade på frågor om inbrotten i Lövnäs.');
});

test('bygga en workshop: tre övningar och en paus, ordna om, se tiderna, spara, ladda om, köra och skriva ut', async ({ page }) => {
  await page.goto('/workshop/?lagg-till=prioritering-av-problem');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop');
  await expect(page).toHaveURL(/\/workshop\/$/);
  const rows = page.locator('[data-agenda-rows] tr');
  await expect(rows).toHaveCount(1);
  await expect(page.locator('[data-announcer]')).toHaveText('”Prioritering av problem” är tillagd i agendan.');

  await page.getByLabel('Namn på workshopen').fill('Trygghetsrådet i mars');
  await page.getByLabel('Datum').fill('2025-03-04');
  await page.getByLabel('Starttid').fill('13:00');
  await page.getByRole('button', { name: 'Lägg till: Aktörskartläggning' }).click();
  await page.getByRole('button', { name: 'Lägg till: Genomgång av lagkraven' }).click();
  const breakForm = page.getByRole('group', { name: 'Paus' });
  await breakForm.getByLabel('Minuter').fill('15');
  await breakForm.getByRole('button', { name: 'Lägg till paus' }).click();
  await expect(rows).toHaveCount(4);

  // A custom item that is added and removed again.
  const custom = page.getByRole('group', { name: 'Egen punkt' });
  await custom.getByRole('button', { name: 'Lägg till punkt' }).click();
  await expect(custom.getByText('Skriv en rubrik för punkten.')).toBeVisible();
  await expect(custom.getByLabel('Rubrik')).toBeFocused();
  await custom.getByLabel('Rubrik').fill('Fika och mingel');
  await custom.getByRole('button', { name: 'Lägg till punkt' }).click();
  await expect(rows).toHaveCount(5);
  await page.getByRole('button', { name: 'Ta bort: Fika och mingel' }).click();
  await expect(rows).toHaveCount(4);

  // Reorder with the keyboard: focus stays on the moved item's button.
  const breakUp = page.getByRole('button', { name: 'Flytta upp: Paus' });
  await breakUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Flytta upp: Paus' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-announcer]')).toHaveText('”Paus” ligger nu på plats 2 av 4.');
  await page.getByRole('button', { name: 'Flytta upp: Genomgång av lagkraven' }).click();

  const agenda = async () => rows.evaluateAll((trs) => (trs as HTMLTableRowElement[]).map((tr) => [tr.cells[0]!.textContent, tr.querySelector('th a, th span')!.textContent, tr.cells[2]!.textContent]));
  const expected = [
    ['13:00–14:45', 'Prioritering av problem', '1 h 45 min'],
    ['14:45–15:00', 'Paus', '15 min'],
    ['15:00–16:45', 'Genomgång av lagkraven', '1 h 45 min'],
    ['16:45–18:10', 'Aktörskartläggning', '1 h 25 min'],
  ];
  expect(await agenda()).toEqual(expected);
  await expect(page.locator('[data-agenda-total]')).toHaveText('5 h 10 min, 13:00–18:10');
  await expect(page.getByRole('button', { name: 'Flytta upp: Prioritering av problem' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Flytta ner: Aktörskartläggning' })).toBeDisabled();

  await page.getByRole('button', { name: 'Spara workshopen' }).click();
  await expect(page.locator('[data-edit-status]')).toHaveText('Sparad.');
  const saved = page.locator('[data-saved-list] > li');
  await expect(saved).toHaveCount(1);
  await expect(saved.getByRole('heading')).toContainText('Trygghetsrådet i mars');
  await expect(saved).toContainText('tisdag 4 mars 2025, 13:00–18:10 · 3 övningar, 1 paus');
  await expectNoAxeViolations(page);

  await page.reload();
  expect(await agenda()).toEqual(expected);
  await expect(page.getByLabel('Namn på workshopen')).toHaveValue('Trygghetsrådet i mars');
  await expect(page.getByLabel('Starttid')).toHaveValue('13:00');
  await expect(saved).toHaveCount(1);

  await saved.getByRole('button', { name: 'Byt namn: Trygghetsrådet i mars' }).click();
  await page.getByLabel('Nytt namn för ”Trygghetsrådet i mars”').fill('Trygghetsrådet 4 mars');
  await page.getByRole('button', { name: 'Spara namnet' }).click();
  await expect(saved.getByRole('heading')).toContainText('Trygghetsrådet 4 mars');
  await expect(page.getByLabel('Namn på workshopen')).toHaveValue('Trygghetsrådet 4 mars');

  // Run it end to end.
  await saved.getByRole('link', { name: 'Kör: Trygghetsrådet 4 mars' }).click();
  await expect(page).toHaveURL(/\/workshop\/kor\/#workshop=w-/);
  const r = runner(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghetsrådet 4 mars');
  await expect(r.step).toHaveText('Kriterierna');
  await expect(page.locator('[data-step-meta]')).toHaveText('Steg 1 av 17 i workshopen · Planerat 15 min · kl. 13:00');
  await expect(page.locator('[data-run-plan]')).toHaveText('Workshop · 17 steg · 5 h 10 min · start kl. 13:00');
  await expect(r.agenda.getByRole('listitem').filter({ hasText: 'Genomgång av lagkraven' }).first()).toBeVisible();
  await r.agenda.getByRole('button', { name: /Vägen till beslut/ }).click();
  await page.keyboard.press('ArrowRight');
  await expect(r.step).toHaveText('Paus');
  await expect(page.locator('[data-step-context]')).toHaveText('Trygghetsrådet 4 mars');
  await expect(r.clock).toHaveText('15:00');
  await expect(page.locator('[data-step-meta]')).toContainText('kl. 14:45');
  await page.keyboard.press('ArrowRight');
  await expect(r.step).toHaveText('Varför vi går igenom lagen');
  await expect(page.locator('[data-step-context]')).toHaveText('Genomgång av lagkraven · Steg 1 av 5');
  await r.notes.fill('Lagkraven gicks igenom.');
  await r.agenda.getByRole('button', { name: /Var hör de hemma/ }).click();
  await expect(page.getByRole('button', { name: /Nästa steg/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Avsluta workshopen' }).click();
  await expect(page.getByText('Workshopen är avslutad. Nu kan du ta fram dokumentationen.')).toBeFocused();
  await expect(page.locator('[data-progress-state]')).toHaveText('Avslutad');
  await expectNoAxeViolations(page);

  // Print the agenda and the facilitator pack.
  await page.goto('/workshop/');
  await saved.getByRole('link', { name: 'Skriv ut: Trygghetsrådet 4 mars' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghetsrådet 4 mars');
  const printRows = page.locator('.ws-print__table tbody tr');
  await expect(printRows).toHaveCount(4);
  await expect(printRows.nth(2)).toContainText('15:00–16:45');
  await expect(printRows.nth(2)).toContainText('Genomgång av lagkraven');
  await expect(page.locator('.ws-print__table tfoot')).toContainText('5 h 10 min');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Övning 1: Prioritering av problem',
    'Övning 2: Genomgång av lagkraven',
    'Övning 3: Aktörskartläggning',
  ]);
  const pack = page.locator('.ws-print__pack');
  for (const text of (await facilitatorTexts(page, 'prioritering-av-problem')).slice(0, 2)) await expect(pack).toContainText(text);
  await expect(pack.getByRole('link', { name: 'Aktörskarta' })).toHaveAttribute('href', '/arbetsblad/aktorskarta/');
  await expect(pack).toContainText('samverkanshandboken.se/arbetsblad/aktorskarta/');
  await expect(pack).toContainText('(15 min, kl. 13:00)');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  expect(await page.locator('.ws-print__exercise').nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await page.emulateMedia({ media: 'screen' });

  // Delete with confirmation.
  await page.goto('/workshop/');
  await saved.getByRole('button', { name: 'Ta bort: Trygghetsrådet 4 mars' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort workshopen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(saved).toHaveCount(1);
  await saved.getByRole('button', { name: 'Ta bort: Trygghetsrådet 4 mars' }).click();
  await dialog.getByRole('button', { name: 'Ta bort' }).click();
  await expect(saved).toHaveCount(0);
  await expect(page.getByText('Inga sparade workshoppar än.')).toBeVisible();
  // The agenda that was open stays, as a new workshop that can be saved again.
  await expect(page.locator('[data-edit-status]')).toHaveText('Ny workshop, inte sparad än.');
  await expect(rows).toHaveCount(4);
});

test('dokumentation från workshopen: datum, deltagare och anteckningar, utskrivbar och nedladdningsbar', async ({ page }) => {
  await page.goto(PRIO);
  const r = runner(page);
  await r.notes.fill('Fem kriterier, med påverkbarhet dubbelt viktad.');
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await r.notes.fill('Skadegörelse vid resecentrum\n- högst på signalvärde');
  await page.getByRole('link', { name: 'Dokumentation från workshopen' }).click();

  await expect(page).toHaveURL(/\/workshop\/dokumentation\/#ovning=prioritering-av-problem$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokumentation från workshopen');
  const doc = page.getByRole('article');
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText('Prioritering av problem');
  await page.getByLabel('Datum').fill('2025-03-04');
  await page.getByLabel('Deltagare (valfritt)').fill('Elin Ström, samordnare\nAhmed Yilmaz, kommunpolis');
  await expect(doc).toContainText('tisdag 4 mars 2025');
  await expect(doc).toContainText('Ahmed Yilmaz, kommunpolis');
  await expect(doc.getByRole('heading', { level: 4 })).toHaveCount(6);
  await expect(doc.locator('h4:has-text("Steg 3: Skatta på egen hand") + p')).toHaveText('Skadegörelse vid resecentrum\n- högst på signalvärde');
  await expect(doc.locator('h4:has-text("Steg 2: Faktaunderlag per problem") + p')).toHaveText('Inga anteckningar.');
  await expectNoAxeViolations(page);

  // Named for what the reader gets, not by file format (issue 20), and "ladda ner" as everywhere else.
  expect(await page.getByRole('button', { name: /Ladda n/ }).allTextContents()).toEqual(['Ladda ner som text', 'Ladda ner som datafil']);
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som text' }).click()]);
  expect(md.suggestedFilename()).toBe('dokumentation-prioritering-av-problem-2025-03-04.md');
  const markdown = await readFile((await md.path())!, 'utf8');
  expect(markdown).toContain('# Dokumentation från workshopen: Prioritering av problem');
  expect(markdown).toContain('- **Datum:** tisdag 4 mars 2025');
  expect(markdown).toContain('## Deltagare\n\nElin Ström, samordnare\nAhmed Yilmaz, kommunpolis');
  expect(markdown).toContain('### Steg 1: Kriterierna\n\nFem kriterier, med påverkbarhet dubbelt viktad.');
  expect(markdown).toContain('### Steg 3: Skatta på egen hand\n\nSkadegörelse vid resecentrum\n- högst på signalvärde');
  await expect(page.locator('[data-announcer]')).toHaveText('Filen ”dokumentation-prioritering-av-problem-2025-03-04.md” är nedladdad.');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som datafil' }).click()]);
  expect(json.suggestedFilename()).toBe('dokumentation-prioritering-av-problem-2025-03-04.json');
  const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(data).toMatchObject({ title: 'Prioritering av problem', date: '2025-03-04', participants: 'Elin Ström, samordnare\nAhmed Yilmaz, kommunpolis' });
  expect(data.items[0].steps.map((s: { notes: string }) => s.notes)).toEqual([
    'Fem kriterier, med påverkbarhet dubbelt viktad.',
    '',
    'Skadegörelse vid resecentrum\n- högst på signalvärde',
    '',
    '',
    '',
  ]);

  // The date and participants are kept with the run.
  await page.reload();
  await expect(page.getByLabel('Deltagare (valfritt)')).toHaveValue('Elin Ström, samordnare\nAhmed Yilmaz, kommunpolis');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Deltagare (valfritt)')).toBeHidden();
  await expect(doc).toContainText('Fem kriterier, med påverkbarhet dubbelt viktad.');
});

test('projektorvyn: även det längsta steget ryms på en 1280 × 720-skärm utan att rulla, i läsbar storlek', async ({ page, context }) => {
  // The step with the longest instructions in the whole handbook, from the data the runner uses.
  const data = (await (await page.request.get('/workshop/data.json')).json()) as { exercises: ExerciseJson[] };
  const [longest] = data.exercises
    .flatMap((e) => e.steps.map((s, index) => ({ id: e.id, index, title: s.title, length: s.instructions.length })))
    .sort((a, b) => b.length - a.length);
  await page.goto(`/workshop/kor/?ovning=${longest!.id}`);
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(longest!.title) }).click();
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Öppna projektorvy/ }).click()]);
  await projector.setViewportSize({ width: 1280, height: 720 });
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(longest!.title);
  const measure = () =>
    projector.evaluate(() => ({
      overflow: document.documentElement.scrollHeight - window.innerHeight,
      fontPx: parseFloat(getComputedStyle(document.querySelector('[data-proj-instructions]')!).fontSize),
    }));
  await expect.poll(async () => (await measure()).overflow).toBeLessThanOrEqual(0);
  expect((await measure()).fontPx).toBeGreaterThanOrEqual(18);
  // The shortest step of the same exercise gets the full size back.
  const shortest = data.exercises.find((e) => e.id === longest!.id)!.steps.toSorted((a, b) => a.instructions.length - b.instructions.length)[0]!;
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(shortest.title) }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(shortest.title);
  await expect.poll(async () => (await measure()).fontPx).toBeGreaterThan(30);
});

test('offline: bygga och köra en workshop med projektorvy när nätet är borta', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);

  await page.goto('/workshop/');
  await page.getByRole('button', { name: 'Lägg till: Gemensam problembild' }).click();
  await page.getByRole('button', { name: 'Lägg till: Uppföljningsmöte' }).click();
  await page.getByLabel('Namn på workshopen').fill('Offline i Lövnäs');
  await page.getByRole('button', { name: 'Kör workshopen' }).click();
  await expect(page).toHaveURL(/\/workshop\/kor\/#workshop=w-/);
  const r = runner(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline i Lövnäs');
  await expect(r.step).toHaveText('Syfte och spelregler');
  await page.keyboard.press('Space');
  await expect(r.state).toHaveText('Tiden går');
  await r.notes.fill('Utan nät');

  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Öppna projektorvy/ }).click()]);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Syfte och spelregler');
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Två lägesbilder');

  await page.reload();
  await expect(r.step).toHaveText('Två lägesbilder');
  await page.getByRole('link', { name: 'Dokumentation från workshopen' }).click();
  await expect(page.getByRole('article')).toContainText('Utan nät');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test.describe('utan JavaScript', () => {
  // The fixture's own context, so the request and console guard watches it too.
  test.use({ javaScriptEnabled: false });

  test('utan JavaScript säger workshopsidorna vad som behövs och övningarna går att läsa', async ({ page }) => {
    // Playwright's text matching skips <noscript>, so these find the notices by class.
    const notice = page.locator('.ws-needs-js');
    await page.goto('/workshop/');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Workshopverktyget behöver JavaScript');
    await expect(page.getByRole('button', { name: /Lägg till/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Prioritering av problem' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prioritering av problem');
    await page.goto(PRIO);
    await expect(notice).toContainText('Workshopläget med tidtagning, anteckningar och projektorvy behöver JavaScript.');
    await expect(page.getByRole('timer')).toBeHidden();
    await page.goto('/workshop/projektor/');
    await expect(page.locator('noscript p')).toContainText('Projektorvyn behöver JavaScript.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Väntar på workshopen');
  });
});

test('axe: workshopsidorna i mörkt läge och utan vald workshop', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const views: [string, string][] = [
    ['/workshop/', 'Sparade workshoppar'],
    ['/workshop/kor/', 'Kör en övning'],
    [PRIO, 'Kriterierna'],
    ['/workshop/projektor/', 'Väntar på workshopen'],
    ['/workshop/utskrift/', 'Inga sparade workshoppar än.'],
    ['/workshop/dokumentation/', 'Det finns inga anteckningar från den här workshopen på enheten än.'],
  ];
  for (const [url, ready] of views) {
    await page.goto(url);
    await expect(page.getByText(ready, { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations(page);
  }
});
