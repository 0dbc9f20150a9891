/**
 * Markup only Pagefind reads while it indexes the build. Once the index exists it is dead weight in every
 * page a reader downloads, so the last pass over the pages
 * (src/build/integrations/pages-step.ts), which runs after the index, removes it:
 * - the hidden search metadata (src/components/PagefindMeta.astro: filters, meta and extra weighted words),
 *   about 0.6 KiB gzip on a chapter; only the exact shapes that component writes are matched;
 * - the `data-pagefind-*` attributes on visible elements (body, ignore, meta), found by tokenising the page
 *   (htmlparser2), so text that merely spells such an attribute stays as written.
 */
import { Parser } from 'htmlparser2';

const META_BLOCK = /<div hidden>(?:<span data-pagefind-(?:filter|meta)="[^"<>]*"><\/span>)+<\/div>/g;
const WEIGHTED_WORDS = /<p hidden data-pagefind-weight="[0-9.]+">[^<]*<\/p>/g;

/** The page without its `data-pagefind-*` attributes (each with the space before it). */
export function stripSearchAttributes(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  const cuts: [number, number][] = [];
  const parser = new Parser(
    {
      onattribute(name) {
        // startIndex is the attribute's first character, endIndex the one after its value.
        if (name.startsWith('data-pagefind-') && /\s/.test(html[parser.startIndex - 1] ?? '')) cuts.push([parser.startIndex - 1, parser.endIndex]);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}

export function stripIndexOnlyMarkup(html: string): string {
  return stripSearchAttributes(html.replace(META_BLOCK, '').replace(WEIGHTED_WORDS, ''));
}
