/**
 * Markup only Pagefind reads while it indexes the build. Once the index exists it is dead weight in every
 * page a reader downloads, so the last pass over the pages
 * (src/build/integrations/pages-step.ts), which runs after the index, removes it:
 * - the hidden search metadata (src/components/PagefindMeta.astro: filters, meta and extra weighted words),
 *   about 0.6 KiB gzip on a chapter; only the exact shapes that component writes are cut: a bare
 *   `<div hidden>` holding nothing but empty `<span data-pagefind-filter|meta="…">`, and a
 *   `<p hidden data-pagefind-weight="…">` holding only text;
 * - the `data-pagefind-*` attributes on visible elements (body, ignore, meta).
 * Both are found by tokenising the page (htmlparser2, html-pass.ts), so the same characters inside a
 * script, a comment or an attribute value stay as written.
 */
import { rewriteHtml, type Cursor, type Edit, type Scanner } from './html-pass';

/** A `data-pagefind-*` attribute with the space before it, as an edit that cuts it (undefined when not one). */
function searchAttributeCut(cursor: Cursor, name: string): Edit | undefined {
  // startIndex is the attribute's first character, endIndex the one after its value.
  if (!name.startsWith('data-pagefind-') || !/\s/.test(cursor.html[cursor.startIndex - 1] ?? '')) return undefined;
  return { start: cursor.startIndex - 1, end: cursor.endIndex, text: () => '' };
}

/** A scanner that cuts every `data-pagefind-*` attribute (with the space before it) (html-pass.ts). */
export function searchAttributeScanner(): Scanner {
  const edits: Edit[] = [];
  return {
    onattribute(cursor, name) {
      const cut = searchAttributeCut(cursor, name);
      if (cut) edits.push(cut);
    },
    edits: () => edits,
  };
}

const META_SPAN_ATTRIBUTES = new Set(['data-pagefind-filter', 'data-pagefind-meta']);
const WEIGHT = /^\d+(?:\.\d+)?$/;

/** Exactly the attribute names `expected`, in any order. */
const hasOnly = (attributes: Record<string, string>, expected: readonly string[]) => {
  const names = Object.keys(attributes);
  return names.length === expected.length && expected.every((name) => name in attributes);
};

/** A block being read: where it starts, its kind, how deep inside it the parser is, and whether it still has the shape. */
interface Block {
  kind: 'meta' | 'weight';
  start: number;
  depth: number;
  fits: boolean;
  spans: number;
  /** Cuts inside the block: dropped when the whole block goes, kept when it stays. */
  cuts: Edit[];
}

/**
 * A scanner that cuts the hidden blocks PagefindMeta.astro writes, whole, and (with `attributes`) every
 * other `data-pagefind-*` attribute: one pass, no overlapping edits.
 */
export function indexOnlyScanner({ attributes = true }: { attributes?: boolean } = {}): Scanner & { blocks(): readonly Edit[] } {
  const edits: Edit[] = [];
  const cutBlocks: Edit[] = [];
  // The blocks open around the parser, innermost last (a shape inside another element that opened as one).
  const blocks: Block[] = [];
  // A tag's attributes come before the tag itself: their cuts wait to learn whether the tag opens a block.
  let pending: Edit[] = [];
  const cutsHere = () => blocks.at(-1)?.cuts ?? edits;
  return {
    onattribute(cursor, name) {
      if (!attributes) return;
      const cut = searchAttributeCut(cursor, name);
      if (cut) pending.push(cut);
    },
    onopentag(cursor, name, attrs) {
      const outer = blocks.at(-1);
      if (outer) {
        outer.depth++;
        const metaSpan = outer.kind === 'meta' && outer.depth === 1 && name === 'span' && Object.keys(attrs).length === 1 && META_SPAN_ATTRIBUTES.has(Object.keys(attrs)[0]!);
        if (metaSpan) outer.spans++;
        else outer.fits = false;
      }
      const kind =
        name === 'div' && hasOnly(attrs, ['hidden'])
          ? 'meta'
          : name === 'p' && hasOnly(attrs, ['hidden', 'data-pagefind-weight']) && WEIGHT.test(attrs['data-pagefind-weight']!)
            ? 'weight'
            : undefined;
      if (kind) blocks.push({ kind, start: cursor.startIndex, depth: 0, fits: true, spans: 0, cuts: [] });
      cutsHere().push(...pending);
      pending = [];
    },
    ontext(cursor) {
      const block = blocks.at(-1);
      if (!block || block.kind === 'weight') return;
      // Between the spans only white space; inside a span nothing.
      const text = cursor.html.slice(cursor.startIndex, cursor.endIndex + 1);
      if (block.depth > 0 || text.trim() !== '') block.fits = false;
    },
    onclosetag(cursor, _name, isImplied) {
      const block = blocks.at(-1);
      if (!block) return;
      // An element closed by another's start or by the end of the page has no end tag to cut up to.
      if (isImplied) block.fits = false;
      if (block.depth > 0) {
        block.depth--;
        return;
      }
      blocks.pop();
      const outer = blocks.at(-1);
      if (outer) outer.depth--;
      if (block.fits && (block.kind === 'weight' || block.spans > 0)) {
        const cut = { start: block.start, end: cursor.endIndex + 1, text: () => '' };
        cutBlocks.push(cut);
        cutsHere().push(cut);
      } else cutsHere().push(...block.cuts);
    },
    edits: () => [...edits, ...blocks.flatMap((b) => b.cuts)],
    /** Every block cut whole (nested ones included). */
    blocks: () => cutBlocks,
  };
}

/**
 * The scanners of a pass over a page (html-pass.ts) with the index-only markup cut in the same pass: the
 * hidden blocks go whole, so the other scanners' edits inside them (soft hyphens in the weighted words)
 * are dropped instead of overlapping the cut.
 */
export function withIndexOnlyCuts(scanners: readonly Scanner[]): Scanner[] {
  const cutter = indexOnlyScanner();
  const insideCut = (edit: Edit) => cutter.blocks().some((cut) => edit.start >= cut.start && edit.end <= cut.end);
  const wrapped = scanners.map((scanner): Scanner => {
    const edits = scanner.edits;
    return edits ? { ...scanner, edits: () => edits().filter((edit) => !insideCut(edit)) } : scanner;
  });
  return [cutter, ...wrapped];
}

/** The page without its `data-pagefind-*` attributes (each with the space before it). */
export function stripSearchAttributes(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  return rewriteHtml(html, [searchAttributeScanner()]);
}

/** The page without the hidden blocks only the indexer reads (the exact shapes PagefindMeta.astro writes). */
export function stripIndexOnlyBlocks(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  return rewriteHtml(html, [indexOnlyScanner({ attributes: false })]);
}

/** The page without anything only the indexer reads: the hidden blocks and the `data-pagefind-*` attributes. */
export function stripIndexOnlyMarkup(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  return rewriteHtml(html, [indexOnlyScanner()]);
}
