/**
 * Where the statistics of an arbetsyta are kept: localStorage on this device, one key per arbetsyta.
 * The whole persistence of the statistics feature is this file, with a narrow interface (current
 * arbetsyta, load, save, quarantined) so it can move onto a shared storage layer without touching the
 * page. Writes either succeed or throw a reader-facing message (a full disk included); the caller
 * changes its state only after save() returned. What cannot be read is moved aside under the
 * quarantine prefix the worksheets use, never deleted, and reported.
 */
import { stt } from '../../i18n/statistics';
import { emptyState, parseState, StatisticsDataError, type StatisticsState } from '../../lib/statistics/state';
import { Store } from '../../lib/storage/store';
import { Worksheets } from '../../lib/storage/worksheets';

const statsKey = (workspaceId: string) => `hb:statistik:v1:${workspaceId}`;
const QUARANTINE_PREFIX = 'hb:karantan:';

export interface WorkspaceRef {
  id: string;
  name: string;
}

export interface LoadResult {
  state: StatisticsState;
  /** Set when stored data could not be read and was moved aside. */
  problem?: { message: string; quarantineKey: string };
}

export class StatisticsSaveError extends Error {
  override name = 'StatisticsSaveError';
}

/** The arbetsyta the reader works in, as the worksheets see it (read through their store). */
export function currentWorkspace(storage: Storage = localStorage): WorkspaceRef {
  const { id, name } = new Worksheets(new Store(storage)).lastUsed();
  return { id, name };
}

/** Key prefix for the 'storage' event, so another tab's change can be picked up. */
export const isStatisticsKey = (key: string | null, workspaceId: string) => key === statsKey(workspaceId);

export function load(workspace: WorkspaceRef, storage: Storage = localStorage): LoadResult {
  const key = statsKey(workspace.id);
  const raw = storage.getItem(key);
  if (raw === null) return { state: emptyState() };
  try {
    return { state: parseState(JSON.parse(raw)) };
  } catch (error) {
    const reason = error instanceof StatisticsDataError ? error.message : 'ogiltig JSON';
    const quarantineKey = `${QUARANTINE_PREFIX}${new Date().toISOString()}:${key}`;
    try {
      storage.setItem(quarantineKey, raw);
      storage.removeItem(key);
    } catch {
      // No room to move it aside: leave it where it is, untouched, and still report it.
      return { state: emptyState(), problem: { message: stt('stats.store.quarantined', { name: workspace.name, reason }), quarantineKey: key } };
    }
    return { state: emptyState(), problem: { message: stt('stats.store.quarantined', { name: workspace.name, reason }), quarantineKey } };
  }
}

/** Saves the whole state; throws StatisticsSaveError with a message for the reader if storage refuses. */
export function save(workspace: WorkspaceRef, state: StatisticsState, storage: Storage = localStorage): void {
  try {
    storage.setItem(statsKey(workspace.id), JSON.stringify(state));
  } catch (error) {
    const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
    throw new StatisticsSaveError(quota ? stt('stats.store.quota') : stt('stats.store.failed', { error: (error as Error).message }));
  }
}

/** The raw text kept aside, for the reader to download. */
export function quarantined(key: string, storage: Storage = localStorage): string | null {
  return storage.getItem(key);
}
