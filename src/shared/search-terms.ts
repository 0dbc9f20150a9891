/**
 * Extra words for the search index that readers type but the text does not contain as whole words.
 *
 * - Compound tails: Pagefind matches word prefixes, so "överenskommelse" would not find
 *   "samverkansöverenskommelsen". For each long word ending in a known head word, the tail
 *   ("överenskommelsen", inflection kept so Pagefind's Swedish stemmer sees a real word) is indexed.
 * - Synonyms: a page that mentions a glossary term is also found by the term's other names
 *   ("KmB" → pages on Kommuner mot brott).
 *
 * The words sit between two EXTRA_MARKERs in a hidden element, so search hits never show them as an
 * excerpt (src/shared/search-shards.ts marks their word range).
 */
import { EXTRA_MARKER } from './search-hit';

// The marker is part of the shard format (search-hit.ts), which the service worker reads without these word lists.
export { EXTRA_MARKER };

/** Second parts of Swedish compounds that readers search on their own. */
export const COMPOUND_HEADS = [
  'överenskommelse', 'förebyggande', 'förebygga', 'arbete', 'arbetssätt', 'bild', 'plan', 'analys', 'löfte', 'råd',
  'samverkan', 'samordnare', 'samordning', 'funktion', 'polis', 'mätning', 'undersökning', 'vandring', 'dialog',
  'prevention', 'brott', 'brottslighet', 'trygghet', 'otrygghet', 'utsatthet', 'område', 'skadegörelse', 'våld',
  'insats', 'åtgärd', 'uppföljning', 'utvärdering', 'styrelse', 'fullmäktige', 'förvaltning', 'nämnd', 'statistik',
  'mål', 'matris', 'metod', 'modell', 'ansvar', 'grupp', 'möte', 'myndighet', 'ordning', 'störning', 'rekrytering',
  'kartläggning', 'bevakning', 'belysning', 'miljö', 'stöd', 'tjänst', 'verksamhet', 'ledning', 'chef', 'kontroll',
  'lista', 'källa', 'data', 'process', 'prioritering', 'orsak', 'problem', 'riskfaktor', 'skyddsfaktor', 'faktor',
  'perspektiv', 'kunskap', 'kommunikation', 'information', 'utbildning', 'boende', 'bostad', 'fastighet', 'ägare',
  'centrum', 'försäljning', 'inbrott', 'stöld', 'rån', 'hot', 'otrygg', 'ungdom', 'förälder', 'skap', 'stöd',
] as const;

const WORD = /[\p{L}\p{N}]+/gu;

/** Heads by their first two letters, so a word is compared only with the heads that can start at a place. */
const headIndex = new WeakMap<readonly string[], Map<string, string[]>>();
function indexHeads(heads: readonly string[]): Map<string, string[]> {
  let index = headIndex.get(heads);
  if (!index) {
    index = new Map();
    for (const head of new Set(heads)) {
      const key = head.slice(0, 2);
      index.set(key, [...(index.get(key) ?? []), head]);
    }
    headIndex.set(heads, index);
  }
  return index;
}

/** Tails of compounds in `text` that end in (or continue past) a known head, e.g. "överenskommelsen". */
export function compoundTails(text: string, heads: readonly string[] = COMPOUND_HEADS): string[] {
  return tailsOf(analyse(text).words, heads);
}

function tailsOf(words: ReadonlySet<string>, heads: readonly string[]): string[] {
  const tails = new Set<string>();
  const index = indexHeads(heads);
  // Each distinct word once: a page repeats its words.
  for (const word of words) {
    if (word.length < 7) continue;
    // A head starts after at least three letters and ends at most four letters (an inflection) before
    // the word's end; where it occurs more than once, the last place counts.
    const found = new Map<string, number>();
    for (let at = 3; at < word.length - 1; at++) {
      for (const head of index.get(word.slice(at, at + 2)) ?? []) {
        if (word.startsWith(head, at)) found.set(head, at);
      }
    }
    for (const [head, at] of found) if (word.length - (at + head.length) <= 4) tails.add(word.slice(at));
  }
  return [...tails].sort();
}

interface GlossaryLike {
  data: { term: string; synonyms: string[] };
}

/** A term's words, each as the literal part every inflection starts with and the letters that may follow. */
function termWords(term: string): { literal: string; tail: string }[] {
  return (
    term
      // An explanation in parentheses is dropped; a reference number ("Lag (2023:196)") is part of the name.
      .replace(/\((?![^)]*\d)[^)]*\)/g, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (!/\p{L}$/u.test(w) ? { literal: w, tail: '' } : w.length > 4 ? { literal: w.slice(0, -1), tail: '\\p{L}{0,5}' } : { literal: w, tail: '\\p{L}{0,3}' }))
  );
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tolerant pattern for a (possibly multi-word) term in running text: each word may be inflected. */
export function termPattern(term: string): RegExp {
  const words = termWords(term).map((w) => `${escape(w.literal)}${w.tail}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The letters and the letters and digits of plain text (see PLAIN) spelled out: there they are the same
 * characters as \p{L} and [\p{L}\p{N}] (tests/unit/search-terms-plain.test.ts checks every one).
 */
export const PLAIN_LETTER = 'a-zA-Z\\u00aa\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff';
export const PLAIN_LETTER_OR_DIGIT = `${PLAIN_LETTER}0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be`;

/**
 * termPattern's source for a plain name, lower-cased, to run over the lower-cased text of a plain page:
 * the same matches at the same places, and without the `iu` flags' Unicode case folding V8 compiles it
 * in a sixth of the time (the first page of a build compiled 85 such patterns for 0.3 s).
 */
function plainTermSource(name: string): string {
  const words = termWords(name.toLowerCase()).map((w) => `${escape(w.literal)}${w.tail.replace('\\p{L}', `[${PLAIN_LETTER}]`)}`);
  return `(?<![${PLAIN_LETTER_OR_DIGIT}])${words.join('\\s+')}(?![${PLAIN_LETTER_OR_DIGIT}])`;
}

/**
 * Text in which case-insensitive matching (the `iu` flags: Unicode simple case folding) and comparing
 * lower-cased strings agree: Latin-1 without µ and ß, punctuation, arrows and maths signs. For such text
 * a lower-cased substring or word test gives the regular expression's answer without running it over the
 * whole page for each term; other text takes the regular expression.
 */
export const PLAIN = /^[\u0000-\u00b4\u00b6-\u00de\u00e0-\u00ff\u2000-\u206f\u20ac\u2190-\u22ff]*$/;
const OPENING = /^[\p{L}\p{N}]+/u;

/** A text's lower-cased words, and whether it is plain (see PLAIN). */
interface Analysis {
  words: Set<string>;
  plain: boolean;
  /** The words, sorted, for prefix look-ups; made when first asked for. */
  sorted?: string[];
}
interface PlainText {
  words: Set<string>;
  sorted: string[];
}
/** The last few texts: one page asks about its title, its text and both together, many times each. */
const recentTexts: { text: string; analysis: Analysis }[] = [];

function remember(text: string, analysis: Analysis): Analysis {
  recentTexts.unshift({ text, analysis });
  recentTexts.length = Math.min(recentTexts.length, 6);
  return analysis;
}

/** The text's words, read once however often a page asks (a chapter's text is 20 KB at 1 000 chapters). */
function analyse(text: string): Analysis {
  const known = recentTexts.find((e) => e.text === text);
  if (known) return known.analysis;
  return remember(text, { words: new Set(text.toLowerCase().match(WORD)), plain: PLAIN.test(text) });
}

/**
 * The analysis of `parts` joined by spaces, from each part's own: a space neither joins nor splits
 * words, and it is plain. A page's title and text together are then never read a second time.
 */
function analyseJoined(parts: readonly string[]): { text: string; analysis: Analysis } {
  const text = parts.join(' ');
  const known = recentTexts.find((e) => e.text === text);
  if (known) return known;
  const analyses = parts.map(analyse);
  const words = new Set<string>();
  for (const a of analyses) for (const w of a.words) words.add(w);
  return { text, analysis: remember(text, { words, plain: analyses.every((a) => a.plain) }) };
}

/** The text's lower-cased words, when it is plain (see PLAIN). */
function plainText(text: string): PlainText | undefined {
  const analysis = analyse(text);
  if (!analysis.plain) return undefined;
  analysis.sorted ??= [...analysis.words].sort();
  return { words: analysis.words, sorted: analysis.sorted };
}

/** True when some word of the text starts with `prefix` (binary search in the sorted words). */
function hasWordStarting(plain: PlainText, prefix: string): boolean {
  let lo = 0;
  let hi = plain.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (plain.sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < plain.sorted.length && plain.sorted[lo]!.startsWith(prefix);
}

/** Per glossary (built once per build, reused for every page): each term's names and one pattern for all of them. */
const compiled = new WeakMap<
  readonly GlossaryLike[],
  { names: string[]; pattern: RegExp | undefined; plainPattern: RegExp | undefined; starts: string[][] | undefined }[]
>();

function compile(glossary: readonly GlossaryLike[]) {
  let terms = compiled.get(glossary);
  if (!terms) {
    terms = glossary.map(({ data }) => {
      const names = [data.term, ...data.synonyms];
      const matched = names.filter((n) => n.length >= 3);
      const sources = matched.map((n) => termPattern(n).source);
      // Each word of a name starts a word of the text (after the pattern's look-behind or after a space),
      // with the letters and digits that open it: a name can match only where the text has a word opening
      // so for every one of its words. Only when every word of every name opens so and is plain text;
      // otherwise the pattern alone decides.
      const starts = matched.map((n) => termWords(n).map((w) => OPENING.exec(w.literal.toLowerCase())?.[0]));
      const usable = starts.every((words) => words.length > 0 && words.every((w) => !!w && PLAIN.test(w)));
      return {
        names,
        pattern: sources.length ? new RegExp(sources.join('|'), 'giu') : undefined,
        plainPattern: sources.length && matched.every((n) => PLAIN.test(n)) ? new RegExp(matched.map(plainTermSource).join('|'), 'g') : undefined,
        starts: usable ? (starts as string[][]) : undefined,
      };
    });
    compiled.set(glossary, terms);
  }
  return terms;
}

/** All names of the glossary terms that `text` mentions at least `minMentions` times. */
export function synonymsFor(text: string, glossary: readonly GlossaryLike[], minMentions = 1): string[] {
  const out = new Set<string>();
  const plain = plainText(text);
  let lower: string | undefined;
  for (const { names, pattern, plainPattern, starts } of compile(glossary)) {
    if (!pattern) continue;
    // A term none of whose names has all its words opening words of the text cannot match: skip the scan.
    if (plain && starts && !starts.some((words) => words.every((start) => hasWordStarting(plain, start)))) continue;
    const [scan, subject] = plain && plainPattern ? [plainPattern, (lower ??= text.toLowerCase())] : [pattern, text];
    scan.lastIndex = 0;
    let count = 0;
    while (count < minMentions && scan.exec(subject)) count++;
    if (count >= minMentions) for (const name of names) out.add(name);
  }
  return [...out];
}

export interface SearchExtra {
  /** Keywords and other names of terms in the title: what the page is about. */
  strong: string;
  /**
   * What the title says in other words: the other names of the glossary terms in it ("KmB" for
   * "Kommuner mot brott") and the tails of its compounds ("förebyggande" for "brottsförebyggande").
   * Indexed as the `om` meta field, which Pagefind's metaWeights ranks like the title.
   */
  about: string;
  /** Other names of terms the text dwells on, and compound tails. */
  weak: string;
}

// Between markers, so the search shards can tell exactly which words are hidden (src/shared/search-shards.ts).
const joined = (words: readonly string[]) => (words.length ? `${EXTRA_MARKER} ${[...new Set(words)].join(' · ')} ${EXTRA_MARKER}` : '');

/** True when `text` already has the word as a word of its own (so indexing it again adds nothing). */
function present(text: string, word: string): boolean {
  const analysis = analyse(text);
  if (analysis.plain && PLAIN.test(word)) {
    const words = word.toLowerCase().match(WORD) ?? [];
    if (words.length === 1 && words[0] === word.toLowerCase()) return analysis.words.has(words[0]);
    // Each word of a phrase is a whole word where the phrase occurs: a text without one of them cannot have it.
    if (!words.every((w) => analysis.words.has(w))) return false;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The hidden extra text for one page, in two weights. Words the page already contains are left out. */
export function searchExtra(title: string, text: string, keywords: readonly string[], glossary: readonly GlossaryLike[]): SearchExtra {
  const { text: all } = analyseJoined([title, text]);
  const strong = [...keywords, ...synonymsFor(`${title} ${keywords.join(' ')}`, glossary)].filter((w) => !present(title, w));
  const weak = [...synonymsFor(text, glossary, 2), ...tailsOf(analyseJoined([all, ...keywords]).analysis.words, COMPOUND_HEADS)].filter((w) => !strong.includes(w) && !present(all, w));
  const about = [...synonymsFor(title, glossary), ...compoundTails(title)].filter((w) => !present(title, w));
  // A meta value sits in an attribute as "om:…", where Pagefind reads a comma as the start of the next field.
  return { strong: joined(strong), weak: joined(weak), about: [...new Set(about)].join(' ').replace(/,/g, ' ') };
}
