/**
 * The hidden search metadata (src/components/PagefindMeta.astro: filters, meta and extra weighted words)
 * is read only by Pagefind while it indexes the build. Once the index exists it is dead weight in every
 * page a reader downloads (about 0.6 KiB gzip on a chapter), so the typeset step, which runs after the
 * index, removes it. Only the exact shapes that component writes are matched.
 */
const META_BLOCK = /<div hidden>(?:<span data-pagefind-(?:filter|meta)="[^"<>]*"><\/span>)+<\/div>/g;
const WEIGHTED_WORDS = /<p hidden data-pagefind-weight="[0-9.]+">[^<]*<\/p>/g;

export function stripIndexOnlyMarkup(html: string): string {
  return html.replace(META_BLOCK, '').replace(WEIGHTED_WORDS, '');
}
