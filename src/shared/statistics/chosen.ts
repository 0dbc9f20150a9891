/**
 * The charts a reader marked "Ta med i lägesbilden", as chart models: title, summary, data table,
 * caption and notes, with no drawing and no storage. Pure, so every document that carries the
 * lägesbild's statistics (the worksheet's print and Markdown, the documents' DOCX) takes the same
 * figures from the same function; small numbers are already suppressed in the models (measures.ts).
 */
import { buildChart, type ChartModel } from './measures';
import type { StatisticsState } from './state';

export function chosenChartModels(state: StatisticsState): { id: string; model: ChartModel }[] {
  return state.charts.flatMap((spec) => {
    const ds = state.datasets.find((d) => d.id === spec.datasetId);
    return spec.include && ds ? [{ id: spec.id, model: buildChart(ds, spec, state.threshold) }] : [];
  });
}
