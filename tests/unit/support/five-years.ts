// A small dataset over five years for the chart tests (tests/unit/statistics*.test.ts): one robbery count per
// place and year; null (or NaN) is a missing value.
import type { DatasetInfo } from '../../../src/shared/statistics/measures';

export const YEARS = ['2019', '2020', '2021', '2022', '2023'];

export function fiveYears(values: Record<string, (number | null)[]>, unit: DatasetInfo['unit'] = 'antal', populations: Record<string, number> = {}): DatasetInfo {
  return {
    name: 'Test',
    source: 'Brå',
    unit,
    invented: false,
    populations,
    rows: Object.entries(values).flatMap(([place, vs]) =>
      vs.map((value, i) => ({ place, period: YEARS[i]!, measure: 'Rån', value: value === null || Number.isNaN(value) ? null : value, population: null })),
    ),
  };
}
