/**
 * Workshop mode, the pure part: the exercise data the pages publish (/workshop/data.json), saved
 * workshops and their items, the flat list of steps a run goes through, and parsing of stored data.
 * Browser code (src/client/workshop/) only wires these to the DOM, localStorage and BroadcastChannel.
 *
 * Timer math lives in workshop-timer.ts, the run's state and reducer in workshop-run.ts and the
 * documentation export in workshop-doc.ts.
 */
import { agendaSlots, formatSlot, parseClock, totalMinutes, type AgendaSlot } from './agenda';
import type { WorkshopPage } from './urls';
import { wt } from '../i18n/workshop';

/** One timed step of an exercise as published in data.json. */
export interface ExerciseStepInfo {
  title: string;
  minutes: number;
  /** What participants see (the projector may show it). */
  instructions: string;
  /** Facilitator notes: never sent to the projector. */
  facilitator: string;
}

/** An exercise as published in data.json: what the runner, the builder and the print view need. */
export interface ExerciseInfo {
  id: string;
  title: string;
  summary: string;
  /** Process step 1–5. */
  step: number;
  /** Sum of the step minutes. */
  minutes: number;
  purpose: string;
  outcome: string;
  groupSize: string;
  participants: string[];
  materials: string[];
  preparation: string[];
  worksheets: { id: string; title: string }[];
  steps: ExerciseStepInfo[];
}

/** The whole of /workshop/data.json. */
export interface WorkshopData {
  version: 1;
  /** The site's canonical origin, for printed links (https://samverkanshandboken.se). */
  site: string;
  exercises: ExerciseInfo[];
}

/** An entry in a workshop's agenda. `key` is stable across reordering (group notes are stored by it). */
export type WorkshopItem =
  /** `stepMinutes`: the facilitator's own length for each step, when changed in the builder. */
  | { key: string; kind: 'exercise'; exerciseId: string; stepMinutes?: number[] | undefined }
  | { key: string; kind: 'break'; title: string; minutes: number }
  | { key: string; kind: 'custom'; title: string; minutes: number; text: string };

export type ItemKind = WorkshopItem['kind'];

/** A workshop saved on the device. */
export interface SavedWorkshop {
  id: string;
  name: string;
  /** YYYY-MM-DD, or '' when not chosen. */
  date: string;
  /** HH:MM (24 h). */
  start: string;
  items: WorkshopItem[];
  /** ISO time of the last save. */
  updated: string;
}

/** What the builder edits: a new workshop (id null) or a saved one being changed. */
export interface WorkshopDraft {
  id: string | null;
  name: string;
  date: string;
  start: string;
  items: WorkshopItem[];
  /** Changed since the last save. */
  dirty: boolean;
}

/** What a run plays: one exercise (?ovning=) or a saved workshop (?workshop=). */
export type RunSource = { kind: 'ovning'; id: string } | { kind: 'workshop'; id: string };

/** Longest break or custom item, in minutes. */
export const MAX_ITEM_MINUTES = 480;
export const DEFAULT_START = '09:00';

// ---------------------------------------------------------------------------------------------------
// Sources and URLs

const SOURCE_KEYS = ['ovning', 'workshop'] as const;

/**
 * The run source from a page URL. Both `?ovning=<id>` and `#ovning=<id>` work (likewise `workshop`):
 * the hash form is what the workshop pages link to, because the service worker serves precached pages
 * only for query strings it knows, and a fragment never reaches it.
 */
export function sourceFromUrl(url: URL): RunSource | undefined {
  const params = [url.searchParams, new URLSearchParams(url.hash.slice(1))];
  for (const p of params) {
    for (const kind of SOURCE_KEYS) {
      const id = p.get(kind)?.trim();
      if (id && /^[a-z0-9][a-z0-9-]{0,80}$/.test(id)) return { kind, id };
    }
  }
  return undefined;
}

/** A parameter from the query or the hash (`?lagg-till=x` or `#lagg-till=x`). */
export function urlParam(url: URL, name: string): string | undefined {
  return url.searchParams.get(name) ?? new URLSearchParams(url.hash.slice(1)).get(name) ?? undefined;
}

/** "ovning:prioritering-av-problem": the key a run's state is stored under. */
export function sourceKey(source: RunSource): string {
  return `${source.kind}:${source.id}`;
}

/** Link to a workshop page for a source, e.g. workshopHref(urls.workshopRun, src) → "/workshop/kor/#workshop=w-1a2b". */
export function workshopHref(path: WorkshopPage, source: RunSource): string {
  return `${path}#${source.kind}=${encodeURIComponent(source.id)}`;
}

// ---------------------------------------------------------------------------------------------------
// Items and agenda

/**
 * The minutes of each step of an exercise item: the builder's own lengths where the facilitator changed
 * them (only when they still match the exercise's step count), otherwise the exercise's.
 */
export function stepMinutesOf(item: Extract<WorkshopItem, { kind: 'exercise' }>, ex: ExerciseInfo): number[] {
  const own = item.stepMinutes;
  return ex.steps.map((s, i) => (own && own.length === ex.steps.length ? own[i]! : s.minutes));
}

/** The item with one step's length changed (an exercise) or its own length changed (a break or custom item). */
export function withMinutes(item: WorkshopItem, minutes: number, ex?: ExerciseInfo, stepIndex = 0): WorkshopItem {
  if (item.kind !== 'exercise') return { ...item, minutes };
  if (!ex || stepIndex < 0 || stepIndex >= ex.steps.length) return item;
  const stepMinutes = stepMinutesOf(item, ex);
  stepMinutes[stepIndex] = minutes;
  const same = stepMinutes.every((m, i) => m === ex.steps[i]!.minutes);
  const { stepMinutes: _old, ...rest } = item;
  return same ? rest : { ...rest, stepMinutes };
}

/** Minutes an item takes (an exercise: the sum of its steps; 0 for an unknown exercise). */
export function itemMinutes(item: WorkshopItem, exercises: ReadonlyMap<string, ExerciseInfo>): number {
  if (item.kind === 'exercise') {
    const ex = exercises.get(item.exerciseId);
    return ex ? stepMinutesOf(item, ex).reduce((sum, m) => sum + m, 0) : 0;
  }
  return item.minutes;
}

/** Reader-facing title of an item. */
export function itemTitle(item: WorkshopItem, exercises: ReadonlyMap<string, ExerciseInfo>): string {
  if (item.kind === 'exercise') return exercises.get(item.exerciseId)?.title ?? item.exerciseId;
  return item.title;
}

export function exerciseMap(data: Pick<WorkshopData, 'exercises'>): Map<string, ExerciseInfo> {
  return new Map(data.exercises.map((e) => [e.id, e]));
}

/** One row of a workshop's agenda with clock times. */
export interface AgendaRow {
  item: WorkshopItem;
  title: string;
  minutes: number;
  slot: AgendaSlot;
  /** "09:00–09:45". */
  time: string;
}

/** The agenda with start and end times; items whose exercise no longer exists are left out. */
export function workshopAgenda(w: Pick<SavedWorkshop, 'start' | 'items'>, exercises: ReadonlyMap<string, ExerciseInfo>): AgendaRow[] {
  const items = w.items.filter((i) => i.kind !== 'exercise' || exercises.has(i.exerciseId));
  const minutes = items.map((i) => ({ minutes: itemMinutes(i, exercises) }));
  const slots = agendaSlots(parseClock(w.start) ?? parseClock(DEFAULT_START)!, minutes);
  return items.map((item, i) => ({ item, title: itemTitle(item, exercises), minutes: minutes[i]!.minutes, slot: slots[i]!, time: formatSlot(slots[i]!) }));
}

/** Immutable list helpers for the builder. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved!);
  return copy;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A short random id ("w-3f9a1c2e"); `random` is injectable for tests. */
export function newId(prefix: string, random: () => string = () => crypto.randomUUID()): string {
  return `${prefix}-${random().replace(/-/g, '').slice(0, 10)}`;
}

/** Clamps a typed duration to 1–480 whole minutes (undefined when not a number). */
export function parseMinutes(text: string): number | undefined {
  const n = Math.round(Number(text.replace(',', '.')));
  if (!text.trim() || !Number.isFinite(n)) return undefined;
  return Math.min(MAX_ITEM_MINUTES, Math.max(1, n));
}

/** Counts for a saved-workshop summary: "3 övningar, 1 paus". */
export function itemCounts(items: readonly WorkshopItem[]): Record<ItemKind, number> {
  const counts: Record<ItemKind, number> = { exercise: 0, break: 0, custom: 0 };
  for (const i of items) counts[i.kind]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// The flat list of steps a run goes through

/** One screen of a run: an exercise step, a break or a custom item. */
export interface RunStep {
  /** Stable key group notes are stored under: "<itemKey>:<stepIndex>". */
  key: string;
  itemKey: string;
  itemIndex: number;
  itemKind: ItemKind;
  itemTitle: string;
  /** Index within its item and the item's step count (1 for a break or custom item). */
  stepIndex: number;
  stepCount: number;
  title: string;
  minutes: number;
  instructions: string;
  facilitator: string;
}

/** One agenda entry of a run (an exercise or a break/custom item). */
export interface RunItem {
  key: string;
  kind: ItemKind;
  title: string;
  minutes: number;
  exerciseId?: string | undefined;
  /** Index of the item's first step in `steps`. */
  firstStep: number;
}

/** Everything a run plays, built from data.json and (for a workshop) the saved workshop. */
export interface RunPlan {
  source: RunSource;
  title: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** HH:MM when the workshop has a start time; '' for a single exercise. */
  start: string;
  items: RunItem[];
  steps: RunStep[];
  /** Exercise ids the workshop refers to that data.json no longer has. */
  missing: string[];
}

export const BREAK_INSTRUCTIONS = wt('break.instructions');

/** `minutes`: the builder's own step lengths; without them, the exercise's. */
function exerciseSteps(ex: ExerciseInfo, itemKey: string, itemIndex: number, minutes?: readonly number[]): RunStep[] {
  return ex.steps.map((s, i) => ({
    key: `${itemKey}:${i}`,
    itemKey,
    itemIndex,
    itemKind: 'exercise',
    itemTitle: ex.title,
    stepIndex: i,
    stepCount: ex.steps.length,
    title: s.title,
    minutes: minutes?.[i] ?? s.minutes,
    instructions: s.instructions,
    facilitator: s.facilitator,
  }));
}

/** The plan for running one exercise. */
export function exercisePlan(ex: ExerciseInfo): RunPlan {
  const steps = exerciseSteps(ex, ex.id, 0);
  return {
    source: { kind: 'ovning', id: ex.id },
    title: ex.title,
    date: '',
    start: '',
    items: [{ key: ex.id, kind: 'exercise', title: ex.title, minutes: totalMinutes(ex.steps), exerciseId: ex.id, firstStep: 0 }],
    steps,
    missing: [],
  };
}

/** The plan for running a saved workshop: its items in order, each exercise expanded into its steps. */
export function workshopPlan(w: SavedWorkshop, exercises: ReadonlyMap<string, ExerciseInfo>): RunPlan {
  const items: RunItem[] = [];
  const steps: RunStep[] = [];
  const missing: string[] = [];
  for (const item of w.items) {
    const itemIndex = items.length;
    if (item.kind === 'exercise') {
      const ex = exercises.get(item.exerciseId);
      if (!ex) {
        missing.push(item.exerciseId);
        continue;
      }
      const minutes = stepMinutesOf(item, ex);
      items.push({ key: item.key, kind: 'exercise', title: ex.title, minutes: minutes.reduce((sum, m) => sum + m, 0), exerciseId: ex.id, firstStep: steps.length });
      steps.push(...exerciseSteps(ex, item.key, itemIndex, minutes));
    } else {
      items.push({ key: item.key, kind: item.kind, title: item.title, minutes: item.minutes, firstStep: steps.length });
      steps.push({
        key: `${item.key}:0`,
        itemKey: item.key,
        itemIndex,
        itemKind: item.kind,
        itemTitle: item.title,
        stepIndex: 0,
        stepCount: 1,
        title: item.title,
        minutes: item.minutes,
        instructions: item.kind === 'break' ? BREAK_INSTRUCTIONS : item.text,
        facilitator: '',
      });
    }
  }
  return { source: { kind: 'workshop', id: w.id }, title: w.name, date: w.date, start: w.start, items, steps, missing };
}

/** Planned clock time ("09:45") at which each step starts, or [] when the plan has no start time. */
export function stepClockTimes(plan: RunPlan): AgendaSlot[] {
  const start = parseClock(plan.start);
  return start === undefined ? [] : agendaSlots(start, plan.steps);
}

// ---------------------------------------------------------------------------------------------------
// Parsing stored data (localStorage is user-controlled: never trust its shape)

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 2000): string => (typeof v === 'string' ? v.slice(0, max) : '');
const finite = (v: unknown): v is number => Number.isFinite(v);
const minutesOf = (v: unknown): number | undefined => (finite(v) ? Math.min(MAX_ITEM_MINUTES, Math.max(1, Math.round(v))) : undefined);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function parseItem(raw: unknown): WorkshopItem | undefined {
  if (!isRecord(raw)) return undefined;
  const key = str(raw['key'], 80);
  if (!key) return undefined;
  if (raw['kind'] === 'exercise') {
    const exerciseId = str(raw['exerciseId'], 120);
    if (!exerciseId) return undefined;
    // Own step lengths are kept only when every one is a valid length; otherwise the exercise's apply.
    const own = Array.isArray(raw['stepMinutes']) ? raw['stepMinutes'].map(minutesOf) : undefined;
    const stepMinutes = own && own.length > 0 && own.every((m) => m !== undefined) ? (own as number[]) : undefined;
    return stepMinutes ? { key, kind: 'exercise', exerciseId, stepMinutes } : { key, kind: 'exercise', exerciseId };
  }
  const minutes = minutesOf(raw['minutes']);
  if (minutes === undefined) return undefined;
  if (raw['kind'] === 'break') return { key, kind: 'break', title: str(raw['title'], 200) || wt('kind.break'), minutes };
  if (raw['kind'] === 'custom') {
    const title = str(raw['title'], 200);
    return title ? { key, kind: 'custom', title, minutes, text: str(raw['text'], 4000) } : undefined;
  }
  return undefined;
}

function parseItems(raw: unknown): WorkshopItem[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const items: WorkshopItem[] = [];
  for (const r of raw) {
    const item = parseItem(r);
    if (item && !seen.has(item.key)) {
      seen.add(item.key);
      items.push(item);
    }
  }
  return items;
}

function parseWorkshopFields(raw: Record<string, unknown>): Omit<SavedWorkshop, 'id' | 'updated'> {
  const date = str(raw['date'], 10);
  const start = str(raw['start'], 5);
  return {
    name: str(raw['name'], 200),
    date: DATE_RE.test(date) ? date : '',
    start: parseClock(start) === undefined ? DEFAULT_START : start,
    items: parseItems(raw['items']),
  };
}

/** The saved workshops from stored JSON ({ v: 1, workshops: [...] }); broken entries are dropped. */
export function parseSavedWorkshops(raw: unknown): SavedWorkshop[] {
  if (!isRecord(raw) || raw['v'] !== 1 || !Array.isArray(raw['workshops'])) return [];
  const out: SavedWorkshop[] = [];
  for (const w of raw['workshops']) {
    if (!isRecord(w)) continue;
    const id = str(w['id'], 80);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || out.some((o) => o.id === id)) continue;
    out.push({ id, ...parseWorkshopFields(w), updated: str(w['updated'], 40) });
  }
  return out;
}

/** The builder's draft from stored JSON ({ v: 1, draft: {...} }), or undefined. */
export function parseDraft(raw: unknown): WorkshopDraft | undefined {
  if (!isRecord(raw) || raw['v'] !== 1 || !isRecord(raw['draft'])) return undefined;
  const d = raw['draft'];
  const id = typeof d['id'] === 'string' && d['id'] ? d['id'] : null;
  return { id, ...parseWorkshopFields(d), dirty: d['dirty'] === true };
}

/** A new, empty draft. `today` is YYYY-MM-DD. */
export function emptyDraft(today: string): WorkshopDraft {
  return { id: null, name: '', date: today, start: DEFAULT_START, items: [], dirty: false };
}

/** A draft for editing a saved workshop. */
export function draftOf(w: SavedWorkshop): WorkshopDraft {
  return { id: w.id, name: w.name, date: w.date, start: w.start, items: w.items.map((i) => ({ ...i })), dirty: false };
}

/** Saves a draft into the list: replaces the workshop with the same id, or adds it with `id`. */
export function saveDraft(list: readonly SavedWorkshop[], draft: WorkshopDraft, id: string, updated: string, fallbackName: string): SavedWorkshop[] {
  const saved: SavedWorkshop = { id, name: draft.name.trim() || fallbackName, date: draft.date, start: draft.start, items: draft.items, updated };
  const at = list.findIndex((w) => w.id === id);
  if (at === -1) return [...list, saved];
  return list.map((w, i) => (i === at ? saved : w));
}

/** Local date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "2025-03-04" → "tisdag 4 mars 2025"; '' stays ''. */
export function formatLongDate(date: string): string {
  if (!DATE_RE.test(date)) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
