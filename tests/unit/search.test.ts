import { describe, expect, it } from 'vitest';
import { compoundTails, EXTRA_MARKER, searchExtra, synonymsFor, termPattern } from '../../src/shared/search-terms';
import { pagefindFilters, parseSearchState, searchStateToQuery } from '../../src/shared/search-query';
import { countFilters, EXCERPT_WORDS, excerptStart, headFromRow, hitFromShard, pageTablePath, SHARD_WORDS, shardFor, shardPath, summaryParts } from '../../src/shared/search-hit';
import { fragmentWords, parseFragment, shardOf, shardsOf, skipRanges, tableRow, type PagefindFragment } from '../../src/shared/search-shards';
import { editDistance, suggestTerms } from '../../src/shared/suggest';

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
    // Six letters are too few for a compound, even when a head ends the word.
    expect(compoundTails('xyzråd')).toEqual([]);
    expect(compoundTails('xyzwråd')).toEqual(['råd']);
  });
  it('needs three letters before the head and at most four after it, and takes its last place', () => {
    const heads = ['plan', 'bild', 'mål'];
    // "plan" opens the word: no compound.
    expect(compoundTails('planeringen', heads)).toEqual([]);
    // Three letters before: a compound; two: not.
    expect(compoundTails('xyzplanen', heads)).toEqual(['planen']);
    expect(compoundTails('xyplanens', heads)).toEqual([]);
    // Four letters of inflection after the head, but not five.
    expect(compoundTails('åtgärdsplanerna', heads)).toEqual(['planerna']);
    expect(compoundTails('åtgärdsplanernas', heads)).toEqual([]);
    // The head's last place counts; every head that fits gives its tail.
    expect(compoundTails('planplanplanen', heads)).toEqual(['planen']);
    expect(compoundTails('måltavlebilden', heads)).toEqual(['bilden']);
    expect(compoundTails('åtgärdsplan', ['plan', 'an'])).toEqual(['an', 'plan']);
  });
});

describe('search words: the edges', () => {
  it('counts a seven-letter word as a possible compound, a six-letter one not', () => {
    expect(compoundTails('xyzplan', ['plan'])).toEqual(['plan']);
    expect(compoundTails('xyplan', ['plan'])).toEqual([]);
  });
  it('reads a term word by word: a reference number stays, other parentheses go, short words and codes stay whole', () => {
    // "(SFS 2023:196)" holds a digit after other letters: it is part of the name.
    expect(termPattern('Förordning (SFS 2023:196)').test('förordningen')).toBe(false);
    expect(termPattern('Förordning (SFS 2023:196)').test('förordning (SFS 2023:196)')).toBe(true);
    expect(termPattern('Råd (förkortat)').test('råden')).toBe(true);
    // A code that ends in a digit is matched as written; a four-letter word is matched from all four letters.
    expect(termPattern('Metod K9').test('metod k9ab')).toBe(false);
    expect(termPattern('Plan').test('planer')).toBe(true);
    expect(termPattern('Plan').test('plats')).toBe(false);
  });
  it('writes the hidden words between markers, a dot between them, and leaves out what the page already has', () => {
    const extra = searchExtra('KmB i korthet', 'Kommuner mot brott och åter Kommuner mot brott.', ['årsplan', 'Lag (2023:196)'], glossary);
    expect(extra.strong).toBe(`${EXTRA_MARKER} årsplan · Lag (2023:196) · Kommuner mot brott ${EXTRA_MARKER}`);
    // KmB is in the title: neither weak nor strong repeats it.
    expect(extra.weak).not.toContain('KmB');
    expect(extra.about).toBe('Kommuner mot brott Lag (2023:196)');
    // A keyword with brackets and digits that the title already has is left out (matched as text, not as a pattern).
    expect(searchExtra('Om Lag (2023:196)', '', ['Lag (2023:196)'], []).strong).toBe('');
    expect(searchExtra('Titel', 'Text.', [], []).strong).toBe('');
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
    expect(pagefindFilters(state, '2024')).toEqual({ utgava: '2020', typ: { any: ['metod', 'kapitel'] }, steg: { any: ['Steg 2'] } });
    // The current edition has an index of its own: no edition filter (one filter file less to fetch).
    expect(pagefindFilters({ ...state, edition: '2024' }, '2024')).toEqual({ typ: { any: ['metod', 'kapitel'] }, steg: { any: ['Steg 2'] } });
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

  it('keeps the roles of each page in the page table and counts the filters of a search from it', () => {
    const row = tableRow({ ...fragment, filters: { roll: ['samordnare', 'skola'], typ: ['kapitel'] } });
    expect(row[4]).toBe('samordnare,skola');
    expect(tableRow({ ...fragment })[4]).toBe('');
    const table = {
      a: row,
      b: ['/metoder/x/', 'X', 'metod', '2,4', 'skola'] as [string, string, string, string, string],
      c: ['/ordlista/', 'Ordlista', 'ordlista', ''] as [string, string, string, string],
    };
    // A page found twice counts once; a page the table does not know is not counted.
    expect(countFilters(['a', 'b', 'b', 'c', 'okänd'], table, (n) => `Steg ${n}`)).toEqual({
      typ: { kapitel: 1, metod: 1, ordlista: 1 },
      steg: { 'Steg 2': 2, 'Steg 4': 1 },
      roll: { samordnare: 1, skola: 2 },
    });
    expect(countFilters([], table, (n) => `Steg ${n}`)).toEqual({ typ: {}, steg: {}, roll: {} });
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

import { compoundParts, FEW_HITS, INTENT_BOOST, mergeResults, PART_WEIGHT, planQuery, rankResults, searchForm, STOP_WORDS, titleHas, wordResults, type PageInfo, type RankInput } from '../../src/shared/search-ask';

describe('query plan: question words', () => {
  it('leaves out the question and function words of everyday questions', () => {
    expect(planQuery('Hur gör vi en lägesbild?').words).toEqual(['lägesbild']);
    expect(planQuery('vem ansvarar för samordningen').words).toEqual(['ansvarar', 'samordningen']);
    expect(planQuery('varför ska vi samverka').words).toEqual(['samverka']);
    expect(planQuery('när ska åtgärdsplanen antas').words).toEqual(['åtgärdsplanen', 'antas']);
    expect(planQuery('vad är ett medborgarlöfte').words).toEqual(['medborgarlöfte']);
    expect(planQuery('hur skriver man en samverkansöverenskommelse').words).toEqual(['skriver', 'samverkansöverenskommelse']);
    expect(planQuery('vilka data finns hos polisen och kommunen').words).toEqual(['data', 'polisen', 'kommunen']);
    expect(planQuery('måste vi göra det med länsstyrelsen').words).toEqual(['länsstyrelsen']);
  });
  // Each stop word, in a query where it sits beside a subject: it is dropped, whatever its case.
  const TESTED = [
    'vad', 'hur', 'vem', 'vilka', 'vilken', 'vilket', 'när', 'nar', 'var', 'varför', 'varfor', 'jag', 'du', 'vi', 'ni', 'man', 'mig', 'oss',
    'vår', 'vårt', 'våra', 'sin', 'sitt', 'sina', 'sig', 'det', 'den', 'de', 'dem', 'denna', 'detta', 'dessa', 'en', 'ett', 'av', 'för', 'for',
    'som', 'och', 'i', 'på', 'pa', 'till', 'med', 'om', 'att', 'hos', 'mot', 'från', 'fran', 'eller', 'vid', 'efter', 'inför', 'infor', 'är',
    'ar', 'ska', 'skall', 'kan', 'bör', 'bor', 'får', 'måste', 'maste', 'gör', 'gor', 'göra', 'gora', 'finns', 'behöver', 'behover', 'har',
    'fungerar', 'så', 'sa', 'inte', 'också', 'ocksa', 'egentligen',
  ];
  it.each(TESTED)('”%s” is left out beside a subject', (word) => {
    expect(planQuery(`${word.toUpperCase()} lägesbild`).words).toEqual(['lägesbild']);
    expect(planQuery(`lägesbild ${word}`).words).toEqual(['lägesbild']);
  });
  it('has no other stop words than the tested ones', () => {
    expect([...STOP_WORDS].sort()).toEqual([...TESTED].sort());
  });
  it('keeps words that carry a subject: Brå without its ring, what the law demands, compounds with "samverka"', () => {
    for (const word of ['bra', 'brå', 'kräver', 'samverka', 'checklista', 'kommun', 'lagkrav', 'mål', 'plan', 'polis', 'råd', 'unga', 'ansvar']) {
      expect(planQuery(`${word} lägesbild`).words, word).toEqual([word, 'lägesbild']);
    }
  });
  it('searches a query of only stop words as typed, so it is never empty', () => {
    expect(planQuery('vad är det').words).toEqual(['vad', 'är', 'det']);
    expect(planQuery('  ').words).toEqual([]);
  });
  it('strips the punctuation of a question, not of a law reference', () => {
    expect(planQuery('”lägesbild”, mall?').words).toEqual(['lägesbild']);
    expect(planQuery('Lag (2023:196)')).toMatchObject({ words: ['2023:196'], types: ['lagen'] });
  });
  it('marks a how-question and keeps longer question words for the title', () => {
    expect(planQuery('hur gör vi en lägesbild').howTo).toBe(true);
    expect(planQuery('vad är en lägesbild').howTo).toBe(false);
    expect(planQuery('varför ska vi samverka').titleWords).toEqual(['samverka', 'varför']);
  });
});

describe('query plan: kind words', () => {
  it('turns kind words into page types and addresses to boost, not into search words', () => {
    expect(planQuery('åtgärdsplan mall')).toMatchObject({ words: ['åtgärdsplan'], types: ['arbetsblad'] });
    expect(planQuery('övningar lägesbild')).toMatchObject({ words: ['lägesbild'], types: ['övning'] });
    expect(planQuery('exempel medborgarlöften')).toMatchObject({ words: ['medborgarlöften'], types: ['gott exempel'] });
    expect(planQuery('samordnare roll')).toMatchObject({ words: ['samordnare'], types: ['din roll'] });
    expect(planQuery('metod orsaksanalys')).toMatchObject({ words: ['orsaksanalys'], types: ['metod'] });
    expect(planQuery('vad betyder mervärde')).toMatchObject({ words: ['mervärde'], types: ['ordlista'] });
    const law = planQuery('vad kräver lagen av kommunen');
    expect(law).toMatchObject({ words: ['kräver', 'kommunen'], types: ['lagen'] });
    expect(law.urls).toEqual(['/kapitel/kommuner-mot-brott/', '/lagen/']);
    expect(planQuery('blankett aktörskarta').types).toEqual(['arbetsblad']);
    expect(planQuery('paragraf lagkrav').types).toEqual(['lagen']);
  });
  it('searches the kind words when nothing else is asked', () => {
    expect(planQuery('lagen')).toMatchObject({ words: ['lagen'], types: ['lagen'] });
    expect(planQuery('vilka övningar finns')).toMatchObject({ words: ['övningar'], types: ['övning'] });
  });
});

describe('query plan: word forms', () => {
  it('asks Pagefind for long words without their inflection ending (Pagefind matches by prefix)', () => {
    expect(searchForm('medborgarlöftet')).toBe('medborgarlöft');
    expect(searchForm('lägesbilden')).toBe('lägesbild');
    expect(searchForm('trygghetsvandringar')).toBe('trygghetsvandring');
    expect(searchForm('förebyggande')).toBe('förebygg');
    expect(searchForm('politikerna')).toBe('politik');
    expect(planQuery('hur följer vi upp åtgärderna').text).toBe('följer upp åtgärd');
  });
  it('leaves short words, -het words, abbreviations and numbers as typed', () => {
    for (const word of ['mål', 'lagen', 'KmB', 'NTU', '2023:196', 'kick-off', 'trygghet', 'otrygghet']) expect(searchForm(word)).toBe(word);
    expect(searchForm('otryggheten')).toBe('otrygghet');
  });
  it('splits a compound before a known head word, linking s dropped', () => {
    expect(compoundParts('samhällsbyggnadsförvaltningen')).toEqual(['samhällsbyggnad', 'förvaltningen']);
    expect(compoundParts('trygghetsvandring')).toEqual(['trygghet', 'vandring']);
    expect(compoundParts('samordnare')).toEqual([]);
    expect(compoundParts('2023:196')).toEqual([]);
  });
  it('finds a query word in a title, inflected or inside a compound, without å/ä/ö', () => {
    expect(titleHas('Grunderna i brottsförebyggande arbete', 'förebyggande')).toBe(true);
    expect(titleHas('Lägesbild och orsaksanalys på djupet', 'orsaksanalysen')).toBe(true);
    expect(titleHas('Lägesbild och orsaksanalys på djupet', 'lagesbilden')).toBe(true);
    expect(titleHas('Varför samverka — och vad samverkan kräver', 'varför')).toBe(true);
    expect(titleHas('Sluta skjut i Malmö', 'mål')).toBe(false);
    expect(titleHas('Medborgarlöften', 'lagen')).toBe(false);
  });
});

describe('ranking', () => {
  const pages: Record<string, PageInfo> = {
    law: { url: '/kapitel/kommuner-mot-brott/', title: 'Kommuner mot brott: lagen i klartext', type: 'kapitel', steps: [] },
    sheet: { url: '/arbetsblad/atgardsplan/', title: 'Åtgärdsplan', type: 'arbetsblad', steps: ['4'] },
    chapter: { url: '/kapitel/steg-4-genomforande/', title: 'Steg 4: Genomförande', type: 'kapitel', steps: ['4'] },
    example: { url: '/goda-exempel/x/', title: 'Ett exempel', type: 'gott exempel', steps: [] },
    basics: { url: '/kapitel/grunderna/', title: 'Grunderna i brottsförebyggande arbete', type: 'kapitel', steps: [] },
    deep: { url: '/kapitel/dela-information-lagligt/', title: 'Dela information lagligt', type: 'kapitel', steps: ['4'] },
  };
  const info = (id: string) => pages[id];
  const r = (id: string, score: number, words: number[] = [1]): RankInput => ({ id, score, words });

  it('lifts pages of the asked-for kind without dropping the others', () => {
    const plan = planQuery('åtgärdsplan mall');
    const ranked = rankResults([r('chapter', 4), r('sheet', 1)], [], plan, info);
    expect(ranked.results.map((x) => x.id)).toEqual(['sheet', 'chapter']);
    expect(ranked.results[0]!.score).toBe(INTENT_BOOST);
    expect(ranked.partial).toBe(false);
  });
  it('lifts the law chapter for law questions by its address, and process chapters for how-questions', () => {
    expect(rankResults([r('example', 2), r('law', 1)], [], planQuery('vad kräver lagen av kommunen'), info).results[0]!.id).toBe('law');
    expect(rankResults([r('sheet', 2), r('chapter', 1)], [], planQuery('hur genomför vi åtgärder'), info).results[0]!.id).toBe('chapter');
    expect(rankResults([r('sheet', 2), r('chapter', 1)], [], planQuery('genomför åtgärder'), info).results[0]!.id).toBe('sheet');
    // Only the step's own chapter: another chapter tied to the same step is not lifted.
    expect(rankResults([r('deep', 2), r('chapter', 1)], [], planQuery('hur genomför vi åtgärder'), info).results[0]!.id).toBe('chapter');
    expect(rankResults([r('deep', 1), r('sheet', 2)], [], planQuery('hur genomför vi åtgärder'), info).results[0]!.id).toBe('sheet');
  });
  it('lifts a title holding the word inside a compound, which Pagefind’s title weighting cannot see', () => {
    expect(rankResults([r('chapter', 1.5), r('basics', 1)], [], planQuery('förebyggande'), info).results[0]!.id).toBe('basics');
    // A title word that starts with the searched form is Pagefind's to weigh: no second boost.
    expect(rankResults([r('chapter', 1.5), r('sheet', 1)], [], planQuery('åtgärdsplanen'), info).results[0]!.id).toBe('chapter');
  });
  it('puts every all-words hit first, then pages by how many words they hold, then by relative score', () => {
    const plan = planQuery('trygghetsvandring checklista mall');
    expect(plan.words).toEqual(['trygghetsvandring', 'checklista']);
    const ranked = rankResults(
      [r('chapter', 0.1)],
      [
        [r('chapter', 0.1), r('example', 8, [3]), r('basics', 2, [5])],
        [r('chapter', 0.1), r('basics', 50, [9]), r('law', 100)],
      ],
      plan,
      info,
    );
    expect(ranked.results.map((x) => x.id)).toEqual(['chapter', 'basics', 'example', 'law']);
    expect(ranked.full).toBe(1);
    expect(ranked.partial).toBe(true);
    expect(ranked.results[1]).toMatchObject({ matched: 2, words: [5, 9] });
    expect(ranked.results[2]).toMatchObject({ matched: 1 });
  });
  it('breaks a tie between single-word pages by the order of the words', () => {
    const ranked = rankResults([], [[r('example', 3)], [r('law', 30)]], planQuery('trygghetsvandring checklista'), info);
    expect(ranked.results.map((x) => x.id)).toEqual(['example', 'law']);
    expect(ranked.full).toBe(0);
  });
  it('adds no partial hits when the all-words hits are enough', () => {
    const full = Array.from({ length: FEW_HITS }, (_, i) => r(`p${i}`, 1));
    const ranked = rankResults(full, [[r('law', 9)], [r('sheet', 9)]], planQuery('lägesbild polis'), info);
    expect(ranked.results).toHaveLength(FEW_HITS);
    expect(ranked.partial).toBe(false);
  });
  it('uses the parts of a compound only when the word itself gives few hits, weighted down', () => {
    const own = [r('law', 4, [1])];
    const merged = wordResults(own, [[r('law', 10, [7]), r('sheet', 2)]]);
    expect(merged).toEqual([{ id: 'law', score: 10 * PART_WEIGHT, words: [1, 7] }, { id: 'sheet', score: 2 * PART_WEIGHT, words: [1] }]);
    const many = Array.from({ length: FEW_HITS }, (_, i) => r(`p${i}`, 1));
    expect(wordResults(many, [[r('sheet', 2)]])).toEqual(many);
    expect(mergeResults([[r('a', 1, [2])], [r('a', 3, [1])]])).toEqual([{ id: 'a', score: 3, words: [1, 2] }]);
  });
});

describe('what a title says in other words (the om meta field)', () => {
  it('names the title’s glossary terms by their other names and its compound tails, with no commas', () => {
    const extra = searchExtra('Kommuner mot brott: lagen i klartext', '', [], [...glossary, { data: { term: 'Kommunstyrelsen', synonyms: ['KS, KSO'] } }]);
    expect(extra.about.split(' ')).toEqual(expect.arrayContaining(['KmB', 'Lag', '(2023:196)']));
    expect(extra.about).not.toContain(',');
    expect(searchExtra('Grunderna i brottsförebyggande arbete', '', [], glossary).about).toBe('förebyggande');
    expect(searchExtra('Årshjul', '', [], glossary).about).toBe('');
  });
});

import { activeFilterCount, facetsFrom, methodFiltersToQuery, methodMatches, parseMethodFilters } from '../../src/shared/method-filter';

describe('Metodbank filters', () => {
  const sspf = facetsFrom((k) => ({ steg: '2 3 4', typ: 'social', roll: 'skola socialtjanst kommunpolis', evidens: 'begransad' })[k]);
  it('reads and writes the address, ignoring empty and repeated values', () => {
    const filters = parseMethodFilters('?steg=2&steg=2&roll=skola&evidens=&x=1');
    expect(filters).toEqual({ steg: ['2'], typ: [], roll: ['skola'], evidens: [] });
    expect(methodFiltersToQuery(filters)).toBe('?steg=2&roll=skola');
    expect(methodFiltersToQuery(parseMethodFilters(''))).toBe('');
    expect(activeFilterCount(filters)).toBe(2);
  });
  it('matches any chosen value within a filter and every filter together', () => {
    expect(methodMatches(sspf, parseMethodFilters(''))).toBe(true);
    expect(methodMatches(sspf, parseMethodFilters('?steg=1&steg=4'))).toBe(true);
    expect(methodMatches(sspf, parseMethodFilters('?steg=1&steg=5'))).toBe(false);
    expect(methodMatches(sspf, parseMethodFilters('?steg=2&typ=social&roll=skola&evidens=begransad'))).toBe(true);
    expect(methodMatches(sspf, parseMethodFilters('?steg=2&evidens=stark'))).toBe(false);
  });
  it('reads facets as space-separated values, a missing one as none', () => {
    expect(facetsFrom((k) => (k === 'steg' ? '1  5' : undefined))).toEqual({ steg: ['1', '5'], typ: [], roll: [], evidens: [] });
  });
});
