/**
 * Arbetsytor and their answers on top of the Store. Every operation reads what is stored now and
 * writes back only its own change, so two tabs never put back each other's stale copies:
 *
 * - saveFields writes only the fields this tab changed, into the answers stored now;
 * - create/rename/remove change one entry of the list stored now;
 * - answers of an arbetsyta that another tab deleted are not written (reason 'gone'), so nothing is
 *   saved where the reader can no longer reach it.
 *
 * Which arbetsyta a tab shows is the tab's own; the list keeps the last one chosen, for new tabs.
 */
import { wst } from '../../i18n/worksheet';
import { sst } from '../../i18n/storage';
import { answersKey, KEYS, statistikKey } from './keys';
import { LIMITS } from './limits';
import * as v from 'valibot';
import { SHAPES, fieldValue, type WorkspaceAnswersData, type WorkspaceListData } from './schemas';
import type { Store, Written } from './store';
import type { FieldValue } from '../worksheet-data';

export interface Workspace {
  id: string;
  name: string;
  created: string;
}

export type Saved<T = undefined> = Written<T> | { ok: false; reason: 'gone' | 'invalid'; message?: string };

/** The id of the arbetsyta a first visit starts in. */
export const FIRST_ID = 'ay-forsta';
const newId = () => `ay-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
const emptyAnswers = (): WorkspaceAnswersData => ({ version: 1, worksheets: {} });

/** "Min arbetsyta" → "Min arbetsyta (2)" when the name is taken (case-insensitive). */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim().slice(0, LIMITS.name) || wst('worksheet.workspace.new');
  const used = new Set(taken.map((n) => n.toLocaleLowerCase('sv')));
  if (!used.has(base.toLocaleLowerCase('sv'))) return base;
  for (let n = 2; ; n++) {
    const candidate = sst('storage.name.copy', { name: base.slice(0, LIMITS.name - 6), n });
    if (!used.has(candidate.toLocaleLowerCase('sv'))) return candidate;
  }
}

/** Checks one field value against the limits; the message names the problem for the reader. */
export function checkField(value: FieldValue, where: string): string | undefined {
  const result = v.safeParse(fieldValue, value, { abortEarly: true });
  return result.success ? undefined : `${where}: ${result.issues[0].message}`;
}

export class Worksheets {
  constructor(private readonly store: Store) {}

  /** The stored list; when there is none (first visit, or it was unreadable), one made from the answers found. */
  private listData(): WorkspaceListData {
    const stored = this.store.read(KEYS.workspaces, SHAPES.workspaces);
    if (stored) return stored;
    // Recover arbetsytor whose answers survive even if the list did not.
    const orphans = this.store.keys(KEYS.answersPrefix).map((k, i) => ({
      id: k.slice(KEYS.answersPrefix.length),
      name: i === 0 ? wst('worksheet.workspace.default') : wst('worksheet.workspace.recovered', { n: i + 1 }),
      created: new Date().toISOString(),
    }));
    // The first arbetsyta has a fixed id, so tabs opened before anything is stored agree on it.
    const list = orphans.length ? orphans : [{ id: FIRST_ID, name: wst('worksheet.workspace.default'), created: new Date(0).toISOString() }];
    return { version: 1, current: list[0]!.id, list };
  }

  /** Stores the list if none is (written on first use, not on first look: a visit alone writes nothing). */
  private ensureList(): Written<WorkspaceListData | undefined> {
    const fallback = this.listData();
    return this.store.update(KEYS.workspaces, SHAPES.workspaces, (current) => (current ? undefined : fallback));
  }

  list(): Workspace[] {
    return this.listData().list;
  }

  /** The arbetsyta chosen last (in any tab), for a tab that opens. */
  lastUsed(): Workspace {
    const data = this.listData();
    return data.list.find((w) => w.id === data.current) ?? data.list[0]!;
  }

  find(id: string): Workspace | undefined {
    return this.list().find((w) => w.id === id);
  }

  private changeList(change: (data: WorkspaceListData) => WorkspaceListData | undefined): Written<WorkspaceListData | undefined> {
    const fallback = this.listData();
    return this.store.update(KEYS.workspaces, SHAPES.workspaces, (current) => change(structuredClone(current ?? fallback)));
  }

  choose(id: string): Written<WorkspaceListData | undefined> {
    return this.changeList((data) => (data.list.some((w) => w.id === id) && data.current !== id ? { ...data, current: id } : undefined));
  }

  create(name: string): Written<Workspace> {
    let created: Workspace | undefined;
    const result = this.changeList((data) => {
      if (data.list.length >= LIMITS.entries) return undefined;
      created = { id: newId(), name: uniqueName(name, data.list.map((w) => w.name)), created: new Date().toISOString() };
      return { ...data, current: created.id, list: [...data.list, created] };
    });
    if (!result.ok) return result;
    return created ? { ok: true, value: created } : { ok: false, reason: 'full' };
  }

  rename(id: string, name: string): Saved<Workspace> {
    let renamed: Workspace | undefined;
    const result = this.changeList((data) => {
      const target = data.list.find((w) => w.id === id);
      if (!target) return undefined;
      renamed = { ...target, name: uniqueName(name, data.list.filter((w) => w.id !== id).map((w) => w.name)) };
      return { ...data, list: data.list.map((w) => (w.id === id ? renamed! : w)) };
    });
    if (!result.ok) return result;
    return renamed ? { ok: true, value: renamed } : { ok: false, reason: 'gone' };
  }

  /** Deletes an arbetsyta, its answers and its statistics (after the reader confirmed). The list keeps at least one. */
  remove(id: string): Written<Workspace[]> {
    const result = this.changeList((data) => {
      const list = data.list.filter((w) => w.id !== id);
      if (list.length === 0) list.push({ id: newId(), name: wst('worksheet.workspace.default'), created: new Date().toISOString() });
      return { ...data, current: list.some((w) => w.id === data.current) ? data.current : list[0]!.id, list };
    });
    if (!result.ok) return result;
    // The answers go only after the list no longer points at them; a failure here leaves an orphan that the next load recovers.
    this.store.remove(answersKey(id));
    this.store.remove(statistikKey(id));
    return { ok: true, value: result.value!.list };
  }

  answers(id: string): WorkspaceAnswersData {
    return this.store.read(answersKey(id), SHAPES.answers) ?? emptyAnswers();
  }

  /**
   * Writes the given fields of one worksheet into what is stored now; other fields and other worksheets
   * stay as stored. Refuses (and writes nothing) when the arbetsyta is gone or a value is over a limit.
   */
  saveFields(id: string, sheet: string, fields: Record<string, FieldValue>, now: Date = new Date()): Saved<WorkspaceAnswersData> {
    if (!this.find(id)) return { ok: false, reason: 'gone' };
    for (const [field, value] of Object.entries(fields)) {
      const problem = checkField(value, `${sheet}.${field}`);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
    }
    const listed = this.ensureList();
    if (!listed.ok) return listed;
    const result = this.store.update(answersKey(id), SHAPES.answers, (current) => {
      const data = current ?? emptyAnswers();
      const before = data.worksheets[sheet];
      data.worksheets[sheet] = { updated: now.toISOString(), fields: { ...before?.fields, ...fields } };
      return data;
    });
    return result.ok ? { ok: true, value: result.value! } : result;
  }

  /** Removes one worksheet's answers from an arbetsyta ("Töm bladet"). */
  clearSheet(id: string, sheet: string): Saved<WorkspaceAnswersData> {
    if (!this.find(id)) return { ok: false, reason: 'gone' };
    const result = this.store.update(answersKey(id), SHAPES.answers, (current) => {
      if (!current?.worksheets[sheet]) return undefined;
      delete current.worksheets[sheet];
      return current;
    });
    return result.ok ? { ok: true, value: result.value ?? emptyAnswers() } : result;
  }

  /** Writes a whole answers record (an import the reader chose), after checking it against the schema. */
  replaceAnswers(id: string, data: WorkspaceAnswersData): Saved<WorkspaceAnswersData> {
    if (!this.find(id)) return { ok: false, reason: 'gone' };
    const listed = this.ensureList();
    if (!listed.ok) return listed;
    try {
      SHAPES.answers.parse(data);
    } catch (error) {
      return { ok: false, reason: 'invalid', message: (error as Error).message };
    }
    const written = this.store.write(answersKey(id), data);
    return written.ok ? { ok: true, value: data } : written;
  }
}
