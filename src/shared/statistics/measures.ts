/**
 * From data rows to what a chart shows: counts or rates per 100 000 inhabitants, years pooled when
 * numbers are small, change between the first and last period, and small-number suppression the way
 * statistics producers do it. The result (ChartModel) is the only thing the chart, the table, the
 * summary and every export read, and it never holds a count under the threshold: a suppressed cell has
 * no number at all, only the text "färre än N". Rates computed from such a count are suppressed too,
 * since population and rate would give the count back.
 */
import { stt } from '../../i18n/statistics';
import type { DataRow, Unit } from './mapping';
import { formatNumber, formatPercentChange } from './numbers';

export const DEFAULT_THRESHOLD = 5;

export interface ChartSpec {
  id: string;
  datasetId: string;
  /** The finding, in the reader's words ("Våldsbrotten ökar i centrum"). */
  title: string;
  kind: 'line' | 'bar';
  measure: string;
  /** Places in the order the reader chose; the first is the one the summary speaks of. */
  places: string[];
  /** value: as imported; rate: per 100 000 inhabitants (needs population). */
  show: 'value' | 'rate';
  /** Number of consecutive periods pooled into one (1 = none). */
  pool: number;
  /** Bar charts compare places in one period; empty: the latest. */
  period: string;
  /** Chosen for the Lägesbild worksheet's print and export. */
  include: boolean;
}

export interface DatasetInfo {
  name: string;
  source: string;
  unit: Unit;
  rows: DataRow[];
  /** Population the reader entered per place, used where the file had none. */
  populations: Record<string, number>;
  invented: boolean;
}

export interface ChartPoint {
  place: string;
  period: string;
  /** What the chart may draw; null when missing or suppressed. */
  display: number | null;
  /** What the table and the summary say: a formatted number, "färre än 5" or "uppgift saknas". */
  label: string;
  suppressed: boolean;
}

export interface ChartModel {
  title: string;
  kind: 'line' | 'bar';
  valueLabel: string;
  places: string[];
  periods: string[];
  points: ChartPoint[];
  summary: string;
  /** "Källa: … Period: …", printed under the chart. */
  caption: string;
  notes: string[];
  table: { caption: string; columns: string[]; rows: string[][] };
}

interface Cellish {
  count: number | null;
  population: number | null;
}

/** Rate per 100 000; null when either part is missing or the population is not positive. */
export function ratePer100k(count: number | null, population: number | null): number | null {
  if (count === null || population === null || population <= 0) return null;
  return (count / population) * 100_000;
}

/** Absolute and relative change; the percentage is null when the start is 0. */
export function change(from: number, to: number): { diff: number; percent: number | null } {
  return { diff: to - from, percent: from === 0 ? null : ((to - from) / from) * 100 };
}

/** Sorts periods: years and year ranges numerically, anything else as text. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
}

/**
 * Groups sorted periods into windows of `size`, counted back from the latest so the newest window is
 * complete; earlier periods that do not fill a window are left out (and said so in a note).
 */
export function poolWindows(periods: string[], size: number): { label: string; members: string[] }[] {
  if (size <= 1) return periods.map((p) => ({ label: p, members: [p] }));
  const windows: { label: string; members: string[] }[] = [];
  for (let end = periods.length; end - size >= 0; end -= size) {
    const members = periods.slice(end - size, end);
    windows.unshift({ label: `${members[0]}–${members[members.length - 1]}`, members });
  }
  return windows;
}

/** Sums counts and populations over a window; missing if any member is missing. */
function pool(cells: (Cellish | undefined)[]): Cellish {
  let count = 0;
  let population: number | null = 0;
  for (const c of cells) {
    if (!c || c.count === null) return { count: null, population: null };
    count += c.count;
    population = population === null || c.population === null ? null : population + c.population;
  }
  return { count, population };
}

/** The label for a value under the threshold. */
export const suppressedLabel = (threshold: number) => stt('stats.suppressed', { n: threshold });

const decimalsFor = (unit: Unit, show: ChartSpec['show']) => (show === 'rate' || unit === 'per100k' || unit === 'procent' ? 1 : 0);

/** Builds everything a chart and its table show. Only counts ('antal') can be suppressed. */
export function buildChart(data: DatasetInfo, spec: ChartSpec, threshold: number): ChartModel {
  const rows = data.rows.filter((r) => r.measure === spec.measure && spec.places.includes(r.place));
  const cells = new Map<string, Cellish>();
  for (const r of rows) {
    const population = r.population ?? data.populations[r.place] ?? null;
    const key = `${r.place}\u0000${r.period}`;
    const prev = cells.get(key);
    // Two rows for the same place and period (e.g. two sub-areas) are added up.
    cells.set(key, prev ? { count: prev.count === null || r.value === null ? null : prev.count + r.value, population } : { count: r.value, population });
  }
  const allPeriods = sortPeriods(rows.map((r) => r.period));
  const size = Math.max(1, Math.floor(spec.pool));
  const windows = poolWindows(allPeriods, size);
  const counts = data.unit === 'antal';
  const rate = spec.show === 'rate' && counts;
  const decimals = decimalsFor(data.unit, spec.show);
  const notes: string[] = [];
  let suppressedAny = false;
  let noPopulation = false;

  const points: ChartPoint[] = [];
  for (const place of spec.places) {
    for (const w of windows) {
      const pooled = pool(w.members.map((p) => cells.get(`${place}\u0000${p}`)));
      let value: number | null = pooled.count;
      if (value !== null && !counts && size > 1) value = value / size; // rates and shares: the mean
      const suppressed = counts && value !== null && value < threshold;
      if (suppressed) {
        suppressedAny = true;
        points.push({ place, period: w.label, display: null, label: suppressedLabel(threshold), suppressed: true });
        continue;
      }
      if (rate && value !== null) {
        const r = ratePer100k(value, pooled.population);
        if (r === null) noPopulation = true;
        value = r;
      }
      points.push({ place, period: w.label, display: value, label: value === null ? stt('stats.missing') : formatNumber(value, decimals), suppressed: false });
    }
  }
  const periods = windows.map((w) => w.label);
  if (size > 1 && allPeriods.length % size) notes.push(stt('stats.note.poolLeftOut', { n: allPeriods.length % size }));
  if (suppressedAny) notes.push(stt('stats.note.suppressed', { n: threshold }));
  if (noPopulation) notes.push(stt('stats.note.noPopulation'));
  if (spec.show === 'rate' && !counts) notes.push(stt('stats.note.rateOnlyForCounts'));

  const valueLabel = rate
    ? stt('stats.unit.rate')
    : size > 1 && counts
      ? stt('stats.unit.pooledCount', { n: size })
      : stt(`stats.unit.${data.unit}`);
  const measureText = `${spec.measure} (${valueLabel.toLowerCase()})`;
  const byPlace = (place: string) => points.filter((p) => p.place === place);

  let summary: string;
  let table: ChartModel['table'];
  const periodText = periods.length ? (periods.length === 1 ? periods[0]! : `${periods[0]!.split('–')[0]}–${periods[periods.length - 1]!.split('–').pop()}`) : '';
  if (spec.kind === 'line') {
    summary = lineSummary(spec, measureText, byPlace, threshold, decimals);
    const changeRow = [stt('stats.table.change', { from: periods[0] ?? '', to: periods[periods.length - 1] ?? '' }), ...spec.places.map((place) => changeCell(byPlace(place)))];
    table = {
      caption: `${spec.measure} (${valueLabel.toLowerCase()})`,
      columns: [stt('stats.table.period'), ...spec.places],
      rows: [...periods.map((period) => [period, ...spec.places.map((place) => points.find((p) => p.place === place && p.period === period)!.label)]), ...(periods.length > 1 ? [changeRow] : [])],
    };
  } else {
    const period = spec.period && periods.includes(spec.period) ? spec.period : (periods[periods.length - 1] ?? '');
    const inPeriod = points.filter((p) => p.period === period);
    points.splice(0, points.length, ...inPeriod);
    summary = barSummary(period, measureText, inPeriod, decimals);
    table = { caption: `${spec.measure} ${period} (${valueLabel.toLowerCase()})`, columns: [stt('stats.table.place'), valueLabel], rows: inPeriod.map((p) => [p.place, p.label]) };
  }
  const barPeriod = spec.kind === 'bar' ? (points[0]?.period ?? '') : periodText;
  const source = data.source.trim() || stt('stats.source.unknown');
  const caption = stt('stats.caption', { source: data.invented ? `${source} ${stt('stats.invented.mark')}` : source, period: barPeriod });
  return { title: spec.title.trim() || spec.measure, kind: spec.kind, valueLabel, places: spec.places, periods: spec.kind === 'bar' ? [barPeriod] : periods, points, summary, caption, notes, table };
}

const shown = (pts: ChartPoint[]) => pts.filter((p): p is ChartPoint & { display: number } => p.display !== null);

function changeCell(pts: ChartPoint[]): string {
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last || first.display === null || last.display === null) return stt('stats.table.noChange');
  const c = change(first.display, last.display);
  return c.percent === null ? stt('stats.table.noChange') : formatPercentChange(c.percent);
}

function lineSummary(spec: ChartSpec, measureText: string, byPlace: (p: string) => ChartPoint[], threshold: number, decimals: number): string {
  const [main, ...others] = spec.places;
  if (!main) return stt('stats.summary.empty');
  const pts = byPlace(main);
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last || pts.length < 2) return stt('stats.summary.onePeriod', { measure: measureText, place: main });
  if (first.display === null || last.display === null) {
    return first.suppressed || last.suppressed
      ? stt('stats.summary.suppressed', { measure: measureText, place: main, n: threshold })
      : stt('stats.summary.missing', { measure: measureText, place: main });
  }
  const c = change(first.display, last.display);
  const fmt = (v: number) => formatNumber(v, decimals);
  const base = { measure: measureText, place: main, from: fmt(first.display), to: fmt(last.display), p1: first.period, p2: last.period };
  let sentence =
    Math.abs(c.percent ?? c.diff) < 0.5
      ? stt('stats.summary.same', base)
      : stt(c.diff > 0 ? 'stats.summary.rose' : 'stats.summary.fell', { ...base, change: c.percent === null ? fmt(Math.abs(c.diff)) : `${formatNumber(Math.abs(Math.round(c.percent)))} %` });
  const clauses = others.flatMap((place) => {
    const o = shown(byPlace(place));
    const a = o.find((p) => p.period === first.period);
    const b = o.find((p) => p.period === last.period);
    if (!a || !b) return [];
    const oc = change(a.display, b.display);
    if (oc.percent === null) return [];
    if (Math.abs(oc.percent) < 0.5) return [stt('stats.summary.otherSame', { place })];
    return [stt(oc.diff > 0 ? 'stats.summary.otherRose' : 'stats.summary.otherFell', { place, change: `${formatNumber(Math.abs(Math.round(oc.percent)))} %` })];
  });
  if (clauses.length) sentence = `${sentence.replace(/\.$/, '')}, ${stt('stats.summary.while')} ${joinList(clauses)}.`;
  return sentence;
}

function barSummary(period: string, measureText: string, pts: ChartPoint[], decimals: number): string {
  const values = shown(pts);
  if (values.length === 0) return stt('stats.summary.noneShown', { measure: measureText, period });
  const fmt = (v: number) => formatNumber(v, decimals);
  if (values.length === 1) return stt('stats.summary.barOne', { measure: measureText, period, place: values[0]!.place, value: fmt(values[0]!.display) });
  const sorted = [...values].sort((a, b) => b.display - a.display);
  const hi = sorted[0]!;
  const lo = sorted[sorted.length - 1]!;
  return stt('stats.summary.bar', { measure: measureText, period, high: hi.place, highValue: fmt(hi.display), low: lo.place, lowValue: fmt(lo.display) });
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${stt('stats.and')} ${items[items.length - 1]}`;
}

/** A short text alternative for the chart image: title, summary and where the numbers are. */
export function altText(model: ChartModel): string {
  return stt('stats.alt', { kind: stt(model.kind === 'line' ? 'stats.kind.line' : 'stats.kind.bar'), title: model.title, summary: model.summary });
}
