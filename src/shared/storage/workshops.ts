/**
 * Saved workshops, the builder's draft and runs (with their notes) on top of the Store. Saving writes
 * one workshop into the list stored now (another tab's workshops stay); a run's notes are merged per
 * step, so two runner tabs never erase each other's notes.
 */
import { sst } from '../../i18n/storage';
import { parseDraft, parseSavedWorkshops, sourceKey, type RunSource, type RunStep, type SavedWorkshop, type WorkshopDraft } from '../workshop';
import { parseRunState, type RunState } from '../workshop-run';
import { KEYS, runKey } from './keys';
import { LIMITS } from './limits';
import { SHAPES } from './schemas';
import type { Store, Written } from './store';

export const WORKSHOPS_FORMAT = 'samverkanshandboken-workshoppar';

type Envelope = { v: 1; workshops: { id: string }[] };

export class Workshops {
  constructor(private readonly store: Store) {}

  saved(): SavedWorkshop[] {
    return parseSavedWorkshops(this.store.read(KEYS.workshops, SHAPES.workshops));
  }

  private change(edit: (list: SavedWorkshop[]) => SavedWorkshop[] | undefined): Written<SavedWorkshop[]> {
    let next: SavedWorkshop[] = [];
    const result = this.store.update(KEYS.workshops, SHAPES.workshops, (current) => {
      const edited = edit(parseSavedWorkshops(current));
      if (!edited) return undefined;
      next = edited;
      return { v: 1, workshops: edited } as Envelope as NonNullable<typeof current>;
    });
    return result.ok ? { ok: true, value: result.value ? parseSavedWorkshops(result.value) : next } : result;
  }

  /** Adds or replaces one workshop (by id) in the list stored now. */
  put(workshop: SavedWorkshop): Written<SavedWorkshop[]> {
    return this.change((list) => {
      const at = list.findIndex((w) => w.id === workshop.id);
      return at === -1 ? [...list, workshop] : list.map((w, i) => (i === at ? workshop : w));
    });
  }

  /** Adds workshops from a file; an id already used gets a new one, so nothing stored is replaced. */
  add(workshops: SavedWorkshop[]): Written<SavedWorkshop[]> {
    return this.change((list) => {
      const ids = new Set(list.map((w) => w.id));
      const added = workshops.map((w) => {
        let id = w.id;
        while (ids.has(id)) id = `${w.id.slice(0, 60)}-${Math.random().toString(36).slice(2, 6)}`;
        ids.add(id);
        return { ...w, id };
      });
      return [...list, ...added];
    });
  }

  remove(id: string): Written<SavedWorkshop[]> {
    return this.change((list) => (list.some((w) => w.id === id) ? list.filter((w) => w.id !== id) : undefined));
  }

  draft(): WorkshopDraft | undefined {
    return parseDraft(this.store.read(KEYS.draft, SHAPES.draft));
  }

  /**
   * Changes the builder's draft as stored now, not a copy this tab loaded: `edit` gets the stored draft
   * (or `fallback` when none is stored) and returns the next one, so an item another builder tab added
   * a moment ago stays. Returns the draft as stored afterwards.
   */
  editDraft(fallback: WorkshopDraft, edit: (current: WorkshopDraft) => WorkshopDraft): Written<WorkshopDraft> {
    let next = fallback;
    const result = this.store.update(KEYS.draft, SHAPES.draft, (current) => {
      next = edit(parseDraft(current) ?? fallback);
      return { v: 1, draft: next } as unknown as NonNullable<typeof current>;
    });
    return result.ok ? { ok: true, value: next } : result;
  }

  hasRun(source: RunSource): boolean {
    return this.store.raw(runKey(sourceKey(source))) !== null;
  }

  run(source: RunSource, steps: readonly Pick<RunStep, 'minutes'>[], date: string): RunState {
    return parseRunState(this.store.read(runKey(sourceKey(source)), SHAPES.run), steps, date);
  }

  /**
   * Stores a run. Notes are merged into the notes stored now: only `noteKey` (the step this tab's
   * reader typed in) is taken from `state`; every other step's note stays as stored. Returns the
   * state as stored, which the caller adopts.
   */
  storeRun(source: RunSource, state: RunState, noteKey?: string): Written<RunState> {
    let merged = state;
    const result = this.store.update(runKey(sourceKey(source)), SHAPES.run, (current) => {
      const notes: Record<string, string> = { ...((current?.notes as Record<string, string> | undefined) ?? state.notes) };
      if (noteKey !== undefined) {
        const text = state.notes[noteKey];
        if (text) notes[noteKey] = text;
        else delete notes[noteKey];
      }
      merged = { ...state, notes };
      return merged as unknown as NonNullable<typeof current>;
    });
    return result.ok ? { ok: true, value: merged } : result;
  }

  removeRun(source: RunSource): Written {
    return this.store.remove(runKey(sourceKey(source)));
  }
}

export interface WorkshopsFile {
  format: typeof WORKSHOPS_FORMAT;
  version: 1;
  exported: string;
  workshops: SavedWorkshop[];
}

export function buildWorkshopsFile(workshops: SavedWorkshop[], now: Date): WorkshopsFile {
  return { format: WORKSHOPS_FORMAT, version: 1, exported: now.toISOString(), workshops };
}

/** Reads a workshops file; throws Error with the reader-facing reason. */
export function readWorkshopsFile(text: string, byteLength: number): SavedWorkshop[] {
  if (byteLength > LIMITS.importBytes) throw new Error(sst('storage.all.refused', { reason: sst('storage.reason.tooLarge', { size: `${LIMITS.importBytes / 1024} kB` }) }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(sst('storage.workshops.notFile'));
  }
  const f = raw as Partial<WorkshopsFile> | null;
  if (!f || typeof f !== 'object' || f.format !== WORKSHOPS_FORMAT || f.version !== 1 || !Array.isArray(f.workshops)) throw new Error(sst('storage.workshops.notFile'));
  if (f.workshops.length > LIMITS.entries) throw new Error(sst('storage.import.tooMany', { n: f.workshops.length, max: LIMITS.entries }));
  return parseSavedWorkshops({ v: 1, workshops: f.workshops });
}
