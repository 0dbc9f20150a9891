/**
 * Pagefind over the built pages. Only elements marked data-pagefind-body are indexed (the main
 * content); navigation, TOCs and chrome carry data-pagefind-ignore or sit outside it. The UI bundles
 * Pagefind always writes are removed: the handbook has its own search UI (src/client/search/).
 */
import type { AstroIntegrationLogger } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './pages-step';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

function fail(stage: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${stage}): ${errors.join('; ')}`);
}

/**
 * The pages Pagefind has to read, as one glob: only pages with a data-pagefind-body are indexed, and the
 * others can be large (the whole book on one page is 29 MB at 1 000 chapters), so they are left out of its
 * reading instead of parsed for nothing. Pagefind matches the glob against paths relative to `out`.
 */
export async function indexedPagesGlob(out: string): Promise<string | undefined> {
  const pages = (await listFiles(out)).filter((f) => f.endsWith('.html'));
  const indexed: string[] = [];
  for (const page of pages) {
    if ((await readFile(path.join(out, page), 'latin1')).includes('data-pagefind-body')) indexed.push(page.slice(1));
  }
  // Glob syntax in a file name would change what the pattern means: then read them all, as before.
  if (!indexed.length || indexed.some((p) => /[{},*?[\]\\!]/.test(p))) return undefined;
  return indexed.length === 1 ? indexed[0] : `{${indexed.join(',')}}`;
}

export async function buildSearchIndex(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'sv',
    excludeSelectors: ['[data-pagefind-ignore]', '.heading-anchor', 'nav', '.toc'],
  });
  fail('createIndex', errors);
  if (!index) throw new Error('Pagefind: inget index skapades');
  try {
    const glob = await indexedPagesGlob(out);
    const added = await index.addDirectory(glob ? { path: out, glob } : { path: out });
    fail('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('Pagefind: inga sidor indexerades');
    const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    fail('writeFiles', written.errors);
    logger.info(`${added.page_count} sidor i sökindexet`);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((file) => rm(path.join(out, 'pagefind', file), { force: true })));
}
