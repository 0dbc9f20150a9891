/**
 * Workshop data on the device, through the storage layer (src/shared/storage/workshops.ts; keys in
 * src/shared/storage/keys.ts). Saving changes one workshop in the list stored now; runs merge notes per
 * step. Writes return what storage holds afterwards, or undefined when it refused (full or blocked).
 */
import { Workshops } from '../../shared/storage/workshops';
import type { RunSource, RunStep, SavedWorkshop, WorkshopDraft } from '../../shared/workshop';
import type { RunState } from '../../shared/workshop-run';
import { askPersistence, showProblems, storeOrBlocked } from '../storage/index';

const store = storeOrBlocked();
export const workshops = new Workshops(store);

export function loadSaved(): SavedWorkshop[] {
  return workshops.saved();
}

/** Adds or replaces one workshop; the stored list afterwards, or undefined when storage refused. */
export function putSaved(workshop: SavedWorkshop): SavedWorkshop[] | undefined {
  askPersistence();
  const result = workshops.put(workshop);
  return result.ok ? result.value : undefined;
}

export function deleteSaved(id: string): SavedWorkshop[] | undefined {
  const result = workshops.remove(id);
  return result.ok ? result.value : undefined;
}

export function loadDraft(): WorkshopDraft | undefined {
  return workshops.draft();
}

export function storeDraft(draft: WorkshopDraft): boolean {
  return workshops.storeDraft(draft).ok;
}

export function hasRun(source: RunSource): boolean {
  return workshops.hasRun(source);
}

export function loadRun(source: RunSource, steps: readonly Pick<RunStep, 'minutes'>[], date: string): RunState {
  return workshops.run(source, steps, date);
}

/** Stores a run, taking from `state` only the note of `noteKey` (others stay as stored); the stored state, or undefined. */
export function storeRun(source: RunSource, state: RunState, noteKey?: string): RunState | undefined {
  askPersistence();
  const result = workshops.storeRun(source, state, noteKey);
  return result.ok ? result.value : undefined;
}

export function removeRun(source: RunSource): void {
  workshops.removeRun(source);
}

/** Shows unreadable workshop data (kept aside) with its download, in a notice element. */
export function reportProblems(box: HTMLElement): void {
  showProblems(box, store);
}

export { store };
