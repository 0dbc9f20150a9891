/**
 * A virtual screen reader in the real page: @guidepup/virtual-screen-reader's browser build, run on the
 * page's own DOM in Chromium. The page's CSP allows scripts from its own origin only, so the library is
 * served under the page's origin by a Playwright route (test only: nothing is added to the site), and a
 * small module puts it on `window`. It computes roles and names from the DOM (dom-accessibility-api), moves
 * a virtual cursor, acts on the element under it (click, type, keys) and logs what it would say, live
 * region announcements included ("polite: …").
 *
 * Known limit of the library (not of the page): it reads the text inside <noscript> as if it were shown.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const LIBRARY = readFileSync(path.join(path.dirname(require.resolve('@guidepup/virtual-screen-reader/package.json')), 'lib/esm/index.browser.js'));
const BASE = '/__skarmlasare__/';
const routed = new WeakSet<Page>();

/** Loads the screen reader into the page (again after each navigation) and starts it on `container`. */
export async function startScreenReader(page: Page, container = 'main'): Promise<void> {
  if (!routed.has(page)) {
    routed.add(page);
    await page.route(`**${BASE}*`, (route) =>
      route.request().url().endsWith('/bibliotek.js')
        ? route.fulfill({ body: LIBRARY, contentType: 'text/javascript' })
        : route.fulfill({ body: "import { virtual } from './bibliotek.js'; window.__screenReader = virtual;", contentType: 'text/javascript' }),
    );
  }
  await page.addScriptTag({ url: `${BASE}start.js`, type: 'module' });
  await page.waitForFunction(() => '__screenReader' in window);
  await page.evaluate(async (selector) => {
    const reader = (window as unknown as { __screenReader: VirtualReader }).__screenReader;
    await reader.start({ container: document.querySelector(selector)! });
  }, container);
}

/** The part of the library's API the tests use (it runs in the page). */
interface VirtualReader {
  start(options: { container: Element }): Promise<void>;
  stop(): Promise<void>;
  next(): Promise<void>;
  click(): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  perform(command: unknown): Promise<void>;
  commands: Record<string, unknown>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
}

/** Soft hyphens are silent for a screen reader; the log keeps them, so they are removed here. */
const clean = (phrases: string[]) => phrases.map((p) => p.replaceAll('\u00AD', ''));

export const screenReader = {
  /** Everything said since the start (or the last clear). */
  async log(page: Page): Promise<string[]> {
    return clean(await page.evaluate(() => (window as unknown as { __screenReader: VirtualReader }).__screenReader.spokenPhraseLog()));
  },
  async clear(page: Page): Promise<void> {
    await page.evaluate(() => (window as unknown as { __screenReader: VirtualReader }).__screenReader.clearSpokenPhraseLog());
  },
  /**
   * Moves the cursor (`next`, or a command such as `moveToNextHeadingLevel2`) until the phrase said
   * matches `pattern`; fails after `max` moves, with what was said.
   */
  async moveTo(page: Page, pattern: RegExp, command = 'next', max = 400): Promise<string> {
    const found = await page.evaluate(
      async ({ source, flags, command, max }) => {
        const reader = (window as unknown as { __screenReader: VirtualReader }).__screenReader;
        const wanted = new RegExp(source, flags);
        for (let i = 0; i < max; i++) {
          if (command === 'next') await reader.next();
          else await reader.perform(reader.commands[command]);
          const said = (await reader.lastSpokenPhrase()).replaceAll('\u00AD', '');
          if (wanted.test(said)) return said;
        }
        return null;
      },
      { source: pattern.source, flags: pattern.flags, command, max },
    );
    if (found === null) throw new Error(`Skärmläsaren sa aldrig ${pattern} (${command}); sist: ${(await screenReader.log(page)).slice(-8).join(' | ')}`);
    return found;
  },
  /** Clicks the element under the cursor; a link may take the page elsewhere, which ends this page's reader. */
  async click(page: Page): Promise<void> {
    await page.evaluate(() => (window as unknown as { __screenReader: VirtualReader }).__screenReader.click()).catch((error: Error) => {
      if (!/Execution context was destroyed|navigation/.test(error.message)) throw error;
    });
  },
  async type(page: Page, text: string): Promise<void> {
    await page.evaluate((t) => (window as unknown as { __screenReader: VirtualReader }).__screenReader.type(t), text);
  },
  async press(page: Page, key: string): Promise<void> {
    await page.evaluate((k) => (window as unknown as { __screenReader: VirtualReader }).__screenReader.press(k), key);
  },
  async stop(page: Page): Promise<void> {
    await page.evaluate(() => (window as unknown as { __screenReader: VirtualReader }).__screenReader.stop());
  },
};
