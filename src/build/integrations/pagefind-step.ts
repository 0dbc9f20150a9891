/**
 * Pagefind over the built pages. Only elements marked data-pagefind-body are indexed (the main
 * content); navigation, TOCs and chrome carry data-pagefind-ignore or sit outside it. The UI bundles
 * Pagefind always writes are removed: the handbook has its own search UI (src/client/search/).
 */
import type { AstroIntegrationLogger } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

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

export async function buildSearchIndex(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'sv',
    excludeSelectors: ['[data-pagefind-ignore]', '.heading-anchor', 'nav', '.toc'],
  });
  fail('createIndex', errors);
  if (!index) throw new Error('Pagefind: inget index skapades');
  try {
    const added = await index.addDirectory({ path: out });
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
