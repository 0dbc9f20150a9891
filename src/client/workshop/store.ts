/**
 * Workshop data saved on the device (localStorage; nothing leaves the device). Keys and shapes:
 *
 *   hb-workshop-saved            { v: 1, workshops: SavedWorkshop[] }      the saved workshops
 *   hb-workshop-draft            { v: 1, draft: WorkshopDraft }            what the builder is editing
 *   hb-workshop-run:<kind>:<id>  RunState (v: 1)                           a run of an exercise or workshop
 *
 * Shapes are defined in src/lib/workshop.ts and src/lib/workshop-run.ts, which also parse stored data
 * defensively (anything unreadable is dropped, never thrown). A future v2 migrates in those parsers.
 */
import { parseDraft, parseSavedWorkshops, sourceKey, type RunSource, type SavedWorkshop, type WorkshopDraft } from '../../lib/workshop';
import { parseRunState, type RunState } from '../../lib/workshop-run';
import type { RunStep } from '../../lib/workshop';

const SAVED = 'hb-workshop-saved';
const DRAFT = 'hb-workshop-draft';
const RUN = 'hb-workshop-run:';

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes JSON; false when storage is full or unavailable. */
function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function loadSaved(): SavedWorkshop[] {
  return parseSavedWorkshops(read(SAVED));
}

export function storeSaved(workshops: SavedWorkshop[]): boolean {
  return write(SAVED, { v: 1, workshops });
}

export function loadDraft(): WorkshopDraft | undefined {
  return parseDraft(read(DRAFT));
}

export function storeDraft(draft: WorkshopDraft): boolean {
  return write(DRAFT, { v: 1, draft });
}

export function hasRun(source: RunSource): boolean {
  return read(RUN + sourceKey(source)) !== undefined;
}

export function loadRun(source: RunSource, steps: readonly Pick<RunStep, 'minutes'>[], date: string): RunState {
  return parseRunState(read(RUN + sourceKey(source)), steps, date);
}

export function storeRun(source: RunSource, state: RunState): boolean {
  return write(RUN + sourceKey(source), state);
}

export function removeRun(source: RunSource): void {
  try {
    localStorage.removeItem(RUN + sourceKey(source));
  } catch {
    /* storage unavailable: nothing to remove */
  }
}
