/**
 * Queries as readers type them ("hur gör vi en lägesbild", "åtgärdsplan mall", "samordnare roll") turned
 * into what Pagefind can answer, and Pagefind's answers ranked the way a reader expects:
 *
 * - Question and function words are left out of the search (Pagefind requires every word), unless the
 *   query has nothing else.
 * - Words that name a kind of page (mall → arbetsblad, övning, exempel, lag, roll, metod, ordlista)
 *   boost pages of that kind instead of being searched for: a boost, never a filter.
 * - Pages whose title holds a query word (or its inflection, or as part of a compound) rank above pages
 *   that only mention it.
 * - Several words that no page (or only a few pages) holds together fall back to pages holding most of
 *   them: every all-words hit first, then by how many words match, then by relevance.
 *
 * Pure (no Pagefind, no DOM), so the browser code and the unit tests share it.
 */
import { INFLECTION_ENDINGS } from './search-hit';
import { COMPOUND_HEADS } from './search-terms';
import { fold } from './suggest';
import { urls } from './urls';

/**
 * Words that carry no subject in a Swedish search query. Chosen with care: no word that is a subject in
 * the handbook (mot is in "Kommuner mot brott" but a page holding "kommuner" and "brott" is still found;
 * "bra" is kept, it is Brå without its ring; "varför" is in a chapter title but "samverka" finds it).
 * Each one is tested in tests/unit/search.test.ts.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Question words
  'vad', 'hur', 'vem', 'vilka', 'vilken', 'vilket', 'när', 'nar', 'var', 'varför', 'varfor',
  // Pronouns
  'jag', 'du', 'vi', 'ni', 'man', 'mig', 'oss', 'vår', 'vårt', 'våra', 'sin', 'sitt', 'sina', 'sig', 'det', 'den', 'de', 'dem', 'denna', 'detta', 'dessa',
  // Articles, prepositions, conjunctions
  'en', 'ett', 'av', 'för', 'for', 'som', 'och', 'i', 'på', 'pa', 'till', 'med', 'om', 'att', 'hos', 'mot', 'från', 'fran', 'eller', 'vid', 'efter', 'inför', 'infor',
  // Auxiliary and everyday verbs of a question
  'är', 'ar', 'ska', 'skall', 'kan', 'bör', 'bor', 'får', 'måste', 'maste', 'gör', 'gor', 'göra', 'gora', 'finns', 'behöver', 'behover', 'har', 'fungerar',
  // Small adverbs
  'så', 'sa', 'inte', 'också', 'ocksa', 'egentligen',
]);

export interface Intent {
  /** Page types (the `typ` filter values) the word asks for. */
  types: readonly string[];
  /** Addresses of pages the word asks for, beyond the types. */
  urls: readonly string[];
}

const LAW: Intent = { types: ['lagen'], urls: [urls.chapter('kommuner-mot-brott'), urls.law] };
const WORKSHEET: Intent = { types: ['arbetsblad'], urls: [] };
const EXERCISE: Intent = { types: ['övning'], urls: [] };
const EXAMPLE: Intent = { types: ['gott exempel'], urls: [] };
const ROLE: Intent = { types: ['din roll'], urls: [] };
const METHOD: Intent = { types: ['metod'], urls: [] };
const GLOSSARY: Intent = { types: ['ordlista'], urls: [] };

/** Words naming a kind of page, in the forms readers type them (with and without å/ä/ö). */
export const INTENT_WORDS: ReadonlyMap<string, Intent> = new Map<string, Intent>([
  ...['mall', 'mallen', 'mallar', 'blankett', 'blanketten', 'blanketter', 'formulär', 'formular', 'arbetsblad', 'arbetsbladet', 'arbetsbladen'].map((w) => [w, WORKSHEET] as const),
  ...['övning', 'övningen', 'övningar', 'ovning', 'ovningar', 'workshopövning'].map((w) => [w, EXERCISE] as const),
  ...['exempel', 'exemplet', 'exemplen', 'fallstudie', 'fallstudier'].map((w) => [w, EXAMPLE] as const),
  ...['lag', 'lagen', 'lagar', 'lagtext', 'lagtexten', 'paragraf', 'paragrafen', 'paragrafer', '§'].map((w) => [w, LAW] as const),
  ...['roll', 'rollen', 'roller', 'ansvarsfördelning'].map((w) => [w, ROLE] as const),
  ...['metod', 'metoden', 'metoder', 'arbetsmetod', 'arbetsmetoder'].map((w) => [w, METHOD] as const),
  ...['ordlista', 'ordlistan', 'betyder', 'betydelse', 'definition', 'begrepp', 'begreppet'].map((w) => [w, GLOSSARY] as const),
]);

export interface QueryPlan {
  /** The words that are searched for; a page holding all of them is a full hit. */
  words: string[];
  /** Per word, the parts of a compound ("samhällsbyggnad", "förvaltningen"), searched when the whole gives few hits. */
  parts: string[][];
  /** Words that lift a page when its title holds them: the searched words and the longer question words ("varför"). */
  titleWords: string[];
  /** A "hur …" question: the process steps' chapters, which say how, are lifted. */
  howTo: boolean;
  /** The same words as one Pagefind query, long words without their inflection ending. */
  text: string;
  /** Page types and addresses to boost. */
  types: string[];
  urls: string[];
}

/** Words of a query: split on spaces, with the punctuation of a question or a list around them removed. */
export function queryTokens(q: string): string[] {
  return q
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}§]+|[^\p{L}\p{N}§]+$/gu, ''))
    .filter(Boolean);
}

export function planQuery(q: string): QueryPlan {
  const tokens = queryTokens(q);
  const types = new Set<string>();
  const urls = new Set<string>();
  const subject: string[] = [];
  const kinds: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    const intent = INTENT_WORDS.get(lower);
    if (intent) {
      intent.types.forEach((t) => types.add(t));
      intent.urls.forEach((u) => urls.add(u));
      kinds.push(token);
    } else if (!STOP_WORDS.has(lower)) subject.push(token);
  }
  // "lagen", "övningar", "vad är en roll": with nothing else to search for, the kind words are the subject,
  // and a query of only stop words is searched as typed.
  const words = subject.length ? subject : kinds.length ? kinds : tokens;
  const dropped = tokens.filter((t) => STOP_WORDS.has(t.toLowerCase()));
  return {
    words,
    parts: words.map(compoundParts),
    titleWords: [...words, ...dropped.filter((t) => t.length >= 5)],
    howTo: dropped.some((t) => t.toLowerCase() === 'hur'),
    text: words.map(searchForm).join(' '),
    types: [...types],
    urls: [...urls],
  };
}

/**
 * A compound split before its last part, when that part is a known head word: "samhällsbyggnadsförvaltningen"
 * → ["samhällsbyggnad", "förvaltningen"] (the linking s dropped). Empty for other words.
 */
export function compoundParts(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 9 || !/^\p{L}+$/u.test(w)) return [];
  let best = Infinity;
  for (const head of COMPOUND_HEADS) {
    const at = w.lastIndexOf(head);
    if (at >= 4 && w.length - (at + head.length) <= 4 && at < best) best = at;
  }
  if (best === Infinity) return [];
  const first = w.slice(0, best).replace(/(?<=\p{L}{4})s$/u, '');
  return [first, w.slice(best)];
}

/** The part of a Pagefind result ranking needs. */
export interface RankInput {
  id: string;
  score: number;
  words: number[];
}

export interface RankedResult extends RankInput {
  /** How many of the plan's words the page holds. */
  matched: number;
}

/** What ranking knows of a page (from the page table): its address, title, type and process steps. */
export interface PageInfo {
  url: string;
  title: string;
  type: string;
  steps: string[];
}

/** Boost for a page of the kind the query asks for. */
export const INTENT_BOOST = 5;
/**
 * Boost per query word the title holds where Pagefind's own title weighting does not see it: inside a
 * compound ("förebyggande" in "brottsförebyggande"), or a question word that was not searched ("varför").
 */
export const TITLE_BOOST = 2;
/** Boost for a process step's chapter when the query asks how. */
export const HOW_TO_BOOST = 3;
/**
 * The five chapters that walk through a process step ("Steg 2: Egna förberedelser"). Other chapters tied
 * to a step (the in-depth and decision chapters) say why and what; a "hur …" question wants the step.
 */
const STEP_CHAPTER = /^\/kapitel\/steg-\d+-/;

/** The word without one Swedish inflection ending (lower case), keeping at least `min` letters. */
function strip(word: string, min: number): string {
  const w = word.toLowerCase();
  // "-het" is part of the word (trygghet, otrygghet), not an ending: "tryggh" would match too much.
  if (w.endsWith('het')) return w;
  for (const suffix of INFLECTION_ENDINGS) if (w.endsWith(suffix) && w.length - suffix.length >= min) return w.slice(0, -suffix.length);
  return w;
}

/** A rough Swedish stem, folded (no å/ä/ö): for comparing a query word with title words. */
export const stem = (word: string): string => fold(strip(word, 4));

/**
 * The form Pagefind is asked for. Pagefind matches words by prefix, but its Swedish stemmer does not
 * join every inflection ("medborgarlöftet" finds none of the pages on "medborgarlöften"), so a long word
 * is searched without its ending: "medborgarlöft" finds all of them. Short words, abbreviations and
 * numbers stay as typed ("mål" must not become a prefix of "målgrupp").
 */
export function searchForm(word: string): string {
  if (word.length < 7 || !/^\p{L}+$/u.test(word)) return word;
  return strip(word, 5);
}

/** True when a title word holds the query word, inflected or as part of a compound. */
export function titleHas(title: string, word: string): boolean {
  const s = stem(word);
  // A stem of under four letters is the folded word itself (strip keeps four), so it must be a whole title word.
  return fold(title)
    .split(/[^\p{L}\p{N}]+/u)
    .some((t) => (s.length >= 4 ? t.includes(s) : t === s));
}

/**
 * True when a title word starts with the searched form: Pagefind's own title weighting (metaWeights)
 * has seen that match already, so it is not boosted twice. An empty form (a question word Pagefind was
 * not asked for) never has.
 */
function titleWordStarts(title: string, form: string): boolean {
  const f = fold(form);
  return f.length > 0 && fold(title).split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(f));
}

function boosted(result: RankInput, plan: QueryPlan, page: PageInfo | undefined): number {
  if (!page) return result.score;
  let score = result.score;
  if (plan.types.includes(page.type) || plan.urls.includes(page.url)) score *= INTENT_BOOST;
  if (plan.howTo && page.type === 'kapitel' && STEP_CHAPTER.test(page.url)) score *= HOW_TO_BOOST;
  for (const word of plan.titleWords) if (titleHas(page.title, word) && !titleWordStarts(page.title, plan.words.includes(word) ? searchForm(word) : '')) score *= TITLE_BOOST;
  return score;
}

/** Below this many all-words hits, pages with some of the words follow them. */
export const FEW_HITS = 5;

export interface Ranked {
  results: RankedResult[];
  /** Hits holding every word. */
  full: number;
  /** True when pages with only some of the words are shown (after the full hits). */
  partial: boolean;
}

/** One word's results from several searches (the word, its compound parts): each page once, best score, all locations. */
export function mergeResults(lists: readonly (readonly RankInput[])[]): RankInput[] {
  const byId = new Map<string, RankInput>();
  for (const list of lists) {
    for (const r of list) {
      const known = byId.get(r.id);
      if (!known) byId.set(r.id, { ...r });
      else {
        known.score = Math.max(known.score, r.score);
        known.words = [...new Set([...known.words, ...r.words])].sort((a, b) => a - b);
      }
    }
  }
  return [...byId.values()];
}

/** A page that holds only a part of a compound counts this much of one that holds the word. */
export const PART_WEIGHT = 0.5;

/**
 * One word's results for the fallback: its own, and — only when those are few — pages holding a part of
 * it ("samhällsbyggnad" for "samhällsbyggnadsförvaltningen"), weighted down.
 */
export function wordResults(own: readonly RankInput[], parts: readonly (readonly RankInput[])[]): RankInput[] {
  if (own.length >= FEW_HITS || !parts.length) return [...own];
  return mergeResults([own, ...parts.map((list) => list.map((r) => ({ ...r, score: r.score * PART_WEIGHT })))]);
}

/**
 * The final order: full hits (every word) by boosted score; then, when they are few, pages holding some
 * of the words (from one search per word, its compound parts included), by how many words they hold,
 * then by summed boosted score. Word locations from every search are merged, so the excerpt can mark each word.
 */
export function rankResults(full: readonly RankInput[], perWord: readonly (readonly RankInput[])[], plan: QueryPlan, pages: (id: string) => PageInfo | undefined): Ranked {
  const n = plan.words.length;
  const first = full
    .map((r) => ({ ...r, matched: n, score: boosted(r, plan, pages(r.id)) }))
    .sort((a, b) => b.score - a.score);
  const seen = new Set(first.map((r) => r.id));
  // Scores from searches for different words do not compare (a rare word scores higher), so each word's
  // scores are taken relative to its best page. On a tie the earlier word (usually the subject) wins: pages
  // enter `rest` word by word and the sort is stable.
  const rest = new Map<string, RankedResult>();
  if (full.length < FEW_HITS && (n > 1 || plan.parts.some((p) => p.length))) {
    for (const results of perWord) {
      const scores = results.map((r) => boosted(r, plan, pages(r.id)));
      const best = Math.max(...scores, Number.MIN_VALUE);
      for (const [i, r] of results.entries()) {
        if (seen.has(r.id)) continue;
        const score = scores[i]! / best;
        const known = rest.get(r.id);
        if (known) {
          known.matched++;
          known.score += score;
          known.words = [...new Set([...known.words, ...r.words])].sort((a, b) => a - b);
        } else rest.set(r.id, { ...r, score, matched: 1 });
      }
    }
  }
  const others = [...rest.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
  return { results: [...first, ...others], full: first.length, partial: others.length > 0 };
}
