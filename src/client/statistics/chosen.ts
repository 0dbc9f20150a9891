/**
 * Which charts the reader marked "Ta med i lägesbilden", as chart models (no drawing, no Plot), so
 * a page can tell cheaply whether there is anything to show before it loads the charting code.
 */
import { buildChart, type ChartModel } from '../../lib/statistics/measures';
import { currentWorkspace, load } from './persist';

/** The models of the charts marked "Ta med i lägesbilden", in the reader's order. */
export function chosenModels(storage: Storage = localStorage): { id: string; model: ChartModel }[] {
  const { state } = load(currentWorkspace(storage), storage);
  return state.charts.flatMap((spec) => {
    const ds = state.datasets.find((d) => d.id === spec.datasetId);
    return spec.include && ds ? [{ id: spec.id, model: buildChart(ds, spec, state.threshold) }] : [];
  });
}

