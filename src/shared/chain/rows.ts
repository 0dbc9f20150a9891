/**
 * Stable ids for the rows of the chain's tables. A row is stored as it always was, a list of cell
 * texts; a row of a table in spec.ts's ID_TABLES carries one more cell after its columns, the row's
 * meta: `{"rad":"<id>","ref":{"<column>":"<id of the row it refers to>"}}`. Older handbooks and
 * readers that take the columns by index never see it; the reference cells themselves hold the
 * label the reader chose, so a print, an export or a broken link still shows what was meant.
 *
 * `withRowIds` is the migration: rows saved before ids existed (or imported from such a file) get an
 * id, nothing else changes — no cell is dropped or moved, no row reordered. It is idempotent.
 */
import * as v from 'valibot';
import type { FieldValue } from '../worksheet-data';
import { ID_TABLES, type ChainTable } from './spec';

const ID = /^r-[a-z0-9-]{1,60}$/;
const metaSchema = v.object({ rad: v.pipe(v.string(), v.regex(ID)), ref: v.optional(v.record(v.pipe(v.string(), v.regex(/^\d{1,3}$/)), v.pipe(v.string(), v.regex(ID))), {}) });

export interface RowMeta {
  id: string;
  /** Column index → id of the row referred to. */
  refs: Record<number, string>;
}

export interface ParsedRow {
  /** Exactly `columns` cells (missing ones are ''). */
  cells: string[];
  meta: RowMeta | undefined;
}

export const newRowId = (): string => `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
export const isRowId = (id: string): boolean => ID.test(id);

/** The meta in a cell, or undefined when the cell is not one (ordinary text never parses as one). */
export function parseMeta(cell: string | undefined): RowMeta | undefined {
  if (!cell || !cell.startsWith('{"rad":')) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(cell);
  } catch {
    return undefined;
  }
  const result = v.safeParse(metaSchema, raw);
  if (!result.success) return undefined;
  return { id: result.output.rad, refs: Object.fromEntries(Object.entries(result.output.ref).map(([k, id]) => [Number(k), id])) };
}

export function formatMeta(meta: RowMeta): string {
  const refs = Object.entries(meta.refs).filter(([, id]) => id);
  return JSON.stringify(refs.length ? { rad: meta.id, ref: Object.fromEntries(refs) } : { rad: meta.id });
}

/** Splits a stored row into its column cells and its meta (the last cell, after the columns). */
export function parseRow(row: readonly string[], columns: number): ParsedRow {
  const meta = row.length > columns ? parseMeta(row[row.length - 1]) : undefined;
  const cells = Array.from({ length: columns }, (_, i) => (typeof row[i] === 'string' ? row[i] : ''));
  return { cells, meta };
}

/** True when a row holds anything the reader wrote (its meta does not count). */
export function rowHasContent(row: readonly string[], columns: number): boolean {
  const meta = row.length > columns ? parseMeta(row[row.length - 1]) : undefined;
  return row.some((cell, i) => !(meta && i === row.length - 1) && typeof cell === 'string' && cell.trim() !== '');
}

const isRows = (value: FieldValue | undefined): value is string[][] => Array.isArray(value) && value.every((r) => Array.isArray(r));

/** Gives every row with content in one table an id; duplicated ids (a copied row) get new ones. */
export function tableWithRowIds(rows: readonly string[][], columns: number, makeId: () => string = newRowId): { rows: string[][]; changed: boolean } {
  const seen = new Set<string>();
  let changed = false;
  const out = rows.map((row) => {
    const meta = row.length > columns ? parseMeta(row[row.length - 1]) : undefined;
    if (meta && !seen.has(meta.id)) {
      seen.add(meta.id);
      return row;
    }
    if (!meta && !rowHasContent(row, columns)) return row;
    changed = true;
    let id = makeId();
    while (seen.has(id)) id = makeId();
    seen.add(id);
    if (meta) return [...row.slice(0, -1), formatMeta({ ...meta, id })];
    // Padded first, so the meta never lands in a column of a row saved before columns were added.
    const padded = row.length >= columns ? [...row] : [...row, ...Array.from({ length: columns - row.length }, () => '')];
    return [...padded, formatMeta({ id, refs: {} })];
  });
  return { rows: out, changed };
}

interface Answers {
  worksheets: Record<string, { updated: string; fields: Record<string, FieldValue> }>;
}

/**
 * The migration over one arbetsyta's answers: a copy with ids on every row of the chain's tables, and
 * whether anything changed (so a caller writes only when it did).
 */
export function withRowIds<T extends Answers>(data: T, makeId: () => string = newRowId, tables: readonly ChainTable[] = ID_TABLES): { data: T; changed: boolean } {
  let changed = false;
  const worksheets = { ...data.worksheets };
  for (const table of tables) {
    const sheet = worksheets[table.sheet];
    const value = sheet?.fields[table.field];
    if (!sheet || !isRows(value)) continue;
    const result = tableWithRowIds(value, table.columns, makeId);
    if (!result.changed) continue;
    changed = true;
    worksheets[table.sheet] = { ...sheet, fields: { ...sheet.fields, [table.field]: result.rows } };
  }
  return { data: changed ? { ...data, worksheets } : data, changed };
}
