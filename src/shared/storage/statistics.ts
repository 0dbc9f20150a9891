/**
 * The statistics of an arbetsyta (/statistik/), stored under `hb:statistik:v1:<arbetsyta-id>` with the
 * layer's policy: unreadable data is quarantined by Store.read, a save is one read-modify-write of the
 * stored value (another tab's change survives), and a refused save says why.
 */
import { emptyState, type StatisticsState } from '../statistics/state';
import { statistikKey } from './keys';
import { check, SHAPES, statistics } from './schemas';
import { ShapeError, type Store } from './store';
import { Worksheets, type Saved, type Workspace } from './worksheets';

/** The arbetsyta the reader works in, as the worksheets see it. */
export const currentWorkspace = (store: Store): Workspace => new Worksheets(store).lastUsed();

/** The stored statistics, or the empty state (also when they could not be read: see store.problems). */
export const loadStatistics = (store: Store, workspaceId: string): StatisticsState => store.read(statistikKey(workspaceId), SHAPES.statistics) ?? emptyState();

/**
 * Applies `change` to what is stored now and writes the result. The result is checked with the same
 * schema a later read uses, so nothing is saved that the next load would quarantine.
 */
export function saveStatistics(store: Store, workspaceId: string, change: (current: StatisticsState) => StatisticsState): Saved<StatisticsState> {
  let invalid: string | undefined;
  const result = store.update(statistikKey(workspaceId), SHAPES.statistics, (current) => {
    const next = change(current ?? emptyState());
    try {
      return check(statistics, next);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      invalid = error.message;
      return undefined;
    }
  });
  if (invalid !== undefined) return { ok: false, reason: 'invalid', message: invalid };
  return result.ok ? { ok: true, value: result.value ?? emptyState() } : result;
}
