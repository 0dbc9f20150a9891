/**
 * Turns what the reader brings (a file's bytes or pasted text) into a plain grid of cells, or refuses it
 * with a reason the page can show. CSV goes through Papa Parse, XLSX through read-excel-file (no
 * hand-written CSV or ZIP code), Kolada's API answer through JSON.parse and a shape check. Text is
 * decoded with TextDecoder: a UTF-8 BOM, then strict UTF-8, then Windows-1252 (what Swedish Excel
 * writes when it saves "CSV (semikolonavgränsad)").
 *
 * Every step is linear in the input and stops early at the limits below, so a hostile or huge file
 * costs little. Formulas are never evaluated: a CSV cell "=HYPERLINK(…)" stays that text, and an
 * XLSX cell gives the value Excel saved with it.
 */
import Papa from 'papaparse';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { readSheet, type SheetData } from 'read-excel-file/universal';
import { stt } from '../../i18n/statistics';
import { reshapeBra } from './bra';

/** Larger files are refused before reading: statistics for one kommun are a few hundred kB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** More rows than this are refused: they would not fit the browser's storage for an arbetsyta. */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;
/**
 * What the XML parts of an XLSX file may unpack to, by the sizes the ZIP declares. A 5 MB file of
 * 20 000 rows unpacks to far less; more than this is a ZIP bomb or not a statistics table.
 */
export const MAX_XLSX_UNPACKED = 128 * 1024 * 1024;

export type Cell = string | number | null;
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** A grid as read, before the reader says what the columns mean. Row n of `rows` is line `firstLine + n`. */
export interface RawTable {
  format: 'csv' | 'xlsx' | 'paste' | 'kolada-json';
  encoding?: Encoding;
  delimiter?: string;
  header: string[];
  rows: Cell[][];
  /** The line (1-based, as a spreadsheet numbers them) of rows[0]. */
  firstLine: number;
  /** Set when a known layout was rearranged into rows (bra.ts): the line of each row. */
  lines?: number[];
  /** A known layout the table was read from: 'bra' is Brå's statistikdatabas result table. */
  shape?: 'bra';
}

/** Input the page refuses; the message is for the reader and the arbetsyta stays as it was. */
export class StatisticsInputError extends Error {
  override name = 'StatisticsInputError';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Decodes text bytes, telling which encoding it found. Throws on bytes that are not text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (looksBinary(bytes)) throw new StatisticsInputError(stt('stats.error.binary'));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** NUL bytes or many control characters in the first 8 kB mean this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return end > 0 && control / end > 0.02;
}

const DELIMITERS = [';', '\t', ','] as const;

/**
 * Picks the delimiter that gives the most rows of one consistent width (two or more cells) in the
 * first 50 lines. Papa Parse's own guess gives up on short tables with title lines above the header.
 */
export function chooseDelimiter(text: string): string {
  const sample = text.slice(0, 65_536);
  let best: string = DELIMITERS[0];
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const widths = new Map<number, number>();
    for (const row of Papa.parse<string[]>(sample, { delimiter, preview: 50 }).data) {
      if (row.length >= 2) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...widths.values());
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

/** Splits CSV or pasted text with Papa Parse. */
export function parseDelimited(text: string, format: 'csv' | 'paste', encoding?: Encoding): RawTable {
  if (!text.trim()) throw new StatisticsInputError(stt('stats.error.empty'));
  const delimiter = chooseDelimiter(text);
  // A few rows more than allowed tells us the file is too long without reading it all.
  const result = Papa.parse<string[]>(text, { delimiter, preview: MAX_ROWS + 22, skipEmptyLines: false });
  const grid = result.data.map((row) => row.map((c): Cell => c));
  const table = toTable(grid, format);
  return { ...table, ...(encoding ? { encoding } : {}), delimiter };
}

/** Finds the header (first row with two or more filled cells among the first 20) and checks the limits. */
function toTable(grid: Cell[][], format: RawTable['format']): RawTable {
  const bra = reshapeBra(grid, MAX_ROWS);
  if (bra) {
    if (bra.rows.length > MAX_ROWS) throw new StatisticsInputError(stt('stats.error.rows', { max: MAX_ROWS.toLocaleString('sv-SE') }));
    if (bra.rows.length === 0) throw new StatisticsInputError(stt('stats.error.noRows'));
    return { format, header: bra.header, rows: bra.rows, firstLine: bra.lines[0]!, lines: bra.lines, shape: 'bra' };
  }
  const filled = (row: Cell[]) => row.filter((c) => c !== null && String(c).trim() !== '').length;
  const headerIndex = grid.slice(0, 20).findIndex((row) => filled(row) >= 2);
  if (headerIndex < 0) throw new StatisticsInputError(stt('stats.error.noTable'));
  const header = grid[headerIndex]!.map((c, i) => (c === null || String(c).trim() === '' ? stt('stats.column.unnamed', { n: i + 1 }) : String(c).trim()));
  if (header.length > MAX_COLUMNS) throw new StatisticsInputError(stt('stats.error.columns', { max: MAX_COLUMNS }));
  let rows = grid.slice(headerIndex + 1);
  // Trailing empty lines (a final newline) are not data.
  while (rows.length && filled(rows[rows.length - 1]!) === 0) rows = rows.slice(0, -1);
  if (rows.length > MAX_ROWS) throw new StatisticsInputError(stt('stats.error.rows', { max: MAX_ROWS.toLocaleString('sv-SE') }));
  if (rows.length === 0) throw new StatisticsInputError(stt('stats.error.noRows'));
  return { format, header, rows, firstLine: headerIndex + 2 };
}

/** Kolada's data answer: { values: [{ kpi, municipality, period, values: [{ gender, value, … }] }] }. */
export function parseKoladaJson(text: string): RawTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StatisticsInputError(stt('stats.error.json'));
  }
  const values = (data as { values?: unknown })?.values;
  if (!Array.isArray(values)) throw new StatisticsInputError(stt('stats.error.kolada'));
  const rows: Cell[][] = [];
  for (const entry of values) {
    const e = entry as Record<string, unknown>;
    const place = e.municipality ?? e.ou;
    if (typeof e.kpi !== 'string' || typeof place !== 'string' || (typeof e.period !== 'string' && typeof e.period !== 'number') || !Array.isArray(e.values)) {
      throw new StatisticsInputError(stt('stats.error.kolada'));
    }
    for (const v of e.values as Record<string, unknown>[]) {
      const value = typeof v.value === 'number' ? v.value : null;
      rows.push([e.kpi, place, String(e.period), typeof v.gender === 'string' ? v.gender : 'T', value]);
      if (rows.length > MAX_ROWS) throw new StatisticsInputError(stt('stats.error.rows', { max: MAX_ROWS.toLocaleString('sv-SE') }));
    }
  }
  return toTable([['kpi', 'municipality', 'period', 'gender', 'value'], ...rows], 'kolada-json');
}

/**
 * Unpacks the XML parts of an XLSX file synchronously. read-excel-file unzips with fflate's async
 * unzip(), which hands every part larger than 512 kB to a Worker made from a blob: URL; the page's CSP
 * (worker-src 'self') refuses that worker, so large sheets never arrived. We already run in our own
 * worker, so a synchronous unzip blocks nothing. The declared sizes are checked before anything is
 * inflated, so a ZIP bomb is refused cheaply.
 */
export function unpackXlsx(bytes: Uint8Array): Unzipped {
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!/\.xml(\.rels)?$/.test(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_XLSX_UNPACKED) throw new StatisticsInputError(stt('stats.error.xlsxUnpacked', { max: '5 MB' }));
        return true;
      },
    });
  } catch (error) {
    if (error instanceof StatisticsInputError) throw error;
    throw new StatisticsInputError(stt('stats.error.xlsx'));
  }
}

/** Reads the first sheet of an XLSX file; dates become ISO dates, booleans text. */
export async function parseXlsx(bytes: Uint8Array): Promise<RawTable> {
  // Packed again without compression ("stored"), which read-excel-file reads without any worker.
  const stored = zipSync(unpackXlsx(bytes), { level: 0 });
  let sheet: SheetData;
  try {
    sheet = await readSheet(stored.buffer);
  } catch {
    throw new StatisticsInputError(stt('stats.error.xlsx'));
  }
  if (sheet.length > MAX_ROWS + 20) throw new StatisticsInputError(stt('stats.error.rows', { max: MAX_ROWS.toLocaleString('sv-SE') }));
  const grid = sheet.map((row) =>
    row.map((c): Cell => {
      if (c === null || typeof c === 'string' || typeof c === 'number') return c;
      if (c instanceof Date) return c.toISOString().slice(0, 10);
      return String(c);
    }),
  );
  return toTable(grid, 'xlsx');
}

/**
 * Reads a file the reader chose. The content decides the format, not the name: a ZIP is read as XLSX,
 * JSON with Kolada's shape as Kolada, anything else as delimited text.
 */
export async function readFileBytes(bytes: Uint8Array, name: string): Promise<RawTable> {
  if (bytes.length > MAX_FILE_BYTES) throw new StatisticsInputError(stt('stats.error.size', { max: '5 MB' }));
  if (bytes.length === 0) throw new StatisticsInputError(stt('stats.error.empty'));
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return parseXlsx(bytes);
  if (/\.xlsx?$/i.test(name)) throw new StatisticsInputError(stt('stats.error.xlsx'));
  const { text, encoding } = decodeText(bytes);
  if (/^\s*\{/.test(text)) return { ...parseKoladaJson(text), encoding };
  return parseDelimited(text, 'csv', encoding);
}
