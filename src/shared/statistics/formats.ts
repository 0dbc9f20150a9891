/**
 * A chart's table and summary as files: CSV for a spreadsheet, Markdown for documents. Kept apart from
 * state.ts so pages that only read the stored data do not carry Papa Parse.
 */
import Papa from 'papaparse';
import type { ChartModel } from './measures';
import { mdAlt, svgDataUrl } from '../image-url';

/**
 * A chart's table as CSV (semicolon, as Swedish Excel reads it). Cells that start like a formula
 * (=, +, -, @) are prefixed with an apostrophe by Papa Parse, so a spreadsheet shows them as text.
 */
export function tableToCsv(model: Pick<ChartModel, 'table'>): string {
  return Papa.unparse({ fields: model.table.columns, data: model.table.rows }, { delimiter: ';', escapeFormulae: true });
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
export { svgDataUrl };

export interface MarkdownChartOptions {
  /** Heading level of the chart's title (3 in a file of charts, 4 under a worksheet's section). */
  level?: number;
  /**
   * The drawn chart, embedded as an image with a data: URL: the Markdown file stays one file that
   * Pandoc (to DOCX or PDF), VS Code, Obsidian and Typora show with the chart. Viewers that strip
   * data: URLs (GitHub, some mail clients) show the alt text; the summary and the table below always
   * carry the same numbers as text.
   */
  image?: { svg: string; alt: string };
}

/** A chart as Markdown: title, the chart as an image (when given), summary, the table and the caption. */
export function chartToMarkdown(model: ChartModel, options: MarkdownChartOptions = {}): string {
  const { columns, rows } = model.table;
  const { level = 3, image } = options;
  return [
    `${'#'.repeat(level)} ${mdCell(model.title)}`,
    '',
    ...(image ? [`![${mdAlt(image.alt)}](${svgDataUrl(image.svg)})`, ''] : []),
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
