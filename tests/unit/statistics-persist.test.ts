import { describe, expect, it } from 'vitest';
import { currentWorkspace, load, quarantined, save, StatisticsSaveError } from '../../src/client/statistics/persist';
import { emptyState } from '../../src/lib/statistics/state';

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
  keys() {
    return [...this.data.keys()];
  }
}

const ws = { id: 'ay-1', name: 'Trygghetsrådet' };

describe('statistics persistence', () => {
  it('starts empty, saves and loads the same state', () => {
    const storage = new MemoryStorage();
    expect(load(ws, storage)).toEqual({ state: emptyState() });
    const state = { ...emptyState(), threshold: 7 };
    save(ws, state, storage);
    expect(load(ws, storage)).toEqual({ state });
  });
  it('reports a full disk in words and leaves the saved state as it was', () => {
    const storage = new MemoryStorage();
    save(ws, emptyState(), storage);
    storage.full = true;
    expect(() => save(ws, { ...emptyState(), threshold: 9 }, storage)).toThrow(StatisticsSaveError);
    expect(() => save(ws, { ...emptyState(), threshold: 9 }, storage)).toThrow(/lagring är full/);
    expect(load(ws, storage).state.threshold).toBe(5);
  });
  it('moves unreadable data aside, keeps it and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem('hb:statistik:v1:ay-1', '{"version":1,"threshold":"x"}');
    const result = load(ws, storage);
    expect(result.state).toEqual(emptyState());
    expect(result.problem?.message).toMatch(/Trygghetsrådet.*threshold.*lagts åt sidan/);
    expect(result.problem?.quarantineKey).toMatch(/^hb:karantan:.*:hb:statistik:v1:ay-1$/);
    expect(quarantined(result.problem!.quarantineKey, storage)).toBe('{"version":1,"threshold":"x"}');
    expect(storage.getItem('hb:statistik:v1:ay-1')).toBeNull();
  });
  it('leaves unreadable data in place when there is no room to move it', () => {
    const storage = new MemoryStorage();
    storage.setItem('hb:statistik:v1:ay-1', 'inte json');
    storage.full = true;
    const result = load(ws, storage);
    expect(result.problem?.message).toMatch(/ogiltig JSON/);
    expect(result.problem?.quarantineKey).toBe('hb:statistik:v1:ay-1');
    expect(storage.getItem('hb:statistik:v1:ay-1')).toBe('inte json');
  });
  it('reads the current arbetsyta the way the worksheets do', () => {
    const storage = new MemoryStorage();
    storage.setItem('hb:arbetsytor:v1', JSON.stringify({ version: 1, current: 'ay-2', list: [{ id: 'ay-1', name: 'A', created: '' }, { id: 'ay-2', name: 'B', created: '' }] }));
    expect(currentWorkspace(storage)).toEqual({ id: 'ay-2', name: 'B' });
  });
});
