// The edges of how a typed query becomes a search and how its answers are ranked (src/shared/search-ask.ts):
// which words are split, cut or kept, which titles count as holding a word, and the order of partial hits.
import { describe, expect, it } from 'vitest';
import { compoundParts, planQuery, rankResults, searchForm, titleHas, type PageInfo, type RankInput } from '../../src/shared/search-ask';

describe('query words', () => {
  it('strips every quote and bracket around a word, not only the first', () => {
    expect(planQuery('("lägesbild")').words).toEqual(['lägesbild']);
    expect(planQuery('«»samordnare!?').words).toEqual(['samordnare']);
  });

  it('keeps question words of five letters or more for the title, shorter ones not', () => {
    expect(planQuery('vilka lägesbild').titleWords).toEqual(['lägesbild', 'vilka']);
    expect(planQuery('vad hur lägesbild').titleWords).toEqual(['lägesbild']);
  });
});

describe('compound parts', () => {
  it('splits a word of nine letters, not of eight', () => {
    expect(compoundParts('skolpolis')).toEqual(['skol', 'polis']);
    expect(compoundParts('skolplan')).toEqual([]);
  });

  it('needs four letters before the head and at most four after it', () => {
    expect(compoundParts('ordningen')).toEqual([]);
    expect(compoundParts('brottsplaneringen')).toEqual([]);
    expect(compoundParts('trygghetsplanerna')).toEqual(['trygghet', 'planerna']);
  });

  it('splits before the earliest head that fits, so the longer head word stays whole', () => {
    expect(compoundParts('ungdomsriskfaktor')).toEqual(['ungdom', 'riskfaktor']);
  });

  it('drops a linking s only after four letters: “kris” keeps its s', () => {
    expect(compoundParts('krisplanen')).toEqual(['kris', 'planen']);
    expect(compoundParts('skolsplanen')).toEqual(['skol', 'planen']);
  });

  it('leaves words with a hyphen or a digit whole', () => {
    expect(compoundParts('NTU-undersökningen')).toEqual([]);
    expect(compoundParts('2023trygghetsplan')).toEqual([]);
  });
});

describe('the form Pagefind is asked for', () => {
  it('cuts the ending of a seven-letter word, keeping five letters', () => {
    expect(searchForm('polisen')).toBe('polis');
    expect(searchForm('bilderna')).toBe('bilder');
  });

  it('leaves a word with a hyphen or digit as typed, wherever it is', () => {
    expect(searchForm('kick-offen')).toBe('kick-offen');
    expect(searchForm('3-stegsmodellen')).toBe('3-stegsmodellen');
  });
});

describe('a title holding a query word', () => {
  it('finds a short word only as a whole title word', () => {
    expect(titleHas('Mål och medel', 'mål')).toBe(true);
    expect(titleHas('Mål och medel', 'MAL')).toBe(true);
    expect(titleHas('Målgrupper och medel', 'mål')).toBe(false);
  });

  it('finds a four-letter stem inside a compound', () => {
    expect(titleHas('Åtgärdsplan', 'plan')).toBe(true);
    expect(titleHas('Åtgärdsplan', 'planen')).toBe(true);
  });
});

describe('ranking: title and kind boosts', () => {
  const pages: Record<string, PageInfo> = {
    why: { url: '/kapitel/varfor-samverka/', title: 'Varför samverka?', type: 'kapitel', steps: [] },
    practice: { url: '/kapitel/samverka-i-praktiken/', title: 'Samverka i praktiken', type: 'kapitel', steps: [] },
    sheet: { url: '/arbetsblad/atgardsplan/', title: 'Mall: åtgärdsplanen i korthet', type: 'arbetsblad', steps: [] },
    chapter: { url: '/kapitel/steg-4-genomforande/', title: 'Steg 4: Genomförande', type: 'kapitel', steps: ['4'] },
    example: { url: '/goda-exempel/x/', title: 'Ett exempel', type: 'gott exempel', steps: [] },
    law: { url: '/lagen/', title: 'Lagen', type: 'lagen', steps: [] },
  };
  const info = (id: string) => pages[id];
  const r = (id: string, score: number, words: number[] = [1]): RankInput => ({ id, score, words });
  const order = (ranked: { results: { id: string }[] }) => ranked.results.map((x) => x.id);

  it('lifts a title holding a question word that was not searched for', () => {
    expect(order(rankResults([r('practice', 1), r('why', 1)], [], planQuery('varför samverka'), info))).toEqual(['why', 'practice']);
  });

  it('leaves a title to Pagefind when any of its words starts with the searched form', () => {
    expect(order(rankResults([r('chapter', 1.5), r('sheet', 1)], [], planQuery('åtgärdsplanen'), info))).toEqual(['chapter', 'sheet']);
  });
});

describe('ranking: pages with some of the words', () => {
  const pages: Record<string, PageInfo> = {
    chapter: { url: '/kapitel/lagesbild/', title: 'Lägesbild', type: 'kapitel', steps: [] },
    sheet: { url: '/arbetsblad/lagesbild/', title: 'Arbetsblad', type: 'arbetsblad', steps: [] },
    example: { url: '/goda-exempel/x/', title: 'Ett exempel', type: 'gott exempel', steps: [] },
    a: { url: '/a/', title: 'A', type: 'kapitel', steps: [] },
    b: { url: '/b/', title: 'B', type: 'kapitel', steps: [] },
  };
  const info = (id: string) => pages[id];
  const r = (id: string, score: number, words: number[] = [1]): RankInput => ({ id, score, words });
  const order = (ranked: { results: { id: string }[] }) => ranked.results.map((x) => x.id);

  it('shows only the hits of a one-word query that is no compound', () => {
    const ranked = rankResults([r('chapter', 1)], [[r('chapter', 1), r('sheet', 1)]], planQuery('samordnare'), info);
    expect(order(ranked)).toEqual(['chapter']);
    expect(ranked.partial).toBe(false);
  });

  it('adds the pages of a compound’s parts to a one-word query with few hits', () => {
    const ranked = rankResults([r('chapter', 1)], [[r('chapter', 1), r('sheet', 1)]], planQuery('trygghetsvandringar'), info);
    expect(order(ranked)).toEqual(['chapter', 'sheet']);
    expect(ranked.partial).toBe(true);
  });

  it('adds pages with some of the words to a query of two plain words', () => {
    const ranked = rankResults([], [[r('chapter', 1)], [r('sheet', 1)]], planQuery('samordnare polis'), info);
    expect(order(ranked)).toEqual(['chapter', 'sheet']);
    expect(ranked).toMatchObject({ full: 0, partial: true });
  });

  it('orders pages of one word by their boosted score', () => {
    const plan = planQuery('lägesbild polis mall');
    expect(order(rankResults([], [[r('chapter', 2), r('sheet', 1), r('example', 0.5)]], plan, info))).toEqual(['sheet', 'chapter', 'example']);
  });

  it('sums a page’s relative scores over the words it holds', () => {
    const plan = planQuery('lägesbild polis');
    // a: 0.3 + 0.2, b: 1 + 1 (the best page of both words).
    const ranked = rankResults(
      [],
      [
        [r('a', 0.3, [9]), r('b', 1, [40])],
        [r('a', 0.2, [5]), r('b', 1, [30])],
      ],
      plan,
      info,
    );
    expect(order(ranked)).toEqual(['b', 'a']);
    expect(ranked.results[0]!.score).toBe(2);
    expect(ranked.results[1]).toMatchObject({ matched: 2, words: [5, 9] });
  });
});
