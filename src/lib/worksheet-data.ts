/**
 * Saved worksheet answers: the data shapes, their validation, merging, export and import.
 * Pure (no DOM, no storage), shared by the worksheet pages and the unit tests.
 *
 * Stored shape (version 1), one record per arbetsyta:
 *   { version: 1, worksheets: { [worksheetId]: { updated: ISO date, fields: { [fieldId]: FieldValue } } } }
 * A FieldValue is text (text, date, single choice, rating), a list of texts (checklist, multiple
 * choice: the chosen option numbers) or rows of texts (table, priority matrix).
 * The export file wraps one arbetsyta: { format, version, exported, workspace: { name }, worksheets }.
 */
import { wst } from '../i18n/worksheet';

export const DATA_VERSION = 1;
export const EXPORT_FORMAT = 'samverkanshandboken-arbetsyta';
/** Larger files are refused: a year of answers is a few hundred kB at most. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

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

export class AnswersError extends Error {
  override name = 'AnswersError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const MAX_TEXT = 20_000;

function checkValue(value: unknown, where: string): FieldValue {
  if (isString(value)) {
    if (value.length > MAX_TEXT) throw new AnswersError(wst('worksheet.data.tooLong', { where }));
    return value;
  }
  if (Array.isArray(value) && value.every(isString)) return value.map((v) => checkValue(v, where) as string);
  if (Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isString))) {
    return (value as string[][]).map((row) => row.map((v) => checkValue(v, where) as string));
  }
  throw new AnswersError(wst('worksheet.data.shape', { where }));
}

/** Validates stored or imported answers; throws AnswersError naming what is wrong. */
export function parseAnswers(raw: unknown): WorkspaceAnswers {
  if (!isRecord(raw)) throw new AnswersError(wst('worksheet.data.notObject'));
  if (raw['version'] !== DATA_VERSION) throw new AnswersError(wst('worksheet.data.version', { found: JSON.stringify(raw['version']), expected: DATA_VERSION }));
  if (!isRecord(raw['worksheets'])) throw new AnswersError('"worksheets" saknas');
  const worksheets: Record<string, WorksheetAnswers> = {};
  for (const [id, sheet] of Object.entries(raw['worksheets'])) {
    if (!/^[a-z0-9-]+$/.test(id)) throw new AnswersError(`ogiltigt arbetsblads-id "${id.slice(0, 40)}"`);
    if (!isRecord(sheet) || !isRecord(sheet['fields'])) throw new AnswersError(`${id}: "fields" saknas`);
    const fields: Record<string, FieldValue> = {};
    for (const [field, value] of Object.entries(sheet['fields'])) {
      if (!/^[a-z0-9-]+$/.test(field)) throw new AnswersError(wst('worksheet.data.fieldId', { id, field: field.slice(0, 40) }));
      fields[field] = checkValue(value, `${id}.${field}`);
    }
    worksheets[id] = { updated: isString(sheet['updated']) ? sheet['updated'] : new Date(0).toISOString(), fields };
  }
  return { version: DATA_VERSION, worksheets };
}

/** Markup that has no business in an answer file: refused on import, so a crafted file is visibly rejected. */
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta|form|input|a)\b|javascript:|\bon[a-z]+\s*=/i;

function containsMarkup(value: FieldValue): boolean {
  if (isString(value)) return MARKUP.test(value);
  return (value as (string | string[])[]).some((v) => containsMarkup(v as FieldValue));
}

export interface ImportPreview {
  name: string;
  data: WorkspaceAnswers;
  /** Worksheet ids in the file that this handbook has. */
  known: string[];
  /** Worksheet ids in the file that this handbook does not have (kept out of the import). */
  unknown: string[];
  fieldCount: number;
}

/** Reads an export file's text: size, JSON, format, version, shape, no markup. Throws AnswersError with a reader-facing message. */
export function readImport(text: string, byteLength: number, knownWorksheets: ReadonlySet<string>): ImportPreview {
  if (byteLength > MAX_IMPORT_BYTES) throw new AnswersError(wst('worksheet.import.tooBig', { size: Math.round(byteLength / 1024), max: MAX_IMPORT_BYTES / 1024 }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AnswersError(wst('worksheet.import.notJson'));
  }
  if (!isRecord(raw) || raw['format'] !== EXPORT_FORMAT) throw new AnswersError(wst('worksheet.import.notExport'));
  if (raw['version'] !== DATA_VERSION) throw new AnswersError(wst('worksheet.import.version', { found: JSON.stringify(raw['version']), expected: DATA_VERSION }));
  let data: WorkspaceAnswers;
  try {
    data = parseAnswers(raw);
  } catch (error) {
    throw new AnswersError(wst('worksheet.import.content', { reason: (error as Error).message }));
  }
  for (const [id, sheet] of Object.entries(data.worksheets)) {
    for (const [field, value] of Object.entries(sheet.fields)) {
      if (containsMarkup(value)) throw new AnswersError(wst('worksheet.import.markup', { id, field }));
    }
  }
  const workspace = raw['workspace'];
  const name = isRecord(workspace) && isString(workspace['name']) && workspace['name'].trim() ? workspace['name'].trim().slice(0, 80) : 'Importerad arbetsyta';
  const ids = Object.keys(data.worksheets);
  const known = ids.filter((id) => knownWorksheets.has(id));
  const unknown = ids.filter((id) => !knownWorksheets.has(id));
  const kept: WorkspaceAnswers = { version: DATA_VERSION, worksheets: Object.fromEntries(known.map((id) => [id, data.worksheets[id]!])) };
  return { name, data: kept, known, unknown, fieldCount: known.reduce((n, id) => n + Object.keys(data.worksheets[id]!.fields).length, 0) };
}

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

/** A readable Markdown document of an arbetsyta's answers. */
export function answersToMarkdown(name: string, data: WorkspaceAnswers, catalogue: WorksheetCatalogue, now: Date): string {
  const lines = [wst('worksheet.md.title', { name: mdEscape(name) }), '', wst('worksheet.md.exported', { date: now.toISOString().slice(0, 10) }), ''];
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
        for (const row of value as string[][]) if (row.some((c) => c.trim())) lines.push(`| ${row.map(mdEscape).join(' | ')} |`);
      } else if (Array.isArray(value)) {
        for (const chosen of value as string[]) lines.push(`- ${mdEscape(field.list?.[Number(chosen)] ?? chosen)}`);
      } else if (field.component === 'ChoiceField') {
        lines.push(mdEscape(field.list?.[Number(value)] ?? String(value)));
      } else {
        lines.push(String(value).split('\n').map(mdEscape).join('  \n'));
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trim()}\n`;
}
