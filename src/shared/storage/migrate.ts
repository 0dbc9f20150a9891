/**
 * Moves data stored by earlier versions of the handbook to today's keys, on first load, without losing
 * any: the old key is removed only after the new one was written; an old value that cannot be read is
 * quarantined (kept, reported) like any other; a new key that already holds data is never written over
 * (the old value then goes to quarantine, to download).
 */
import { KEYS, LEGACY_KEYS, runKey } from './keys';
import { withRowIds } from '../chain/rows';
import { SHAPES } from './schemas';
import { sst } from '../../i18n/storage';
import { decode, ShapeError, type Shape, type Store } from './store';

function move(store: Store, from: string, to: string, shape: Shape<unknown>): void {
  const text = store.raw(from);
  if (text === null) return;
  try {
    decode(text, shape);
  } catch (error) {
    store.quarantine(from, text, shape.what, error instanceof ShapeError ? error.message : String(error));
    return;
  }
  if (store.raw(to) !== null) {
    if (store.raw(to) === text) store.remove(from);
    else store.quarantine(from, text, shape.what, sst('storage.reason.oldCopy'));
    return;
  }
  // Byte for byte: the shapes did not change, only the keys.
  if (store.writeText(to, text).ok) store.remove(from);
}

/**
 * Rows of the röd tråd's tables get stable ids (src/shared/chain/rows.ts): written only when a row lacked
 * one, into what is stored now; the shape stays version 1 (an older handbook reads the rows as before
 * and does not see the id cell). Unreadable answers are quarantined by the read, as always.
 */
export function addRowIds(store: Store): void {
  for (const key of store.keys(KEYS.answersPrefix)) {
    if (store.raw(key) === null) continue;
    store.update(key, SHAPES.answers, (current) => {
      if (!current) return undefined;
      const { data, changed } = withRowIds(current);
      return changed ? data : undefined;
    });
  }
}

/** Runs every migration; cheap when there is nothing to move. */
export function migrate(store: Store): void {
  addRowIds(store);
  move(store, LEGACY_KEYS.workshops, KEYS.workshops, SHAPES.workshops);
  move(store, LEGACY_KEYS.draft, KEYS.draft, SHAPES.draft);
  for (const key of store.keys(LEGACY_KEYS.runPrefix)) move(store, key, runKey(key.slice(LEGACY_KEYS.runPrefix.length)), SHAPES.run);
  // Settings were stored without a version before: add it.
  const settings = store.raw(KEYS.settings);
  if (settings !== null) {
    try {
      const raw = JSON.parse(settings) as unknown;
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('version' in raw)) store.write(KEYS.settings, { version: 1, ...raw });
    } catch {
      /* unreadable: the normal read quarantines it */
    }
  }
}
