/**
 * Saved worksheet answers: the data shapes, merging and export (validation and import live in
 * src/shared/storage: schemas.ts, transfer.ts). Pure (no DOM, no storage).
 *
 * Stored shape (version 1), one record per arbetsyta:
 *   { version: 1, worksheets: { [worksheetId]: { updated: ISO date, fields: { [fieldId]: FieldValue } } } }
 * A FieldValue is text (text, date, single choice, rating), a list of texts (checklist, multiple
 * choice: the chosen option numbers) or rows of texts (table, priority matrix).
 * The export file wraps one arbetsyta: { format, version, exported, workspace: { name }, worksheets }.
 */
import { wst } from '../i18n/worksheet';

export const DATA_VERSION = 1;
export { EXPORT_FORMAT } from './storage/transfer';
import { EXPORT_FORMAT } from './storage/transfer';

export type FieldValue = string | string[] | string[][];
export interface WorksheetAnswers {
  updated: string;
  fields: Record<string, FieldValue>;
}
export interface WorkspaceAnswers {
  version: typeof DATA_VERSION;
  worksheets: Record<string, WorksheetAnswers>;
}
export interface WorkspaceExport extends WorkspaceAnswers {
  format: typeof EXPORT_FORMAT;
  exported: string;
  workspace: { name: string };
}

export const emptyAnswers = (): WorkspaceAnswers => ({ version: DATA_VERSION, worksheets: {} });

const isString = (v: unknown): v is string => typeof v === 'string';

/** Merge: imported fields win field by field; other saved fields stay. */
export function mergeAnswers(base: WorkspaceAnswers, incoming: WorkspaceAnswers): WorkspaceAnswers {
  const worksheets = { ...base.worksheets };
  for (const [id, sheet] of Object.entries(incoming.worksheets)) {
    const current = worksheets[id];
    worksheets[id] = current ? { updated: sheet.updated > current.updated ? sheet.updated : current.updated, fields: { ...current.fields, ...sheet.fields } } : sheet;
  }
  return { version: DATA_VERSION, worksheets };
}

export function buildExport(name: string, data: WorkspaceAnswers, now: Date): WorkspaceExport {
  return { format: EXPORT_FORMAT, version: DATA_VERSION, exported: now.toISOString(), workspace: { name }, worksheets: data.worksheets };
}

/** True when a value holds anything the reader wrote or chose. */
export function hasContent(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (isString(value)) return value.trim() !== '';
  return (value as (string | string[])[]).some((v) => hasContent(v as FieldValue));
}

export interface FieldSpecLike {
  id: string;
  component: string;
  label: string;
  list?: string[] | undefined;
}
export interface WorksheetCatalogue {
  [worksheetId: string]: { title: string; fields: FieldSpecLike[] };
}

const mdEscape = (text: string) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1').replace(/\n+/g, ' ');

/**
 * A readable Markdown document of an arbetsyta's answers. `sections` adds Markdown made elsewhere under a
 * worksheet's heading (the statistics chosen for the lägesbild), also for a worksheet without answers.
 */
export function answersToMarkdown(name: string, data: WorkspaceAnswers, catalogue: WorksheetCatalogue, now: Date, sections: Record<string, string> = {}): string {
  const lines = [wst('worksheet.md.title', { name: mdEscape(name) }), '', wst('worksheet.md.exported', { date: now.toISOString().slice(0, 10) }), ''];
  for (const id of Object.keys(sections)) if (!data.worksheets[id]) lines.push(`## ${mdEscape(catalogue[id]?.title ?? id)}`, '', sections[id]!.trim(), '');
  for (const [id, sheet] of Object.entries(data.worksheets)) {
    const spec = catalogue[id];
    lines.push(`## ${mdEscape(spec?.title ?? id)}`, '', wst('worksheet.md.updated', { date: sheet.updated.slice(0, 10) }), '');
    const fields: FieldSpecLike[] = spec?.fields ?? Object.keys(sheet.fields).map((f) => ({ id: f, component: 'TextArea', label: f }));
    for (const field of fields) {
      const value = sheet.fields[field.id];
      if (!hasContent(value)) continue;
      lines.push(`### ${mdEscape(field.label)}`, '');
      if (field.component === 'TableField' || field.component === 'PriorityMatrix') {
        const head = field.component === 'PriorityMatrix' ? ['Problem', ...(field.list ?? [])] : (field.list ?? []);
        lines.push(`| ${head.map(mdEscape).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
        // Only the columns: a row's id cell (src/shared/chain/rows.ts) is for the handbook, not the reader.
        for (const full of value as string[][]) {
          const row = head.length ? full.slice(0, head.length) : full;
          if (row.some((c) => c.trim())) lines.push(`| ${row.map(mdEscape).join(' | ')} |`);
        }
      } else if (Array.isArray(value)) {
        for (const chosen of value as string[]) lines.push(`- ${mdEscape(field.list?.[Number(chosen)] ?? chosen)}`);
      } else if (field.component === 'ChoiceField') {
        lines.push(mdEscape(field.list?.[Number(value)] ?? String(value)));
      } else {
        lines.push(String(value).split('\n').map(mdEscape).join('  \n'));
      }
      lines.push('');
    }
    if (sections[id]) lines.push(sections[id]!.trim(), '');
  }
  return `${lines.join('\n').trim()}\n`;
}
