/**
 * Markup only Pagefind reads while it indexes the build. Once the index exists it is dead weight in every
 * page a reader downloads, so the last pass over the pages
 * (src/build/integrations/pages-step.ts), which runs after the index, removes it:
 * - the hidden search metadata (src/components/PagefindMeta.astro: filters, meta and extra weighted words),
 *   about 0.6 KiB gzip on a chapter; only the exact shapes that component writes are matched;
 * - the `data-pagefind-*` attributes on visible elements (body, ignore, meta), found by tokenising the page
 *   (htmlparser2), so text that merely spells such an attribute stays as written.
 */
import { rewriteHtml, type Edit, type Scanner } from './html-pass';

const META_BLOCK = /<div hidden>(?:<span data-pagefind-(?:filter|meta)="[^"<>]*"><\/span>)+<\/div>/g;
const WEIGHTED_WORDS = /<p hidden data-pagefind-weight="[0-9.]+">[^<]*<\/p>/g;

/** A scanner that cuts every `data-pagefind-*` attribute (with the space before it) (html-pass.ts). */
export function searchAttributeScanner(): Scanner {
  const edits: Edit[] = [];
  return {
    onattribute(cursor, name) {
      // startIndex is the attribute's first character, endIndex the one after its value.
      if (name.startsWith('data-pagefind-') && /\s/.test(cursor.html[cursor.startIndex - 1] ?? '')) edits.push({ start: cursor.startIndex - 1, end: cursor.endIndex, text: () => '' });
    },
    edits: () => edits,
  };
}

/** The page without its `data-pagefind-*` attributes (each with the space before it). */
export function stripSearchAttributes(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  return rewriteHtml(html, [searchAttributeScanner()]);
}

/** The page without the hidden blocks only the indexer reads (the exact shapes PagefindMeta.astro writes). */
export const stripIndexOnlyBlocks = (html: string): string => html.replace(META_BLOCK, '').replace(WEIGHTED_WORDS, '');

export function stripIndexOnlyMarkup(html: string): string {
  return stripSearchAttributes(stripIndexOnlyBlocks(html));
}
