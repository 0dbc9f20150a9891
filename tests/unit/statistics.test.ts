import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fiveYears, YEARS } from './support/five-years';
import writeExcelFile from 'write-excel-file/node';
import { applyMapping, guessMapping, mappingGaps, type ColumnMapping } from '../../src/shared/statistics/mapping';
import { altText, buildChart, change, poolWindows, ratePer100k, sortPeriods, type ChartModel, type ChartSpec } from '../../src/shared/statistics/measures';
import { formatNumber, formatPercentChange, readNumber } from '../../src/shared/statistics/numbers';
import { decodeText, MAX_FILE_BYTES, MAX_ROWS, parseDelimited, parseKoladaJson, readFileBytes, StatisticsInputError } from '../../src/shared/statistics/read';
import { chartToMarkdown, tableToCsv } from '../../src/shared/statistics/formats';
import { emptyState } from '../../src/shared/statistics/state';
import { decode, ShapeError } from '../../src/shared/storage/store';
import { SHAPES } from '../../src/shared/storage/schemas';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 for the Latin-1 range (å ä ö are single bytes there). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('Swedish numbers', () => {
  it.each([
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['−3', -3],
    ['-3,5', -3.5],
    ['45 %', 45],
    [' 7 ', 7],
  ])('reads %j as %d', (cell, value) => {
    expect(readNumber(cell)).toEqual({ kind: 'number', value });
  });
  it.each(['..', '.', '-', '–', '—', '', '  ', '…'])('reads the missing mark %j as missing', (cell) => {
    expect(readNumber(cell)).toEqual({ kind: 'missing' });
  });
  it.each(['tolv', '1,2,3', '1.23.4', '=HYPERLINK("http://x","7")', '12a', 'NaN'])('reads %j as text', (cell) => {
    expect(readNumber(cell)).toEqual({ kind: 'text' });
  });
  it('takes numbers from a spreadsheet as they are, and null as missing', () => {
    expect(readNumber(3.5)).toEqual({ kind: 'number', value: 3.5 });
    expect(readNumber(Number.NaN)).toEqual({ kind: 'text' });
    expect(readNumber(null)).toEqual({ kind: 'missing' });
  });
  it('formats the Swedish way', () => {
    expect(formatNumber(1234.56, 1)).toBe('1\u00a0234,6');
    expect(formatPercentChange(13.6)).toBe('+14 %');
    expect(formatPercentChange(-2.6)).toBe('−3 %');
    expect(formatPercentChange(0.2)).toBe('±0 %');
  });
});

describe('reading files', () => {
  const csv = 'Område;År;Brottstyp;Antal\nStrandvik;2022;Skadegörelse;412\nStrandvik;2023;Skadegörelse;1 004\n';
  it('reads semicolon CSV in UTF-8', async () => {
    const t = await readFileBytes(utf8(csv), 'a.csv');
    expect(t).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', header: ['Område', 'År', 'Brottstyp', 'Antal'], firstLine: 2 });
    expect(t.rows[1]).toEqual(['Strandvik', '2023', 'Skadegörelse', '1 004']);
  });
  it('reads UTF-8 with a BOM and drops the BOM', async () => {
    const t = await readFileBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csv)]), 'a.csv');
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.header[0]).toBe('Område');
  });
  it('reads Windows-1252 as Swedish Excel saves it', async () => {
    const t = await readFileBytes(cp1252(csv), 'a.csv');
    expect(t.encoding).toBe('windows-1252');
    expect(t.header).toEqual(['Område', 'År', 'Brottstyp', 'Antal']);
  });
  it('detects tab and comma delimiters, and keeps quoted decimal commas', () => {
    expect(parseDelimited('A\tB\nx\t1,5\n', 'paste').delimiter).toBe('\t');
    const t = parseDelimited('A,B\nx,"1,5"\n', 'csv');
    expect(t.delimiter).toBe(',');
    expect(t.rows[0]).toEqual(['x', '1,5']);
  });
  it('skips title lines above the header and counts lines from the file', () => {
    const t = parseDelimited('Anmälda brott\n\nÅr;Antal\n2023;5\n', 'csv');
    expect(t.header).toEqual(['År', 'Antal']);
    expect(t.firstLine).toBe(4);
  });
  it('refuses a binary file renamed .csv', async () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
    await expect(readFileBytes(bytes, 'data.csv')).rejects.toThrow(/inte en textfil/);
    expect(() => decodeText(Uint8Array.from([0x41, 0x00, 0x42]))).toThrow(StatisticsInputError);
  });
  it('refuses files over the size limit before reading them', async () => {
    await expect(readFileBytes(new Uint8Array(MAX_FILE_BYTES + 1), 'big.csv')).rejects.toThrow(/större än 5 MB/);
  });
  it('refuses more rows than an arbetsyta holds', async () => {
    const many = `År;Antal\n${'2023;5\n'.repeat(MAX_ROWS + 1)}`;
    await expect(readFileBytes(utf8(many), 'many.csv')).rejects.toThrow(/fler än 20\u00a0000 rader/);
    expect(parseDelimited(`År;Antal\n${'2023;5\n'.repeat(MAX_ROWS)}`, 'csv').rows).toHaveLength(MAX_ROWS);
  });
  it('refuses empty input, a header without rows and text without a table', async () => {
    await expect(readFileBytes(new Uint8Array(0), 'a.csv')).rejects.toThrow(/tom/);
    expect(() => parseDelimited('  \n', 'paste')).toThrow(/tom/);
    expect(() => parseDelimited('År;Antal\n;\n', 'csv')).toThrow(/inga rader/);
    expect(() => parseDelimited('bara en rad text\noch en till\n', 'paste')).toThrow(/hitta en tabell/);
  });
  it('refuses a broken file named .xlsx and a broken ZIP', async () => {
    await expect(readFileBytes(utf8('inte excel'), 'a.xlsx')).rejects.toThrow(/Excel-filen/);
    await expect(readFileBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.csv')).rejects.toThrow(/Excel-filen/);
  });
  it('reads the first sheet of an XLSX file by its content, whatever its name', async () => {
    const buffer = await writeExcelFile([
      [{ value: 'Område' }, { value: 'År' }, { value: 'Antal' }],
      [{ value: 'Strandvik' }, { value: 2023 }, { value: 412 }],
      [{ value: 'Strandvik' }, { value: 2024 }, { value: '=HYPERLINK("http://example.invalid","9")' }],
    ]).toBuffer();
    const t = await readFileBytes(new Uint8Array(buffer), 'export.csv');
    expect(t.format).toBe('xlsx');
    expect(t.header).toEqual(['Område', 'År', 'Antal']);
    expect(t.rows[0]).toEqual(['Strandvik', 2023, 412]);
    expect(t.rows[1]![2]).toBe('=HYPERLINK("http://example.invalid","9")');
  });
  it('reads Kolada JSON into kpi, municipality, period, gender and value', async () => {
    const json = JSON.stringify({ values: [{ kpi: 'N07403', municipality: '9999', period: 2023, values: [{ gender: 'T', value: 701.2, count: 1, status: '' }, { gender: 'K', value: null }] }] });
    const t = await readFileBytes(utf8(json), 'kolada.json');
    expect(t.format).toBe('kolada-json');
    expect(t.rows).toEqual([
      ['N07403', '9999', '2023', 'T', 701.2],
      ['N07403', '9999', '2023', 'K', null],
    ]);
    expect(() => parseKoladaJson('{"values":[{"kpi":1}]}')).toThrow(/Koladas/);
    expect(() => parseKoladaJson('{"x":1}')).toThrow(/Koladas/);
    expect(() => parseKoladaJson('{oops')).toThrow(/JSON/);
  });
});

describe('column mapping', () => {
  it('recognises Kolada by its header and maps kpi and gender into the measure', () => {
    const m = guessMapping(['kpi', 'municipality', 'period', 'gender', 'value']);
    expect(m).toMatchObject({ layout: 'long', place: 1, period: 2, measure: [0, 3], value: 4, unit: 'per100k' });
  });
  it('guesses a long Swedish table, with population', () => {
    expect(guessMapping(['Område', 'År', 'Brottstyp', 'Antal', 'Folkmängd'])).toMatchObject({ layout: 'long', place: 0, period: 1, measure: [2], value: 3, population: 4, unit: 'antal' });
    expect(guessMapping(['Kommun', 'År', 'Per 100 000 inv'])).toMatchObject({ value: 2, unit: 'per100k', measure: [] });
    expect(guessMapping(['Kommun', 'År', 'Andel %'])).toMatchObject({ unit: 'procent' });
  });
  it('guesses a wide table with one column per year', () => {
    expect(guessMapping(['Brottstyp', '2021', '2022', '2023'])).toMatchObject({ layout: 'wide', periodColumns: [1, 2, 3], measure: [0], place: null });
  });
  it('names what is missing before import', () => {
    const m = guessMapping(['Brottstyp', '2021', '2022']);
    expect(mappingGaps(m)).toEqual(['Välj kolumnen med område eller skriv områdets namn.']);
    expect(mappingGaps({ ...m, placeName: 'Strandvik' })).toEqual([]);
    const long: ColumnMapping = { layout: 'long', place: null, placeName: '', period: null, periodColumns: [], measure: [], measureName: '', value: null, population: null, unit: 'antal' };
    expect(mappingGaps(long)).toHaveLength(4);
    expect(mappingGaps({ ...long, layout: 'wide' })).toContain('Markera minst en kolumn som är en period.');
  });
  it('reads rows, counts missing marks and lists every unreadable line', () => {
    const t = parseDelimited(['Område;År;Brottstyp;Antal;Folkmängd', 'Strandvik;2022;Rån;12;30 000', 'Strandvik;2023;Rån;..;30 000', ';2023;Rån;4;1', 'Strandvik;2023;Rån;tolv;30 000', '', 'Strandvik;;Rån;3;1', 'Strandvik;2023;;3;1', 'Strandvik;2023;Rån;3;många', 'Strandvik;2024;Rån;=HYPERLINK("x");1'].join('\n'), 'csv');
    const out = applyMapping(t, guessMapping(t.header));
    expect(out.rows).toEqual([
      { place: 'Strandvik', period: '2022', measure: 'Rån', value: 12, population: 30000 },
      { place: 'Strandvik', period: '2023', measure: 'Rån', value: null, population: 30000 },
    ]);
    expect(out.missing).toBe(1);
    expect(out.problems).toEqual([
      { line: 4, message: 'området saknas' },
      { line: 5, message: 'värdet ”tolv” för 2023 är inte ett tal' },
      { line: 7, message: 'perioden saknas' },
      { line: 8, message: 'måttet saknas' },
      { line: 9, message: 'folkmängden ”många” är inte ett tal' },
      { line: 10, message: 'värdet ”=HYPERLINK("x")” för 2024 är inte ett tal' },
    ]);
  });
  it('unpivots a wide table and uses the fixed place and measure names', () => {
    const t = parseDelimited('Brottstyp;2022;2023\nRån;12;–\n', 'csv');
    const out = applyMapping(t, { ...guessMapping(t.header), placeName: 'Strandvik' });
    expect(out.rows).toEqual([
      { place: 'Strandvik', period: '2022', measure: 'Rån', value: 12, population: null },
      { place: 'Strandvik', period: '2023', measure: 'Rån', value: null, population: null },
    ]);
    const named = applyMapping(t, { ...guessMapping(t.header), placeName: 'S', measure: [], measureName: 'Brott' });
    expect(named.rows[0]!.measure).toBe('Brott');
  });
});

const years = YEARS;
const dataset = fiveYears;
const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({ id: 'c', datasetId: 'd', title: 'Rånen ökar', kind: 'line', measure: 'Rån', places: ['Strandvik'], show: 'value', pool: 1, period: '', include: false, ...over });

/** Every string a chart model puts in any output: chart labels, table, summary, alt text, CSV, Markdown. */
const outputs = (m: ChartModel) => [m.summary, altText(m), tableToCsv(m), chartToMarkdown(m), JSON.stringify(m.points), JSON.stringify(m.table)].join('\n');

describe('rates, change and pooling', () => {
  it('computes rates per 100 000 and refuses a missing or zero population', () => {
    expect(ratePer100k(30, 60_000)).toBe(50);
    expect(ratePer100k(null, 60_000)).toBeNull();
    expect(ratePer100k(30, 0)).toBeNull();
    expect(ratePer100k(30, null)).toBeNull();
  });
  it('computes change, without a percentage from zero', () => {
    expect(change(400, 500)).toEqual({ diff: 100, percent: 25 });
    expect(change(0, 5)).toEqual({ diff: 5, percent: null });
  });
  it('sorts periods numerically and pools from the latest', () => {
    expect(sortPeriods(['2023', '2019', '2021', '2019'])).toEqual(['2019', '2021', '2023']);
    expect(poolWindows(years, 2)).toEqual([
      { label: '2020–2021', members: ['2020', '2021'] },
      { label: '2022–2023', members: ['2022', '2023'] },
    ]);
    expect(poolWindows(['2022'], 1)).toEqual([{ label: '2022', members: ['2022'] }]);
  });
  it('summarises a rise, with the other places as clauses, and a change row in the table', () => {
    const m = buildChart(dataset({ Strandvik: [400, 410, 420, 440, 460], Länet: [100, 100, 100, 100, 90], Riket: [50, 50, 50, 50, 50] }), spec({ places: ['Strandvik', 'Länet', 'Riket'] }), 5);
    expect(m.summary).toBe('Rån (antal) i Strandvik ökade med 15 % från 2019 till 2023 (från 400 till 460), medan Länet minskade med 10 % och Riket låg kvar på samma nivå.');
    expect(m.table.columns).toEqual(['Period', 'Strandvik', 'Länet', 'Riket']);
    expect(m.table.rows.at(-1)).toEqual(['Förändring 2019 till 2023', '+15 %', '−10 %', '±0 %']);
    expect(m.caption).toBe('Källa: Brå. Period: 2019–2023.');
  });
  it('summarises a fall, no change, one period and a missing end', () => {
    expect(buildChart(dataset({ S: [500, 0, 0, 0, 400] }), spec({ places: ['S'] }), 0).summary).toMatch(/minskade med 20 %/);
    expect(buildChart(dataset({ S: [500, 0, 0, 0, 501] }), spec({ places: ['S'] }), 0).summary).toMatch(/låg kvar på ungefär samma nivå/);
    const one = { ...dataset({ S: [9] }) };
    expect(buildChart(one, spec({ places: ['S'] }), 5).summary).toMatch(/bara för en period/);
    expect(buildChart(dataset({ S: [9, 9, 9, 9, Number.NaN] }), spec({ places: ['S'] }), 5).summary).toMatch(/saknar uppgift/);
    expect(buildChart(dataset({ S: [9] }), spec({ places: [] }), 5).summary).toBe('Välj minst ett område.');
  });
  it('shows rates from entered population, and says so when population is missing', () => {
    const m = buildChart(dataset({ Strandvik: [30, 33, 36, 39, 42] }, 'antal', { Strandvik: 60_000 }), spec({ show: 'rate' }), 5);
    expect(m.valueLabel).toBe('Antal per 100 000 invånare');
    expect(m.table.rows[0]).toEqual(['2019', '50']);
    expect(m.summary).toMatch(/ökade med 40 %/);
    const none = buildChart(dataset({ Strandvik: [30, 33, 36, 39, 42] }), spec({ show: 'rate' }), 5);
    expect(none.notes).toContain('Folkmängd saknas för någon period, så antal per 100 000 invånare kan inte räknas ut där.');
    expect(none.table.rows[0]).toEqual(['2019', 'uppgift saknas']);
  });
  it('keeps imported rates as they are, pooled as a mean', () => {
    const m = buildChart(dataset({ S: [700, 710, 720, 730, 740] }, 'per100k'), spec({ places: ['S'], show: 'rate', pool: 2 }), 5);
    expect(m.notes).toContain('Värdena är redan andelar eller tal per invånare, så de visas som de importerades.');
    expect(m.table.rows.slice(0, 2)).toEqual([
      ['2020–2021', '715'],
      ['2022–2023', '735'],
    ]);
    expect(m.notes[0]).toMatch(/1 äldsta/);
  });
  it('pools counts so small numbers can be shown, summed over the years', () => {
    const m = buildChart(dataset({ Strandvik: [2, 3, 1, 4, 2] }), spec({ pool: 2 }), 5);
    expect(m.valueLabel).toBe('Antal, summa för 2 år');
    expect(m.table.rows.slice(0, 2)).toEqual([
      ['2020–2021', 'färre än 5'],
      ['2022–2023', '6'],
    ]);
    const five = buildChart(dataset({ Strandvik: [2, 3, 1, 4, 2] }), spec({ pool: 5 }), 5);
    expect(five.table.rows).toEqual([['2019–2023', '12']]);
  });
  it('adds up two rows for the same place and period, and pooled windows with a gap are missing', () => {
    const d = dataset({ S: [10, 10, 10, 10, 10] });
    d.rows.push({ place: 'S', period: '2023', measure: 'Rån', value: 5, population: null });
    expect(buildChart(d, spec({ places: ['S'] }), 5).table.rows[4]).toEqual(['2023', '15']);
    expect(buildChart(dataset({ S: [10, 10, 10, Number.NaN, 10] }), spec({ places: ['S'], pool: 2 }), 5).table.rows[1]).toEqual(['2022–2023', 'uppgift saknas']);
  });
  it('compares places in one period as bars, highest and lowest in the summary', () => {
    const d = dataset({ Strandvik: [700, 710, 720, 730, 801], Län: [600, 600, 600, 600, 650], Riket: [0, 0, 0, 0, 720] }, 'per100k');
    const m = buildChart(d, spec({ kind: 'bar', places: ['Strandvik', 'Län', 'Riket'] }), 5);
    expect(m.summary).toBe('Rån (per 100 000 invånare) 2023 var högst i Strandvik (801) och lägst i Län (650).');
    expect(m.table.rows).toEqual([
      ['Strandvik', '801'],
      ['Län', '650'],
      ['Riket', '720'],
    ]);
    expect(buildChart(d, spec({ kind: 'bar', period: '2019', places: ['Län'] }), 5).summary).toBe('Rån (per 100 000 invånare) 2019 var 600 i Län.');
  });
});

describe('small-number suppression', () => {
  const small = dataset({ Strandvik: [3, 12, 4, 1, 2], Lövnäs: [7, 2, 0, 8, 9] }, 'antal', { Strandvik: 20_000, Lövnäs: 1500 });
  const exact = ['3', '4', '1', '2', '0'];
  const hasExactSmall = (text: string) => {
    // A small number standing alone (not part of a larger number, a year or a "färre än 5").
    const found = [...text.matchAll(/(?<![\d,.\u00a0])(\d+)(?![\d,.\u00a0])/g)].map((x) => x[1]!);
    return found.filter((n) => exact.includes(n) && !text.includes(`färre än ${n}`));
  };
  it.each([
    ['line, counts', spec({ places: ['Strandvik', 'Lövnäs'] })],
    ['line, rates', spec({ places: ['Strandvik', 'Lövnäs'], show: 'rate' })],
    ['bar, counts', spec({ kind: 'bar', places: ['Strandvik', 'Lövnäs'], period: '2022' })],
    ['bar, rates', spec({ kind: 'bar', places: ['Strandvik', 'Lövnäs'], period: '2021', show: 'rate' })],
  ])('no count under the threshold reaches any output (%s)', (_, s) => {
    const m = buildChart(small, s, 5);
    for (const p of m.points) {
      if (p.suppressed) expect(p).toMatchObject({ display: null, label: 'färre än 5' });
    }
    const text = outputs(m).replace(/20\d\d/g, 'ÅR');
    const leaked = [...text.matchAll(/(?<![\d,\u00a0])[0-4](?![\d,\u00a0])/g)].map((x) => x[0]);
    expect(leaked, text).toEqual([]);
    expect(hasExactSmall(text)).toEqual([]);
  });
  it('suppresses rates built on a small count and never draws them', () => {
    const m = buildChart(small, spec({ places: ['Lövnäs'], show: 'rate' }), 5);
    const p2020 = m.points.find((p) => p.period === '2020')!;
    expect(p2020).toEqual({ place: 'Lövnäs', period: '2020', display: null, label: 'färre än 5', suppressed: true });
    expect(m.notes).toContain('Antal under 5 visas som ”färre än 5” och ritas inte i diagrammet, så att enskilda händelser inte kan pekas ut.');
  });
  it('says a change cannot be told when an end point is suppressed', () => {
    const m = buildChart(small, spec({ places: ['Strandvik'] }), 5);
    expect(m.summary).toBe('Rån (antal) i Strandvik var färre än 5 i början eller slutet av perioden, så förändringen redovisas inte. Prova att slå samman flera år.');
    expect(m.table.rows.at(-1)).toEqual(['Förändring 2019 till 2023', 'kan inte beräknas']);
  });
  it('follows a threshold the reader set', () => {
    const m = buildChart(small, spec({ places: ['Lövnäs'] }), 10);
    expect(m.table.rows.slice(0, 5).map((r) => r[1])).toEqual(Array(5).fill('färre än 10'));
    expect(buildChart(small, spec({ places: ['Lövnäs'] }), 1).table.rows[2]).toEqual(['2021', 'färre än 1']);
  });
  it('does not suppress imported rates or shares', () => {
    const m = buildChart(dataset({ S: [3, 4, 3, 4, 3] }, 'procent'), spec({ places: ['S'] }), 5);
    expect(m.table.rows[0]).toEqual(['2019', '3']);
  });
  it('marks invented data in the caption', () => {
    expect(buildChart({ ...small, invented: true, source: '' }, spec(), 5).caption).toBe('Källa: källa ej angiven (påhittade siffror). Period: 2019–2023.');
  });
});

describe('exports and stored state', () => {
  const m = buildChart(dataset({ '=HYPERLINK("http://x","y")': [10, 20, 30, 40, 50] }), spec({ places: ['=HYPERLINK("http://x","y")'], title: 'A | B' }), 5);
  it('writes CSV where a formula-like cell is plain text', () => {
    const csv = tableToCsv(m);
    expect(csv.split('\r\n')[0]).toBe(`Period;"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|;)"?=/m);
  });
  it('writes Markdown with pipes escaped', () => {
    const md = chartToMarkdown(m);
    expect(md).toContain('### A \\| B');
    expect(md).toContain('| 2019 | 10 |');
    expect(md).toContain('*Källa: Brå. Period: 2019–2023.*');
  });
  it('accepts the stored shape and names the first bad part (the storage layer\'s schema)', () => {
    const state = { ...emptyState(), datasets: [{ id: 'd', name: 'n', source: 's', fileName: 'f', imported: 'i', unit: 'antal', invented: false, rows: [{ place: 'p', period: '2023', measure: 'm', value: 1, population: null }], problems: [{ line: 2, message: 'x' }], populations: { p: 100 } }], charts: [spec()] };
    const parse = (v: unknown) => decode(JSON.stringify(v), SHAPES.statistics);
    expect(parse(state)).toEqual(state);
    expect(() => parse({ ...state, version: 2 })).toThrow(/version 2/);
    expect(() => parse({ ...state, threshold: 0 })).toThrow(/threshold/);
    expect(() => parse({ ...state, threshold: 2.5 })).toThrow(/threshold/);
    expect(() => parse({ ...state, datasets: [{ ...state.datasets[0], unit: 'kg' }] })).toThrow(/datasets\.0\.unit/);
    expect(() => parse({ ...state, datasets: [{ ...state.datasets[0], rows: [{ place: 1 }] }] })).toThrow(/datasets\.0\.rows\.0\.place/);
    expect(() => parse({ ...state, datasets: [{ ...state.datasets[0], rows: [{ ...state.datasets[0]!.rows[0], value: 'x' }] }] })).toThrow(/rows\.0\.value/);
    expect(() => parse({ ...state, datasets: [{ ...state.datasets[0], populations: { p: 'x' } }] })).toThrow(/populations/);
    expect(() => parse({ ...state, datasets: [{ ...state.datasets[0], problems: [{}] }] })).toThrow(/problems/);
    expect(() => parse({ ...state, charts: [{ ...spec(), kind: 'pie' }] })).toThrow(/charts\.0\.kind/);
    expect(() => parse({ ...state, charts: [{ ...spec(), places: [1] }] })).toThrow(/charts\.0\.places/);
    expect(() => parse({ ...state, charts: 'x' })).toThrow(ShapeError);
    expect(() => parse(null)).toThrow(ShapeError);
  });
});

describe('the shipped Strandvik sample', () => {
  const text = readFileSync(new URL('../../content/statistics/strandvik-exempel.csv', import.meta.url), 'utf8');
  it('is marked invented in the file itself and maps without problems', () => {
    expect(text).toMatch(/påhittade/i);
    const t = parseDelimited(text, 'csv');
    const out = applyMapping(t, guessMapping(t.header));
    expect(out.problems).toEqual([]);
    expect(new Set(out.rows.map((r) => r.place))).toEqual(new Set(['Strandvik', 'Skärviks län', 'Riket']));
  });
});
