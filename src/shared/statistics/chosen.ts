/**
 * The charts a reader marked "Ta med i lägesbilden", as chart models: title, summary, data table,
 * caption and notes, with no drawing and no storage. Pure, so every document that carries the
 * lägesbild's statistics (the worksheet's print and Markdown, the documents' DOCX) takes the same
 * figures from the same function; small numbers are already suppressed in the models (measures.ts).
 */
import { altText, buildChart, type ChartModel } from './measures';
import type { StatisticsState } from './state';

/** Each with its text alternative, so a document can carry it without loading the statistics strings. */
export function chosenChartModels(state: StatisticsState): { id: string; model: ChartModel; alt: string }[] {
  return state.charts.flatMap((spec) => {
    const ds = state.datasets.find((d) => d.id === spec.datasetId);
    if (!spec.include || !ds) return [];
    const model = buildChart(ds, spec, state.threshold);
    return [{ id: spec.id, model, alt: altText(model) }];
  });
}
