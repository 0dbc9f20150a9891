/**
 * Reading and mapping a statistics table (src/shared/statistics/read.ts, mapping.ts): the edges the
 * mutation run found unguarded — the BOM and binary checks byte by byte, the delimiter on a tie, the
 * header and column limits, Kolada's shape entry by entry, the file checks by content and name, and the
 * mapping guesses, gaps and row problems with their exact messages.
 */
import { describe, expect, it } from 'vitest';
import { applyMapping, BRA_PRESET, guessMapping, KOLADA_PRESET, mappingGaps, type ColumnMapping } from '../../src/shared/statistics/mapping';
import { chooseDelimiter, decodeText, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, parseDelimited, parseKoladaJson, readFileBytes, StatisticsInputError, type RawTable } from '../../src/shared/statistics/read';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const message = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};
const BINARY = 'Filen är inte en textfil. Spara tabellen som CSV eller Excel-fil (.xlsx) och försök igen.';

describe('decoding bytes', () => {
  it('takes a BOM only when all three of its bytes are there', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8-bom' });
    for (const b of [bytes(0x41, 0xbb, 0xbf), bytes(0xef, 0x41, 0xbf), bytes(0xef, 0xbb, 0x41)]) expect(decodeText(b).encoding).toBe('windows-1252');
  });
  it('refuses a NUL byte even in a long text, and more than 2 % control characters', () => {
    const err = message(() => decodeText(ascii(`${'a'.repeat(500)}\u0000`)));
    expect(err).toBeInstanceOf(StatisticsInputError);
    expect(err.name).toBe('StatisticsInputError');
    expect(err.message).toBe(BINARY);
    expect(message(() => decodeText(ascii(`${'a'.repeat(97)}\u0001\u0001\u0001`))).message).toBe(BINARY);
    // Exactly 2 %: still text.
    expect(decodeText(ascii(`${'a'.repeat(98)}\u0001\u0001`)).encoding).toBe('utf-8');
    // Tabs, line breaks and form feeds are text.
    expect(decodeText(ascii('a\tb\r\nc\fd\n'.repeat(3))).text).toBe('a\tb\r\nc\fd\n'.repeat(3));
  });
  it('looks at the first 8 kB only', () => {
    const text = `${'a'.repeat(8192)}${'\u0001'.repeat(500)}`;
    expect(decodeText(ascii(text)).text).toHaveLength(8692);
  });
});

describe('splitting a table', () => {
  it('on a tie, the delimiter listed first wins (semicolon, then tab, then comma)', () => {
    expect(chooseDelimiter('a;b,c\nd;e,f')).toBe(';');
    expect(chooseDelimiter('a\tb,c\nd\te,f')).toBe('\t');
    expect(chooseDelimiter('a,b\nc,d')).toBe(',');
  });
  it('names unnamed header cells by their column and trims the others', () => {
    const t = parseDelimited('  Område ;;År\nS;x;2020\n', 'csv');
    expect(t.header).toEqual(['Område', 'Kolumn 2', 'År']);
    expect(t.firstLine).toBe(2);
  });
  it('a row of blank cells is not the header', () => {
    const t = parseDelimited(' ; \nA;B\n1;2\n', 'csv');
    expect(t.header).toEqual(['A', 'B']);
    expect(t.rows).toEqual([['1', '2']]);
    expect(t.firstLine).toBe(3);
  });
  it('takes 200 columns and refuses 201', () => {
    const table = (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}`).join(';')}\n${Array(n).fill('1').join(';')}\n`;
    expect(parseDelimited(table(MAX_COLUMNS), 'csv').header).toHaveLength(200);
    expect(message(() => parseDelimited(table(MAX_COLUMNS + 1), 'csv')).message).toBe('Tabellen har fler än 200 kolumner. Välj ut de kolumner du behöver och försök igen.');
  });
  it('a Brå table with areas but no values has no rows', () => {
    expect(message(() => parseDelimited(';2023;2024\n;Antal;Antal\nStrandvik;;\n', 'csv')).message).toBe('Tabellen har rubriker men inga rader med värden.');
  });
  it('a Brå table of exactly the row limit is read', () => {
    const crimes = Array.from({ length: MAX_ROWS / 2 }, (_, i) => `Brott ${i};1;2`).join('\n');
    expect(parseDelimited(`;2023;2024\n;Antal;Antal\nStrandvik;;\n${crimes}\n`, 'csv').rows).toHaveLength(MAX_ROWS);
  });
});

describe("Kolada's JSON", () => {
  const entry = (over: Record<string, unknown> = {}) => ({ kpi: 'N07403', municipality: '0180', period: 2023, values: [{ gender: 'K', value: 12.5 }], ...over });
  const read = (values: unknown) => parseKoladaJson(JSON.stringify({ values }));
  it('reads kpi, place, period, gender and value; no gender is T, a value that is no number is missing', () => {
    const t = read([entry(), entry({ ou: 'V15E0180', municipality: undefined, period: '2022', values: [{ value: 'x' }] })]);
    expect(t.header).toEqual(['kpi', 'municipality', 'period', 'gender', 'value']);
    expect(t.rows).toEqual([
      ['N07403', '0180', '2023', 'K', 12.5],
      ['N07403', 'V15E0180', '2022', 'T', null],
    ]);
    expect(t.format).toBe('kolada-json');
  });
  it('refuses what is not JSON, and any entry without its parts', () => {
    expect(message(() => parseKoladaJson('{inte json')).message).toBe('Filen ser ut som JSON men går inte att läsa.');
    const kolada = 'JSON-filen har inte samma form som Koladas dataexport (values med kpi, municipality, period och values).';
    expect(message(() => parseKoladaJson('null')).message).toBe(kolada);
    expect(message(() => parseKoladaJson('{"values":{}}')).message).toBe(kolada);
    for (const bad of [{ kpi: 5 }, { municipality: 180 }, { period: null }, { period: true }, { values: {} }]) expect(message(() => read([entry(bad)])).message).toBe(kolada);
  });
  it('refuses more values than the row limit', () => {
    const values = Array.from({ length: MAX_ROWS + 1 }, () => ({ gender: 'T', value: 1 }));
    expect(message(() => read([entry({ values })])).message).toBe('Tabellen har fler än 20\u00a0000 rader, vilket är mer än arbetsytan rymmer. Välj ut färre år, områden eller brottstyper och försök igen.');
    expect(read([entry({ values: values.slice(1) })]).rows).toHaveLength(MAX_ROWS);
  });
});

describe('a file the reader chose', () => {
  it('takes a file of exactly 5 MB and refuses an empty one', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES).fill(0x61);
    big.set(ascii('a;b\n'), 0);
    await expect(readFileBytes(big, 'stor.csv')).resolves.toMatchObject({ format: 'csv' });
    await expect(readFileBytes(new Uint8Array(0), 'tom.csv')).rejects.toThrow('Filen eller texten är tom.');
  });
  it('reads by content: "PK" alone is not a ZIP, JSON may start after spaces, a brace later is CSV', async () => {
    await expect(readFileBytes(ascii('PK;b\n1;2\n'), 'x.csv')).resolves.toMatchObject({ format: 'csv', header: ['PK', 'b'] });
    await expect(readFileBytes(ascii('  \n {"values":[]}'), 'x.txt')).rejects.toThrow('Tabellen har rubriker men inga rader med värden.');
    await expect(readFileBytes(ascii('a;{b\n1;2\n'), 'x.txt')).resolves.toMatchObject({ format: 'csv', header: ['a', '{b'] });
  });
  it('a name ending in .xls or .xlsx that is no ZIP is refused; one that only contains it is read as text', async () => {
    for (const name of ['data.xls', 'DATA.XLSX']) await expect(readFileBytes(ascii('a;b\n1;2\n'), name)).rejects.toThrow(/^Excel-filen går inte att läsa/);
    await expect(readFileBytes(ascii('a;b\n1;2\n'), 'data.xlsx.csv')).resolves.toMatchObject({ format: 'csv' });
  });
});

describe('mapping columns', () => {
  const long = (over: Partial<ColumnMapping> = {}): ColumnMapping => ({
    layout: 'long', place: 0, placeName: '', period: 1, periodColumns: [], measure: [2], measureName: '', value: 3, population: null, unit: 'antal', ...over,
  });
  const table = (rows: RawTable['rows'], header = ['Område', 'År', 'Brottstyp', 'Antal']): RawTable => ({ format: 'csv', header, rows, firstLine: 2 });
  it('knows Kolada only by all of kpi, period, value and a place column, written exactly', () => {
    expect(KOLADA_PRESET.matches([' KPI ', 'Municipality', 'Period', 'Value'])).toBe(true);
    expect(KOLADA_PRESET.matches(['kpi', 'ou', 'period', 'value'])).toBe(true);
    expect(KOLADA_PRESET.matches(['kpi', 'municipality', 'period'])).toBe(false);
    expect(KOLADA_PRESET.matches(['kpi', 'municipality_name', 'period', 'value'])).toBe(false);
    expect(KOLADA_PRESET.matches(['kpi', 'the_municipality', 'period', 'value'])).toBe(false);
    expect(KOLADA_PRESET.matches(['kpi', 'period', 'value', 'region'])).toBe(false);
  });
  it('maps Kolada with and without gender, by exact column names', () => {
    expect(guessMapping(['period_text', 'kpi', 'municipality', 'period', 'gender', 'value_x', 'value'])).toEqual({
      layout: 'long', place: 2, placeName: '', period: 3, periodColumns: [], measure: [1, 4], measureName: '', value: 6, population: null, unit: 'per100k',
    });
    expect(KOLADA_PRESET.mapping(['kpi_id', 'kpi', 'municipality', 'period', 'gender_x', 'value'])).toMatchObject({ measure: [1], place: 2 });
  });
  it('maps Brå only in its own shape with four columns, rates by the heading', () => {
    expect(BRA_PRESET.matches(['Område', 'Brottstyp', 'År', 'Antal'], 'bra')).toBe(true);
    expect(BRA_PRESET.matches(['Område', 'Brottstyp', 'År'], 'bra')).toBe(false);
    expect(BRA_PRESET.mapping(['Område', 'Brottstyp', 'År', 'Antal brott per 100000 invånare']).unit).toBe('per100k');
    expect(BRA_PRESET.mapping(['Område', 'Brottstyp', 'År', 'Antal'])).toEqual({
      layout: 'long', place: 0, placeName: '', period: 2, periodColumns: [], measure: [1], measureName: '', value: 3, population: null, unit: 'antal',
    });
  });
  it('guesses a long table by the words its headings start with', () => {
    expect(guessMapping(['Folkmängd', 'Brottstyp', ' Kommun ', 'År', 'Andel %'])).toEqual({
      layout: 'long', place: 2, placeName: '', period: 3, periodColumns: [], measure: [1], measureName: '', value: 4, population: 0, unit: 'procent',
    });
    // A heading that only contains the word is not taken: "Totalt antal" is no value column by name.
    expect(guessMapping(['Stadsdel', 'Tid', 'Totalt antal'])).toMatchObject({ place: 0, period: 1, value: 2, measure: [] });
    expect(guessMapping(['Plats', 'Period', 'Mått', 'Per 100 000'])).toMatchObject({ value: 3, unit: 'per100k', measure: [2] });
  });
  it('takes the first free column as the value when none is named, and none when every column is taken', () => {
    expect(guessMapping(['Område', 'Siffra', 'År']).value).toBe(1);
    expect(guessMapping(['Område', 'År']).value).toBeNull();
  });
  it('guesses a wide table by two or more year columns', () => {
    expect(guessMapping(['Område', ' 2022 ', '2023', 'Antal'])).toEqual({
      layout: 'wide', place: 0, placeName: '', period: null, periodColumns: [1, 2], measure: [], measureName: '', value: null, population: null, unit: 'antal',
    });
  });
  it('names each gap, and none when a name is typed instead of a column', () => {
    expect(mappingGaps(long())).toEqual([]);
    expect(mappingGaps(long({ place: null, placeName: '  ', period: null, value: null, measure: [], measureName: ' ' }))).toEqual([
      'Välj kolumnen med område eller skriv områdets namn.',
      'Välj kolumnen med period (år).',
      'Välj kolumnen med värdet.',
      'Välj kolumnen med mått eller skriv vad värdena mäter.',
    ]);
    expect(mappingGaps(long({ place: null, placeName: 'Strandvik', measure: [], measureName: 'Rån' }))).toEqual([]);
    expect(mappingGaps(long({ layout: 'wide', period: null, value: null, periodColumns: [] }))).toEqual(['Markera minst en kolumn som är en period.']);
    expect(mappingGaps(long({ layout: 'wide', period: null, value: null, periodColumns: [1] }))).toEqual([]);
  });
  it('applies typed names trimmed, joins measure columns, and reads the population', () => {
    const t = table([[' 2023 ', 'Rån', 'K', '12', '1 500']], ['År', 'Brott', 'Kön', 'Antal', 'Folkmängd']);
    const out = applyMapping(t, long({ place: null, placeName: '  Strandvik ', period: 0, measure: [1, 2], value: 3, population: 4 }));
    expect(out.rows).toEqual([{ place: 'Strandvik', period: '2023', measure: 'Rån · K', value: 12, population: 1500 }]);
    const named = applyMapping(t, long({ place: null, placeName: 'S', period: 0, measure: [], measureName: '  Alla brott ', value: 3, population: 4 }));
    expect(named.rows[0]).toMatchObject({ measure: 'Alla brott' });
    const noPop = applyMapping(table([['S', '2023', 'Rån', '..', '..']], ['Område', 'År', 'Brott', 'Antal', 'Folkmängd']), long({ population: 4 }));
    expect(noPop).toEqual({ rows: [{ place: 'S', period: '2023', measure: 'Rån', value: null, population: null }], problems: [], missing: 1 });
  });
  it('names the line and the text of what cannot be read, shortened to 40 characters', () => {
    const long40 = 'x'.repeat(41);
    const t = table([
      ['S', '2023', 'Rån', '5', 'många'],
      ['S', '2023', 'Rån', long40, '100'],
      ['S', '2023', 'Rån', 'x'.repeat(40), '100'],
      [null, null, null, null, null],
      ['S', '', 'Rån', '5', '100'],
      ['S', 2024, 'Rån', 7, 100],
    ], ['Område', 'År', 'Brott', 'Antal', 'Folkmängd']);
    const out = applyMapping(t, long({ population: 4 }));
    expect(out.problems).toEqual([
      { line: 2, message: 'folkmängden ”många” är inte ett tal' },
      { line: 3, message: `värdet ”${'x'.repeat(40)}…” för 2023 är inte ett tal` },
      { line: 4, message: `värdet ”${'x'.repeat(40)}” för 2023 är inte ett tal` },
      { line: 6, message: 'perioden saknas' },
    ]);
    expect(out.rows).toEqual([{ place: 'S', period: '2024', measure: 'Rån', value: 7, population: 100 }]);
  });
});

describe('numbers at their edges', () => {
  it('reads a leading dash or minus sign only at the start, a per cent sign only at the end', async () => {
    const { readNumber, formatPercentChange } = await import('../../src/shared/statistics/numbers');
    expect(readNumber(undefined)).toEqual({ kind: 'missing' });
    expect(readNumber('–7')).toEqual({ kind: 'number', value: -7 });
    expect(readNumber('7–')).toEqual({ kind: 'text' });
    expect(readNumber('%7')).toEqual({ kind: 'text' });
    // A mark at the very start is still a mark: a lone one leaves no whole number, a thousands mark is dropped.
    expect(readNumber(',5')).toEqual({ kind: 'text' });
    expect(readNumber(',5.1')).toEqual({ kind: 'number', value: 5.1 });
    expect(readNumber('.5,1')).toEqual({ kind: 'number', value: 5.1 });
    expect(readNumber('1,5')).toEqual({ kind: 'number', value: 1.5 });
    expect(readNumber('1.5')).toEqual({ kind: 'number', value: 1.5 });
    // Thousands dots need groups of three after one to three digits.
    expect(readNumber('12.345.678')).toEqual({ kind: 'number', value: 12345678 });
    expect(readNumber('1234.567.890')).toEqual({ kind: 'text' });
    expect(readNumber('1.234.56')).toEqual({ kind: 'text' });
    expect(readNumber('x1.234.567')).toEqual({ kind: 'text' });
    expect(formatPercentChange(0.6)).toBe('+1 %');
    expect(formatPercentChange(-0.6)).toBe('−1 %');
  });
});

describe("Brå's result table, read directly", () => {
  it('finds the year row below title lines, keeps (prel.), and ignores columns that are not counts', async () => {
    const { reshapeBra } = await import('../../src/shared/statistics/bra');
    const grid = [
      ['Anmälda brott', null, null, null],
      [null, '2023', '2024 prel', 'Summa'],
      [null, 'Antal', ' antal ', 'Antal'],
      ['Strandvik', null, null, null],
      ['Rån', 3, '4', 7],
      [' ', '', '', ''],
      ['Misshandel', '..', 9],
    ];
    expect(reshapeBra(grid, 100)).toEqual({
      header: ['Område', 'Brottstyp', 'År', 'Antal'],
      rows: [
        ['Strandvik', 'Rån', '2023', 3],
        ['Strandvik', 'Rån', '2024 (prel.)', '4'],
        ['Strandvik', 'Misshandel', '2023', '..'],
        ['Strandvik', 'Misshandel', '2024 (prel.)', 9],
      ],
      lines: [5, 5, 7, 7],
    });
  });
  it('is not Brå’s table when the first column has a heading, or no column is a count under a year', async () => {
    const { reshapeBra } = await import('../../src/shared/statistics/bra');
    expect(reshapeBra([['Område', '2023'], [null, 'Antal'], ['Rån', 1]], 10)).toBeNull();
    expect(reshapeBra([[null, '2023'], ['x', 'Antal'], ['Rån', 1]], 10)).toBeNull();
    expect(reshapeBra([[null, 'År 2023'], [null, 'Antal'], ['Rån', 1]], 10)).toBeNull();
    expect(reshapeBra([[null, '2023'], [null, 'Totalt antal'], ['Rån', 1]], 10)).toBeNull();
    // A measure row longer than the year row: the year heads the columns to its right.
    expect(reshapeBra([[null, '2023'], [null, 'Antal', 'Antal brott per 100 000 invånare'], ['Rån', 1, 2]], 10)!.rows).toEqual([['', 'Rån', '2023', 1]]);
    expect(reshapeBra([[null, '2023'], [null, 'Antal brott per 100000 invånare'], ['Rån', 2]], 10)!.header[3]).toBe('Antal brott per 100 000 invånare');
  });
  it('stops one row past the limit', async () => {
    const { reshapeBra } = await import('../../src/shared/statistics/bra');
    const grid = [[null, '2023'], [null, 'Antal'], ...Array.from({ length: 10 }, (_, i) => [`Brott ${i}`, i])];
    expect(reshapeBra(grid, 3)!.rows).toHaveLength(4);
  });
});
