/**
 * The storage layer as a reader meets it: two tabs (two pages of one context share localStorage, and
 * the `storage` event passes between them as between browser tabs), full storage, over-long answers,
 * and "Ladda ner allt" → clear site data → "Återställ".
 */
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Page } from '@playwright/test';
import { CHANNEL_NAME } from '../../src/client/workshop/channel';
import { FIRST_STEP, RUN, openProjector, projectorTitle, secondTabOneStepOn, stepTitle } from './support/runner-tabs';

const SHEET = '/arbetsblad/forutsattningar-for-samverkan/';
const OTHER = '/arbetsblad/atgardsplan/';

const status = (page: Page) => page.locator('[data-save-status]');

/** Fills localStorage to the brim, as another site's data on the same origin would (halving the chunk until nothing fits). */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1024 * 1024);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`fyllnad-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
}

async function freeStorage(page: Page) {
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fyllnad-')).forEach((k) => localStorage.removeItem(k)));
}

async function open(page: Page, url = SHEET) {
  await page.goto(url);
  await expect(status(page)).toHaveText(/sparas på den här enheten/);
}
async function saved(page: Page) {
  await expect(status(page)).toHaveText(/^Sparat kl\./);
}
const who = (page: Page) => page.getByRole('textbox', { name: 'Ifyllt av' });
const need = (page: Page) => page.getByRole('textbox', { name: /Vilket gemensamt behov/ });

test('två flikar på samma arbetsblad: båda flikarnas svar sparas, och den andra fliken ser ändringen direkt', async ({ page, context }) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  await who(page).fill('Elin i flik A');
  await saved(page);
  // Tab B has not reloaded: it shows A's answer live, and its own answer in another field keeps A's.
  await expect(who(other)).toHaveValue('Elin i flik A');
  await need(other).fill('Otrygghet vid resecentrum');
  await saved(other);
  await page.reload();
  await expect(who(page)).toHaveValue('Elin i flik A');
  await expect(need(page)).toHaveValue('Otrygghet vid resecentrum');
});

test('två flikar på olika arbetsblad i samma arbetsyta: inget blad raderar det andra', async ({ page, context }) => {
  await open(page);
  const other = await context.newPage();
  await open(other, OTHER);
  await who(page).fill('Från första bladet');
  await saved(page);
  await other.getByRole('textbox', { name: 'Fokusområde' }).fill('Inbrott i Lövnäs');
  await saved(other);
  await who(page).fill('Från första bladet, ändrat');
  await saved(page);
  await other.reload();
  await expect(other.getByRole('textbox', { name: 'Fokusområde' })).toHaveValue('Inbrott i Lövnäs');
  await page.reload();
  await expect(who(page)).toHaveValue('Från första bladet, ändrat');
});

test('arbetsytor i två flikar: skapad syns i den andra, borttagen sägs till och texten kan sparas i en ny', async ({ page, context }) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
  await page.getByRole('dialog', { name: 'Ny arbetsyta' }).getByRole('textbox', { name: 'Namn' }).fill('Projekt Lövnäs');
  await page.getByRole('dialog', { name: 'Ny arbetsyta' }).getByRole('button', { name: 'Skapa' }).click();
  await expect(status(page)).toHaveText('Arbetsytan ”Projekt Lövnäs” är vald.');
  // Created in tab A, listed in tab B at once; B stays in its own arbetsyta.
  const selectB = other.getByRole('combobox', { name: 'Arbetsyta' });
  await expect(selectB.locator('option')).toHaveText(['Min arbetsyta', 'Projekt Lövnäs']);
  await expect(selectB).toHaveValue(await other.locator('option', { hasText: 'Min arbetsyta' }).getAttribute('value') as string);
  // A second arbetsyta with the same name gets a unique one.
  await other.getByRole('button', { name: 'Ny arbetsyta' }).click();
  await other.getByRole('dialog', { name: 'Ny arbetsyta' }).getByRole('textbox', { name: 'Namn' }).fill('Projekt Lövnäs');
  await other.getByRole('dialog', { name: 'Ny arbetsyta' }).getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('combobox', { name: 'Arbetsyta' }).locator('option')).toHaveText(['Min arbetsyta', 'Projekt Lövnäs', 'Projekt Lövnäs (2)']);

  // B deletes "Projekt Lövnäs" while A types in it.
  await other.getByRole('combobox', { name: 'Arbetsyta' }).selectOption({ label: 'Projekt Lövnäs' });
  await who(page).fill('Skrivet i A');
  await saved(page);
  await other.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Ta bort arbetsytan' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Arbetsytan ”Projekt Lövnäs” togs bort i en annan flik');
  await who(page).fill('Skrivet i A efter borttagningen');
  await expect(status(page)).toContainText('togs bort i en annan flik');
  await expect(status(page)).not.toHaveText(/Sparat/);
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Spara texten i en ny arbetsyta' }).click();
  await expect(status(page)).toHaveText('Texten är sparad i den nya arbetsytan ”Projekt Lövnäs”.');
  await expect(other.getByRole('combobox', { name: 'Arbetsyta' }).locator('option')).toHaveText(['Min arbetsyta', 'Projekt Lövnäs (2)', 'Projekt Lövnäs']);
  await other.getByRole('combobox', { name: 'Arbetsyta' }).selectOption({ label: 'Projekt Lövnäs' });
  await expect(who(other)).toHaveValue('Skrivet i A efter borttagningen');
});

test('ett svar på 20 001 tecken avvisas vid fältet med besked, och inget sparat går förlorat', async ({ page }) => {
  await open(page);
  await need(page).fill('Kort svar');
  await saved(page);
  await need(page).fill('x'.repeat(20_001));
  await expect(page.getByText('Svaret är för långt: 20 001 tecken av högst 20 000.')).toBeVisible();
  await expect(need(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(status(page)).toHaveText(/Inte allt är sparat/);
  await page.locator('[data-backup] summary').click();
  await expect(page.locator('[data-backup-meter]')).toContainText('Sparat på enheten');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(need(page)).toHaveValue('Kort svar');
  await expect(page.getByRole('alert')).toBeHidden();
  await need(page).fill('x'.repeat(20_000));
  await saved(page);
  await expect(page.getByText(/Svaret är för långt/)).toBeHidden();
  // At the limit a counter shows, and the field is not marked as wrong.
  await expect(page.getByText('20 000 av högst 20 000 tecken.')).toBeVisible();
  await expect(need(page)).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(need(page)).toHaveValue('x'.repeat(20_000));
  await expect(page.getByRole('alert')).toBeHidden();
});

test('text som inte kunde sparas: sidan säger det, och webbläsaren frågar innan läsaren lämnar den', async ({ page }) => {
  await open(page);
  await need(page).fill('x'.repeat(20_001));
  await expect(status(page)).toHaveText(/Inte allt är sparat.*Lämnar du sidan nu går det som inte är sparat förlorat\./);
  // Leaving asks first; the reader stays, and the text is still there.
  const asked = page.waitForEvent('dialog');
  const closing = page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await closing;
  expect(page.isClosed()).toBe(false);
  await expect(need(page)).toHaveValue('x'.repeat(20_001));
  // Once it fits, it is saved and leaving asks nothing.
  await need(page).fill('Kortare');
  await saved(page);
  page.on('dialog', () => {
    throw new Error('frågade i onödan');
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('workshoputkastet med lagringen full: sidan säger det, och webbläsaren frågar innan läsaren lämnar den', async ({ page }) => {
  await page.goto('/workshop/?lagg-till=prioritering-av-problem');
  await expect(page.locator('[data-agenda-rows] tr')).toHaveCount(1);
  await fillStorage(page);
  await page.getByLabel('Namn på workshopen').fill('Skrivet när lagringen var full');
  await expect(page.locator('[data-builder-error]')).toContainText('Lämnar du sidan nu går det som inte är sparat förlorat.');
  const asked = page.waitForEvent('dialog');
  const closing = page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await closing;
  expect(page.isClosed()).toBe(false);
  // Space freed, the next keystroke is saved and leaving asks nothing.
  await freeStorage(page);
  await page.getByLabel('Namn på workshopen').press('End');
  await page.getByLabel('Namn på workshopen').pressSequentially('!');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hb:workshop-utkast:v1') ?? '')).toContain('Skrivet när lagringen var full!');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('lagringen full till brädden: läsaren får veta det, och inget går förlorat när utrymme frigjorts', async ({ page }) => {
  await open(page);
  await who(page).fill('Sparat före');
  await saved(page);
  await fillStorage(page);
  await need(page).fill('Skrivet när lagringen var full');
  await expect(status(page)).toHaveText(/Inte sparat: lagringsutrymmet på enheten är fullt/);
  // Creating an arbetsyta with storage full says so and does not switch.
  await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
  await page.getByRole('dialog', { name: 'Ny arbetsyta' }).getByRole('textbox', { name: 'Namn' }).fill('Får inte plats');
  await page.getByRole('dialog', { name: 'Ny arbetsyta' }).getByRole('button', { name: 'Skapa' }).click();
  await expect(status(page)).toHaveText(/Inte sparat: lagringsutrymmet/);
  await expect(page.getByRole('combobox', { name: 'Arbetsyta' }).locator('option')).toHaveText(['Min arbetsyta']);
  // Free the space, then reload: the text typed while full is saved on the way out.
  await freeStorage(page);
  await page.reload();
  await expect(who(page)).toHaveValue('Sparat före');
  await expect(need(page)).toHaveValue('Skrivet när lagringen var full');
});

test('vanlig text som liknar kod importeras som text, och fel typ rapporteras', async ({ page }) => {
  await open(page);
  // The script in the text must never run: it would open a dialog.
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const prose = 'onsdag = samverkansdag, kursen "javascript: grunder" och <script>alert(1)</script>';
  const file = {
    format: 'samverkanshandboken-arbetsyta',
    version: 1,
    exported: '2024-01-01T00:00:00Z',
    workspace: { name: 'Min arbetsyta' },
    worksheets: { 'forutsattningar-for-samverkan': { updated: '2024-01-01', fields: { 'ifyllt-av': prose, behov: ['fel', 'typ'] } } },
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera …' }).click();
  await (await chooser).setFiles({ name: 'prosa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const dialog = page.getByRole('dialog', { name: 'Importera svar' });
  await expect(dialog).toContainText('Förutsättningar för samverkan (1 fält)');
  await expect(dialog).toContainText('1 värden i filen har fel typ för sitt fält och importeras inte: forutsattningar-for-samverkan.behov');
  await dialog.getByRole('button', { name: 'Lägg i en ny arbetsyta' }).click();
  await expect(who(page)).toHaveValue(prose);
  // A new arbetsyta from the file gets a name of its own.
  await expect(page.getByRole('combobox', { name: 'Arbetsyta' }).locator('option')).toHaveText(['Min arbetsyta', 'Min arbetsyta (2)']);
  await page.reload();
  await expect(who(page)).toHaveValue(prose);
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('”Ladda ner allt” → rensa webbplatsdata → ”Återställ” ger tillbaka allt byte för byte', async ({ page, context }) => {
  await open(page);
  await who(page).fill('Elin Ström');
  await saved(page);
  await page.goto('/lagen/');
  const tick = page.locator('[data-selfcheck-item]').first();
  await tick.check();
  await page.goto('/workshop/?lagg-till=prioritering-av-problem');
  await page.getByLabel('Namn på workshopen').fill('Trygghetsrådet i mars');
  await page.getByRole('button', { name: 'Spara workshopen' }).click();
  await expect(page.locator('[data-edit-status]')).toHaveText('Sparad.');
  const before = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);

  await open(page);
  const section = page.locator('[data-backup]');
  await section.getByText('Alla dina sparade data').click();
  await expect(section).toContainText(/Sparat på enheten: \d+ kB\. Ledigt utrymme: ungefär/);
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Ladda ner allt som fil för att flytta eller spara' }).click()]);
  const file = readFileSync(await download.path());

  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(who(page)).toHaveValue('');
  await section.getByText('Alla dina sparade data').click();
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Återställ från fil …' }).click();
  await (await chooser).setFiles({ name: 'allt.json', mimeType: 'application/json', buffer: file });
  const dialog = page.getByRole('dialog', { name: 'Alla dina sparade data' });
  await expect(dialog).toContainText(/Återställt: \d+ sparade poster/);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(who(page)).toHaveValue('Elin Ström');
  const after = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  expect(after).toEqual(before);
});

test('två byggflikar: utkastet tappar inget den andra fliken lagt till, och workshoppar sparade i var sin flik finns kvar båda', async ({ page, context }) => {
  const agenda = (p: Page) => p.locator('[data-agenda-rows] tr');
  await page.goto('/workshop/?lagg-till=prioritering-av-problem');
  await expect(agenda(page)).toHaveCount(1);
  // The second tab loads, then the first adds an exercise: the second shows it at once, and its own
  // addition keeps it (before: each tab wrote back its own copy, and the last one won on reload).
  const other = await context.newPage();
  await other.goto('/workshop/');
  await expect(agenda(other)).toHaveCount(1);
  await page.goto('/workshop/?lagg-till=aktorskartlaggning');
  await expect(agenda(other)).toHaveCount(2);
  await other.getByRole('button', { name: 'Lägg till paus' }).click();
  await expect(agenda(page)).toHaveCount(3);
  await page.reload();
  await expect(agenda(page)).toHaveCount(3);
  await expect(agenda(page).nth(2)).toContainText('Paus');
  // A removal in one tab removes that item, found by what it is, not by its place.
  await agenda(other).filter({ hasText: /Aktörskartläggning/i }).getByRole('button', { name: 'Ta bort' }).click();
  await expect(agenda(page)).toHaveCount(2);
  await page.getByLabel('Namn på workshopen').fill('Från flik A');
  await expect(other.getByLabel('Namn på workshopen')).toHaveValue('Från flik A');
  await page.getByRole('button', { name: 'Spara workshopen' }).click();
  await expect(page.locator('[data-edit-status]')).toHaveText('Sparad.');
  await other.getByRole('button', { name: 'Ny workshop' }).click();
  await other.getByLabel('Namn på workshopen').fill('Från flik B');
  await other.getByRole('button', { name: 'Lägg till paus' }).click();
  await other.getByRole('button', { name: 'Spara workshopen' }).click();
  await expect(other.locator('[data-edit-status]')).toHaveText('Sparad.');
  // Tab A shows B's workshop without reloading; both stay after a reload.
  await expect(page.locator('[data-saved-list] > li h3')).toHaveText([/Från flik A/, /Från flik B/]);
  await other.reload();
  await expect(other.locator('[data-saved-list] > li h3')).toHaveText([/Från flik A/, /Från flik B/]);
  await expect(other.locator('[data-saved-list] > li').first()).toContainText('1 övning, 1 paus');
});

test('workshoppar till och från fil: byggd på en dator, körbar på en annan', async ({ page, context }) => {
  await page.goto('/workshop/?lagg-till=prioritering-av-problem');
  await page.getByLabel('Namn på workshopen').fill('Mötesrummet');
  await page.getByRole('button', { name: 'Spara workshopen' }).click();
  await expect(page.locator('[data-edit-status]')).toHaveText('Sparad.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner workshopparna som fil för att flytta dem' }).click()]);
  const file = readFileSync(await download.path());
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[data-saved-list] > li')).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Hämta workshoppar från fil …' }).click();
  await (await chooser).setFiles({ name: 'workshoppar.json', mimeType: 'application/json', buffer: file });
  await expect(page.locator('[data-saved-list] > li h3')).toHaveText([/Mötesrummet/]);
  void context;
});

test('två körflikar på samma körning: anteckningar raderas aldrig av den andra fliken', async ({ page, context }) => {
  await page.goto(RUN);
  await expect(page.locator('[data-step-title]')).not.toBeEmpty();
  const other = await context.newPage();
  await other.goto(RUN);
  await expect(other.locator('[data-step-title]')).not.toBeEmpty();
  const notes = (p: Page) => p.getByRole('textbox', { name: /^Anteckningar/ });
  await notes(page).fill('Gruppen valde torget');
  // Tab B acts after A's note: moves on, writes its own note on the next step.
  await other.getByRole('button', { name: /Nästa steg/ }).click();
  await notes(other).fill('Steg två i flik B');
  await other.getByRole('button', { name: /Föregående steg/ }).click();
  await expect(notes(other)).toHaveValue('Gruppen valde torget');
  await page.reload();
  await expect(notes(page)).toHaveValue('Gruppen valde torget');
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(notes(page)).toHaveValue('Steg två i flik B');
});

test('projektorvyn följer en namngiven körflik, inte den andra', async ({ page, context }) => {
  await page.goto(RUN);
  await expect(stepTitle(page)).toHaveText(FIRST_STEP);
  const projector = await openProjector(context);
  await expect(projector.locator('.projector__runner')).toHaveText(/^Följer ”Prioritering av problem”, öppnad kl\. \d\d:\d\d$/);
  const other = await context.newPage();
  await other.goto(RUN);
  await expect(other.locator('[data-step-title]')).toHaveText('Kriterierna');
  // The second runner tab moves on; the projector stays with the first. A listener on the projector's
  // channel, opened after the projector's own, hears the other tab's new step only after the projector has.
  // It is in place before the click (awaited), or it could miss the step.
  await projector.evaluate((name) => {
    const probe = new BroadcastChannel(name);
    (window as unknown as { heard: Promise<string> }).heard = new Promise((resolve) => {
      probe.onmessage = ({ data }: MessageEvent<{ title?: string }>) => {
        if (data.title && data.title !== 'Kriterierna') resolve(data.title);
      };
    });
  }, CHANNEL_NAME);
  await other.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(other.locator('[data-step-title]')).not.toHaveText('Kriterierna');
  const heard = await projector.evaluate(() => (window as unknown as { heard: Promise<string> }).heard);
  expect(heard).toBe(await other.locator('[data-step-title]').innerText());
  await expect(projector.locator('[data-proj-title]')).toHaveText('Kriterierna');
  await page.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(projector.locator('[data-proj-title]')).toHaveText(await page.locator('[data-step-title]').innerText());
  // The followed tab closes: the projector takes the other one. The closing tab sends nothing; the
  // browser hands its lock to the projector.
  await page.close({ runBeforeUnload: true });
  await other.getByRole('button', { name: /Nästa steg/ }).click();
  await expect(projector.locator('[data-proj-title]')).toHaveText(await other.locator('[data-step-title]').innerText());
});

test('projektorvyn byter till den andra körfliken också när den följda fliken kraschar', async ({ page, context }) => {
  await page.goto(RUN);
  await expect(stepTitle(page)).toHaveText(FIRST_STEP);
  const projector = await openProjector(context);
  const { otherStep } = await secondTabOneStepOn(context);
  await expect(projectorTitle(projector)).toHaveText(FIRST_STEP);
  // A crashed renderer runs no pagehide or unload handler: only the released lock tells the projector.
  const crashed = page.waitForEvent('crash');
  await page.goto('chrome://crash').catch(() => undefined);
  await crashed;
  await expect(projectorTitle(projector)).toHaveText(otherStep);
  await expect(projector.locator('.projector__runner')).toHaveText(/^Följer ”Prioritering av problem”, öppnad kl\. \d\d:\d\d$/);
});
