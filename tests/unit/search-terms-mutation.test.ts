// The edges of the hidden search words (src/shared/search-terms.ts): which glossary names a page gets when
// its text mentions a term in forms the fast word look-up cannot judge (reference numbers, dashes, text
// beyond Latin-1), and which of them the page is found to have already.
import { describe, expect, it } from 'vitest';
import { EXTRA_MARKER, searchExtra, synonymsFor } from '../../src/shared/search-terms';

const glossary = () => [
  { data: { term: 'Kommuner mot brott', synonyms: ['KmB', 'Lag (2023:196)'] } },
  { data: { term: 'Lägesbild', synonyms: ['kartläggning'] } },
];

describe('glossary names in a text', () => {
  it('finds a term by a name with a reference number, though its other name’s words are not in the text', () => {
    expect(synonymsFor('Enligt lag (2023:196) ska kommunen samverka.', glossary())).toEqual(['Kommuner mot brott', 'KmB', 'Lag (2023:196)']);
  });

  it('finds a term whose name holds a dash', () => {
    expect(synonymsFor('Se Steg 1 – Lägesbild i handboken.', [{ data: { term: 'Steg 1 – Lägesbild', synonyms: ['första steget'] } }])).toEqual([
      'Steg 1 – Lägesbild',
      'första steget',
    ]);
  });

  it('gives nothing for a text whose words all sort before the term’s', () => {
    expect(synonymsFor('alla andra', [{ data: { term: 'Trygghet', synonyms: ['tryggheten'] } }])).toEqual([]);
  });

  it('does not match names shorter than three letters, in plain text or not', () => {
    const short = () => [{ data: { term: 'BR', synonyms: ['Brottsrådet'] } }];
    expect(synonymsFor('Ring BR i dag.', short())).toEqual([]);
    expect(synonymsFor('✓ Ring BR i dag.', [{ data: { term: 'BR', synonyms: [] } }])).toEqual([]);
    expect(synonymsFor('✓ Brottsrådet möts.', short())).toEqual(['BR', 'Brottsrådet']);
  });
});

describe('hidden words a page already has', () => {
  it('gives a term’s names for a keyword that is not the last one', () => {
    expect(searchExtra('Titel', 'Text.', ['lägesbild', 'analys'], glossary()).strong).toBe(`${EXTRA_MARKER} lägesbild · analys · Lägesbild · kartläggning ${EXTRA_MARKER}`);
  });

  it('counts a name in the title as present when the text goes on right after it', () => {
    // The text is not plain (✓), so the title and text are searched as one, with a space between them.
    // Only the compound tail of "lägesbild" is new; "kartläggning" is the title.
    expect(searchExtra('Kartläggning', 'lägesbild klar ✓ lägesbild delad ✓', [], glossary()).weak).toBe(`${EXTRA_MARKER} bild ${EXTRA_MARKER}`);
  });

  it('does not take one word of a phrase for the phrase', () => {
    const extra = searchExtra('Titel', 'KmB gäller. Enligt KmB ska kommuner samverka.', [], glossary());
    expect(extra.weak).toBe(`${EXTRA_MARKER} Kommuner mot brott · Lag (2023:196) ${EXTRA_MARKER}`);
  });

  it('adds the compound tails of the text to its weak words', () => {
    expect(searchExtra('Titel', 'Det brottsförebyggande arbetet.', [], []).weak).toBe(`${EXTRA_MARKER} förebyggande ${EXTRA_MARKER}`);
  });

  it('judges a keyword with signs, which a word look-up cannot see, by the title itself', () => {
    expect(searchExtra('Lagen', 'Text.', ['§'], []).strong).toBe(`${EXTRA_MARKER} § ${EXTRA_MARKER}`);
    expect(searchExtra('Lagen § för §', 'Text.', ['§'], []).strong).toBe('');
    // "§ 3" is one word to a word look-up ("3"), which the title has; the title still lacks "§ 3".
    expect(searchExtra('Kapitel 3 i lagen', 'Text.', ['§ 3'], []).strong).toBe(`${EXTRA_MARKER} § 3 ${EXTRA_MARKER}`);
    expect(searchExtra('Lagens § 3', 'Text.', ['§ 3'], []).strong).toBe('');
  });

  it('puts a space for a comma in a name of the about field', () => {
    expect(searchExtra('Kommunstyrelsen', '', [], [{ data: { term: 'Kommunstyrelsen', synonyms: ['KS,KSO'] } }]).about).toBe('KS KSO styrelsen');
  });
});
