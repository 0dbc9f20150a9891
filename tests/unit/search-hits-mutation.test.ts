// The edges of what a search hit shows (src/shared/search-hit.ts), how a page is cut into shards
// (src/shared/search-shards.ts) and which glossary terms are suggested for a search without hits
// (src/shared/suggest.ts): the limits, fallbacks and orderings a reader sees.
import { describe, expect, it } from 'vitest';
import { countFilters, EXCERPT_WORDS, excerptStart, hitFromShard, SHARD_WORDS, shardFor, summaryParts, type SearchShard } from '../../src/shared/search-hit';
import { fragmentWords, parseFragment, shardOf, shardsOf, skipRanges, type PagefindFragment } from '../../src/shared/search-shards';
import { editDistance, suggestTerms } from '../../src/shared/suggest';

/** A page of `length` words w0 w1 …, as one shard from `start` (words up to SHARD_WORDS + EXCERPT_WORDS). */
const page = (length: number, over: Partial<SearchShard> = {}, start = 0): SearchShard => ({
  url: '/kapitel/lagesbild/',
  title: 'Lägesbild',
  type: 'kapitel',
  steps: '',
  summary: 'Om lägesbilden.',
  start,
  length,
  words: Array.from({ length: Math.min(length, start + SHARD_WORDS + EXCERPT_WORDS) - start }, (_, i) => `w${start + i}`).join(' '),
  headings: [],
  skip: [],
  ...over,
});
const text = (shard: SearchShard, locations: number[], query = 'x') =>
  hitFromShard(shard, locations, query)
    .excerpt.map((p) => p.text)
    .join('');
const marked = (shard: SearchShard, locations: number[]) =>
  hitFromShard(shard, locations, 'x')
    .excerpt.filter((p) => p.mark)
    .map((p) => p.text);

describe('excerpt of a hit', () => {
  it('starts at the page’s first word without an ellipsis, and ends with one when the page goes on', () => {
    const shard = page(100);
    expect(text(shard, [2])).toBe(`${Array.from({ length: EXCERPT_WORDS }, (_, i) => `w${i}`).join(' ')} …`);
  });

  it('shows a whole short page with no ellipsis on either side', () => {
    expect(text(page(10), [5])).toBe('w0 w1 w2 w3 w4 w5 w6 w7 w8 w9');
  });

  it('ends a hit on the last word at the page’s end, still a full excerpt long', () => {
    const excerpt = text(page(100), [99]);
    expect(excerpt).toMatch(/^… w76 .* w99$/);
    expect(excerpt.replace('… ', '').split(' ')).toHaveLength(EXCERPT_WORDS);
  });

  it('passes over the title and opens without an ellipsis when only the title comes before', () => {
    const shard = page(100, { skip: [[0, 3]] });
    const excerpt = text(shard, [5]);
    expect(excerpt).toMatch(/^w3 w4 w5 /);
    expect(excerpt).not.toMatch(/\bw[012]\b/);
  });

  it('marks text before the excerpt with an ellipsis when it is more than the title', () => {
    // Title 0–3, hidden words 5–10: the excerpt opens at w4, and w3 comes before it.
    expect(text(page(100, { skip: [[0, 3], [5, 10]] }), [16])).toMatch(/^… w4 w10 w11 /);
    // No title at the start, hidden words 5–10: the excerpt opens at w2, after w0 and w1.
    expect(text(page(100, { skip: [[5, 10]] }), [14])).toMatch(/^… w2 w3 w4 w10 /);
  });

  it('marks a hit right after the hidden words, and a hit right before them', () => {
    const shard = page(100, { skip: [[10, 20]] });
    expect(marked(shard, [20])).toEqual(['w20']);
    expect(marked(shard, [9])).toEqual(['w9']);
    expect(marked(shard, [15])).toEqual([]);
  });

  it('centres on the readable hits of this shard, not on hidden words or hits in other shards', () => {
    // A cluster of hidden-word hits at the top and one readable hit further down: the readable one is shown.
    expect(marked(page(400, { skip: [[0, 3], [3, 12]] }), [4, 5, 6, 7, 8, 9, 200])).toEqual(['w200']);
    // A denser cluster in the next shard does not pull this shard's excerpt away from its own hit.
    expect(marked(page(800), [100, 600, 601, 602])).toEqual(['w100']);
  });

  it('shows the summary, query words marked, when the shard has no readable hit', () => {
    expect(hitFromShard(page(100, { skip: [[0, 3]] }), [1], 'lägesbild').excerpt).toEqual([
      { text: 'Om ', mark: false },
      { text: 'lägesbilden.', mark: true },
    ]);
  });
});

describe('which shard a hit reads', () => {
  it('keeps the known shard while it holds a readable hit, even with a denser cluster elsewhere', () => {
    expect(shardFor([100, 600, 601, 602], page(800))).toBe(0);
  });

  it('keeps the known shard when every hit is hidden', () => {
    expect(shardFor([265], page(800, { skip: [[260, 270]] }, SHARD_WORDS))).toBe(1);
  });

  it('moves when the known shard has no readable hit, counting its first word in and its end out', () => {
    // A hit before the known shard.
    expect(shardFor([100], page(800, {}, SHARD_WORDS))).toBe(0);
    // A hit on the known shard's first word stays.
    expect(shardFor([SHARD_WORDS], page(800, {}, SHARD_WORDS))).toBe(1);
    // A hit on the first word after the known shard belongs to the next one.
    expect(shardFor([SHARD_WORDS, SHARD_WORDS + 23], page(800))).toBe(1);
  });

  it('treats two hits a full excerpt apart as two clusters and takes the later one', () => {
    expect(excerptStart([0, EXCERPT_WORDS])).toBe(EXCERPT_WORDS / 2);
    expect(excerptStart([0, EXCERPT_WORDS - 1])).toBe(0);
  });
});

describe('section links under a hit', () => {
  const headings: [number, string, string][] = [
    [10, 'a', 'Avsnitt A'],
    [20, 'b', 'Avsnitt B'],
    [30, 'c', 'Avsnitt C'],
    [40, 'd', 'Avsnitt D'],
  ];
  const sections = (locations: number[], over: Partial<SearchShard> = {}) =>
    hitFromShard(page(100, { headings, ...over }), locations, 'x').sections.map((s) => s.title);

  it('counts a hit in the section it falls in, a heading’s own words included, and none before the first', () => {
    expect(sections([15])).toEqual(['Avsnitt A']);
    expect(sections([20])).toEqual(['Avsnitt B']);
    expect(sections([5])).toEqual([]);
  });

  it('links the three sections with the most hits, in reading order', () => {
    expect(sections([12, 21, 22, 23, 31, 32, 41, 42])).toEqual(['Avsnitt B', 'Avsnitt C', 'Avsnitt D']);
    expect(sections([41, 42, 43, 12, 13, 31])).toEqual(['Avsnitt A', 'Avsnitt C', 'Avsnitt D']);
  });

  it('breaks a tie in hits by reading order, whatever order the hits came in', () => {
    expect(sections([41, 31, 21, 11])).toEqual(['Avsnitt A', 'Avsnitt B', 'Avsnitt C']);
  });

  it('leaves out a section whose heading is the page title', () => {
    expect(sections([15, 25], { title: 'Avsnitt A' })).toEqual(['Avsnitt B']);
  });

  it('links a section by the page address and the heading id', () => {
    expect(hitFromShard(page(100, { headings }), [15], 'x').sections).toEqual([{ url: '/kapitel/lagesbild/#a', title: 'Avsnitt A' }]);
  });
});

describe('a summary with the query marked', () => {
  it('marks a first word without a space before it, and adjacent marked words apart', () => {
    expect(summaryParts('Gemensam lägesbild för kommunen.', 'gemensam lägesbild')).toEqual([
      { text: 'Gemensam', mark: true },
      { text: ' ', mark: false },
      { text: 'lägesbild', mark: true },
      { text: ' för kommunen.', mark: false },
    ]);
  });

  it('marks a word whatever the punctuation around it, and an inflected or shorter form of a query word', () => {
    expect(summaryParts('Se (lägesbilden) nedan', 'LÄGESBILD').filter((p) => p.mark).map((p) => p.text)).toEqual(['(lägesbilden)']);
    expect(summaryParts('En lägesbild nu', 'lägesbilden').filter((p) => p.mark).map((p) => p.text)).toEqual(['lägesbild']);
  });

  it('does not mark a short word only because a longer query word starts with it', () => {
    const marks = (summary: string, query: string) => summaryParts(summary, query).filter((p) => p.mark).map((p) => p.text);
    expect(marks('En plan för engagemang i skolan.', 'engagemang')).toEqual(['engagemang']);
    expect(marks('Arbete för trygghet i kommunen.', 'förebyggande informationsdelning')).toEqual([]);
    // The same word with an inflection ending is marked.
    expect(marks('Varje kommun och dess mål.', 'kommunerna målen')).toEqual(['kommun', 'mål.']);
  });

  it('marks each word that matches any of several query words, and ignores one-letter query words', () => {
    expect(summaryParts('Polisen och kommunen i samverkan', 'kommunen i polisen').filter((p) => p.mark).map((p) => p.text)).toEqual([
      'Polisen',
      'kommunen',
    ]);
  });

  it('ignores whitespace around and inside the summary', () => {
    expect(summaryParts('\n Kort  om lägesbild. ', 'lägesbild')).toEqual([
      { text: 'Kort om ', mark: false },
      { text: 'lägesbild.', mark: true },
    ]);
  });
});

describe('filter counts', () => {
  it('does not count a page without a type under an empty type', () => {
    expect(countFilters(['a'], { a: ['/a/', 'A', '', '1'] }, (n) => n).typ).toEqual({});
  });
});

describe('Pagefind fragments and shards', () => {
  const fragment = (content: string, over: Partial<PagefindFragment> = {}): PagefindFragment => ({
    url: '/kapitel/x/',
    content,
    meta: { title: 'X' },
    anchors: [],
    ...over,
  });

  it('refuses a fragment without text content, address or meta, naming the file and the field', () => {
    const parse = (json: object) => () => parseFragment(`pagefind_dcd${JSON.stringify(json)}`, 'sv_9.pf_fragment');
    expect(parse({ url: '/', meta: {}, anchors: [] })).toThrow('sv_9.pf_fragment: fältet "content" saknas eller är inte text');
    expect(parse({ url: 1, content: 'x', meta: {}, anchors: [] })).toThrow('sv_9.pf_fragment: fältet "url" saknas eller är inte text');
    expect(parse({ url: '/', content: 'x', anchors: [] })).toThrow('sv_9.pf_fragment: fältet "meta" saknas');
    expect(parse({ url: '/', content: 'x', meta: 'x', anchors: [] })).toThrow('sv_9.pf_fragment: fältet "meta" saknas');
  });

  it('counts words across runs of spaces and line breaks as Pagefind does', () => {
    expect(fragmentWords('Lägesbild  på\r\n djupet')).toEqual(['Lägesbild', 'på', 'djupet']);
  });

  it('recognises the title whatever its stray spaces and punctuation, but word by word', () => {
    expect(skipRanges(['Lagen', '(2023:196)', 'text'], 'Lagen 2023:196')).toEqual([[0, 2]]);
    expect(skipRanges(['Lägesbild', 'text'], ' Lägesbild ')).toEqual([[0, 1]]);
    expect(skipRanges(['Läges-bild', 'djupet'], 'Lägesbild djupet')).toEqual([]);
  });

  it('hides words between markers from the first word on, and to the page end when a marker is not closed', () => {
    expect(skipRanges(['⁂a', 'b⁂', 'c'], '')).toEqual([[0, 2]]);
    expect(skipRanges(['⁂a', 'b'], '')).toEqual([[0, 2]]);
    expect(skipRanges(['a', '⁂b', 'c'], '')).toEqual([[1, 3]]);
  });

  it('lists the page’s headings in reading order with their text trimmed, and no other anchors', () => {
    const [shard] = shardsOf(
      fragment('X a b c d e', {
        anchors: [
          { element: 'H3', id: 'd', text: ' Delen ', location: 4 },
          { element: 'h2', id: 'b', text: 'Början', location: 2 },
          { element: 'h2', id: 'tom', text: '  ', location: 3 },
          { element: 'h2', id: 'utan', location: 3 },
          { element: 'div', id: 'ruta', text: 'Ruta', location: 1 },
        ],
      }),
    );
    expect(shard!.headings).toEqual([
      [2, 'b', 'Början'],
      [4, 'd', 'Delen'],
    ]);
    expect(shard!.summary).toBe('');
  });

  it('has a shard only for a whole, non-negative number inside the page', () => {
    const content = Array.from({ length: 2 * SHARD_WORDS }, (_, i) => `w${i}`).join(' ');
    expect(shardOf(fragment(content), 1)?.start).toBe(SHARD_WORDS);
    expect(shardOf(fragment(content), 2)).toBeUndefined();
    expect(shardOf(fragment(content), -1)).toBeUndefined();
    expect(shardOf(fragment(content), 0.5)).toBeUndefined();
    expect(shardOf(fragment(''), 0)?.words).toBe('');
  });
});

describe('glossary suggestions', () => {
  const term = (t: string, ...synonyms: string[]) => ({ id: t, term: t, synonyms });
  const ids = (query: string, terms: ReturnType<typeof term>[]) => suggestTerms(query, terms).map((t) => t.id);

  it('counts a length difference of exactly the limit as a distance, not as too far', () => {
    expect(editDistance('rad', 'radera')).toBe(3);
    expect(editDistance('rad', 'raderar')).toBe(4);
  });

  it('suggests from two letters on, and ignores spaces around the query', () => {
    expect(ids('br', [term('BRÅ')])).toEqual(['BRÅ']);
    expect(ids('  lägesbld  ', [term('Lägesbild')])).toEqual(['Lägesbild']);
  });

  it('suggests a term one of whose words begins the query', () => {
    expect(ids('rådets', [term('Lokalt råd'), term('Polisen')])).toEqual(['Lokalt råd']);
    expect(ids('samverkansavtal', [term('Lokal samverkan-avtal')])).toEqual(['Lokal samverkan-avtal']);
  });

  it('does not let a one- or two-letter word of a term match queries that begin with it', () => {
    expect(ids('inbrott', [term('Brott i nära relationer')])).toEqual([]);
    expect(ids('omsorg', [term('Samverkan om trygghet')])).toEqual([]);
  });

  it('ranks a name holding the query before a word that begins it, and an exact word before a typo', () => {
    expect(ids('trygghetsrådets', [term('Lokalt trygghetsråd'), term('Trygghetsrådets ordförande')])).toEqual([
      'Trygghetsrådets ordförande',
      'Lokalt trygghetsråd',
    ]);
    expect(ids('kartlägning', [term('Social kartläggning'), term('Kartläggning')])).toEqual(['Kartläggning', 'Social kartläggning']);
  });
});
