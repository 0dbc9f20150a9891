/**
 * Shards of a page's indexed text, cut from the page's Pagefind fragment (see src/shared/search-hit.ts).
 * Used by the build (src/build/integrations/search-shards-step.ts) and by the service worker, which cuts the
 * same shards from the saved fragments when the handbook is on the device.
 */
import { EXCERPT_WORDS, EXTRA_MARKER, SHARD_WORDS, type PageTable, type SearchShard } from './search-hit';

/** The part of a Pagefind fragment (pagefind/fragment/*.pf_fragment, after gunzip) the shards use. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text?: string; location: number }[];
  /** The page's filter values (data-pagefind-filter), e.g. { roll: ['samordnare'] }. */
  filters?: Record<string, string[] | undefined>;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * A fragment from its decompressed bytes ("pagefind_dcd" + JSON). Throws, naming the file, when the
 * format is not what this code was written for (a Pagefind upgrade must not quietly break search).
 */
export function parseFragment(text: string, file: string): PagefindFragment {
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: saknar Pagefinds signatur – okänt format`);
  const data = JSON.parse(text.slice(SIGNATURE.length)) as Partial<PagefindFragment>;
  for (const field of ['url', 'content'] as const) {
    if (typeof data[field] !== 'string') throw new Error(`${file}: fältet "${field}" saknas eller är inte text`);
  }
  if (!data.meta || typeof data.meta !== 'object') throw new Error(`${file}: fältet "meta" saknas`);
  if (!Array.isArray(data.anchors)) throw new Error(`${file}: fältet "anchors" saknas`);
  return data as PagefindFragment;
}

/** Words exactly as Pagefind's excerpts count them, so its word locations point into this list. */
export function fragmentWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g);
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** [from, to) ranges not to show: the title the text opens with, and each block of hidden search words (⁂ … ⁂). */
export function skipRanges(words: readonly string[], title: string): [number, number][] {
  const ranges: [number, number][] = [];
  const titleLength = title.split(/\s+/).filter(Boolean).length;
  if (titleLength && normalise(words.slice(0, titleLength).join(' ')) === normalise(title)) ranges.push([0, titleLength]);
  let open = -1;
  for (const [i, word] of words.entries()) {
    if (!word.includes(EXTRA_MARKER)) continue;
    if (open < 0) open = i;
    else {
      ranges.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) ranges.push([open, words.length]);
  return ranges;
}

/** Everything of a shard except its words: the same for every shard of a page. */
function shardBase(fragment: PagefindFragment, words: readonly string[]): Omit<SearchShard, 'start' | 'words'> {
  const [url, title, type, steps] = tableRow(fragment);
  return {
    url,
    title,
    type,
    steps,
    summary: fragment.meta['summary'] ?? '',
    length: words.length,
    headings: fragment.anchors
      .filter((a) => /^h[1-6]$/i.test(a.element) && a.text?.trim())
      .sort((a, b) => a.location - b.location)
      .map((a) => [a.location, a.id, a.text!.trim()]),
    skip: skipRanges(words, title),
  };
}

function cut(base: Omit<SearchShard, 'start' | 'words'>, words: readonly string[], index: number): SearchShard {
  const start = index * SHARD_WORDS;
  return { ...base, start, words: words.slice(start, start + SHARD_WORDS + EXCERPT_WORDS).join(' ') };
}

/** Shard `index` of a page, or undefined past its end. Shard 0 always exists: split gives at least one word. */
export function shardOf(fragment: PagefindFragment, index: number): SearchShard | undefined {
  const words = fragmentWords(fragment.content);
  if (!Number.isInteger(index) || index < 0 || index * SHARD_WORDS >= words.length) return undefined;
  return cut(shardBase(fragment, words), words, index);
}

/** All shards of a page, in order. */
export function shardsOf(fragment: PagefindFragment): SearchShard[] {
  const words = fragmentWords(fragment.content);
  const base = shardBase(fragment, words);
  return Array.from({ length: Math.max(1, Math.ceil(words.length / SHARD_WORDS)) }, (_, i) => cut(base, words, i));
}

/** The page table's row for a page (src/shared/search-hit.ts). */
export function tableRow(fragment: PagefindFragment): PageTable[string] {
  return [fragment.url, fragment.meta['title'] ?? fragment.url, fragment.meta['typ'] ?? '', fragment.meta['steg'] ?? '', (fragment.filters?.['roll'] ?? []).join(',')];
}
