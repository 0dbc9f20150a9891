/**
 * The last pass over the built pages, after the search index: each page is read once and written once,
 * with its CSP tightened (src/build/html/csp.ts), the markup only the indexer reads removed
 * (src/build/html/index-only-markup.ts) and soft hyphens in its long words (src/build/html/typeset.ts); then the
 * internal links of the finished pages are checked (src/build/html/link-check.ts). All of it is one
 * tokenising pass per page (src/build/html/html-pass.ts); these were three passes and regexes, each
 * reading every page again; at 1 000 chapters that is 150 MB of HTML each time.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cspScanner } from '../html/csp';
import { rewriteHtml } from '../html/html-pass';
import { searchAttributeScanner, stripIndexOnlyBlocks } from '../html/index-only-markup';
import { findBrokenLinks, linkScanner, type BuiltSite, type PageLinks } from '../html/link-check';
import { hyphenScanner } from '../html/typeset';

/** Every file below `dir`, as URL paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

/**
 * A page as readers get it, and its links and ids for the link check: one tokenising pass (html-pass.ts)
 * tightens the CSP, cuts the indexer's attributes and puts in the soft hyphens. Neither touches links or
 * ids, and the hidden blocks cut before the pass hold none.
 */
export function finishPage(page: string): { html: string; links: PageLinks } {
  const links = linkScanner();
  const html = rewriteHtml(stripIndexOnlyBlocks(page), [cspScanner(), searchAttributeScanner(), hyphenScanner(), links]);
  return { html, links: links.result() };
}

/** A few pages at a time: enough to overlap reading with work, without every page in flight at once. */
const IN_FLIGHT = 8;

export async function finishPages(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const files = await listFiles(out);
  const pages = files.filter((f) => f.endsWith('.html'));
  const site: BuiltSite = { pages: new Map(), files: new Set(files) };
  let changed = 0;
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const f = pages[next++]!;
      const file = path.join(out, f);
      const html = await readFile(file, 'utf8');
      const finished = finishPage(html);
      if (finished.html !== html) {
        await writeFile(file, finished.html);
        changed++;
      }
      // Only the links and ids are kept, not the page: at 1 000 chapters that is 150 MB less held at once.
      site.pages.set(f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f, finished.links);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const problems = findBrokenLinks(site);
  if (problems.length) {
    throw new Error(`Trasiga interna länkar (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  logger.info(`${pages.length} sidor färdiga (${changed} ändrade: CSP, mjuka bindestreck), inga trasiga interna länkar`);
}
