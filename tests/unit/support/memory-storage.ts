/** Test support shared by the storage and documents unit tests. */

/** Web Storage in memory, with a quota in characters (keys + values) like a browser's. */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  used() {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  setItem(k: string, v: string) {
    const next = this.used() - (this.map.has(k) ? k.length + this.map.get(k)!.length : 0) + k.length + v.length;
    if (next > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
  /** Fills the storage to the brim. */
  fill() {
    this.quota = this.used();
  }
  [name: string]: unknown;
}
