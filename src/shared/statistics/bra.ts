/**
 * Brå's statistikdatabas över anmälda brott (statistik.bra.se/solwebb): its result table, saved as a
 * file or copied from the page into a spreadsheet, read into one row per area, crime type and year.
 *
 * What the format rests on: Brå documents the database's query and its result only as a table or a
 * diagram on screen (help pages h_sokning and h_tabell; fact sheet 6.01); a file export with named
 * columns is not documented, so no such format is assumed here. The shape read is the result table as
 * the service draws it (seen in a saved result page, jensfinnas/bra_scraper:
 * tests/data/result_page_html_with_missing_values.html): a row of years (the newest may read
 * "2016 prel.", kept as "2016 (prel.)"), possibly under a row "År"; below it a row naming each column's measure ("Antal", or
 * "Antal brott per 100 000 invånare" when that was chosen); then, per area, a row with the area's name
 * and empty cells, followed by one row per crime type with its values (".." where a value is missing).
 *
 * Counts are read when the table has them; a table of rates only is read as rates. Pure and linear.
 */
import type { Cell } from './read';

export const BRA_HEADER = ['Område', 'Brottstyp', 'År'] as const;
export const BRA_COUNT = 'Antal';
export const BRA_RATE = 'Antal brott per 100 000 invånare';

export interface BraTable {
  header: string[];
  rows: Cell[][];
  /** The line in the file of each row (1-based), so a problem names the line the reader sees. */
  lines: number[];
}

const YEAR = /^((?:19|20)\d{2})(\s*prel\.?)?$/i;
/** "2024 prel." as "2024 (prel.)": the mark stays, and a sentence ending on the period gets one full stop. */
const periodOf = (heading: string) => heading.replace(YEAR, (_, year: string, prel?: string) => (prel ? `${year} (prel.)` : year));
const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/**
 * The table in long form when the grid has Brå's shape, else null. Stops after `maxRows + 1` rows, so
 * the caller can refuse an over-long table without reading it all.
 */
export function reshapeBra(grid: Cell[][], maxRows: number): BraTable | null {
  for (let y = 0; y < Math.min(grid.length - 1, 20); y++) {
    const years = grid[y]!;
    const measures = grid[y + 1]!;
    if (text(years[0]) || text(measures[0])) continue;
    // A year heads the columns to its right until the next year (a year spans two columns when both
    // counts and rates were chosen).
    const columns: { index: number; year: string; rate: boolean }[] = [];
    let year = '';
    for (let i = 1; i < Math.max(years.length, measures.length); i++) {
      const heading = text(years[i]);
      if (heading) year = YEAR.test(heading) ? periodOf(heading) : '';
      const measure = text(measures[i]);
      if (year && /^antal/i.test(measure)) columns.push({ index: i, year, rate: /100\s*000/.test(measure) });
    }
    if (columns.length === 0) continue;
    const rate = columns.every((c) => c.rate);
    const kept = columns.filter((c) => c.rate === rate);
    const rows: Cell[][] = [];
    const lines: number[] = [];
    let area = '';
    for (let r = y + 2; r < grid.length && rows.length <= maxRows; r++) {
      const row = grid[r]!;
      const label = text(row[0]);
      if (kept.every((c) => text(row[c.index]) === '')) {
        // An area's heading row (or a blank line): the rows under it belong to it.
        if (label) area = label;
        continue;
      }
      for (const c of kept) {
        rows.push([area, label, c.year, row[c.index] ?? null]);
        lines.push(r + 1);
      }
    }
    return { header: [...BRA_HEADER, rate ? BRA_RATE : BRA_COUNT], rows, lines };
  }
  return null;
}
