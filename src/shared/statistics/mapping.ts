/**
 * The column-mapping step: which column is the place, the period, the measure, the value (and the
 * population, when the file has it). Presets recognise documented formats by their header; the
 * generic guess reads Swedish and English header words; the reader can change every choice.
 * applyMapping turns a RawTable into data rows and lists every row it could not read, by line number.
 */
import { stt } from '../../i18n/statistics';
import { readNumber } from './numbers';
import type { Cell, RawTable } from './read';

export type Unit = 'antal' | 'per100k' | 'procent' | 'annat';

export interface ColumnMapping {
  /** long: one row per place and period; wide: one column per period (e.g. 2019, 2020, …). */
  layout: 'long' | 'wide';
  /** Column index of the place, or null to use `placeName` for every row. */
  place: number | null;
  placeName: string;
  /** long only. */
  period: number | null;
  /** wide only: the columns whose headers are periods. */
  periodColumns: number[];
  /** Columns joined into the measure's name (e.g. Kolada's kpi and gender); empty: `measureName`. */
  measure: number[];
  measureName: string;
  /** long only. */
  value: number | null;
  population: number | null;
  unit: Unit;
}

export interface Preset {
  id: string;
  label: string;
  /** What the source field is filled with when the format is recognised. */
  source?: string;
  /** True when the header (and the layout the reader recognised, if any) is this format. */
  matches(header: string[], shape?: RawTable['shape']): boolean;
  mapping(header: string[]): ColumnMapping;
}

export interface DataRow {
  place: string;
  period: string;
  measure: string;
  /** null: the producer's mark for a missing value (.., -, –, empty). */
  value: number | null;
  population: number | null;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface MappedData {
  rows: DataRow[];
  problems: RowProblem[];
  missing: number;
}

const norm = (s: string) => s.trim().toLowerCase();
const find = (header: string[], words: RegExp) => {
  const i = header.findIndex((h) => words.test(norm(h)));
  return i < 0 ? null : i;
};
const PERIOD_HEADER = /^(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?$/;

/** Kolada's data (API answer, or the same columns in a CSV/XLSX): kpi, municipality, period, gender, value. */
export const KOLADA_PRESET: Preset = {
  id: 'kolada',
  label: stt('stats.preset.kolada'),
  matches: (header) => ['kpi', 'period', 'value'].every((h) => header.map(norm).includes(h)) && header.some((h) => /^(municipality|municipality_id|ou)$/.test(norm(h))),
  mapping: (header) => {
    const gender = find(header, /^gender$/);
    return {
      layout: 'long',
      place: find(header, /^(municipality|municipality_id|ou)$/),
      placeName: '',
      period: find(header, /^period$/),
      periodColumns: [],
      measure: [find(header, /^kpi$/)!, ...(gender === null ? [] : [gender])],
      measureName: '',
      value: find(header, /^value$/),
      population: null,
      unit: 'per100k',
    };
  },
};

/**
 * Brå's statistikdatabas över anmälda brott: its result table, rearranged by bra.ts into area, crime
 * type, year and the count (or the rate per 100 000 when only rates were chosen).
 */
export const BRA_PRESET: Preset = {
  id: 'bra',
  label: stt('stats.preset.bra'),
  source: stt('stats.preset.bra.source'),
  matches: (header, shape) => shape === 'bra' && header.length === 4,
  mapping: (header) => ({
    layout: 'long',
    place: 0,
    placeName: '',
    period: 2,
    periodColumns: [],
    measure: [1],
    measureName: '',
    value: 3,
    population: null,
    unit: /100\s*000/.test(header[3] ?? '') ? 'per100k' : 'antal',
  }),
};

export const PRESETS: Preset[] = [KOLADA_PRESET, BRA_PRESET];

/** The preset a table's header (and recognised layout) matches, if any. */
export const presetFor = (header: string[], shape?: RawTable['shape']) => PRESETS.find((p) => p.matches(header, shape));

/** The generic guess from header words; the reader checks it in the mapping form. */
export function guessMapping(header: string[], shape?: RawTable['shape']): ColumnMapping {
  const preset = presetFor(header, shape);
  if (preset) return preset.mapping(header);
  const periodColumns = header.flatMap((h, i) => (PERIOD_HEADER.test(h.trim()) ? [i] : []));
  const wide = periodColumns.length >= 2;
  const place = find(header, /^(område|omrade|kommun|region|plats|stadsdel|län|lan|geografi|municipality|area|place)/);
  const period = wide ? null : find(header, /^(år|ar|period|månad|manad|kvartal|year|tid)/);
  const measure = find(header, /^(brottstyp|brott|mått|matt|indikator|nyckeltal|variabel|kategori|measure|kpi)/);
  const value = wide ? null : find(header, /^(antal|värde|varde|value|count|andel|per 100)/);
  const population = find(header, /^(folkmängd|folkmangd|befolkning|invånare|invanare|population)/);
  const valueHeader = value === null ? '' : norm(header[value]!);
  const unit: Unit = /per 100/.test(valueHeader) ? 'per100k' : /andel|%/.test(valueHeader) ? 'procent' : 'antal';
  const taken = new Set([place, period, measure, population].filter((x): x is number => x !== null));
  const fallbackValue = wide ? null : (value ?? header.findIndex((_, i) => !taken.has(i)));
  return {
    layout: wide ? 'wide' : 'long',
    place,
    placeName: '',
    period,
    periodColumns: wide ? periodColumns : [],
    measure: measure === null ? [] : [measure],
    measureName: '',
    value: fallbackValue === -1 ? null : fallbackValue,
    population,
    unit,
  };
}

/** What is missing before the mapping can be applied; empty when it is complete. */
export function mappingGaps(m: ColumnMapping): string[] {
  const gaps: string[] = [];
  if (m.place === null && !m.placeName.trim()) gaps.push(stt('stats.map.gap.place'));
  if (m.layout === 'long' && m.period === null) gaps.push(stt('stats.map.gap.period'));
  if (m.layout === 'long' && m.value === null) gaps.push(stt('stats.map.gap.value'));
  if (m.layout === 'wide' && m.periodColumns.length === 0) gaps.push(stt('stats.map.gap.periods'));
  if (m.measure.length === 0 && !m.measureName.trim()) gaps.push(stt('stats.map.gap.measure'));
  return gaps;
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Applies a complete mapping. Rows with every cell empty are blank lines, not data. A value cell that
 * is text (including a formula such as =HYPERLINK(…)) is a problem for that line; a missing mark is a
 * missing value. Linear in the number of cells.
 */
export function applyMapping(table: RawTable, m: ColumnMapping): MappedData {
  const rows: DataRow[] = [];
  const problems: RowProblem[] = [];
  let missing = 0;
  table.rows.forEach((row, index): void => {
    const line = table.lines?.[index] ?? table.firstLine + index;
    if (row.every((c) => text(c) === '')) return;
    const place = m.place === null ? m.placeName.trim() : text(row[m.place]);
    const measure = m.measure.length ? m.measure.map((i) => text(row[i])).filter(Boolean).join(' · ') : m.measureName.trim();
    if (!place) {
      problems.push({ line, message: stt('stats.problem.place') });
      return;
    }
    if (!measure) {
      problems.push({ line, message: stt('stats.problem.measure') });
      return;
    }
    let population: number | null = null;
    if (m.population !== null) {
      const p = readNumber(row[m.population]);
      if (p.kind === 'text') {
        problems.push({ line, message: stt('stats.problem.population', { text: shorten(text(row[m.population])) }) });
        return;
      }
      population = p.kind === 'number' ? p.value : null;
    }
    const cells: [string, Cell | undefined][] =
      m.layout === 'long' ? [[text(row[m.period!]), row[m.value!]]] : m.periodColumns.map((i) => [table.header[i]!.trim(), row[i]]);
    for (const [period, cell] of cells) {
      if (!period) {
        problems.push({ line, message: stt('stats.problem.period') });
        continue;
      }
      const v = readNumber(cell);
      if (v.kind === 'text') {
        problems.push({ line, message: stt('stats.problem.value', { text: shorten(text(cell)), period }) });
        continue;
      }
      if (v.kind === 'missing') missing++;
      rows.push({ place, period, measure, value: v.kind === 'number' ? v.value : null, population });
    }
  });
  return { rows, problems, missing };
}
