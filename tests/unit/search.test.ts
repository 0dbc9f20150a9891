import { describe, expect, it } from 'vitest';
import { compoundTails, EXTRA_MARKER, searchExtra, synonymsFor, termPattern } from '../../src/lib/search-terms';
import { excerptParts, pagefindFilters, parseSearchState, searchStateToQuery } from '../../src/lib/search-query';
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
  it('splits excerpts into text and marks without passing markup through', () => {
    expect(excerptParts('en <mark>lägesbild</mark> &amp; <mark>plan</mark>')).toEqual([
      { text: 'en ', mark: false },
      { text: 'lägesbild', mark: true },
      { text: ' & ', mark: false },
      { text: 'plan', mark: true },
    ]);
    expect(excerptParts('a &lt;img src=x onerror=alert(1)&gt; b').map((p) => p.text).join('')).toBe('a  b');
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
