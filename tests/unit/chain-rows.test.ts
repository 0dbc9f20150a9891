/**
 * Row ids of the röd tråd's tables (src/shared/chain/rows.ts) at their edges: what counts as a row's
 * meta and what is ordinary text, rows shorter or longer than the table, rows with nothing in them, a
 * copied row's id, and that the migration changes nothing it does not have to.
 */
import { describe, expect, it } from 'vitest';
import { formatMeta, isRowId, newRowId, parseMeta, parseRow, rowHasContent, tableWithRowIds, withRowIds } from '../../src/shared/chain/rows';
import { TABLES } from '../../src/shared/chain/spec';

const meta = (id: string, ref?: Record<string, string>) => JSON.stringify(ref ? { rad: id, ref } : { rad: id });
const counter = (prefix = 'r-n') => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

describe('a row’s meta', () => {
  it('is read only from a cell that opens like one and has a valid id and references', () => {
    expect(parseMeta(undefined)).toBeUndefined();
    expect(parseMeta('')).toBeUndefined();
    expect(parseMeta(' {"rad":"r-a"}')).toBeUndefined();
    expect(parseMeta(meta('r-a'))).toEqual({ id: 'r-a', refs: {} });
    expect(parseMeta(meta('r-a', { 4: 'r-b', 12: 'r-c' }))).toEqual({ id: 'r-a', refs: { 4: 'r-b', 12: 'r-c' } });
    expect(parseMeta(meta(`r-${'a'.repeat(60)}`))).toEqual({ id: `r-${'a'.repeat(60)}`, refs: {} });
    for (const bad of [meta(`r-${'a'.repeat(61)}`), meta('r-'), meta('R-a'), meta('x-r-a'), meta('r-a', { x: 'r-b' }), meta('r-a', { 1234: 'r-b' }), meta('r-a', { 4: 'nej' }), '{"rad":"r-a"']) {
      expect(parseMeta(bad), bad).toBeUndefined();
    }
  });
  it('is written without empty references, and without "ref" when there are none', () => {
    expect(formatMeta({ id: 'r-a', refs: {} })).toBe('{"rad":"r-a"}');
    expect(formatMeta({ id: 'r-a', refs: { 4: '', 6: 'r-b' } })).toBe('{"rad":"r-a","ref":{"6":"r-b"}}');
    expect(formatMeta({ id: 'r-a', refs: { 4: '' } })).toBe('{"rad":"r-a"}');
  });
  it('ids are "r-" and lower-case letters, digits and dashes', () => {
    expect(newRowId()).toMatch(/^r-[a-z0-9]+-[a-z0-9]{1,6}$/);
    expect(isRowId(newRowId())).toBe(true);
    expect(isRowId('r-Ab')).toBe(false);
    expect(isRowId('rad-1')).toBe(false);
  });
});

describe('splitting a stored row', () => {
  it('pads a short row, and takes the meta only from a cell after the columns', () => {
    expect(parseRow(['a'], 3)).toEqual({ cells: ['a', '', ''], meta: undefined });
    expect(parseRow(['a', 'b', meta('r-a')], 2)).toEqual({ cells: ['a', 'b'], meta: { id: 'r-a', refs: {} } });
    // A meta-like text inside the columns is the reader's text.
    expect(parseRow(['a', meta('r-a')], 2)).toEqual({ cells: ['a', meta('r-a')], meta: undefined });
  });
  it('a row has content when a cell other than its meta has text', () => {
    expect(rowHasContent(['', ' ', meta('r-a')], 2)).toBe(false);
    expect(rowHasContent(['', 'x', meta('r-a')], 2)).toBe(true);
    expect(rowHasContent(['', ''], 2)).toBe(false);
    // A last cell after the columns that is no meta is text the reader wrote.
    expect(rowHasContent(['', '', 'extra'], 2)).toBe(true);
    expect(rowHasContent([meta('r-a'), ''], 2)).toBe(true);
    // Meta-like text in the last column (not after the columns) is the reader's text too.
    expect(rowHasContent(['', meta('r-a')], 2)).toBe(true);
  });
});

describe('giving rows ids', () => {
  it('keeps rows that have an id, leaves empty rows alone and pads a short row before its id', () => {
    const rows = [['a', 'b', meta('r-x')], ['', ''], ['c']];
    const { rows: out, changed } = tableWithRowIds(rows, 2, counter());
    expect(changed).toBe(true);
    expect(out).toEqual([['a', 'b', meta('r-x')], ['', ''], ['c', '', meta('r-n1')]]);
    expect(out[0]).toBe(rows[0]);
  });
  it('gives a copied row a new id, keeping its references, and never an id already used', () => {
    const ids = ['r-a', 'r-a', 'r-n'];
    const { rows } = tableWithRowIds([['a', meta('r-a', { 1: 'r-p' })], ['b', meta('r-a', { 1: 'r-p' })]], 1, () => ids.shift()!);
    expect(rows).toEqual([
      ['a', meta('r-a', { 1: 'r-p' })],
      ['b', meta('r-n', { 1: 'r-p' })],
    ]);
  });
  it('a row longer than the table keeps all its cells before the id', () => {
    expect(tableWithRowIds([['a', 'b', 'c']], 2, counter()).rows).toEqual([['a', 'b', 'c', meta('r-n1')]]);
    expect(tableWithRowIds([['a', 'b']], 2, counter()).rows).toEqual([['a', 'b', meta('r-n1')]]);
  });
  it('meta-like text inside the columns is the reader’s: the row still gets its own id after it', () => {
    expect(tableWithRowIds([['', meta('r-a')]], 2, counter()).rows).toEqual([['', meta('r-a'), meta('r-n1')]]);
  });
  it('says unchanged when every row has its id', () => {
    expect(tableWithRowIds([['a', meta('r-a')], ['', '']], 1, counter())).toEqual({ rows: [['a', meta('r-a')], ['', '']], changed: false });
  });
  it('the migration copies only the tables it changed, and leaves answers without chain tables as they are', () => {
    const other = { updated: 'u', fields: { x: 'y' } };
    const data = {
      version: 1,
      worksheets: {
        [TABLES.problems.sheet]: { updated: 'u', fields: { [TABLES.problems.field]: [['Inbrott', '', '', '', '']], annat: 'kvar' } },
        [TABLES.causes.sheet]: { updated: 'u', fields: { [TABLES.causes.field]: 'inte en tabell' } },
        annat: other,
      },
    };
    const { data: out, changed } = withRowIds(data, counter());
    expect(changed).toBe(true);
    expect(out.worksheets[TABLES.problems.sheet]).toEqual({ updated: 'u', fields: { [TABLES.problems.field]: [['Inbrott', '', '', '', '', meta('r-n1')]], annat: 'kvar' } });
    expect(out.worksheets[TABLES.causes.sheet]).toBe(data.worksheets[TABLES.causes.sheet]);
    expect(out.worksheets['annat']).toBe(other);
    expect(data.worksheets[TABLES.problems.sheet]!.fields[TABLES.problems.field]).toEqual([['Inbrott', '', '', '', '']]);
    const none = { version: 1, worksheets: { annat: other } };
    expect(withRowIds(none, counter())).toEqual({ data: none, changed: false });
    expect(withRowIds(none, counter()).data).toBe(none);
    // A list of texts is not a table.
    const list = { version: 1, worksheets: { [TABLES.problems.sheet]: { updated: 'u', fields: { [TABLES.problems.field]: ['a', 'b'] } } } };
    expect(withRowIds(list, counter()).changed).toBe(false);
    // Nor is a table with something else among its rows (an old or broken value): left as it is.
    const mixed = { version: 1, worksheets: { [TABLES.problems.sheet]: { updated: 'u', fields: { [TABLES.problems.field]: [['Inbrott', '', '', '', ''], 'rad'] as unknown as string[][] } } } };
    expect(withRowIds(mixed, counter())).toEqual({ data: mixed, changed: false });
  });
});
