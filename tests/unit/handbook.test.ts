/**
 * src/build/content/handbook.ts with astro:content mocked (Vitest cannot load Astro's content layer): what
 * the pages get from the collections: reading order, the current edition, one load per build, the check
 * run on every entry with its file, and the helpers the pages call.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IntegrityInput } from '../../src/build/content/content-integrity';
// The (mocked) integrity module is loaded once, with the file, and shared by every fresh handbook below:
// only the handbook's own once-per-build state needs to be new in each test. (vi.resetModules reloaded the
// whole graph, link-text.ts among it, so the mutation run counted its tables as covered by these tests.)
import '../../src/build/content/content-integrity';

const state = vi.hoisted(() => ({
  collections: {} as Record<string, { id: string; data: Record<string, unknown>; body?: string; filePath?: string }[]>,
  loads: [] as string[],
  checked: [] as unknown[],
  problem: undefined as Error | undefined,
}));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    state.loads.push(name);
    return (state.collections[name] ?? []).map((entry) => ({ ...entry }));
  },
}));

vi.mock('../../src/build/content/content-integrity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/build/content/content-integrity')>()),
  assertContentIntegrity: (input: unknown) => {
    state.checked.push(input);
    if (state.problem) throw state.problem;
  },
}));

type HandbookModule = typeof import('../../src/build/content/handbook');

let instance = 0;

/** A fresh handbook module (it loads the collections once per module, as once per build). */
async function handbookModule(): Promise<HandbookModule> {
  instance += 1;
  return (await import(/* @vite-ignore */ `../../src/build/content/handbook.ts?instance=${instance}`)) as HandbookModule;
}

const entry = (id: string, data: Record<string, unknown>, extra: { body?: string; filePath?: string } = {}) => ({ id, data, ...extra });

beforeEach(() => {
  state.loads = [];
  state.checked = [];
  state.problem = undefined;
  state.collections = {
    chapters: [
      entry('uppfoljning', { order: 5, title: 'Följ upp' }, { body: 'Text', filePath: 'content/chapters/uppfoljning.mdx' }),
      entry('b-kapitel', { order: 1, title: 'B' }, { body: 'Text' }),
      entry('a-kapitel', { order: 1, title: 'A' }),
    ],
    worksheets: [entry('w2', { order: 2 }), entry('w1', { order: 1 })],
    exercises: [entry('e2', { order: 9 }), entry('e1', { order: -1 })],
    methods: [entry('m-arende', { title: 'Ärendegång' }), entry('m-zon', { title: 'Zonindelning' }), entry('m-arbete', { title: 'Arbetsgrupp' })],
    examples: [
      entry('x-sent', { step: 4, title: 'Alfa' }),
      entry('x-tidig-o', { step: 1, title: 'Östra' }),
      entry('x-tidig-a', { step: 1, title: 'Ängby' }),
      entry('x-tidig-b', { step: 1, title: 'Bergby' }),
    ],
    roles: [entry('skola', { order: 3 }), entry('samordnare', { order: 1 })],
    editions: [
      entry('2024', { date: new Date('2024-03-01'), status: 'current' }),
      entry('2020', { date: new Date('2020-01-01'), status: 'archived' }),
      entry('2026', { date: new Date('2026-06-01'), status: 'draft' }),
    ],
    glossary: [entry('aktor', { term: 'Östersjö' }), entry('brott', { term: 'Zon' }), entry('arende', { term: 'Ärende' })],
    law: [entry('lag-uppgift', { heading: 'B' }), entry('lag-innehall', { heading: 'A' })],
  };
});

afterEach(() => {
  delete process.env['HANDBOOK_CONTENT_DIR'];
});

describe('getHandbook', () => {
  it('puts every collection in reading order (order then id; titles and terms in Swedish order; examples by step)', async () => {
    const hb = await (await handbookModule()).getHandbook();
    const ids = (list: { id: string }[]) => list.map((e) => e.id);
    expect(ids(hb.chapters)).toEqual(['a-kapitel', 'b-kapitel', 'uppfoljning']);
    expect(ids(hb.worksheets)).toEqual(['w1', 'w2']);
    expect(ids(hb.exercises)).toEqual(['e1', 'e2']);
    expect(ids(hb.methods)).toEqual(['m-arbete', 'm-zon', 'm-arende']);
    expect(ids(hb.examples)).toEqual(['x-tidig-b', 'x-tidig-a', 'x-tidig-o', 'x-sent']);
    expect(ids(hb.roles)).toEqual(['samordnare', 'skola']);
    expect(ids(hb.editions)).toEqual(['2020', '2024', '2026']);
    expect(hb.currentEdition.id).toBe('2024');
    expect(ids(hb.glossary)).toEqual(['brott', 'arende', 'aktor']);
    expect(ids(hb.law)).toEqual(['lag-uppgift', 'lag-innehall']);
  });

  it('loads and checks the collections once, however many pages ask', async () => {
    const { getHandbook } = await handbookModule();
    const [first, second] = await Promise.all([getHandbook(), getHandbook()]);
    expect(await getHandbook()).toBe(first);
    expect(second).toBe(first);
    expect(state.loads.sort()).toEqual(['chapters', 'editions', 'examples', 'exercises', 'glossary', 'law', 'methods', 'roles', 'worksheets']);
    expect(state.checked).toHaveLength(1);
  });

  it('checks every entry with the file it came from, so a problem names the file', async () => {
    await (await handbookModule()).getHandbook();
    const input = state.checked[0] as IntegrityInput;
    expect(input.chapters.map((e) => [e.id, e.file, e.body])).toEqual([
      ['uppfoljning', 'content/chapters/uppfoljning.mdx', 'Text'],
      ['b-kapitel', 'content/chapters/b-kapitel.mdx', 'Text'],
      ['a-kapitel', 'content/chapters/a-kapitel.mdx', undefined],
    ]);
    expect(input.methods[0]).toEqual({ id: 'm-arende', file: 'content/methods/m-arende.mdx', data: { title: 'Ärendegång' }, body: undefined });
    for (const folder of ['worksheets', 'exercises', 'examples', 'roles'] as const) {
      for (const e of input[folder]) expect(e.file).toBe(`content/${folder}/${e.id}.mdx`);
    }
    expect(input.editions.map((e) => e.file)).toEqual(['content/editions.yaml', 'content/editions.yaml', 'content/editions.yaml']);
    expect(input.glossary[0]).toEqual({ id: 'aktor', file: 'content/glossary.yaml', data: { term: 'Östersjö' } });
    expect(input.law[1]!.file).toBe('content/law.yaml');
  });

  it('names the files under HANDBOOK_CONTENT_DIR when the build reads another folder', async () => {
    process.env['HANDBOOK_CONTENT_DIR'] = './bench/corpus';
    await (await handbookModule()).getHandbook();
    const input = state.checked[0] as IntegrityInput;
    expect(input.worksheets[0]!.file).toBe('bench/corpus/worksheets/w2.mdx');
    expect(input.law[0]!.file).toBe('bench/corpus/law.yaml');
    process.env['HANDBOOK_CONTENT_DIR'] = '/abs/content';
    await (await handbookModule()).getHandbook();
    expect((state.checked[1] as IntegrityInput).roles[0]!.file).toBe('/abs/content/roles/skola.mdx');
  });

  it('fails the build when the check finds a problem, and when no edition or two are current', async () => {
    state.problem = new Error('content/methods/x.mdx: related: okänt id');
    await expect((await handbookModule()).getHandbook()).rejects.toThrow('content/methods/x.mdx: related');
    state.problem = undefined;
    state.collections['editions'] = [entry('2020', { date: new Date('2020-01-01'), status: 'archived' })];
    await expect((await handbookModule()).getHandbook()).rejects.toThrow('exakt en utgåva');
  });
});

describe('the helpers the pages call', () => {
  it('editionOrder is the edition ids oldest first', async () => {
    const { getHandbook, editionOrder } = await handbookModule();
    expect(editionOrder(await getHandbook())).toEqual(['2020', '2024', '2026']);
  });

  it('chapterInEdition: a chapter without an editions list is in every edition, one with a list only in those', async () => {
    const { chapterInEdition } = await handbookModule();
    type Chapter = Parameters<typeof chapterInEdition>[0];
    const everywhere = { id: 'a', data: {} } as unknown as Chapter;
    const onlyNew = { id: 'b', data: { editions: ['2024'] } } as unknown as Chapter;
    expect(chapterInEdition(everywhere, '2020')).toBe(true);
    expect(chapterInEdition(onlyNew, '2024')).toBe(true);
    expect(chapterInEdition(onlyNew, '2020')).toBe(false);
  });

  it('chaptersInEdition: the chapters of one edition in reading order, the same list each time it is asked', async () => {
    state.collections['chapters'] = [
      entry('ny', { order: 2, title: 'Ny', editions: ['2024'] }),
      entry('alla', { order: 3, title: 'Alla' }),
      entry('gammal', { order: 1, title: 'Gammal', editions: ['2020'] }),
    ];
    const { getHandbook, chaptersInEdition } = await handbookModule();
    const hb = await getHandbook();
    expect(chaptersInEdition(hb, '2024').map((c) => c.id)).toEqual(['ny', 'alla']);
    expect(chaptersInEdition(hb, '2020').map((c) => c.id)).toEqual(['gammal', 'alla']);
    expect(chaptersInEdition(hb, '2024')).toBe(chaptersInEdition(hb, '2024'));
    // A chapter without an editions list is in every edition, even one the book does not have.
    expect(chaptersInEdition(hb, '1999').map((c) => c.id)).toEqual(['alla']);
  });

  it('chapterUrl: the current edition has the root URL space, an older one its archive', async () => {
    const { getHandbook, chapterUrl } = await handbookModule();
    const hb = await getHandbook();
    expect(chapterUrl(hb, 'lagesbild')).toBe('/kapitel/lagesbild/');
    expect(chapterUrl(hb, 'lagesbild', '2024')).toBe('/kapitel/lagesbild/');
    expect(chapterUrl(hb, 'lagesbild', '2020')).toBe('/utgava/2020/kapitel/lagesbild/');
  });

  it('lawLabel shows the paragraph number only for a verified provision that has one', async () => {
    const { lawLabel } = await handbookModule();
    type Law = Parameters<typeof lawLabel>[0];
    const law = (verified: boolean, paragraph: string) => ({ id: 'x', data: { verified, paragraph, heading: 'Lagens Innehåll' } }) as unknown as Law;
    expect(lawLabel(law(true, '1 §'))).toBe('1 § lagens innehåll');
    expect(lawLabel(law(false, '5 §'))).toBe('Bestämmelsen om lagens innehåll');
    expect(lawLabel(law(true, 'Övergångsbestämmelser'))).toBe('Bestämmelsen om lagens innehåll');
  });
});
