/**
 * A small invented statistics dataset for the unit tests: robbery in Strandvik (3, 12, 2, 15 — two counts
 * under the default threshold of 5) and in the län, 2019–2022, and a chart spec over it.
 */
import type { ChartSpec } from '../../../src/shared/statistics/measures';
import type { Dataset } from '../../../src/shared/statistics/state';

const rows = (place: string, values: number[]) => values.map((value, i) => ({ place, period: String(2019 + i), measure: 'Rån', value, population: 10_000 }));

export const robberyDataset: Dataset = {
  id: 'd',
  name: 'Strandvik',
  source: 'Påhittad källa',
  unit: 'antal',
  rows: [...rows('Strandvik', [3, 12, 2, 15]), ...rows('Skärviks län', [60, 64, 70, 66])],
  populations: {},
  invented: true,
  fileName: 'x.csv',
  imported: '2026-12-01T00:00:00.000Z',
  problems: [],
};

export const robberyChart = (over: Partial<ChartSpec> = {}): ChartSpec => ({ id: 'c1', datasetId: 'd', title: 'Rånen i Strandvik', kind: 'line', measure: 'Rån', places: ['Strandvik', 'Skärviks län'], show: 'value', pool: 1, period: '', include: true, ...over });
