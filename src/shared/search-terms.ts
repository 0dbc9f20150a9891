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

/** Tails of compounds in `text` that end in (or continue past) a known head, e.g. "överenskommelsen". */
export function compoundTails(text: string, heads: readonly string[] = COMPOUND_HEADS): string[] {
  const tails = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length < 7) continue;
    for (const head of heads) {
      // Search from the end: the head of a compound is its last part, perhaps with an inflection.
      const at = word.lastIndexOf(head);
      if (at < 3 || word.length - (at + head.length) > 4) continue;
      tails.add(word.slice(at));
    }
  }
  return [...tails].sort();
}

interface GlossaryLike {
  data: { term: string; synonyms: string[] };
}

/** A tolerant pattern for a (possibly multi-word) term in running text: each word may be inflected. */
export function termPattern(term: string): RegExp {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = term
    // An explanation in parentheses is dropped; a reference number ("Lag (2023:196)") is part of the name.
    .replace(/\((?![^)]*\d)[^)]*\)/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (!/\p{L}$/u.test(w) ? escape(w) : w.length > 4 ? `${escape(w.slice(0, -1))}\\p{L}{0,5}` : `${escape(w)}\\p{L}{0,3}`));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Per glossary (built once per build, reused for every page): each term's names and one pattern for all of them. */
const compiled = new WeakMap<readonly GlossaryLike[], { names: string[]; pattern: RegExp | undefined }[]>();

function compile(glossary: readonly GlossaryLike[]) {
  let terms = compiled.get(glossary);
  if (!terms) {
    terms = glossary.map(({ data }) => {
      const names = [data.term, ...data.synonyms];
      const sources = names.filter((n) => n.length >= 3).map((n) => termPattern(n).source);
      return { names, pattern: sources.length ? new RegExp(sources.join('|'), 'giu') : undefined };
    });
    compiled.set(glossary, terms);
  }
  return terms;
}

/** All names of the glossary terms that `text` mentions at least `minMentions` times. */
export function synonymsFor(text: string, glossary: readonly GlossaryLike[], minMentions = 1): string[] {
  const out = new Set<string>();
  for (const { names, pattern } of compile(glossary)) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    let count = 0;
    while (count < minMentions && pattern.exec(text)) count++;
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
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The hidden extra text for one page, in two weights. Words the page already contains are left out. */
export function searchExtra(title: string, text: string, keywords: readonly string[], glossary: readonly GlossaryLike[]): SearchExtra {
  const all = `${title} ${text}`;
  const strong = [...keywords, ...synonymsFor(`${title} ${keywords.join(' ')}`, glossary)].filter((w) => !present(title, w));
  const weak = [...synonymsFor(text, glossary, 2), ...compoundTails(`${all} ${keywords.join(' ')}`)].filter((w) => !strong.includes(w) && !present(all, w));
  const about = [...synonymsFor(title, glossary), ...compoundTails(title)].filter((w) => !present(title, w));
  // A meta value sits in an attribute as "om:…", where Pagefind reads a comma as the start of the next field.
  return { strong: joined(strong), weak: joined(weak), about: [...new Set(about)].join(' ').replace(/,/g, ' ') };
}
