/**
 * Prints /hela-handboken/ to /hela-handboken.pdf with Chromium and writes the page numbers into its
 * table of contents, in the PDF and in the page. Chromium cannot compute "the page this link points
 * to" (no target-counter()), so the step prints once, finds on which page each chapter starts (its
 * "Kapitel N" label, read with pdftotext), fills in the numbers and prints again, checking that they
 * still hold. Without Chromium or pdftotext the step says so and the page stays printable from the
 * browser, without page numbers.
 *
 * Printing takes 15–25 s, so it runs only when asked: HANDBOOK_BOOK_PDF=1 (set by `npm run build`,
 * the deployment build, and by the e2e runner when the PDF's test runs). Other builds (tests, bench,
 * `npx astro build`) leave the page without page numbers or PDF link.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bookStrings } from '../../i18n/book';
import type { StepLogger } from './finish-build';

const ORIGIN = 'http://book.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.woff2': 'font/woff2' };

/** The page each target starts on (1-based), from the text of every page. */
export function startPages(pages: string[], targets: { id: string; marker: RegExp }[], after = 0): Record<string, number> {
  const found: Record<string, number> = {};
  let from = after;
  for (const { id, marker } of targets) {
    const index = pages.findIndex((text, i) => i >= from && marker.test(text));
    if (index < 0) throw new Error(`Hela handboken: hittar inte var ${id} börjar i PDF:en`);
    found[id] = index + 1;
    from = index;
  }
  return found;
}

export async function buildBookPdf(out: string, logger: StepLogger): Promise<void> {
  const htmlFile = path.join(out, 'hela-handboken', 'index.html');
  if (!existsSync(htmlFile)) return;
  if (process.env['HANDBOOK_BOOK_PDF'] !== '1') {
    logger.info('Hela handboken: ingen PDF i detta bygge (HANDBOOK_BOOK_PDF=1 eller npm run build gör den).');
    return;
  }
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath) || spawnSync('pdftotext', ['-v']).error) {
    logger.warn('Hela handboken: Chromium eller pdftotext saknas, ingen PDF byggd (sidan går att skriva ut från webbläsaren).');
    return;
  }
  // Loaded only when printing: most builds make no PDF, and Playwright is a second's start-up.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
  const dir = await mkdtemp(path.join(tmpdir(), 'hb-book-'));
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    // Serve the built site to the browser from disk, as the web server would.
    await context.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      let file = path.join(out, decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
      if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      await route.fulfill({ status: 200, body: await readFile(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/hela-handboken/`);
    // The footer names the published address, not the address the build served the page from.
    const published = `${(process.env['HANDBOOK_SITE'] ?? 'https://samverkanshandboken.se').replace(/\/$/, '')}/hela-handboken/`;
    await page.evaluate((url) => {
      window.addEventListener('beforeprint', () => document.documentElement.style.setProperty('--hb-print-url', JSON.stringify(url)));
    }, published);
    const targets = await page.locator('[data-page-of]').evaluateAll((spans) => spans.map((s) => (s as HTMLElement).dataset['pageOf']!));
    const markers = targets.map((id, i) => ({ id, marker: i < targets.length - 1 ? new RegExp(`^\\s*${bookStrings.chapterLabel.replace('{n}', String(i + 1))}\\s*$`, 'm') : new RegExp(`^\\s*${bookStrings.glossary}\\s*$`, 'm') }));
    const print = async () => {
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      const file = path.join(dir, 'bok.pdf');
      await writeFile(file, pdf);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replaceAll('\u00AD', '');
      return { pdf, pages: text.split('\f') };
    };
    // The contents come after the cover; chapters are searched for after the contents' last page.
    let numbers: Record<string, number> = {};
    let pdf: Buffer | undefined;
    for (let round = 0; round < 3; round++) {
      const printed = await print();
      const tocEnd = printed.pages.findIndex((p) => /^\s*1\. /m.test(p)) + 1;
      const found = startPages(printed.pages, markers, tocEnd);
      if (targets.every((id) => found[id] === numbers[id])) {
        pdf = printed.pdf;
        break;
      }
      numbers = found;
      await page.evaluate((n) => {
        for (const span of document.querySelectorAll<HTMLElement>('[data-page-of]')) span.textContent = String(n[span.dataset['pageOf']!]);
      }, numbers);
    }
    if (!pdf) throw new Error('Hela handboken: sidnumren i innehållsförteckningen blev inte stabila');
    await writeFile(path.join(out, 'hela-handboken.pdf'), pdf);
    // The page itself gets the same numbers and the link to the PDF.
    const kib = Math.round((await stat(path.join(out, 'hela-handboken.pdf'))).size / 1024);
    let html = await readFile(htmlFile, 'utf8');
    for (const id of targets) html = html.replace(`data-page-of="${id}"></span>`, `data-page-of="${id}">${numbers[id]}</span>`);
    html = html.replace('<p class="no-print" data-book-pdf></p>', `<p class="no-print" data-book-pdf><a href="/hela-handboken.pdf" download>${bookStrings.pdf.replace('{size}', `${kib} KiB`)}</a></p>`);
    await writeFile(htmlFile, html);
    logger.info(`hela-handboken.pdf: ${Object.keys(numbers).length} delar, ${kib} KiB`);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
