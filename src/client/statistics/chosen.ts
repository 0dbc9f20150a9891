/**
 * Which charts the reader marked "Ta med i lägesbilden", as chart models (no drawing, no Plot), so
 * a page can tell cheaply whether there is anything to show before it loads the charting code.
 */
import { buildChart, type ChartModel } from '../../shared/statistics/measures';
import { currentWorkspace, loadStatistics } from '../../shared/storage/statistics';
import type { Store } from '../../shared/storage/store';
import { storeOrBlocked } from '../storage';

/** The models of the charts marked "Ta med i lägesbilden", in the reader's order. */
export function chosenModels(store: Store = storeOrBlocked()): { id: string; model: ChartModel }[] {
  const state = loadStatistics(store, currentWorkspace(store).id);
  return state.charts.flatMap((spec) => {
    const ds = state.datasets.find((d) => d.id === spec.datasetId);
    return spec.include && ds ? [{ id: spec.id, model: buildChart(ds, spec, state.threshold) }] : [];
  });
}

