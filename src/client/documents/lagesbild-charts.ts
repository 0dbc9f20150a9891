/**
 * The charts chosen for the lägesbild in an arbetsyta, as chart models. Imported by the documents page
 * only for the lägesbild, so the other documents do not load the statistics code.
 */
import type { DocumentChart } from '../../shared/documents/assemble';
import { chosenChartModels } from '../../shared/statistics/chosen';
import { altText } from '../../shared/statistics/measures';
import { loadStatistics } from '../../shared/storage/statistics';
import type { Store } from '../../shared/storage/store';

export const chartsOf = (store: Store, workspaceId: string): DocumentChart[] => chosenChartModels(loadStatistics(store, workspaceId)).map((c) => ({ ...c, alt: altText(c.model) }));
