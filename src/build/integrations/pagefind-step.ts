/**
 * Pagefind over the built pages. Only elements marked data-pagefind-body are indexed (the main
 * content); navigation, TOCs and chrome carry data-pagefind-ignore or sit outside it. The UI bundles
 * Pagefind always writes are removed: the handbook has its own search UI (src/client/search/).
 *
 * Two indexes: the current edition in /pagefind/ and the archived editions in ARCHIVE_INDEX. A first
 * search (almost always in the current edition) then loads index chunks without the archived chapters'
 * words and positions (a fifth of the indexed text), and the archive index, like the archived pages, is
 * fetched only by a reader who searches an older edition (never part of the offline copy).
 */
import type { AstroIntegrationLogger } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ARCHIVE_INDEX } from '../../shared/search-hit';

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

async function writeIndex(out: string, files: string[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'sv',
    excludeSelectors: ['[data-pagefind-ignore]', '.heading-anchor', 'nav', '.toc'],
  });
  fail('createIndex', errors);
  if (!index) throw new Error('Pagefind: inget index skapades');
  let pages = 0;
  for (const file of files) {
    const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(out, file), 'utf8') });
    fail(`addHTMLFile ${file}`, added.errors);
    // Pages without data-pagefind-body are left out by Pagefind itself.
    if ((added.file?.uniqueWords ?? 0) > 0) pages++;
  }
  const written = await index.writeFiles({ outputPath });
  fail('writeFiles', written.errors);
  await Promise.all(UNUSED.map((file) => rm(path.join(outputPath, file), { force: true })));
  return pages;
}

export async function buildSearchIndex(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const html = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();
  const archived = html.filter((f) => f.startsWith('utgava/'));
  try {
    const pages = await writeIndex(out, html.filter((f) => !f.startsWith('utgava/')), path.join(out, 'pagefind'));
    if (pages === 0) throw new Error('Pagefind: inga sidor indexerades');
    const archivedPages = archived.length ? await writeIndex(out, archived, path.join(out, ARCHIVE_INDEX)) : 0;
    logger.info(`${pages} sidor i sökindexet, ${archivedPages} i äldre utgåvors index (${ARCHIVE_INDEX}/)`);
  } finally {
    await pagefind.close();
  }
}
