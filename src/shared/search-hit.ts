/**
 * What a search hit shows, built from small "shards" of the page text instead of Pagefind's whole-page
 * fragments. A chapter's fragment is 6–9 KiB; the shard holding the best passage is about 1 KiB, so a
 * first search costs a fraction of the bytes. Pagefind still does the finding and ranking; a result's
 * word locations tell which shard to fetch.
 *
 * A shard covers SHARD_WORDS words of a page's indexed text (plus EXCERPT_WORDS of overlap, so an
 * excerpt starting in it always fits) and carries what a hit needs besides: title, type, steps,
 * summary, the page's headings (for links to sections) and the word ranges that are not for reading
 * (the title, and the hidden search-only words from src/shared/search-terms.ts).
 *
 * Built by src/shared/search-shards.ts at build time, and by the service worker from the saved Pagefind
 * fragments when the handbook is on the device, so both give the same shard.
 *
 * A page table (id → address, title, type, steps; about 3 KiB) lets a hit show its title the moment
 * Pagefind has ranked it; the excerpt follows when its shard is in.
 */

export const SHARD_WORDS = 250;
export const EXCERPT_WORDS = 24;
/** Shard size and format are part of the address: a cached shard never meets a different layout. */
export const SHARD_ROOT = `/sokdata/v1-${SHARD_WORDS}`;
/** Brackets the hidden search-only words in a page (search-terms.ts), so a shard can tell exactly which words are hidden. */
export const EXTRA_MARKER = '⁂';
/**
 * The archived editions' own Pagefind index (src/build/integrations/pagefind-step.ts), under /utgava/
 * like the archived pages: fetched only when a reader searches an older edition, never in the offline copy.
 */
export const ARCHIVE_INDEX = 'utgava/sokindex';
/** At most this many sections are linked under a hit. */
const MAX_SECTIONS = 3;

export interface SearchShard {
  url: string;
  title: string;
  type: string;
  /** Process steps, comma-separated ("2" or "1,2"), empty when none. */
  steps: string;
  summary: string;
  /** Location of the first word in `words`, and the number of words on the whole page. */
  start: number;
  length: number;
  /** The words from `start`, separated by single spaces, as Pagefind counts them. */
  words: string;
  /** The page's section headings: [location, id, text]. */
  headings: [number, string, string][];
  /** Word ranges [from, to) that are not shown as excerpts: the title and the hidden search words. */
  skip: [number, number][];
}

/** One row of the page table: what a hit shows before its excerpt. */
export interface HitHead {
  url: string;
  title: string;
  type: string;
  steps: string[];
}
/** roles: the page's `roll` filter values, comma-separated (for the filter counts beside the hits). */
export type PageTable = Record<string, [url: string, title: string, type: string, steps: string, roles?: string]>;

/** The page table belongs to one build (its ids are that build's Pagefind ids), so the build names it. */
export const pageTablePath = (buildId: string) => `/sokdata/sidor-${buildId}.json`;

export function headFromRow([url, title, type, steps]: PageTable[string]): HitHead {
  return { url, title, type, steps: steps.split(',').filter(Boolean) };
}

/**
 * The counts beside the search filters (typ, steg, roll), for the pages a search found, from the page
 * table: the same figures Pagefind's own counts give, without fetching Pagefind's filter files (one
 * request per filter) for a search that uses no filter. Pages the table does not know are not counted.
 */
export function countFilters(
  ids: readonly string[],
  table: PageTable,
  /** The step filter's value for a step number, as the pages wrote it (src/i18n/steps.ts). */
  stepValue: (step: string) => string,
): Record<'typ' | 'steg' | 'roll', Record<string, number>> {
  const counts = { typ: {} as Record<string, number>, steg: {} as Record<string, number>, roll: {} as Record<string, number> };
  const add = (key: keyof typeof counts, value: string) => (counts[key][value] = (counts[key][value] ?? 0) + 1);
  for (const id of new Set(ids)) {
    const row = table[id];
    if (!row) continue;
    if (row[2]) add('typ', row[2]);
    for (const step of row[3].split(',').filter(Boolean)) add('steg', stepValue(step));
    for (const role of (row[4] ?? '').split(',').filter(Boolean)) add('roll', role);
  }
  return counts;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SearchHit extends HitHead {
  excerpt: ExcerptPart[];
  sections: { url: string; title: string }[];
}

export function shardPath(pageId: string, index: number): string {
  return `${SHARD_ROOT}/${encodeURIComponent(pageId)}/${index}.json`;
}

const inRanges = (location: number, ranges: readonly [number, number][]) => ranges.some(([from, to]) => location >= from && location < to);

/**
 * First word of an EXCERPT_WORDS window centred on the densest cluster of hit locations. Ties go to the
 * later cluster: a page opens with its title and hidden search words, which are never shown.
 */
export function excerptStart(locations: readonly number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  if (!sorted.length) return 0;
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + EXCERPT_WORDS) j++;
    if (j - i >= bestCount) [best, bestCount] = [i, j - i];
  }
  const first = sorted[best]!;
  const last = sorted[best + bestCount - 1]!;
  return Math.max(0, Math.round((first + last) / 2 - EXCERPT_WORDS / 2));
}

export const shardIndex = (location: number) => Math.floor(location / SHARD_WORDS);

const inShard = (location: number, shard: Pick<SearchShard, 'start'>) => location >= shard.start && location < shard.start + SHARD_WORDS;

/**
 * The shard to fetch for a hit: the one with the densest cluster of hits. Once a shard of the page is
 * known, it is kept if it holds a hit a reader can see; otherwise the best readable cluster decides
 * (the first guess may have landed on the title or on the hidden search words, which the shard lists).
 */
export function shardFor(locations: readonly number[], known?: Pick<SearchShard, 'start' | 'skip'>): number {
  if (!known) return shardIndex(excerptStart(locations));
  const readable = locations.filter((l) => !inRanges(l, known.skip));
  if (!readable.length || readable.some((l) => inShard(l, known))) return shardIndex(known.start);
  return shardIndex(excerptStart(readable));
}

/** Query words, for highlighting a summary shown instead of an excerpt. */
export function queryWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
}

/** Words joined by spaces, with the given ones marked; neighbouring plain words merge into one part. */
function parts(words: readonly { text: string; mark: boolean }[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const [i, word] of words.entries()) {
    const text = i === 0 ? word.text : ` ${word.text}`;
    const last = out.at(-1);
    if (word.mark) {
      if (i > 0) {
        if (last && !last.mark) last.text += ' ';
        else out.push({ text: ' ', mark: false });
      }
      out.push({ text: word.text, mark: true });
    } else if (last && !last.mark) last.text += text;
    else out.push({ text, mark: false });
  }
  return out;
}

/**
 * Swedish inflection endings, longest first: what a word may add to its stem ("lägesbild" → "lägesbilden",
 * "kommun" → "kommunerna"). Here they tell an inflected query word from a longer word; search-ask.ts strips
 * them from query words.
 */
export const INFLECTION_ENDINGS: readonly string[] = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'ens', 'ets', 'en', 'et', 'na', 'ar', 'er', 'or', 'n', 's', 'a', 'e'];

/**
 * A summary word matches a query word that begins it (a typed prefix: "läges" marks "lägesbild"), or one
 * that is the same word inflected ("lägesbilden" marks "lägesbild") – not any longer word that happens to
 * start with it ("engagemang" must not mark "en", nor "förebyggande" "för").
 */
const matchesQueryWord = (bare: string, w: string) =>
  bare.startsWith(w) || (w.startsWith(bare) && INFLECTION_ENDINGS.includes(w.slice(bare.length)));

/** The summary with the query's words marked: shown when a page matched only on its title or hidden words. */
export function summaryParts(summary: string, query: string): ExcerptPart[] {
  const wanted = queryWords(query);
  return parts(
    summary
      .split(/\s+/)
      .filter(Boolean)
      .map((text) => {
        const bare = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        return { text, mark: Boolean(bare) && wanted.some((w) => matchesQueryWord(bare, w)) };
      }),
  );
}

/**
 * A hit from the shard holding its best readable passage: excerpt with the hit words marked, and links to
 * the sections with the most hits (in reading order).
 */
export function hitFromShard(shard: SearchShard, locations: readonly number[], query: string): SearchHit {
  const readable = locations.filter((l) => !inRanges(l, shard.skip));
  const words = shard.words.split(' ');
  const end = shard.start + words.length;
  const start = Math.min(Math.max(excerptStart(readable.filter((l) => inShard(l, shard))), shard.start), Math.max(shard.start, end - EXCERPT_WORDS));
  const hits = new Set(readable);
  // EXCERPT_WORDS readable words from the start, passing over the title and the hidden search words.
  const window: { text: string; mark: boolean }[] = [];
  let first = -1;
  let l = start;
  for (; l < end && window.length < EXCERPT_WORDS; l++) {
    const text = words[l - shard.start];
    if (!text || inRanges(l, shard.skip)) continue;
    if (first < 0) first = l;
    window.push({ text, mark: hits.has(l) });
  }
  // Text before the excerpt is marked with an ellipsis, unless only the title (skipped) comes before it.
  const pageStart = shard.skip.find(([from]) => from === 0)?.[1] ?? 0;
  let excerpt: ExcerptPart[];
  if (window.some((w) => w.mark)) {
    excerpt = parts(window);
    if (first > pageStart) excerpt.unshift({ text: '… ', mark: false });
    if (l < shard.length) excerpt.push({ text: ' …', mark: false });
  } else {
    excerpt = summaryParts(shard.summary, query);
  }

  const perSection = new Map<number, number>();
  for (const location of readable) {
    let at = -1;
    for (const [i, [headingAt]] of shard.headings.entries()) if (headingAt <= location) at = i;
    if (at >= 0) perSection.set(at, (perSection.get(at) ?? 0) + 1);
  }
  const sections = [...perSection]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_SECTIONS)
    .map(([i]) => i)
    .sort((a, b) => a - b)
    .map((i) => shard.headings[i]!)
    .filter(([, , text]) => text !== shard.title)
    .map(([, id, text]) => ({ url: `${shard.url}#${id}`, title: text }));

  return { ...headFromRow([shard.url, shard.title, shard.type, shard.steps]), excerpt, sections };
}
