/**
 * The röd tråd of one arbetsyta, from its stored answers: lägesbild problems → prioriterade problem →
 * orsaker → åtgärder (with indicator and owner) → uppföljning and utvärdering, every link resolved by
 * row id, and the gaps Brå's follow-up of the reform found (facts-2026.md, section 2) listed with the
 * worksheet field to fix. Pure and browser-safe: the worksheet pages feed their selects from it, the
 * Röd tråd page draws it, the document assembly can read it.
 *
 * A reference to a row that no longer exists is kept and reported as broken, with the label it had
 * when it was chosen; a reference that was typed rather than chosen (answers from before the
 * references, or an import) is kept and reported as not linked.
 */
import type { FieldValue } from '../worksheet-data';
import { parseRow, rowHasContent } from './rows';
import { DECISIONS, TABLES, type RefTarget } from './spec';

export type AnswersBySheet = Record<string, { fields: Record<string, FieldValue> } | undefined>;

/** Where a row's cell is: enough to link to it and to name it. */
export interface Place {
  sheet: string;
  field: string;
  /** 1-based, as the worksheet numbers its rows. */
  row: number;
  column: number;
}

/**
 * A reference cell, resolved:
 * - `ok`: points at a row that exists (label is that row's label now, even after a rename);
 * - `broken`: points at a row that is gone (label is the last one known);
 * - `unlinked`: text that was typed, not chosen (kept as written);
 * - `empty`: nothing chosen.
 */
export interface Ref {
  state: 'ok' | 'broken' | 'unlinked' | 'empty';
  id: string | undefined;
  label: string;
  target: RefTarget;
  place: Place;
}

interface Row {
  /** The row's id; undefined for a row saved before ids and not yet migrated. */
  id: string | undefined;
  place: Place;
}
export interface Problem extends Row {
  label: string;
}
export interface Priority extends Row {
  problem: Ref;
  decision: string;
  prioritised: boolean;
  reason: string;
}
export interface Cause extends Row {
  label: string;
  problem: Ref;
}
export interface Measure extends Row {
  label: string;
  goal: string;
  owner: string;
  time: string;
  indicator: string;
  problem: Ref;
  cause: Ref;
}
export interface FollowUp extends Row {
  kind: 'uppfoljning' | 'utvardering';
  /** What is followed up: the indicator (uppföljningsplan) or the goal (utvärdering). */
  label: string;
  measure: Ref;
}

export type GapKind =
  | 'measure-no-problem'
  | 'measure-no-cause'
  | 'measure-no-indicator'
  | 'measure-no-owner'
  | 'measure-no-follow-up'
  | 'cause-other-problem'
  | 'cause-no-problem'
  | 'priority-no-measure'
  | 'not-in-lagesbild'
  | 'unlinked'
  | 'broken';

export interface Gap {
  kind: GapKind;
  /** The row the gap is in, named as the reader wrote it. */
  subject: string;
  /** For references: the label referred to (the last known one when broken). */
  label?: string;
  target?: RefTarget;
  place: Place;
}

export interface Chain {
  problems: Problem[];
  priorities: Priority[];
  causes: Cause[];
  measures: Measure[];
  followUps: FollowUp[];
  gaps: Gap[];
}

export interface Option {
  id: string;
  label: string;
}
export interface OptionGroup {
  /** The group's heading (undefined: no heading). */
  label: string | undefined;
  options: Option[];
}

interface TableRow {
  id: string | undefined;
  refs: Record<number, string>;
  cells: string[];
  place: Place;
}

const rowsOf = (answers: AnswersBySheet, table: { sheet: string; field: string; columns: number }): TableRow[] => {
  const value = answers[table.sheet]?.fields[table.field];
  if (!Array.isArray(value)) return [];
  const out: TableRow[] = [];
  (value as unknown[]).forEach((row, index) => {
    if (!Array.isArray(row) || !rowHasContent(row as string[], table.columns)) return;
    const parsed = parseRow(row as string[], table.columns);
    out.push({ id: parsed.meta?.id, refs: parsed.meta?.refs ?? {}, cells: parsed.cells.map((c) => c.trim()), place: { sheet: table.sheet, field: table.field, row: index + 1, column: 0 } });
  });
  return out;
};

/** True for a decision that prioritises (the worksheet's choice, or older free text such as "Ja, nu"). */
export function isPrioritised(decision: string): boolean {
  const text = decision.trim().toLocaleLowerCase('sv');
  if (!text) return false;
  if (text === DECISIONS[0].toLocaleLowerCase('sv')) return true;
  return !/\b(inte|ej|nej|senare)\b/.test(text) && /^(ja|nu|prioriter)/.test(text);
}

/** The reference in a row's `column`: its stored id (if picked) resolved against `labels`, else its typed text. */
function resolveRef(row: TableRow, column: number, target: RefTarget, labels: Map<string, string>): Ref {
  const id = row.refs[column];
  const label = row.cells[column]!;
  const place = at(row.place, column);
  if (id) {
    const now = labels.get(id);
    return now === undefined ? { state: 'broken', id, label, target, place } : { state: 'ok', id, label: now, target, place };
  }
  return { state: label ? 'unlinked' : 'empty', id: undefined, label, target, place };
}

const at = (place: Place, column: number): Place => ({ ...place, column });

/** Resolves the chain of one arbetsyta's answers (worksheet id → { fields }). */
export function resolveChain(answers: AnswersBySheet): Chain {
  const T = TABLES;
  const problems: Problem[] = rowsOf(answers, T.problems)
    .filter((r) => r.cells[T.problems.label] !== '')
    .map((r) => ({ id: r.id, place: r.place, label: r.cells[T.problems.label]! }));
  const problemLabels = new Map(problems.filter((p) => p.id).map((p) => [p.id!, p.label]));

  const priorities: Priority[] = rowsOf(answers, T.priorities).map((r) => ({
    id: r.id,
    place: r.place,
    problem: resolveRef(r, T.priorities.problem, 'problem', problemLabels),
    decision: r.cells[T.priorities.decision]!,
    prioritised: isPrioritised(r.cells[T.priorities.decision]!),
    reason: r.cells[T.priorities.reason]!,
  }));

  const causes: Cause[] = rowsOf(answers, T.causes).map((r) => ({
    id: r.id,
    place: r.place,
    label: r.cells[T.causes.label]!,
    problem: resolveRef(r, T.causes.problem, 'problem', problemLabels),
  }));
  const causeLabels = new Map(causes.filter((c) => c.id && c.label).map((c) => [c.id!, c.label]));

  const measures: Measure[] = rowsOf(answers, T.measures).map((r) => ({
    id: r.id,
    place: r.place,
    label: r.cells[T.measures.label]! || r.cells[T.measures.goal]!,
    goal: r.cells[T.measures.goal]!,
    owner: r.cells[T.measures.owner]!,
    time: r.cells[T.measures.time]!,
    indicator: r.cells[T.measures.indicator]!,
    problem: resolveRef(r, T.measures.problem, 'problem', problemLabels),
    cause: resolveRef(r, T.measures.cause, 'cause', causeLabels),
  }));
  const measureLabels = new Map(measures.filter((m) => m.id && m.label).map((m) => [m.id!, m.label]));

  // Follow-ups and evaluations: both point at the measure they follow; labelled by their first filled column.
  const followUpsOf = (kind: FollowUp['kind'], table: typeof T.followUps | typeof T.evaluations, label: readonly [number, number]): FollowUp[] =>
    rowsOf(answers, table).map((r) => ({ kind, id: r.id, place: r.place, label: r.cells[label[0]]! || r.cells[label[1]]!, measure: resolveRef(r, table.measure, 'measure', measureLabels) }));
  const followUps = [
    ...followUpsOf('uppfoljning', T.followUps, [T.followUps.indicator, T.followUps.goal]),
    ...followUpsOf('utvardering', T.evaluations, [T.evaluations.goal, T.evaluations.reading]),
  ];

  return { problems, priorities, causes, measures, followUps, gaps: findGaps({ problems, priorities, causes, measures, followUps }) };
}

function findGaps(chain: Omit<Chain, 'gaps'>): Gap[] {
  const gaps: Gap[] = [];
  /** A reference that is broken or typed: reported once, where it is. */
  const checkRef = (ref: Ref, subject: string) => {
    if (ref.state === 'broken') gaps.push({ kind: 'broken', subject, label: ref.label, target: ref.target, place: ref.place });
    else if (ref.state === 'unlinked') gaps.push({ kind: ref.target === 'problem' ? 'not-in-lagesbild' : 'unlinked', subject, label: ref.label, target: ref.target, place: ref.place });
  };
  const name = (label: string, place: Place) => label || `rad ${place.row}`;
  const T = TABLES;

  for (const p of chain.priorities) checkRef(p.problem, name(p.problem.label, p.place));
  for (const c of chain.causes) {
    const subject = name(c.label, c.place);
    if (c.problem.state === 'empty') gaps.push({ kind: 'cause-no-problem', subject, place: at(c.place, T.causes.problem) });
    checkRef(c.problem, subject);
  }
  const causeProblem = new Map(chain.causes.filter((c) => c.id && c.problem.id).map((c) => [c.id!, c.problem.id!]));
  const followed = new Set(chain.followUps.map((f) => f.measure.id).filter(Boolean));
  for (const m of chain.measures) {
    const subject = name(m.label, m.place);
    if (m.problem.state === 'empty') gaps.push({ kind: 'measure-no-problem', subject, place: at(m.place, T.measures.problem) });
    checkRef(m.problem, subject);
    if (m.cause.state === 'empty') gaps.push({ kind: 'measure-no-cause', subject, place: at(m.place, T.measures.cause) });
    checkRef(m.cause, subject);
    if (m.cause.state === 'ok' && m.problem.state === 'ok') {
      const of = causeProblem.get(m.cause.id!);
      if (of && of !== m.problem.id) gaps.push({ kind: 'cause-other-problem', subject, label: m.cause.label, target: 'cause', place: at(m.place, T.measures.cause) });
    }
    if (!m.indicator) gaps.push({ kind: 'measure-no-indicator', subject, place: at(m.place, T.measures.indicator) });
    if (!m.owner) gaps.push({ kind: 'measure-no-owner', subject, place: at(m.place, T.measures.owner) });
    if (!m.id || !followed.has(m.id)) gaps.push({ kind: 'measure-no-follow-up', subject, place: { sheet: T.followUps.sheet, field: T.followUps.field, row: 0, column: T.followUps.measure } });
  }
  for (const f of chain.followUps) checkRef(f.measure, name(f.label, f.place));

  const measured = new Set(chain.measures.filter((m) => m.problem.state === 'ok').map((m) => m.problem.id));
  for (const p of chain.priorities) {
    if (!p.prioritised || (p.problem.state === 'ok' && measured.has(p.problem.id))) continue;
    if (p.problem.state === 'empty') continue;
    gaps.push({ kind: 'priority-no-measure', subject: p.problem.label, place: { sheet: T.measures.sheet, field: T.measures.field, row: 0, column: T.measures.problem } });
  }
  return gaps;
}

/** The problems ids that are prioritised now. */
const prioritisedIds = (chain: Chain) => new Set(chain.priorities.filter((p) => p.prioritised && p.problem.state === 'ok').map((p) => p.problem.id!));

/**
 * What a reference column offers: the rows the reader entered earlier in the arbetsyta. Problems
 * come prioritised first (in Orsaksanalys and Åtgärdsplan), causes grouped under their problem.
 */
export function refOptions(chain: Chain, target: RefTarget, groups: { prioritised: string; other: string; noProblem: string }, groupProblems = true): OptionGroup[] {
  if (target === 'problem') {
    const all = chain.problems.filter((p) => p.id).map((p) => ({ id: p.id!, label: p.label }));
    if (!groupProblems) return [{ label: undefined, options: all }];
    const chosen = prioritisedIds(chain);
    const first = all.filter((o) => chosen.has(o.id));
    if (!first.length) return [{ label: undefined, options: all }];
    return [
      { label: groups.prioritised, options: first },
      { label: groups.other, options: all.filter((o) => !chosen.has(o.id)) },
    ].filter((g) => g.options.length);
  }
  if (target === 'cause') {
    const byProblem = new Map<string, OptionGroup>();
    for (const c of chain.causes) {
      if (!c.id || !c.label) continue;
      const key = c.problem.state === 'ok' ? c.problem.label : groups.noProblem;
      if (!byProblem.has(key)) byProblem.set(key, { label: key, options: [] });
      byProblem.get(key)!.options.push({ id: c.id, label: c.label });
    }
    return [...byProblem.values()];
  }
  return [{ label: undefined, options: chain.measures.filter((m) => m.id && m.label).map((m) => ({ id: m.id!, label: m.label })) }];
}
