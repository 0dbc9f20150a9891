/**
 * One schema per stored shape (valibot: the smallest of the validators measured for the worksheet page,
 * 2.0 KiB gzip against 6.5 KiB for zod/mini). The same schema checks a value before it is written, when
 * it is read back and when it is imported, so nothing is saved that a later load would refuse.
 */
import * as v from 'valibot';
import { sst } from '../../i18n/storage';
import { LIMITS } from './limits';
import { ShapeError, type Shape } from './store';
import { parseSettings, type Settings } from './settings';
import type { StatisticsState } from '../statistics/state';
import { LOGO_URL, LOGO_URL_MAX } from '../documents/logo';

const ID = /^[a-z0-9][a-z0-9-]*$/;

const text = (max: number = LIMITS.text) => v.pipe(v.string(), v.maxLength(max, (i) => sst('storage.limit.text', { length: (i.input as string).length, max })));
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.items) => v.pipe(v.array(item), v.maxLength(max, () => sst('storage.limit.items', { max })));

/** A dotted path for messages: "kartlaggning.problem[3]". */
function where(issue: { path?: { key: unknown }[] | undefined }): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.') || '–';
}

// ---------------------------------------------------------------------------------------------------
// Worksheet answers

export const textValue = text();
export const listValue = list(text());
export const rowsValue = v.pipe(
  v.array(list(text())),
  v.maxLength(LIMITS.rows, (i) => sst('storage.limit.rows', { rows: (i.input as unknown[]).length, max: LIMITS.rows })),
);
/** Picks the one schema by the value's form (a union would try all three: quadratic-looking on 10,000 rows). */
export const fieldValue = v.lazy((input) => (typeof input === 'string' ? textValue : Array.isArray(input) && Array.isArray(input[0]) ? rowsValue : listValue));

const idKey = v.pipe(v.string(), v.regex(ID, 'ogiltigt id'), v.maxLength(120));
const record = <T extends v.GenericSchema>(value: T) =>
  v.pipe(v.record(idKey, value), v.check((r) => Object.keys(r).length <= LIMITS.entries, sst('storage.reason.tooMany', { n: LIMITS.entries })));

export const worksheetAnswers = v.object({ updated: v.optional(v.string(), () => new Date(0).toISOString()), fields: record(fieldValue) });
export const workspaceAnswers = v.object({ version: v.literal(1), worksheets: record(worksheetAnswers) });

export const workspace = v.object({ id: idKey, name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.name)), created: v.string() });
export const workspaceList = v.object({
  version: v.literal(1),
  current: v.string(),
  list: v.pipe(v.array(workspace), v.minLength(1), v.maxLength(LIMITS.entries)),
});

// ---------------------------------------------------------------------------------------------------
// Self-check and settings

export const selfcheck = v.object({ version: v.literal(1), checked: v.record(v.pipe(v.string(), v.maxLength(200)), v.boolean()) });

// ---------------------------------------------------------------------------------------------------
// Workshops: the envelope is checked here; the items inside are repaired by src/shared/workshop.ts's
// parsers (a dropped item there is one the builder could not show anyway).

export const savedWorkshops = v.object({ v: v.literal(1), workshops: v.pipe(v.array(v.looseObject({ id: v.string() })), v.maxLength(LIMITS.entries)) });
export const draft = v.object({ v: v.literal(1), draft: v.looseObject({}) });
export const runState = v.looseObject({ v: v.literal(1), notes: v.record(v.string(), text()), participants: v.optional(text(4000), '') });

// ---------------------------------------------------------------------------------------------------
// Statistics of one arbetsyta (src/shared/statistics/state.ts has the types): imports with their rows,
// the charts drawn from them, and the threshold below which values are not shown.

const finite = v.pipe(v.number(), v.finite());
const many = <T extends v.GenericSchema>(item: T) => list(item, LIMITS.statisticsRows);
const dataRow = v.object({ place: text(), period: text(), measure: text(), value: v.nullable(finite), population: v.nullable(finite) });
const dataset = v.object({
  id: text(200),
  name: text(),
  source: text(),
  fileName: text(),
  imported: text(200),
  unit: v.picklist(['antal', 'per100k', 'procent', 'annat']),
  invented: v.boolean(),
  rows: many(dataRow),
  problems: many(v.object({ line: finite, message: text() })),
  populations: v.pipe(v.record(v.string(), finite), v.check((r) => Object.keys(r).length <= LIMITS.statisticsRows, sst('storage.reason.tooMany', { n: LIMITS.statisticsRows }))),
});
const chartSpec = v.object({
  id: text(200),
  datasetId: text(200),
  title: text(),
  kind: v.picklist(['line', 'bar']),
  measure: text(),
  places: many(text()),
  show: v.picklist(['value', 'rate']),
  pool: finite,
  period: text(),
  include: v.boolean(),
});
/** Typed with the state's own type, so the schema and the type cannot drift apart. */
export const statistics: v.GenericSchema<unknown, StatisticsState> = v.object({
  version: v.literal(1),
  threshold: v.pipe(v.number(), v.integer(), v.minValue(1)),
  datasets: list(dataset, LIMITS.entries),
  charts: list(chartSpec, LIMITS.entries),
});

// ---------------------------------------------------------------------------------------------------
// Document settings of one arbetsyta (/dokument/): the kommun's name, the deciding body, the logo.

export const documentSettings = v.object({
  version: v.literal(1),
  kommun: text(LIMITS.name * 2),
  organ: text(LIMITS.name * 2),
  logo: v.optional(
    v.object({
      name: text(200),
      dataUrl: v.pipe(v.string(), v.maxLength(LOGO_URL_MAX, () => sst('storage.limit.logo', { max: LIMITS.logoBytes / 1024 })), v.regex(LOGO_URL, () => sst('storage.bad.logo'))),
      width: v.pipe(v.number(), v.integer(), v.minValue(1)),
      height: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
});
export type DocumentSettings = v.InferOutput<typeof documentSettings>;

export type WorkspaceAnswersData = v.InferOutput<typeof workspaceAnswers>;
export type WorkspaceListData = v.InferOutput<typeof workspaceList>;

/** Validates with a schema; throws ShapeError naming the first problem and where it is. */
export function check<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, raw, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ShapeError(sst('storage.bad.shape', { where: `${where(issue)}: ${issue.message}` }));
}

/** A Shape for the Store from a schema. */
export function shape<S extends v.GenericSchema>(schema: S, what: string, versionField: 'version' | 'v' = 'version', version = 1): Shape<v.InferOutput<S>> {
  return { what, version, versionField, parse: (raw) => check(schema, raw) };
}

export const SHAPES = {
  workspaces: shape(workspaceList, sst('storage.what.workspaces')),
  answers: shape(workspaceAnswers, sst('storage.what.answers')),
  selfcheck: shape(selfcheck, sst('storage.what.selfcheck')),
  settings: { what: sst('storage.what.settings'), version: 1, versionField: 'version', parse: parseSettings } as Shape<Settings>,
  workshops: shape(savedWorkshops, sst('storage.what.workshops'), 'v'),
  draft: shape(draft, sst('storage.what.draft'), 'v'),
  run: shape(runState, sst('storage.what.run'), 'v'),
  statistics: shape(statistics, sst('storage.what.statistics')),
  documents: shape(documentSettings, sst('storage.what.documents')),
} as const;

/** What kind of value a field holds, by component: a wrong kind in an import is reported, not written. */
export type ValueKind = 'text' | 'list' | 'rows';
export function expectedKind(component: string, multiple?: boolean): ValueKind {
  if (component === 'TableField' || component === 'PriorityMatrix') return 'rows';
  if (component === 'ChecklistField' || (component === 'ChoiceField' && multiple)) return 'list';
  return 'text';
}
export function kindOf(value: unknown): ValueKind | undefined {
  if (typeof value === 'string') return 'text';
  if (!Array.isArray(value)) return undefined;
  if (value.every((x) => typeof x === 'string')) return 'list';
  if (value.every((x) => Array.isArray(x))) return 'rows';
  return undefined;
}
