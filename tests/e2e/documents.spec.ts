/**
 * Documents from an arbetsyta (/dokument/): the Strandvik example filled in through the worksheets as a
 * reader would, then every document previewed, printed (read back with pdftotext) and downloaded for
 * Word (read back with mammoth); offline; an empty arbetsyta; a 200-row åtgärdsplan; the logo's limits.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { readPdf } from './support/pdf';

type Value = string | string[] | string[][];
const STRANDVIK = JSON.parse(readFileSync('tests/fixtures/strandvik-arbetsyta.json', 'utf8')) as { worksheets: Record<string, { fields: Record<string, Value> }> };
const KOMMUN = 'Strandviks kommun';

/** What the reader filled in, kept between the tests of the serial block (localStorage as the page left it). */
let filled: Record<string, string> = {};

const flat = (value: Value): string[] => (typeof value === 'string' ? [value] : value.flatMap((v) => (typeof v === 'string' ? [v] : v)));

/** Fills one worksheet field by field, through its controls. */
async function fillSheet(page: Page, sheet: string, fields: Record<string, Value>) {
  await page.goto(`/arbetsblad/${sheet}/`);
  const form = page.locator(`form[data-worksheet="${sheet}"]`);
  await expect(form.locator('[data-field] :is(input, textarea, select)').first()).toBeEnabled();
  for (const [id, value] of Object.entries(fields)) {
    const field = form.locator(`[data-field="${id}"]`);
    const kind = await field.getAttribute('data-kind');
    if (kind === 'table' || kind === 'matrix') {
      const rows = value as string[][];
      while ((await field.locator('tbody tr').count()) < rows.length) await field.getByRole('button', { name: 'Lägg till rad' }).click();
      for (const [r, row] of rows.entries()) {
        const tr = field.locator('tbody tr').nth(r);
        for (const [c, cell] of row.entries()) {
          if (kind === 'matrix' && c > 0) await tr.locator('select').nth(c - 1).selectOption(cell);
          else if (kind === 'matrix') await tr.locator('textarea').first().fill(cell);
          else {
            // A reference or choice column is a select fed from what was entered earlier: picked, as a reader does.
            const control = tr.locator('textarea, select').nth(c);
            if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption({ label: cell });
            else await control.fill(cell);
          }
        }
      }
    } else if (kind === 'choice' || kind === 'rating') await field.locator(`input[value="${value as string}"]`).check();
    else if (kind === 'multi' || kind === 'checklist') for (const v of value as string[]) await field.locator(`input[value="${v}"]`).check();
    else await field.locator('input, textarea').first().fill(value as string);
  }
  // Saved when every text the reader wrote is in what the arbetsyta stores.
  const texts = Object.values(fields).flatMap(flat).filter((t) => !/^\d$/.test(t));
  await expect
    .poll(async () => {
      const stored = await page.evaluate((s) => Object.entries(localStorage).filter(([k]) => k.startsWith('hb:svar:v1:')).map(([, v]) => JSON.stringify(JSON.parse(v).worksheets[s] ?? {})).join(''), sheet);
      return texts.filter((t) => !stored.includes(JSON.stringify(t).slice(1, -1)));
    })
    .toEqual([]);
}

async function restore(page: Page, data: Record<string, string>) {
  await page.goto('/dokument/');
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, data);
}

async function openDocument(page: Page, kind: string) {
  await page.goto(`/dokument/${kind}/`);
  await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
}

/** The text of one section of the preview: from its heading to the next section heading. */
const sectionText = (page: Page, heading: string) =>
  page.locator('[data-doc-preview]').evaluate((root, h) => {
    const start = [...root.querySelectorAll('h3.docout__h1')].find((el) => el.textContent === h);
    if (!start) return `(avsnittet ”${h}” saknas)`;
    let text = '';
    for (let el = start.nextElementSibling; el && !el.matches('h3.docout__h1'); el = el.nextElementSibling) text += `${(el as HTMLElement).innerText}\n`;
    return text;
  }, heading);

async function printed(page: Page) {
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).click();
  return readPdf(await page.pdf({ preferCSSPageSize: true }));
}

async function wordFile(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner för Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const { value } = await mammoth.convertToHtml({ path: (await download.path())! });
  return value;
}

/** A small PNG made here (a solid square), so the test needs no binary fixture. */
function png(size: number): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.concat(Array.from({ length: size }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0x1d)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Per document: a section heading and the reader's text it must show; Word headings, list items and table cells. */
/** `print`: text the PDF must hold, where a table cell would wrap a longer phrase over lines (defaults to the sections' texts). */
const EXPECT: Record<string, { title: string; sections: [string, string][]; print?: string[]; word: RegExp[] }> = {
  lagesbild: {
    title: 'Lägesbild',
    sections: [
      ['Kartläggning av brottsligheten', '64 anmälda skadegörelsebrott 2023'],
      ['Annan information av betydelse', 'Ett nytt bostadsområde planeras nära Åby'],
      ['Analys', 'Dåligt upplyst gångtunnel'],
      ['Källor och osäkerheter', 'Felanmälningar om skadegörelse'],
      ['Kommunens hela geografiska område', 'Hela Strandviks kommun med Strandvik, Norrbacka, Åby och Lövnäs'],
    ],
    word: [/<h1>Kartläggning av brottsligheten<\/h1>/, /<h2>Mönster och möjliga orsaker<\/h2>/, /<li>Befolkningsförändringar<\/li>/, /<td><p>Inbrott i fritidshus i Lövnäs<\/p><\/td>/],
  },
  atgardsplan: {
    title: 'Åtgärdsplan',
    sections: [
      ['Ställningstagande till behovet av åtgärder', 'Rekrytering av unga i Norrbacka'],
      ['Åtgärder', 'Öppna fritidsgården på fredagskvällar'],
      ['Åtgärder', 'Kultur- och fritidsförvaltningen'],
      ['Uppföljning', '38 procent hösten 2023'],
    ],
    print: ['Rekrytering av unga i Norrbacka', 'Öppna fritidsgården på', 'Socialförvaltningen', 'Två fältassistenter', 'Arbetsgrupperna rapporterar till samordnaren'],
    word: [/<h1>Åtgärder<\/h1>/, /<li>Situationell prevention<\/li>/, /<td><p>Byta belysningen i gångtunneln mot Torget<\/p><\/td>/, /<th><p><strong>Indikator<\/strong><\/p><\/th>/],
  },
  beslutsunderlag: {
    title: 'Tjänsteskrivelse',
    sections: [
      ['Förslag till beslut', 'Trygghetsnämnden antar åtgärdsplanen för fokusområdet ”Skadegörelse och otrygghet vid resecentrum”'],
      ['Ekonomiska konsekvenser', 'En fritidsledare fyra timmar i veckan'],
      ['Bilagor', 'Åtgärdsplan'],
    ],
    print: ['Trygghetsnämnden antar åtgärdsplanen för fokusområdet', 'Två fältassistenter', 'Sedan den 1 juli 2023 ska kommunen'],
    word: [/<h1>Förslag till beslut<\/h1>/, /<ol><li>Trygghetsnämnden fastställer lägesbilden/, /<td><p>Två fältassistenter<\/p><\/td>/],
  },
  samverkansoverenskommelse: {
    title: 'Samverkansöverenskommelse',
    sections: [
      ['Parter', 'Chef för lokalpolisområdet Karin Dahl'],
      ['Åtaganden', 'Polisen prioriterar närvaro vid resecentrum'],
    ],
    print: ['Polisen prioriterar närvaro vid resecentrum', 'Styrgruppen följer upp överenskommelsen fyra gånger per år', 'Karin Dahl, chef för lokalpolisområdet'],
    word: [/<h1>Fokusproblem<\/h1>/, /<li>Gemensam lägesbild<\/li>/, /<td><p>Inbrott i fritidshus i Lövnäs<\/p><\/td>/],
  },
  medborgarlofte: {
    title: 'Medborgarlöfte',
    sections: [
      ['Vårt löfte', 'minst två av tre fredags- och lördagskvällar'],
      ['Därför lovar vi det här', 'Trygghetsvandring'],
    ],
    word: [/<h1>Vårt löfte<\/h1>/, /<h2>Kommunen<\/h2>/, /<li>Medborgardialog<\/li>/],
  },
  aterrapport: {
    title: 'Återrapport till kommunfullmäktige',
    sections: [
      ['Vad har gjorts', 'Belysningen i gångtunneln är inte bytt'],
      ['Vad indikatorerna visar', '61 anmälda 2024'],
      ['Vad ändras', 'Justera åtgärderna'],
    ],
    print: ['Vuxna på stan saknade volontärer under sommaren', 'Rekommendation: Justera åtgärderna', '61 anmälda 2024'],
    word: [/<h1>Vad indikatorerna visar<\/h1>/, /<td><p>46 av 52 planerade kvällar<\/p><\/td>/, /<li>Styrgruppen har fått resultaten<\/li>/],
  },
};

test.describe.serial('Strandvik från arbetsbladen till dokumenten', () => {
  test('arbetsbladen fylls i en arbetsyta, kommunens namn och logotyp läggs till', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/arbetsblad/atgardsplan/');
    await expect(page.locator('[data-field] textarea').first()).toBeEnabled();
    await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny arbetsyta' });
    await dialog.getByRole('textbox', { name: 'Namn' }).fill('Strandvik 2024');
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await expect(page.getByRole('combobox', { name: 'Arbetsyta' })).toHaveValue(/^ay-/);
    for (const [sheet, { fields }] of Object.entries(STRANDVIK.worksheets)) await fillSheet(page, sheet, fields);

    // The worksheet links to the documents that draw on it.
    await page.goto('/arbetsblad/atgardsplan/');
    await page.getByRole('region', { name: /Hör ihop/ }).getByRole('link', { name: 'Tjänsteskrivelse' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjänsteskrivelse');
    await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
    await expect(page.getByRole('combobox', { name: 'Arbetsyta' })).toContainText('Strandvik 2024');
    await page.getByRole('textbox', { name: 'Kommunens namn' }).fill(KOMMUN);
    await page.getByRole('textbox', { name: 'Nämnd som beslutar' }).fill('Trygghetsnämnden');
    await page.getByLabel('Logotyp (valfri)').setInputFiles({ name: 'strandvik.png', mimeType: 'image/png', buffer: png(64) });
    await expect(page.locator('[data-doc-status]')).toHaveText('Logotypen är sparad i arbetsytan på den här enheten.');
    await expect(page.locator('[data-doc-preview] img.docout__logo')).toHaveAttribute('alt', `Logotyp, ${KOMMUN}`);
    await expect(page.locator('.docout__kommun')).toHaveText(KOMMUN);
    // Once per arbetsyta: another document has the name and logo already.
    await openDocument(page, 'lagesbild');
    await expect(page.getByRole('textbox', { name: 'Kommunens namn' })).toHaveValue(KOMMUN);
    await expect(page.locator('[data-doc-preview] img.docout__logo')).toBeVisible();
    filled = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('hb:'))));
  });

  for (const [kind, expected] of Object.entries(EXPECT)) {
    test(`${expected.title}: förhandsvisning, utskrift och Word-fil med läsarens text`, async ({ page }) => {
      test.setTimeout(120_000);
      expect(Object.keys(filled).length, 'arbetsbladen är ifyllda i testet före').toBeGreaterThan(0);
      await restore(page, filled);
      await openDocument(page, kind);
      await expect(page.locator('.docout__title')).toHaveText(expected.title);
      for (const [heading, text] of expected.sections) expect(await sectionText(page, heading), heading).toContain(text);
      await expectNoAxeViolations(page);

      const pdf = await printed(page);
      expect(pdf.pageTexts[0]).toContain(KOMMUN);
      expect(pdf.pageTexts[0]!.replace(/\s+/g, ' ')).toContain(expected.title);
      expect(pdf.pageTexts[0]).not.toMatch(/Sida \d/);
      expect(pdf.pageTexts[1]).toContain('Innehåll');
      for (const [heading] of expected.sections) expect(pdf.pageTexts[1]).toContain(heading);
      expect(pdf.pageTexts[1]).toMatch(new RegExp(`Sida 2 av ${pdf.pages}`));
      expect(pdf.pageTexts.at(-1)).toContain(`Sida ${pdf.pages} av ${pdf.pages}`);
      const body = pdf.text.replace(/\s+/g, ' ');
      for (const text of expected.print ?? expected.sections.map(([, t]) => t)) expect(body).toContain(text);
      expect(pdf.text).not.toContain('Arbetsyta och kommun');

      const word = await wordFile(page);
      expect(word).toContain(`<p>${KOMMUN}</p>`);
      expect(word).toMatch(/<img [^>]*src="data:image\/png;base64,/);
      for (const pattern of expected.word) expect(word).toMatch(pattern);
    });
  }

  test('offline: dokumentet visas, skrivs ut och laddas ner för Word och som text', async ({ page, context }) => {
    test.setTimeout(120_000);
    await restore(page, filled);
    await openDocument(page, 'atgardsplan');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-copy', 'ready', { timeout: 60_000 });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-docpage]')).toHaveAttribute('data-ready', 'ja');
    expect(await sectionText(page, 'Åtgärder')).toContain('Öppna fritidsgården på fredagskvällar');
    expect((await printed(page)).text).toContain('Öppna fritidsgården på');
    expect(await wordFile(page)).toContain('<td><p>Öppna fritidsgården på fredagskvällar</p></td>');
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som text' }).click()]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toMatch(/^# Åtgärdsplan\n/);
    expect(md).toContain('| Nr | Åtgärd | Mål |');
    expect(md).toContain('Öppna fritidsgården på fredagskvällar');
  });
});

test('en tom arbetsyta ger ett dokument som säger vilka arbetsblad som ska fyllas i, med länkar', async ({ page }) => {
  await openDocument(page, 'lagesbild');
  const preview = page.locator('[data-doc-preview]');
  await expect(preview).toHaveAttribute('data-empty', 'ja');
  await expect(preview).toContainText('Fyll i arbetsbladen först');
  await expect(preview.getByRole('link', { name: 'Sammanställning av lägesbilden' })).toHaveAttribute('href', '/arbetsblad/lagesbild-sammanstallning/');
  // The statistics page feeds the lägesbild too.
  await expect(preview.getByRole('link', { name: 'Statistik för lägesbilden' })).toHaveAttribute('href', '/statistik/');
  await expectNoAxeViolations(page);
  const pdf = await printed(page);
  expect(pdf.text).toContain('Fyll i arbetsbladen först');
  expect(pdf.text).toContain('Datakällor för lägesbilden');
  const word = await wordFile(page);
  expect(word).toContain('Fyll i arbetsbladen först');
  expect(word).toContain('Sammanställning av lägesbilden (/arbetsblad/lagesbild-sammanstallning/)');
  await preview.getByRole('link', { name: 'Sammanställning av lägesbilden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sammanställning av lägesbilden');
});

test('ett ifyllt arbetsblad med en tom del: avsnittet säger vilken del som ska fyllas i, med länk, i stället för att stå tomt', async ({ page }) => {
  await page.goto('/dokument/');
  await page.evaluate(() => {
    localStorage.setItem('hb:arbetsytor:v1', JSON.stringify({ version: 1, current: 'ay-del', list: [{ id: 'ay-del', name: 'Halvfylld', created: '2025-01-01T00:00:00.000Z' }] }));
    localStorage.setItem('hb:svar:v1:ay-del', JSON.stringify({ version: 1, worksheets: { atgardsplan: { updated: '2025-01-01T00:00:00.000Z', fields: { fokusomrade: 'Centrum på kvällstid' } } } }));
  });
  await openDocument(page, 'atgardsplan');
  await expect(page.locator('[data-doc-preview]')).toContainText('Planen gäller fokusområdet ”Centrum på kvällstid”.');
  const measures = await sectionText(page, 'Åtgärder');
  expect(measures).toContain('Inte ifyllt än');
  expect(measures).toContain('Den här delen av arbetsbladet är inte ifylld.');
  await expect(page.locator('[data-doc-preview]').getByRole('link', { name: 'Åtgärdsplan' }).first()).toHaveAttribute('href', '/arbetsblad/atgardsplan/');
  await expectNoAxeViolations(page);
});

test('en åtgärdsplan med 200 rader (lagringens gräns) skrivs ut och laddas ner med alla rader', async ({ page }) => {
  test.setTimeout(120_000);
  const rows = Array.from({ length: 200 }, (_, i) => [`Mål ${i + 1}`, `Åtgärd nummer ${i + 1}`, `Ansvarig ${i + 1}`, 'Hösten 2025', 'Ordinarie budget', `Indikator ${i + 1}`]);
  await page.goto('/dokument/');
  await page.evaluate((atgarder) => {
    localStorage.setItem('hb:arbetsytor:v1', JSON.stringify({ version: 1, current: 'ay-stor', list: [{ id: 'ay-stor', name: 'Stor plan', created: '2025-01-01T00:00:00.000Z' }] }));
    localStorage.setItem('hb:svar:v1:ay-stor', JSON.stringify({ version: 1, worksheets: { atgardsplan: { updated: '2025-01-01T00:00:00.000Z', fields: { fokusomrade: 'Hela kommunen', atgarder } } } }));
  }, rows);
  await openDocument(page, 'atgardsplan');
  await expect(page.locator('[data-doc-preview] table').filter({ hasText: 'Åtgärd nummer 1' }).locator('tbody tr')).toHaveCount(200);
  const pdf = await printed(page);
  const body = pdf.text.replace(/\s+/g, ' ');
  for (const n of [1, 100, 200]) expect(body).toContain(`Åtgärd nummer ${n}`);
  // The header row repeats on every page the table covers, and those pages are landscape.
  const tablePages = pdf.pageTexts.filter((t) => /Åtgärd nummer \d+/.test(t));
  expect(tablePages.length).toBeGreaterThan(3);
  for (const t of tablePages) expect(t).toMatch(/Nr\s+Åtgärd\s+Mål/);
  expect(pdf.orientation).toContain('L');
  const word = await wordFile(page);
  expect(word).toContain('<td><p>Åtgärd nummer 200</p></td>');
  expect(word.match(/<td><p>Åtgärd nummer \d+<\/p><\/td>/g)).toHaveLength(200);
});

test('logotypen: en fil som inte är en bild, eller en för stor bild, nekas med besked och ingenting ändras', async ({ page }) => {
  await openDocument(page, 'medborgarlofte');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  await page.getByLabel('Logotyp (valfri)').setInputFiles({ name: 'logga.png', mimeType: 'image/png', buffer: Buffer.from('inte en bild alls, bara text') });
  await expect(page.getByRole('alert')).toHaveText('Filen ”logga.png” är inte en bild i PNG- eller JPEG-format. Välj en sådan bild.');
  await page.getByLabel('Logotyp (valfri)').setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.concat([png(8), Buffer.alloc(300 * 1024)]) });
  await expect(page.getByRole('alert')).toHaveText(/^Bilden ”stor\.png” är 3\d\d kB\. Högst 200 kB får plats\./);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(before);
  await expect(page.locator('[data-doc-preview] img')).toHaveCount(0);
  // A good one is kept, and can be removed again.
  await page.getByLabel('Logotyp (valfri)').setInputFiles({ name: 'bra.png', mimeType: 'image/png', buffer: png(16) });
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.locator('[data-doc-preview] img.docout__logo')).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort logotypen' }).click();
  await expect(page.locator('[data-doc-preview] img')).toHaveCount(0);
  await expect(page.locator('[data-doc-status]')).toHaveText('Logotypen är borttagen.');
});

test('översikten listar dokumenten och leder till Röd tråd, och Word-biblioteket hämtas först vid klick', async ({ page }) => {
  await page.goto('/dokument/');
  await expectNoAxeViolations(page);
  for (const title of Object.values(EXPECT).map((e) => e.title)) await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(page.locator('[data-chain-card]')).toContainText('Röd tråd');
  await page.locator('[data-chain-card]').getByRole('link', { name: 'Röd tråd' }).click();
  await expect(page).toHaveURL(/\/dokument\/rod-trad\/$/);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openDocument(page, 'medborgarlofte');
  expect(scripts.filter((s) => s.includes('docx'))).toEqual([]);
  await wordFile(page);
  expect(scripts.filter((s) => s.includes('docx'))).toHaveLength(1);
});

test.describe('utan JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('guiden går att läsa, och förhandsvisningen säger vilka blad som ska fyllas i', async ({ page }) => {
    await page.goto('/dokument/atgardsplan/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Åtgärdsplan');
    await expect(page.getByRole('heading', { name: 'Vem beslutar' })).toBeVisible();
    await expect(page.getByText('Planen beslutas av kommunstyrelsen eller av den nämnd som leder arbetet.')).toBeVisible();
    // The tools stay disabled without the script (Chromium's script switch does not render <noscript>).
    await expect(page.getByRole('button', { name: 'Ladda ner för Word (.docx)' })).toBeDisabled();
    await expect(page.locator('[data-doc-preview]')).toContainText('Fyll i arbetsbladen först');
  });
});
