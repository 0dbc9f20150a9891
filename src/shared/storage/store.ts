/**
 * The one policy for everything the handbook keeps on the device, over any Web Storage (localStorage in
 * the browser, an in-memory Storage in the tests):
 *
 * - Reading: a value that is not JSON, has an unknown (future) version or the wrong shape is moved aside
 *   to a quarantine key, reported in `problems` and offered for download. Never dropped. When even the
 *   move fails (storage full), the value stays where it is and the key is locked: nothing writes over it.
 * - Writing: every write says whether it landed ({ ok: false, reason: 'full' | 'blocked' | 'locked' }),
 *   so callers change their memory and say "Sparat" only after it did.
 * - Read-modify-write on the stored value, never on a copy held since page load, so a save puts back
 *   only what this tab changed (see `update`).
 */
import { sst } from '../../i18n/storage';
import { isHandbookKey, KEYS } from './keys';

export type Issue = { path: string; message: string };

/** A stored shape: its name (for messages), version and a parser that throws ShapeError. */
export interface Shape<T> {
  /** What the reader is told it is ("svaren i en arbetsyta"). */
  what: string;
  version: number;
  /** The version field of the record ("version" or "v"). */
  versionField: 'version' | 'v';
  parse(raw: unknown): T;
}

export class ShapeError extends Error {
  override name = 'ShapeError';
}

export type WriteFailure = 'full' | 'blocked' | 'locked';
export type Written<T = undefined> = { ok: true; value: T } | { ok: false; reason: WriteFailure };

export interface Problem {
  key: string;
  /** Where the raw text now is (equal to key when it could not be moved). */
  quarantineKey: string;
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Parses JSON text with a shape; throws ShapeError with a reader-facing reason. */
export function decode<T>(text: string, shape: Shape<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ShapeError(sst('storage.bad.json'));
  }
  const found = isRecord(raw) ? raw[shape.versionField] : undefined;
  if (found !== shape.version) throw new ShapeError(sst('storage.bad.version', { found: JSON.stringify(found) ?? '–', expected: shape.version }));
  return shape.parse(raw);
}

export class Store {
  readonly problems: Problem[] = [];
  /** Keys whose unreadable value could not be moved aside: never written over. */
  private readonly locked = new Set<string>();

  constructor(
    readonly storage: Storage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The stored text, or null (also when storage cannot be read at all). */
  raw(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch {
      return null;
    }
  }

  /** The value under key, undefined when there is none; unreadable data is quarantined and reported. */
  read<T>(key: string, shape: Shape<T>): T | undefined {
    if (this.locked.has(key)) return undefined;
    const text = this.raw(key);
    if (text === null) return undefined;
    try {
      return decode(text, shape);
    } catch (error) {
      this.quarantine(key, text, shape.what, error instanceof ShapeError ? error.message : String(error));
      return undefined;
    }
  }

  /** Moves raw text aside and reports it; if the move fails, leaves it and locks the key. */
  quarantine(key: string, text: string, what: string, reason: string): void {
    const quarantineKey = `${KEYS.quarantinePrefix}${this.now().toISOString()}:${key}`;
    try {
      this.storage.setItem(quarantineKey, text);
      this.storage.removeItem(key);
      this.problems.push({ key, quarantineKey, message: sst('storage.problem', { what, reason }) });
    } catch {
      this.locked.add(key);
      this.problems.push({ key, quarantineKey: key, message: sst('storage.problem.stuck', { what, reason }) });
    }
  }

  write(key: string, value: unknown): Written {
    return this.writeText(key, JSON.stringify(value));
  }

  writeText(key: string, text: string): Written {
    if (this.locked.has(key)) return { ok: false, reason: 'locked' };
    try {
      this.storage.setItem(key, text);
      return { ok: true, value: undefined };
    } catch (error) {
      return { ok: false, reason: isQuotaError(error) ? 'full' : 'blocked' };
    }
  }

  remove(key: string): Written {
    if (this.locked.has(key)) return { ok: false, reason: 'locked' };
    try {
      this.storage.removeItem(key);
      return { ok: true, value: undefined };
    } catch {
      return { ok: false, reason: 'blocked' };
    }
  }

  /**
   * Read-modify-write on what is stored now (another tab may have written since this one loaded).
   * `change` gets the current value (undefined when none) and returns the next one, or undefined to
   * leave storage as it is. The result is what storage holds afterwards.
   */
  update<T>(key: string, shape: Shape<T>, change: (current: T | undefined) => T | undefined): Written<T | undefined> {
    const current = this.read(key, shape);
    if (this.locked.has(key)) return { ok: false, reason: 'locked' };
    const next = change(current);
    if (next === undefined) return { ok: true, value: current };
    const written = this.write(key, next);
    return written.ok ? { ok: true, value: next } : written;
  }

  /** Handbook keys now in storage (a snapshot: safe to remove while iterating the result). */
  keys(prefix = ''): string[] {
    const out: string[] = [];
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key !== null && key.startsWith(prefix) && isHandbookKey(key)) out.push(key);
      }
    } catch {
      /* storage unreadable: nothing to list */
    }
    return out.sort();
  }

  /** Bytes the handbook's keys take (UTF-16, as browsers count localStorage). */
  usedBytes(): number {
    return this.keys().reduce((sum, key) => sum + 2 * (key.length + (this.raw(key)?.length ?? 0)), 0);
  }
}

/** Turns a valibot-style issue list into one short reason naming where. */
export function describeIssue(issue: Issue): string {
  return sst('storage.bad.shape', { where: `${issue.path || '–'}: ${issue.message}` });
}
