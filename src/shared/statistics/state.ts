/**
 * The statistics kept per arbetsyta: its types and the empty state. It is stored under
 * `hb:statistik:v1:<arbetsyta-id>` by the storage layer, which validates it with the valibot schema
 * `statistics` in src/shared/storage/schemas.ts (the one validator; limits from limits.ts).
 *
 * Stored shape (version 1):
 *   { version: 1, threshold: number, datasets: Dataset[], charts: ChartSpec[] }
 * A Dataset is one import: name, source, unit, file name, time, rows { place, period, measure, value,
 * population } and the populations the reader entered per place.
 */
import type { RowProblem } from './mapping';
import { DEFAULT_THRESHOLD, type ChartSpec, type DatasetInfo } from './measures';

export const STATS_VERSION = 1;

export interface Dataset extends DatasetInfo {
  id: string;
  fileName: string;
  imported: string;
  /** Lines that could not be read at import, kept so the reader can see them later. */
  problems: RowProblem[];
}

export interface StatisticsState {
  version: typeof STATS_VERSION;
  threshold: number;
  datasets: Dataset[];
  charts: ChartSpec[];
}

export const emptyState = (): StatisticsState => ({ version: STATS_VERSION, threshold: DEFAULT_THRESHOLD, datasets: [], charts: [] });
