import { describe, expect, it } from 'vitest';
import { compoundTails, EXTRA_MARKER, searchExtra, synonymsFor, termPattern } from '../../src/lib/search-terms';
import { pagefindFilters, parseSearchState, searchStateToQuery } from '../../src/lib/search-query';
import { EXCERPT_WORDS, excerptStart, headFromRow, hitFromShard, pageTablePath, SHARD_WORDS, shardFor, shardPath, summaryParts } from '../../src/lib/search-hit';
import { fragmentWords, parseFragment, shardOf, shardsOf, skipRanges, tableRow, type PagefindFragment } from '../../src/lib/search-shards';
import { editDistance, suggestTerms } from '../../src/lib/suggest';

const glossary = [
  { data: { term: 'Kommuner mot brott', synonyms: ['KmB', 'Lag (2023:196)'] } },
  { data: { term: 'Lokalt brottsförebyggande råd', synonyms: ['BRÅ', 'trygghetsråd'] } },
];

describe('compound tails', () => {
  it('finds the second part of Swedish compounds, inflection kept', () => {
    expect(compoundTails('Samverkansöverenskommelsen skrivs under.')).toContain('överenskommelsen');
    expect(compoundTails('Det brottsförebyggande arbetet')).toContain('förebyggande');
    expect(compoundTails('En åtgärdsplan och lägesbilden')).toEqual(expect.arrayContaining(['plan', 'bilden']));
  });
  it('leaves short and simple words alone', () => {
    expect(compoundTails('plan bild råd polis')).toEqual([]);
  });
});

describe('synonyms', () => {
  it('matches terms in inflected running text', () => {
    expect(termPattern('Lokalt brottsförebyggande råd').test('de lokala brottsförebyggande råden möts')).toBe(true);
    expect(termPattern('Kommuner mot brott').test('kommunerna mot brott')).toBe(true);
    expect(termPattern('KmB').test('skambud')).toBe(false);
  });
  it('gives every name of a mentioned term, with a minimum number of mentions', () => {
    expect(synonymsFor('Reformen Kommuner mot brott började 2023.', glossary)).toEqual(['Kommuner mot brott', 'KmB', 'Lag (2023:196)']);
    expect(synonymsFor('Reformen Kommuner mot brott började 2023.', glossary, 2)).toEqual([]);
  });
  it('splits extra words into what the page is about and what it mentions', () => {
    const extra = searchExtra('Kommuner mot brott i klartext', 'Det lokala brottsförebyggande rådet och det lokala brottsförebyggande rådet igen.', ['lagkrav'], glossary);
    expect(extra.strong.startsWith(EXTRA_MARKER)).toBe(true);
    expect(extra.strong.endsWith(EXTRA_MARKER)).toBe(true);
    expect(extra.strong).toContain('KmB');
    expect(extra.strong).toContain('lagkrav');
    expect(extra.weak).toContain('BRÅ');
    expect(extra.weak).not.toContain('KmB');
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and a non-default edition', () => {
    const state = parseSearchState('?q=l%C3%A4gesbild&typ=metod&typ=kapitel&steg=Steg+2&utgava=2020', '2024');
    expect(state).toEqual({ q: 'lägesbild', filters: { typ: ['metod', 'kapitel'], steg: ['Steg 2'], roll: [] }, edition: '2020' });
    expect(parseSearchState(searchStateToQuery(state, '2024'), '2024')).toEqual(state);
    expect(searchStateToQuery({ ...state, edition: '2024' }, '2024')).not.toContain('utgava');
    expect(pagefindFilters(state)).toEqual({ utgava: '2020', typ: { any: ['metod', 'kapitel'] }, steg: { any: ['Steg 2'] } });
  });
});

describe('search shards and hits', () => {
  // A page as Pagefind stores it: title, summary, the hidden search words between markers, then sections.
  const body = Array.from({ length: 600 }, (_, i) => (i === 300 ? 'lägesbilden' : i === 305 ? 'Lägesbild,' : `ord${i}`));
  const content = `Lägesbild på djupet. Kort sammanfattning här. ${EXTRA_MARKER} kartläggning · lägesbild ${EXTRA_MARKER} ${body.join(' ')}`;
  const words = fragmentWords(content);
  const at = (word: string) => words.indexOf(word);
  const fragment: PagefindFragment = {
    url: '/kapitel/lagesbild/',
    content,
    meta: { title: 'Lägesbild på djupet', typ: 'kapitel', steg: '2', summary: 'Kort sammanfattning här.' },
    anchors: [
      { element: 'h2', id: 'datakallor', text: 'Datakällor', location: at('ord100') },
      { element: 'div', id: 'ruta', text: '', location: at('ord150') },
      { element: 'h3', id: 'morkertal', text: 'Mörkertal', location: at('ord290') },
    ],
  };
  const hidden = at('lägesbild');

  it('reads a fragment and names the file when its format is unknown', () => {
    expect(parseFragment(`pagefind_dcd${JSON.stringify(fragment)}`, 'x.pf_fragment').url).toBe('/kapitel/lagesbild/');
    expect(() => parseFragment('{"url":"/"}', 'sv_1.pf_fragment')).toThrow(/sv_1\.pf_fragment: saknar Pagefinds signatur/);
    expect(() => parseFragment('pagefind_dcd{"url":"/","content":"x","meta":{}}', 'sv_2.pf_fragment')).toThrow(/sv_2\.pf_fragment: fältet "anchors" saknas/);
  });

  it('knows which words are the title and which are hidden search words', () => {
    expect(skipRanges(words, 'Lägesbild på djupet')).toEqual([
      [0, 3],
      [at(EXTRA_MARKER), at('ord0')],
    ]);
    expect(skipRanges(['Annan', 'rubrik.'], 'Lägesbild')).toEqual([]);
  });

  it('cuts a page into overlapping shards that together hold every word', () => {
    const shards = shardsOf(fragment);
    expect(shards).toHaveLength(Math.ceil(words.length / SHARD_WORDS));
    expect(shards.map((s) => s.start)).toEqual(shards.map((_, i) => i * SHARD_WORDS));
    expect(shards[0]!.words.split(' ')).toHaveLength(SHARD_WORDS + EXCERPT_WORDS);
    expect(shards.map((s) => s.words.split(' ').slice(0, SHARD_WORDS).join(' ')).join(' ')).toBe(words.join(' '));
    expect(shards[1]!.headings.map(([, id]) => id)).toEqual(['datakallor', 'morkertal']);
    expect(shards[1]!.length).toBe(words.length);
    expect(shardOf(fragment, shards.length)).toBeUndefined();
    expect(shardPath('sv_abc', 2)).toMatch(/^\/sokdata\/v1-\d+\/sv_abc\/2\.json$/);
  });

  it('gives every page a row in the page table, so hits show their title before the excerpt', () => {
    expect(headFromRow(tableRow(fragment))).toEqual({ url: '/kapitel/lagesbild/', title: 'Lägesbild på djupet', type: 'kapitel', steps: ['2'] });
    expect(headFromRow(tableRow({ ...fragment, meta: {} }))).toEqual({ url: '/kapitel/lagesbild/', title: '/kapitel/lagesbild/', type: '', steps: [] });
    expect(pageTablePath('20261125T060435Z')).toBe('/sokdata/sidor-20261125T060435Z.json');
  });

  it('centres the excerpt on the densest cluster of hits', () => {
    expect(excerptStart([3, 500, 505, 508])).toBe(Math.round((500 + 508) / 2 - EXCERPT_WORDS / 2));
    expect(excerptStart([5])).toBe(0);
    expect(excerptStart([])).toBe(0);
  });

  it('builds the excerpt from the readable text around the hits, with links to their sections', () => {
    const hits = [1, at('lägesbilden'), at('Lägesbild,'), hidden];
    const index = shardFor(hits);
    expect(index).toBe(1);
    const shard = shardOf(fragment, index)!;
    expect(shardFor(hits, shard)).toBe(index);
    const hit = hitFromShard(shard, hits, 'lägesbild');
    const text = hit.excerpt.map((p) => p.text).join('');
    expect(hit.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['lägesbilden', 'Lägesbild,']);
    expect(text).toMatch(/^… ord\d+ /);
    expect(text).toMatch(/ …$/);
    expect(text.split(' ').filter((w) => w !== '…')).toHaveLength(EXCERPT_WORDS);
    expect(hit).toMatchObject({ url: '/kapitel/lagesbild/', title: 'Lägesbild på djupet', type: 'kapitel', steps: ['2'] });
    expect(hit.sections).toEqual([{ url: '/kapitel/lagesbild/#morkertal', title: 'Mörkertal' }]);
  });

  it('never shows the title or the hidden words as an excerpt', () => {
    // Title and hidden words only: the summary, with the query marked, stands in.
    const onlyHidden = hitFromShard(shardOf(fragment, shardFor([1, hidden]))!, [1, hidden], 'sammanfattning');
    expect(onlyHidden.excerpt).toEqual([
      { text: 'Kort ', mark: false },
      { text: 'sammanfattning', mark: true },
      { text: ' här.', mark: false },
    ]);
    expect(onlyHidden.sections).toEqual([]);
    // The first guess lands on the title; with no readable hit there, the body's cluster is fetched instead.
    const far = at('ord520');
    const hits = [0, 1, 2, far];
    expect(shardFor(hits)).toBe(0);
    const next = shardFor(hits, shardOf(fragment, 0)!);
    expect(next).toBe(Math.floor(excerptStart([far]) / SHARD_WORDS));
    const text = hitFromShard(shardOf(fragment, next)!, hits, 'x').excerpt.map((p) => p.text).join('');
    expect(text).toContain('ord520');
    expect(text).not.toContain(EXTRA_MARKER);
  });

  it('marks query words in a summary', () => {
    expect(summaryParts('En gemensam lägesbild, kort.', 'lägesbild')).toEqual([
      { text: 'En gemensam ', mark: false },
      { text: 'lägesbild,', mark: true },
      { text: ' kort.', mark: false },
    ]);
  });
});

describe('suggestions for a search without hits', () => {
  const terms = [
    { id: 'lagesbild', term: 'Lägesbild', synonyms: ['kartläggning'] },
    { id: 'mervarde', term: 'Mervärde', synonyms: [] },
    { id: 'ntu', term: 'NTU', synonyms: ['Nationella trygghetsundersökningen'] },
  ];
  it('forgives typos and missing diacritics', () => {
    expect(editDistance('lagesbld', 'lagesbild')).toBe(1);
    expect(suggestTerms('lägesbld', terms).map((t) => t.id)).toEqual(['lagesbild']);
    expect(suggestTerms('mervarde', terms).map((t) => t.id)).toEqual(['mervarde']);
    expect(suggestTerms('trygghetsundersökning', terms).map((t) => t.id)).toEqual(['ntu']);
    expect(suggestTerms('x', terms)).toEqual([]);
  });
});
