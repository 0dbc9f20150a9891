// Writes the XLSX fixture for the statistics e2e test (tests/fixtures/statistics/kolada-strandvik.xlsx):
// invented figures in Kolada's column layout, plus a formula cell that must stay text. Run with
// `npx node scripts/make-statistics-fixtures.mjs`; the result is committed.
import writeExcelFile from 'write-excel-file/node';

const rows = [
  ['kpi', 'municipality', 'period', 'gender', 'value'].map((value) => ({ value })),
  ...[2019, 2020, 2021, 2022, 2023].flatMap((year, i) => [
    [{ value: 'N07403' }, { value: 'Strandvik' }, { value: year }, { value: 'T' }, { value: [640.5, 655.2, 702.8, 731.4, 768.9][i] }],
    [{ value: 'N07403' }, { value: 'Riket' }, { value: year }, { value: 'T' }, { value: [690.1, 688.7, 679.3, 671.2, 668.4][i] }],
  ]),
  [{ value: 'N07403' }, { value: 'Strandvik' }, { value: 2024 }, { value: 'T' }, { value: '=HYPERLINK("http://example.invalid","1")' }],
];
await writeExcelFile(rows).toFile(new URL('../tests/fixtures/statistics/kolada-strandvik.xlsx', import.meta.url).pathname);
