/**
 * "Ladda ner allt" / "Återställ": every handbook key in one file, each value as the exact text stored,
 * so a restore gives back the same bytes. A restore checks every entry against its shape first and
 * writes nothing if one is wrong; a key that already holds other data is quarantined, not overwritten.
 */
import { sst } from '../../i18n/storage';
import { KEYS } from './keys';
import { LIMITS } from './limits';
import { SHAPES } from './schemas';
import { decode, ShapeError, type Shape, type Store, type Written } from './store';

export const BACKUP_FORMAT = 'samverkanshandboken-allt';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exported: string;
  /** key → the stored text, unchanged. */
  entries: Record<string, string>;
}

export function buildBackup(store: Store, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: 1, exported: now.toISOString(), entries: Object.fromEntries(store.keys().map((k) => [k, store.raw(k) ?? ''])) };
}

/** The shape that a key's value must have, or undefined for a key the handbook does not write. */
export function shapeOfKey(key: string): Shape<unknown> | 'quarantine' | undefined {
  if (key.startsWith(KEYS.quarantinePrefix)) return 'quarantine';
  if (key === KEYS.workspaces) return SHAPES.workspaces;
  if (key.startsWith(KEYS.answersPrefix) && /^[a-z0-9][a-z0-9-]*$/.test(key.slice(KEYS.answersPrefix.length))) return SHAPES.answers;
  if (key.startsWith(KEYS.statistikPrefix) && /^[a-z0-9][a-z0-9-]*$/.test(key.slice(KEYS.statistikPrefix.length))) return SHAPES.statistics;
  if (key.startsWith(KEYS.dokumentPrefix) && /^[a-z0-9][a-z0-9-]*$/.test(key.slice(KEYS.dokumentPrefix.length))) return SHAPES.documents;
  if (key === KEYS.selfcheck) return SHAPES.selfcheck;
  if (key === KEYS.settings) return SHAPES.settings;
  if (key === KEYS.workshops) return SHAPES.workshops;
  if (key === KEYS.draft) return SHAPES.draft;
  if (key.startsWith(KEYS.runPrefix)) return SHAPES.run;
  return undefined;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Reads a backup file; throws BackupError with the reader-facing reason. Linear in the file's size. */
export function readBackup(text: string, byteLength: number): Record<string, string> {
  if (byteLength > LIMITS.backupBytes) throw new BackupError(sst('storage.all.refused', { reason: sst('storage.reason.tooLarge', { size: `${LIMITS.backupBytes / 1024 / 1024} MB` }) }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError(sst('storage.all.refused', { reason: sst('storage.all.notBackup') }));
  }
  const b = raw as Partial<Backup> | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT || b.version !== 1 || typeof b.entries !== 'object' || b.entries === null) {
    throw new BackupError(sst('storage.all.refused', { reason: sst('storage.all.notBackup') }));
  }
  const entries: Record<string, string> = {};
  for (const [key, value] of Object.entries(b.entries)) {
    const shape = shapeOfKey(key);
    if (!shape) throw new BackupError(sst('storage.all.refused', { reason: sst('storage.all.unknownKey', { key: key.slice(0, 80) }) }));
    if (typeof value !== 'string') throw new BackupError(sst('storage.all.refused', { reason: sst('storage.all.badEntry', { key, reason: sst('storage.reason.notText') }) }));
    if (shape !== 'quarantine') {
      try {
        decode(value, shape);
      } catch (error) {
        throw new BackupError(sst('storage.all.refused', { reason: sst('storage.all.badEntry', { key, reason: error instanceof ShapeError ? error.message : String(error) }) }));
      }
    }
    entries[key] = value;
  }
  return entries;
}

/**
 * Writes the entries. A key that holds other data is first copied to quarantine (kept, to download),
 * then replaced. If any write fails (storage full), everything written is undone: a failed restore
 * changes nothing.
 */
export function restoreBackup(store: Store, entries: Record<string, string>, now: Date = new Date()): Written<{ written: number; kept: string[] }> {
  const written: string[] = [];
  const previous = new Map<string, string | null>();
  const undo = () => {
    for (const key of written.reverse()) {
      const before = previous.get(key);
      if (before === null || before === undefined) store.remove(key);
      else store.writeText(key, before);
    }
  };
  const kept: string[] = [];
  for (const [key, text] of Object.entries(entries)) {
    const existing = store.raw(key);
    if (existing === text) continue;
    if (existing !== null) {
      const aside = `${KEYS.quarantinePrefix}${now.toISOString()}:${key}`;
      previous.set(aside, null);
      const copied = store.writeText(aside, existing);
      if (!copied.ok) {
        undo();
        return copied;
      }
      written.push(aside);
      kept.push(aside);
    }
    previous.set(key, existing);
    const result = store.writeText(key, text);
    if (!result.ok) {
      undo();
      return result;
    }
    written.push(key);
  }
  return { ok: true, value: { written: written.length - kept.length, kept } };
}
