import { beforeEach, describe, expect, it, vi } from 'vitest';

type Entry = { id: string; data: Record<string, unknown>; body?: string; filePath?: string };
const collections: Record<string, Entry[]> = {};

vi.mock('astro:content', () => ({ getCollection: async (name: string) => structuredClone(collections[name] ?? []) }));

const edition = (id: string, date: string, current = false) => ({ id, data: { id, title: `Utgåva ${id}`, date: new Date(date), status: current ? 'current' : 'archived' } });

beforeEach(() => {
  vi.resetModules();
  for (const key of Object.keys(collections)) delete collections[key];
});

describe('getHandbook', () => {
  it('sorts each collection the way readers meet it and finds the current edition', async () => {
    Object.assign(collections, {
      chapters: [
        { id: 'b', data: { title: 'B', order: 2 }, body: '' },
        { id: 'c', data: { title: 'C', order: 1 }, body: '' },
        { id: 'a', data: { title: 'A', order: 2 }, body: '' },
      ],
      methods: [
        { id: 'm1', data: { title: 'Övervakning' }, body: '' },
        { id: 'm2', data: { title: 'Ärendegång' }, body: '' },
        { id: 'm3', data: { title: 'Zonindelning' }, body: '' },
      ],
      examples: [
        { id: 'e1', data: { title: 'B-exempel', step: 3 }, body: '' },
        { id: 'e2', data: { title: 'A-exempel', step: 3 }, body: '' },
        { id: 'e3', data: { title: 'C-exempel', step: 1 }, body: '' },
      ],
      editions: [edition('2024', '2024-06-01', true), edition('2020', '2020-01-01')],
      glossary: [
        { id: 'g1', data: { term: 'Åtgärd' } },
        { id: 'g2', data: { term: 'Brott' } },
        { id: 'g3', data: { term: 'Ärende' } },
      ],
    });
    const { getHandbook } = await import('../../src/build/content/handbook');
    const hb = await getHandbook();
    // Same order: by id among equals.
    expect(hb.chapters.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    // Swedish alphabet: Z before Å, Ä, Ö.
    expect(hb.methods.map((m) => m.data.title)).toEqual(['Zonindelning', 'Ärendegång', 'Övervakning']);
    expect(hb.examples.map((e) => e.id)).toEqual(['e3', 'e2', 'e1']);
    expect(hb.editions.map((e) => e.id)).toEqual(['2020', '2024']);
    expect(hb.currentEdition.id).toBe('2024');
    expect(hb.glossary.map((g) => g.data.term)).toEqual(['Brott', 'Åtgärd', 'Ärende']);
  });

  it('loads the collections once per build', async () => {
    Object.assign(collections, { editions: [edition('2024', '2024-06-01', true)] });
    const { getHandbook } = await import('../../src/build/content/handbook');
    const first = getHandbook();
    collections['editions'] = [edition('2030', '2030-01-01', true)];
    expect(getHandbook()).toBe(first);
    expect((await getHandbook()).currentEdition.id).toBe('2024');
  });

  it('refuses content whose references point nowhere, naming the file', async () => {
    Object.assign(collections, {
      editions: [edition('2024', '2024-06-01', true)],
      chapters: [{ id: 'lagen', data: { title: 'Lagen', order: 1, methods: ['finns-inte'] }, body: '', filePath: 'content/chapters/lagen.mdx' }],
    });
    const { getHandbook } = await import('../../src/build/content/handbook');
    await expect(getHandbook()).rejects.toThrow(/content\/chapters\/lagen\.mdx[\s\S]*finns-inte/);
  });
});

describe('chapter addresses and law labels', () => {
  it('gives the current edition the root address and older editions their own', async () => {
    Object.assign(collections, { editions: [edition('2020', '2020-01-01'), edition('2024', '2024-06-01', true)] });
    const { getHandbook, chapterUrl, editionOrder, chapterInEdition } = await import('../../src/build/content/handbook');
    const hb = await getHandbook();
    expect(chapterUrl(hb, 'lagen')).toBe('/kapitel/lagen/');
    expect(chapterUrl(hb, 'lagen', '2020')).toBe('/utgava/2020/kapitel/lagen/');
    expect(editionOrder(hb)).toEqual(['2020', '2024']);
    const chapter = { id: 'x', data: { editions: ['2024'] } } as never;
    expect(chapterInEdition(chapter, '2024')).toBe(true);
    expect(chapterInEdition(chapter, '2020')).toBe(false);
    expect(chapterInEdition({ id: 'y', data: {} } as never, '2020')).toBe(true);
  });

  it('names a law provision by its paragraph only when the paragraph is verified', async () => {
    const { lawLabel } = await import('../../src/build/content/handbook');
    const provision = (verified: boolean, paragraph: string) => ({ data: { verified, paragraph, heading: 'Lägesbild' } }) as never;
    expect(lawLabel(provision(true, '4 §'))).toBe('4 § lägesbild');
    expect(lawLabel(provision(false, '4 §'))).toBe('Bestämmelsen om lägesbild');
    expect(lawLabel(provision(true, 'inledningen'))).toBe('Bestämmelsen om lägesbild');
  });
});
