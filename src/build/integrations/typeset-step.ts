import type { AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hyphenateHtml } from '../html/typeset';
import { stripIndexOnlyMarkup } from '../html/index-only-markup';
import { listFiles } from './link-check-step';

/**
 * Soft hyphens in the long words of every built page (src/build/html/typeset.ts), and without the hidden markup
 * only the indexer reads (src/build/html/index-only-markup.ts); runs after the search index.
 */
export async function typesetPages(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const pages = (await listFiles(out)).filter((f) => f.endsWith('.html'));
  let changed = 0;
  await Promise.all(
    pages.map(async (f) => {
      const file = path.join(out, f);
      const html = await readFile(file, 'utf8');
      const typeset = hyphenateHtml(stripIndexOnlyMarkup(html));
      if (typeset === html) return;
      await writeFile(file, typeset);
      changed++;
    }),
  );
  logger.info(`${changed} av ${pages.length} sidor fick mjuka bindestreck i långa ord`);
}
