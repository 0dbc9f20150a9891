/**
 * The link-text rule's edges (src/build/content/link-text.ts): when two words count as one inflected word,
 * which names a target has, and which links are read at all. tests/unit/link-text.test.ts has the common cases.
 */
import { describe, expect, it } from 'vitest';
import { findLinkTextProblems, linksIn, namesOf, namesTarget } from '../../src/build/content/link-text';
import type { IntegrityInput } from '../../src/build/content/content-integrity';

describe('namesTarget: one word in two forms', () => {
  it('takes a word as the same when one begins with the other less its last three letters (at least four kept)', () => {
    expect(namesTarget('lägesbilden', ['Lägesbild'])).toBe(true);
    expect(namesTarget('lägesbild', ['Lägesbilderna'])).toBe(true);
    expect(namesTarget('lägesbilden', ['Lägesbilder'])).toBe(true);
    expect(namesTarget('åtgärder', ['Åtgärdsplan'])).toBe(true);
    expect(namesTarget('lägesbild', ['Lägesrapport'])).toBe(false);
    expect(namesTarget('trygghet', ['Otrygghet'])).toBe(false);
  });
  it('lets a four-letter word match a longer one on either side, but a shorter word only as it is', () => {
    expect(namesTarget('plan', ['Planering rutin'])).toBe(true);
    expect(namesTarget('plan rutin', ['Planering'])).toBe(true);
    expect(namesTarget('pol', ['Polis'])).toBe(false);
    expect(namesTarget('polisen', ['Pol'])).toBe(false);
    expect(namesTarget('bra', ['Brå'])).toBe(false);
    expect(namesTarget('brå', ['Brå'])).toBe(true);
  });
  it('needs words: a text of filler words only names nothing, nor does a name of filler words', () => {
    expect(namesTarget('kapitlet om', ['Lägesbild'])).toBe(false);
    expect(namesTarget('Lägesbild', ['Kapitlet'])).toBe(false);
  });
});

describe('namesOf', () => {
  it('lists title, short name, aliases, term, synonyms, heading and paragraph, skipping what is not text', () => {
    const entry = { id: 'x', file: 'f', data: { title: 'Titel', short: 'Kort', aliases: ['Alias', 3, null], term: 'Term', synonyms: ['Syn'], heading: 'Rubrik', paragraph: '4 §', order: 2 } };
    expect(namesOf(entry)).toEqual(['Titel', 'Kort', 'Alias', 'Term', 'Syn', 'Rubrik', '4 §']);
    expect(namesOf({ id: 'y', file: 'f', data: { aliases: 'Ensam' } })).toEqual(['Ensam']);
    expect(namesOf({ id: 'z', file: 'f', data: { aliases: { a: 'b' } } })).toEqual([]);
  });
});

describe('linksIn', () => {
  it('reads internal links with their visible text (white space collapsed) and line; external links and bodies without links give none', () => {
    expect(linksIn('Först.\n\nSe [kapitlet   om\n*lägesbild*](/kapitel/lagesbild/) och [extern](https://example.org/).')).toEqual([{ text: 'kapitlet om lägesbild', href: '/kapitel/lagesbild/', line: 3 }]);
    expect(linksIn('Se [ lägesbilden\n](/kapitel/lagesbild/).')).toEqual([{ text: 'lägesbilden', href: '/kapitel/lagesbild/', line: 1 }]);
    expect(linksIn('Ingen länk alls.')).toEqual([]);
    expect(linksIn('Trasig [länk](/a/) <Callout>')).toEqual([]);
  });
});

describe('findLinkTextProblems', () => {
  const input = (body: string): IntegrityInput => ({
    chapters: [{ id: 'lagesbild', file: 'content/chapters/lagesbild.mdx', data: { title: 'Lägesbild' } }],
    worksheets: [],
    exercises: [],
    methods: [{ id: 'm1', file: 'content/methods/m1.mdx', data: { title: 'Metod' }, body }],
    examples: [],
    roles: [],
    editions: [],
    glossary: [{ id: 'brott', file: 'content/glossary.yaml', data: { term: 'Brott' } }],
    law: [],
  });
  it('checks a link to a page and to an anchor exactly as written, and only those shapes', () => {
    expect(findLinkTextProblems(input('[Fel](/kapitel/lagesbild/) och [fel ord](/ordlista/#brott)'))).toEqual([
      'content/methods/m1.mdx → rad 1, länken "[Fel](/kapitel/lagesbild/)": texten nämner inte målsidan "Lägesbild" (lägg till den som alias i målets "aliases" om den ska gälla)',
      'content/methods/m1.mdx → rad 1, länken "[fel ord](/ordlista/#brott)": texten nämner inte målsidan "Brott" (lägg till den som alias i målets "aliases" om den ska gälla)',
    ]);
    // Other shapes (a sub-page, a prefix before the path, an anchor on a page) are not addressed to an entry.
    expect(findLinkTextProblems(input('[x](/kapitel/lagesbild/jamfor/) [y](/sv/kapitel/lagesbild/) [z](/kapitel/lagesbild/#del) [w](/sv/ordlista/#brott) [v](/ordlista/#brott/x)'))).toEqual([]);
  });
  it('skips links to unknown targets (the reference check reports those)', () => {
    expect(findLinkTextProblems(input('[Fel](/kapitel/finns-inte/) [Fel](/okand/lagesbild/)'))).toEqual([]);
  });
});
