/**
 * The statistics kept per arbetsyta, its shape and its validation (hand-written guards, as
 * worksheet-data.ts does for answers). Pure: storage lives in src/client/statistics/persist.ts.
 *
 * Stored shape (version 1):
 *   { version: 1, threshold: number, datasets: Dataset[], charts: ChartSpec[] }
 * A Dataset is one import: name, source, unit, file name, time, rows { place, period, measure, value,
 * population } and the populations the reader entered per place.
 */
import { stt } from '../../i18n/statistics';
import type { DataRow, RowProblem, Unit } from './mapping';
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

export class StatisticsDataError extends Error {
  override name = 'StatisticsDataError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));
const UNITS: Unit[] = ['antal', 'per100k', 'procent', 'annat'];

function fail(where: string): never {
  throw new StatisticsDataError(stt('stats.store.shape', { where }));
}

function checkRow(v: unknown, where: string): DataRow {
  if (!isRecord(v) || !isString(v.place) || !isString(v.period) || !isString(v.measure) || !isNumOrNull(v.value) || !isNumOrNull(v.population)) fail(where);
  return { place: v.place, period: v.period, measure: v.measure, value: v.value, population: v.population };
}

function checkDataset(v: unknown, i: number): Dataset {
  const where = `datasets[${i}]`;
  if (!isRecord(v) || !isString(v.id) || !isString(v.name) || !isString(v.source) || !isString(v.fileName) || !isString(v.imported)) fail(where);
  if (!UNITS.includes(v.unit as Unit) || typeof v.invented !== 'boolean' || !Array.isArray(v.rows) || !Array.isArray(v.problems) || !isRecord(v.populations)) fail(where);
  const populations: Record<string, number> = {};
  for (const [k, p] of Object.entries(v.populations)) {
    if (typeof p !== 'number' || !Number.isFinite(p)) fail(`${where}.populations`);
    populations[k] = p;
  }
  const problems = v.problems.map((p) => {
    if (!isRecord(p) || typeof p.line !== 'number' || !isString(p.message)) fail(`${where}.problems`);
    return { line: p.line, message: p.message };
  });
  return {
    id: v.id,
    name: v.name,
    source: v.source,
    fileName: v.fileName,
    imported: v.imported,
    unit: v.unit as Unit,
    invented: v.invented,
    rows: v.rows.map((r, j) => checkRow(r, `${where}.rows[${j}]`)),
    problems,
    populations,
  };
}

function checkChart(v: unknown, i: number): ChartSpec {
  const where = `charts[${i}]`;
  if (!isRecord(v) || !isString(v.id) || !isString(v.datasetId) || !isString(v.title) || !isString(v.measure) || !isString(v.period)) fail(where);
  if ((v.kind !== 'line' && v.kind !== 'bar') || (v.show !== 'value' && v.show !== 'rate') || typeof v.pool !== 'number' || typeof v.include !== 'boolean') fail(where);
  if (!Array.isArray(v.places) || !v.places.every(isString)) fail(where);
  return { id: v.id, datasetId: v.datasetId, title: v.title, kind: v.kind, measure: v.measure, places: v.places, show: v.show, pool: v.pool, period: v.period, include: v.include };
}

/** Validates stored data; throws StatisticsDataError naming the first bad part. */
export function parseState(v: unknown): StatisticsState {
  if (!isRecord(v)) fail('(roten)');
  if (v.version !== STATS_VERSION) throw new StatisticsDataError(stt('stats.store.version', { version: String(v.version) }));
  if (typeof v.threshold !== 'number' || !Number.isInteger(v.threshold) || v.threshold < 1) fail('threshold');
  if (!Array.isArray(v.datasets) || !Array.isArray(v.charts)) fail('(roten)');
  return { version: STATS_VERSION, threshold: v.threshold, datasets: v.datasets.map(checkDataset), charts: v.charts.map(checkChart) };
}
