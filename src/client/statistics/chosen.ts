/**
 * Which charts the reader marked "Ta med i lägesbilden" in the current arbetsyta, as chart models (no
 * drawing, no Plot), so a page can tell cheaply whether there is anything to show before it loads the
 * charting code. The models come from the pure chosenChartModels (src/shared/statistics/chosen.ts).
 */
import type { ChartModel } from '../../shared/statistics/measures';
import { chosenChartModels } from '../../shared/statistics/chosen';
import { currentWorkspace, loadStatistics } from '../../shared/storage/statistics';
import type { Store } from '../../shared/storage/store';
import { storeOrBlocked } from '../storage';

/** The models of the charts marked "Ta med i lägesbilden", in the reader's order. */
export function chosenModels(store: Store = storeOrBlocked()): { id: string; model: ChartModel }[] {
  return chosenChartModels(loadStatistics(store, currentWorkspace(store).id));
}
