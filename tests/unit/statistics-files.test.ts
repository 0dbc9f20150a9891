/**
 * Files the statistics page reads beyond the basics in statistics.test.ts: a large XLSX (whose sheet
 * fflate's async unzip would hand to a blob: worker the CSP refuses), an XLSX that unpacks to more
 * than any statistics table, and the result table of Brå's statistikdatabas (src/shared/statistics/bra.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRA_PRESET, applyMapping, guessMapping } from '../../src/shared/statistics/mapping';
import { MAX_ROWS, parseDelimited } from '../../src/shared/statistics/read';
import { unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { MAX_XLSX_UNPACKED, readFileBytes } from '../../src/shared/statistics/read';

describe('large XLSX files', () => {
  it('reads a sheet that unpacks to more than 512 kB (the size where fflate would start a worker)', async () => {
    const rows = [[{ value: 'Område' }, { value: 'År' }, { value: 'Brottstyp' }, { value: 'Antal' }]];
    for (let i = 0; i < 19_000; i++) rows.push([{ value: `Område ${i % 97}` }, { value: 2000 + (i % 25) }, { value: `Brott ${i % 31}` }, { value: (i * 7919) % 100_003 }] as never);
    const bytes = new Uint8Array(await writeExcelFile(rows as never).toBuffer());
    expect(bytes.length).toBeGreaterThan(320 * 1024);
    expect(unzipSync(bytes)['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(512 * 1024);
    const table = await readFileBytes(bytes, 'stor.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.rows).toHaveLength(19_000);
    expect(table.rows[18_999]).toEqual(['Område 84', 2024, 'Brott 27', (18_999 * 7919) % 100_003]);
  });

  it('refuses, before inflating anything, a file whose parts declare more than the limit', async () => {
    const small = new Uint8Array(await writeExcelFile([[{ value: 'År' }, { value: 'Antal' }], [{ value: 2024 }, { value: 3 }]] as never).toBuffer());
    // Rewrite the sheet's declared size in the central directory (signature 50 4b 01 02, size at +24).
    const files = unzipSync(small);
    const zip = zipSync(files);
    const view = new DataView(zip.buffer);
    let patched = 0;
    for (let i = 0; i + 46 < zip.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') {
        view.setUint32(i + 24, MAX_XLSX_UNPACKED + 1, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    await expect(readFileBytes(zip, 'bomb.xlsx')).rejects.toThrow(/packas upp till mycket mer/);
  });
});

describe("Brå's statistikdatabas (result table)", () => {
  const fixture = new Uint8Array(readFileSync('tests/fixtures/statistics/bra-strandvik.csv'));

  it('reads areas, crime types and years into rows, with the line of each value, and maps them by the preset', async () => {
    const t = await readFileBytes(fixture, 'bra.csv');
    expect(t.shape).toBe('bra');
    expect(t.header).toEqual(['Område', 'Brottstyp', 'År', 'Antal']);
    expect(t.rows).toHaveLength(6 * 6);
    expect(t.rows[0]).toEqual(['Strandvik', 'Misshandel', '2019', '212']);
    expect(t.rows[5]).toEqual(['Strandvik', 'Misshandel', '2024 (prel.)', '..']);
    expect(t.rows[18]).toEqual(['Skärviks län', 'Misshandel', '2019', '3 410']);
    expect(t.lines!.slice(0, 7)).toEqual([6, 6, 6, 6, 6, 6, 7]);
    const m = guessMapping(t.header, t.shape);
    expect(m).toEqual(BRA_PRESET.mapping(t.header));
    expect(m).toMatchObject({ layout: 'long', place: 0, measure: [1], period: 2, value: 3, unit: 'antal' });
    const out = applyMapping(t, m);
    // The formula cell is listed by its line in the file, never read as a number; ".." is a missing value.
    expect(out.problems).toEqual([{ line: 8, message: 'värdet ”=HYPERLINK("http://example.invalid";"9")” för 2019 är inte ett tal' }]);
    expect(out.missing).toBe(2);
    expect(out.rows).toHaveLength(35);
    expect(out.rows.find((r) => r.place === 'Skärviks län' && r.measure === 'Skadegörelse' && r.period === '2024 (prel.)')).toMatchObject({ value: 6640 });
  });

  it('is recognised only in its own shape: the same columns from another file use the generic guess', () => {
    expect(BRA_PRESET.matches(['Område', 'Brottstyp', 'År', 'Antal'])).toBe(false);
    const plain = parseDelimited('Område;Brottstyp;År;Antal\nStrandvik;Rån;2024;5\n', 'csv');
    expect(plain.shape).toBeUndefined();
    expect(parseDelimited(';2021;2022\nMisshandel;1;2\nRån;3;4\n', 'csv').shape).toBeUndefined();
  });

  it('keeps the counts when a year spans counts and rates, and reads a table of rates only as rates', () => {
    const both = parseDelimited('\t2022\t\t2023\t\n\tAntal\tAntal brott per 100 000 invånare\tAntal\tAntal brott per 100 000 invånare\nStrandvik\t\t\t\t\nRån\t4\t19,9\t1\t5,0\n', 'paste');
    expect(both.rows).toEqual([['Strandvik', 'Rån', '2022', '4'], ['Strandvik', 'Rån', '2023', '1']]);
    const rates = parseDelimited(';2022;2023\n;Antal brott per 100 000 invånare;Antal brott per 100 000 invånare\nStrandvik;;\nRån;19,9;5,0\n', 'csv');
    expect(rates.header[3]).toBe('Antal brott per 100 000 invånare');
    expect(guessMapping(rates.header, rates.shape).unit).toBe('per100k');
  });

  it('names the line of a crime row that has no area above it, and refuses a table longer than the limit', () => {
    const t = parseDelimited(';2023;2024\n;Antal;Antal\nMisshandel;12;14\nStrandvik;;\nRån;3;4\n', 'csv');
    const out = applyMapping(t, guessMapping(t.header, t.shape));
    expect(out.problems).toEqual([
      { line: 3, message: 'området saknas' },
      { line: 3, message: 'området saknas' },
    ]);
    expect(out.rows).toHaveLength(2);
    const crimes = Array.from({ length: Math.ceil(MAX_ROWS / 2) + 1 }, (_, i) => `Brott ${i};1;2`).join('\n');
    expect(() => parseDelimited(`;2023;2024\n;Antal;Antal\nStrandvik;;\n${crimes}\n`, 'csv')).toThrow(/fler än 20\s000 rader/);
  });
});
