/**
 * Extra words for the search index that readers type but the text does not contain as whole words.
 *
 * - Compound tails: Pagefind matches word prefixes, so "överenskommelse" would not find
 *   "samverkansöverenskommelsen". For each long word ending in a known head word, the tail
 *   ("överenskommelsen", inflection kept so Pagefind's Swedish stemmer sees a real word) is indexed.
 * - Synonyms: a page that mentions a glossary term is also found by the term's other names
 *   ("KmB" → pages on Kommuner mot brott).
 *
 * The words follow EXTRA_MARKER in a hidden element, so the search UI can tell an excerpt drawn from
 * them and show the page summary instead.
 */

export const EXTRA_MARKER = '⁂';

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
  const words = term
    .replace(/\(.*?\)/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .map((w) => (w.length > 4 ? `${w.slice(0, -1)}\\p{L}{0,5}` : `${w}\\p{L}{0,3}`));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Names of glossary terms that `text` mentions, other than the name used. */
export function synonymsFor(text: string, glossary: readonly GlossaryLike[]): string[] {
  const out = new Set<string>();
  for (const { data } of glossary) {
    const names = [data.term, ...data.synonyms];
    const mentioned = names.some((name) => name.length >= 3 && termPattern(name).test(text));
    if (mentioned) for (const name of names) out.add(name);
  }
  return [...out];
}

/** The hidden extra text for one page. */
export function searchExtra(text: string, keywords: readonly string[], glossary: readonly GlossaryLike[]): string {
  const words = [...keywords, ...synonymsFor(text, glossary), ...compoundTails(`${text} ${keywords.join(' ')}`)];
  return words.length ? `${EXTRA_MARKER} ${[...new Set(words)].join(' · ')}` : '';
}
