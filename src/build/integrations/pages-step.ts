/**
 * The last pass over the built pages, while the search index takes each page as Astro wrote it
 * (finish-build.ts): each page is read once and written once,
 * with its CSP tightened (src/build/html/csp.ts), the markup only the indexer reads removed
 * (src/build/html/index-only-markup.ts) and soft hyphens in its long words (src/build/html/typeset.ts); once
 * every file is written, the internal links of the finished pages are checked (src/build/html/link-check.ts). All of it is one
 * tokenising pass per page (src/build/html/html-pass.ts); these were three passes and regexes, each
 * reading every page again; at 1 000 chapters that is 150 MB of HTML each time.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cspScanner } from '../html/csp';
import { rewriteHtml } from '../html/html-pass';
import { withIndexOnlyCuts } from '../html/index-only-markup';
import { findBrokenLinks, linkScanner, type BuiltSite, type PageLinks } from '../html/link-check';
import { hyphenScanner } from '../html/typeset';
import type { StepLogger } from './finish-build';

/** Every file below `dir`, as URL paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

/**
 * A page as readers get it, and its links and ids for the link check: one tokenising pass (html-pass.ts)
 * tightens the CSP, cuts the markup only the indexer reads (index-only-markup.ts: its hidden blocks whole,
 * and its attributes) and puts in the soft hyphens. None of it touches links or ids, and the hidden blocks
 * hold none.
 */
export function finishPage(page: string): { html: string; links: PageLinks } {
  const links = linkScanner();
  const html = rewriteHtml(page, withIndexOnlyCuts([cspScanner(), hyphenScanner(), links]));
  return { html, links: links.result() };
}

/** A few pages at a time: enough to overlap reading with work, without every page in flight at once. */
const IN_FLIGHT = 8;

/**
 * Finishes every page among `files` (listFiles of `out`), each read once and written once. `beforeFinish` gets each page as Astro wrote it,
 * before it is finished (the search index, which must not see the soft hyphens): one page at a time, in
 * the order of their paths, so the same site gives the same index; it runs while the next pages are
 * finished. Returns each page's links and ids, for the link check once every file is written.
 */
export async function finishPages(
  out: string,
  files: readonly string[],
  logger: StepLogger,
  beforeFinish?: (file: string, html: string) => Promise<void>,
): Promise<BuiltSite['pages']> {
  const pages = files.filter((f) => f.endsWith('.html')).sort();
  const links: BuiltSite['pages'] = new Map();
  let changed = 0;
  let next = 0;
  let handedOver: Promise<void> = Promise.resolve();
  const worker = async () => {
    while (next < pages.length) {
      const f = pages[next++]!;
      // Queued when the page is taken, so pages reach beforeFinish in path order whichever is read first.
      let read!: (html: string) => void;
      const original = new Promise<string>((resolve) => (read = resolve));
      const indexed = beforeFinish && (handedOver = handedOver.then(async () => beforeFinish(f, await original)));
      // Awaited below, after this page is written; until then a failure must not count as unhandled.
      indexed?.catch(() => {});
      const file = path.join(out, f);
      const html = await readFile(file, 'utf8');
      read(html);
      const finished = finishPage(html);
      if (finished.html !== html) {
        await writeFile(file, finished.html);
        changed++;
      }
      await indexed;
      // Only the links and ids are kept, not the page: at 1 000 chapters that is 150 MB less held at once.
      links.set(f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f, finished.links);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  logger.info(`${pages.length} sidor färdiga (${changed} ändrade: CSP, mjuka bindestreck)`);
  return links;
}

/** The internal links of the finished pages, checked against every file of the site as it will be served. */
export async function checkLinks(out: string, pages: BuiltSite['pages'], logger: StepLogger): Promise<void> {
  const problems = findBrokenLinks({ pages, files: new Set(await listFiles(out)) });
  if (problems.length) {
    throw new Error(`Trasiga interna länkar (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  logger.info(`${pages.size} sidor, inga trasiga interna länkar`);
}
