/**
 * Import of one arbetsyta's export file: one pass over the parsed JSON (linear in the file's size),
 * the same schema as storage (a value over a limit refuses the file, naming where), and every value
 * checked against the kind its field takes: a wrong kind is reported and left out, never counted as
 * imported. Values are only ever set as text, so ordinary prose ("onsdag = samverkansdag") is kept.
 */
import { sst } from '../../i18n/storage';
import { wst } from '../../i18n/worksheet';
import { LIMITS } from './limits';
import { check, expectedKind, kindOf, workspaceAnswers, type WorkspaceAnswersData } from './schemas';
import { ShapeError } from './store';
import type { FieldValue } from '../worksheet-data';
import { withRowIds } from '../chain/rows';

export const EXPORT_FORMAT = 'samverkanshandboken-arbetsyta';

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface CatalogueLike {
  [worksheetId: string]: { title: string; fields: { id: string; component: string; multiple?: boolean | undefined }[] };
}

export interface ImportPreview {
  name: string;
  data: WorkspaceAnswersData;
  /** Worksheet ids in the file that this handbook has. */
  known: string[];
  /** Worksheet ids in the file that this handbook does not have (left out). */
  unknown: string[];
  /** "sheet.field" of values left out: the field does not exist or takes another kind of value. */
  wrongType: string[];
  fieldCount: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readImport(text: string, byteLength: number, catalogue: CatalogueLike): ImportPreview {
  if (byteLength > LIMITS.importBytes) throw new ImportError(wst('worksheet.import.tooBig', { size: Math.round(byteLength / 1024), max: LIMITS.importBytes / 1024 }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError(wst('worksheet.import.notJson'));
  }
  if (!isRecord(raw) || raw['format'] !== EXPORT_FORMAT) throw new ImportError(wst('worksheet.import.notExport'));
  if (raw['version'] !== 1) throw new ImportError(wst('worksheet.import.version', { found: JSON.stringify(raw['version']) ?? '–', expected: 1 }));
  let data: WorkspaceAnswersData;
  try {
    data = check(workspaceAnswers, { version: 1, worksheets: raw['worksheets'] });
  } catch (error) {
    throw new ImportError(wst('worksheet.import.content', { reason: error instanceof ShapeError ? error.message : String(error) }));
  }
  const known: string[] = [];
  const unknown: string[] = [];
  const wrongType: string[] = [];
  const kept: WorkspaceAnswersData = { version: 1, worksheets: {} };
  let fieldCount = 0;
  for (const [id, sheet] of Object.entries(data.worksheets)) {
    const spec = catalogue[id];
    if (!spec) {
      unknown.push(id);
      continue;
    }
    known.push(id);
    const kinds = new Map(spec.fields.map((f) => [f.id, expectedKind(f.component, f.multiple)]));
    const fields: Record<string, FieldValue> = {};
    for (const [field, value] of Object.entries(sheet.fields)) {
      const want = kinds.get(field);
      const have = kindOf(value);
      // An empty list fits any list-like field.
      const fits = want !== undefined && (have === want || (Array.isArray(value) && value.length === 0 && want !== 'text'));
      if (fits) fields[field] = value;
      else wrongType.push(`${id}.${field}`);
    }
    fieldCount += Object.keys(fields).length;
    kept.worksheets[id] = { updated: sheet.updated, fields };
  }
  const workspace = raw['workspace'];
  const name = isRecord(workspace) && typeof workspace['name'] === 'string' && workspace['name'].trim() ? workspace['name'].trim().slice(0, LIMITS.name) : wst('worksheet.workspace.imported');
  // A file saved before rows had ids gets them here, as stored answers do in migrate.ts.
  return { name, data: withRowIds(kept).data, known, unknown, wrongType, fieldCount };
}

/** The reader-facing line for left-out values (the first few named). */
export function describeWrongType(wrongType: readonly string[]): string {
  const shown = wrongType.slice(0, 5).join(', ') + (wrongType.length > 5 ? ' …' : '');
  return sst('storage.import.wrongType', { n: wrongType.length, fields: shown });
}
