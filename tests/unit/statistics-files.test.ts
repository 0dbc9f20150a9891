/**
 * Files the statistics page reads beyond the basics in statistics.test.ts: a large XLSX (whose sheet
 * fflate's async unzip would hand to a blob: worker the CSP refuses) and an XLSX that unpacks to more
 * than any statistics table.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { MAX_XLSX_UNPACKED, readFileBytes } from '../../src/lib/statistics/read';

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
