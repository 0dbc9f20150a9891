import { describe, expect, it } from 'vitest';
import { emptyState, type StatisticsState } from '../../src/shared/statistics/state';
import { statistikKey } from '../../src/shared/storage/keys';
import { LIMITS } from '../../src/shared/storage/limits';
import { currentWorkspace, loadStatistics, saveStatistics } from '../../src/shared/storage/statistics';
import { Store } from '../../src/shared/storage/store';

/** A Storage in memory; `full` makes every write fail the way a full disk does in a browser. */
class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  [name: string]: unknown;
}

const NOW = new Date('2026-03-01T10:00:00Z');
const KEY = statistikKey('ay-1');
const chart = (id: string) => ({ id, datasetId: 'd', title: id, kind: 'line' as const, measure: 'm', places: ['p'], show: 'value' as const, pool: 1, period: '', include: false });
const addChart = (id: string) => (s: StatisticsState) => ({ ...s, charts: [...s.charts, chart(id)] });

describe('statistics on the storage layer', () => {
  it('starts empty, saves and loads the same state', () => {
    const store = new Store(new MemoryStorage(), () => NOW);
    expect(loadStatistics(store, 'ay-1')).toEqual(emptyState());
    const saved = saveStatistics(store, 'ay-1', (s) => ({ ...s, threshold: 7 }));
    expect(saved).toEqual({ ok: true, value: { ...emptyState(), threshold: 7 } });
    expect(loadStatistics(store, 'ay-1')).toEqual({ ...emptyState(), threshold: 7 });
  });
  it('two tabs: each save changes what is stored now, so neither loses the other’s chart', () => {
    const storage = new MemoryStorage();
    const a = new Store(storage, () => NOW);
    const b = new Store(storage, () => NOW);
    expect(saveStatistics(a, 'ay-1', addChart('a')).ok).toBe(true);
    expect(saveStatistics(b, 'ay-1', addChart('b')).ok).toBe(true);
    expect(loadStatistics(a, 'ay-1').charts.map((c) => c.id)).toEqual(['a', 'b']);
  });
  it('a full disk says full and leaves the saved state as it was', () => {
    const storage = new MemoryStorage();
    const store = new Store(storage, () => NOW);
    saveStatistics(store, 'ay-1', (s) => s);
    const before = storage.getItem(KEY);
    storage.full = true;
    expect(saveStatistics(store, 'ay-1', (s) => ({ ...s, threshold: 9 }))).toEqual({ ok: false, reason: 'full' });
    expect(storage.getItem(KEY)).toBe(before);
    expect(loadStatistics(store, 'ay-1').threshold).toBe(5);
  });
  it('refuses to save what the next load would refuse (over the limits), and writes nothing', () => {
    const storage = new MemoryStorage();
    const store = new Store(storage, () => NOW);
    const result = saveStatistics(store, 'ay-1', (s) => ({ ...s, charts: Array.from({ length: LIMITS.entries + 1 }, (_, i) => chart(`c${i}`)) }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/charts/) });
    expect(storage.getItem(KEY)).toBeNull();
  });
  it('moves unreadable data aside, keeps it, reports it, and the next save starts afresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{"version":1,"threshold":"x"}');
    const store = new Store(storage, () => NOW);
    expect(loadStatistics(store, 'ay-1')).toEqual(emptyState());
    const [problem] = store.problems;
    expect(problem?.message).toMatch(/statistiken i en arbetsyta.*threshold.*flyttats åt sidan/);
    expect(problem?.quarantineKey).toBe(`hb:karantan:${NOW.toISOString()}:${KEY}`);
    expect(store.raw(problem!.quarantineKey)).toBe('{"version":1,"threshold":"x"}');
    expect(storage.getItem(KEY)).toBeNull();
    expect(saveStatistics(store, 'ay-1', (s) => ({ ...s, threshold: 3 })).ok).toBe(true);
    expect(store.raw(problem!.quarantineKey)).toBe('{"version":1,"threshold":"x"}');
  });
  it('leaves unreadable data in place when there is no room to move it, and never writes over it', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'inte json');
    storage.full = true;
    const store = new Store(storage, () => NOW);
    expect(loadStatistics(store, 'ay-1')).toEqual(emptyState());
    expect(store.problems[0]?.message).toMatch(/inte giltig JSON.*ligger kvar orörd/);
    expect(store.problems[0]?.quarantineKey).toBe(KEY);
    storage.full = false;
    expect(saveStatistics(store, 'ay-1', (s) => ({ ...s, threshold: 3 }))).toEqual({ ok: false, reason: 'locked' });
    expect(storage.getItem(KEY)).toBe('inte json');
  });
  it('reads the current arbetsyta the way the worksheets do', () => {
    const storage = new MemoryStorage();
    storage.setItem('hb:arbetsytor:v1', JSON.stringify({ version: 1, current: 'ay-2', list: [{ id: 'ay-1', name: 'A', created: '' }, { id: 'ay-2', name: 'B', created: '' }] }));
    expect(currentWorkspace(new Store(storage))).toMatchObject({ id: 'ay-2', name: 'B' });
  });
});
