// The search page's fetch-and-cache layer (src/client/search/hits.ts): which shard a hit reads, what is
// fetched once, and that a failed fetch is tried again instead of being remembered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHARD_WORDS, type SearchShard } from '../../../src/shared/search-hit';

const shard = (start: number, over: Partial<SearchShard> = {}): SearchShard => ({
  url: '/kapitel/lagesbild/',
  title: 'Lägesbild',
  type: 'kapitel',
  steps: '2',
  summary: 'Om lägesbilden.',
  start,
  length: 3 * SHARD_WORDS,
  words: Array.from({ length: SHARD_WORDS }, (_, i) => (i === 100 ? 'lägesbild' : `ord${start + i}`)).join(' '),
  headings: [],
  skip: [],
  ...over,
});

let fetched: string[];
let answers: Map<string, () => Response>;

// A fresh hits module per test (its caches are per page load), by an import query rather than vi.resetModules:
// search-hit.ts stays the one module the file loaded, so the mutation run sees its tables as static.
let instance = 0;
type HitsModule = typeof import('../../../src/client/search/hits');
const hitsModule = async () => (await import(/* @vite-ignore */ `../../../src/client/search/hits.ts?instance=${++instance}`)) as HitsModule;

beforeEach(() => {
  (globalThis as { __BUILD_ID__?: string }).__BUILD_ID__ = 'test';
  fetched = [];
  answers = new Map();
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const answer = answers.get(url);
    return answer ? answer() : new Response('', { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

const json = (value: unknown) => () => new Response(JSON.stringify(value), { status: 200 });
const result = (words: number[]) => ({ id: 'sv_1', score: 1, words, data: async () => ({}) }) as never;

describe('loadHit', () => {
  it('reads the shard that holds the hit and fetches it once for later searches', async () => {
    answers.set('/sokdata/v1-250/sv_1/1.json', json(shard(SHARD_WORDS)));
    const { loadHit } = await hitsModule();
    const hit = await loadHit(result([SHARD_WORDS + 100]), 'lägesbild');
    expect(hit.title).toBe('Lägesbild');
    expect(hit.excerpt.some((part) => part.mark && part.text === 'lägesbild')).toBe(true);
    await loadHit(result([SHARD_WORDS + 100]), 'lägesbild');
    expect(fetched).toEqual(['/sokdata/v1-250/sv_1/1.json']);
  });

  it('moves to the readable passage when the first guess was the title and hidden search words', async () => {
    // Hits at 0–3 (title, skipped) and one readable hit in the third shard.
    answers.set('/sokdata/v1-250/sv_1/0.json', json(shard(0, { skip: [[0, 5]] })));
    answers.set('/sokdata/v1-250/sv_1/2.json', json(shard(2 * SHARD_WORDS)));
    const { loadHit } = await hitsModule();
    const hit = await loadHit(result([0, 1, 2, 3, 2 * SHARD_WORDS + 100]), 'lägesbild');
    expect(fetched).toEqual(['/sokdata/v1-250/sv_1/0.json', '/sokdata/v1-250/sv_1/2.json']);
    expect(hit.excerpt.some((part) => part.mark)).toBe(true);
  });

  it('tries a shard again after a failed fetch instead of keeping the failure', async () => {
    const { loadHit } = await hitsModule();
    await expect(loadHit(result([100]), 'lägesbild')).rejects.toThrow(/404/);
    answers.set('/sokdata/v1-250/sv_1/0.json', json(shard(0)));
    await expect(loadHit(result([100]), 'lägesbild')).resolves.toMatchObject({ url: '/kapitel/lagesbild/' });
    expect(fetched).toEqual(['/sokdata/v1-250/sv_1/0.json', '/sokdata/v1-250/sv_1/0.json']);
  });
});

describe('page table', () => {
  it('gives a hit its head from the table of this build, fetched once', async () => {
    answers.set('/sokdata/sidor-test.json', json({ sv_1: ['/metoder/x/', 'X-metoden', 'metod', '2,4', 'skola'] }));
    const { hitHead, loadPageTable } = await hitsModule();
    expect(await hitHead(result([1]))).toEqual({ url: '/metoder/x/', title: 'X-metoden', type: 'metod', steps: ['2', '4'] });
    expect(await hitHead({ ...(result([1]) as object), id: 'sv_okand' } as never)).toBeUndefined();
    await loadPageTable();
    expect(fetched).toEqual(['/sokdata/sidor-test.json']);
  });

  it('is undefined when the table cannot be fetched, so hits wait for their shard', async () => {
    const { hitHead, loadPageTable } = await hitsModule();
    await expect(loadPageTable()).resolves.toBeUndefined();
    await expect(hitHead(result([1]))).resolves.toBeUndefined();
  });
});
