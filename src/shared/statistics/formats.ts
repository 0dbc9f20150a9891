/**
 * A chart's table and summary as files: CSV for a spreadsheet, Markdown for documents. Kept apart from
 * state.ts so pages that only read the stored data do not carry Papa Parse.
 */
import Papa from 'papaparse';
import type { ChartModel } from './measures';

/**
 * A chart's table as CSV (semicolon, as Swedish Excel reads it). Cells that start like a formula
 * (=, +, -, @) are prefixed with an apostrophe by Papa Parse, so a spreadsheet shows them as text.
 */
export function tableToCsv(model: Pick<ChartModel, 'table'>): string {
  return Papa.unparse({ fields: model.table.columns, data: model.table.rows }, { delimiter: ';', escapeFormulae: true });
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** A chart as Markdown: title, summary, the table and the caption. */
export function chartToMarkdown(model: ChartModel): string {
  const { columns, rows } = model.table;
  return [
    `### ${mdCell(model.title)}`,
    '',
    mdCell(model.summary),
    '',
    `| ${columns.map(mdCell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
    `*${mdCell(model.caption)}*`,
    ...model.notes.map((n) => `\n${mdCell(n)}`),
    '',
  ].join('\n');
}
