/** Resolves a run source (exercise or saved workshop) into a RunPlan, or a reader-facing error. */
import { exercisePlan, sourceFromUrl, workshopPlan, type RunPlan, type RunSource, type SavedWorkshop } from '../../shared/workshop';
import { wt } from '../../i18n/workshop';
import { loadExercises } from './data';
import { showNotice } from './dom';
import { loadSaved } from './store';

export type PlanResult = { ok: true; plan: RunPlan; workshop?: SavedWorkshop | undefined } | { ok: false; error: string };

export async function loadPlan(source: RunSource): Promise<PlanResult> {
  let exercises;
  try {
    ({ exercises } = await loadExercises());
  } catch {
    return { ok: false, error: wt('error.data') };
  }
  if (source.kind === 'ovning') {
    const ex = exercises.get(source.id);
    return ex ? { ok: true, plan: exercisePlan(ex) } : { ok: false, error: wt('error.exercise', { id: source.id }) };
  }
  const workshop = loadSaved().find((w) => w.id === source.id);
  if (!workshop) return { ok: false, error: wt('error.workshop') };
  const plan = workshopPlan(workshop, exercises);
  if (plan.steps.length === 0) return { ok: false, error: wt('error.empty') };
  return { ok: true, plan, workshop };
}

/**
 * Moves ?ovning=/?workshop= into the hash (/workshop/kor/?ovning=x → /workshop/kor/#ovning=x), so a
 * reload works offline too: the service worker answers precached pages for the bare path.
 */
export function canonicaliseUrl(source: RunSource): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(source.kind)) return;
  url.searchParams.delete(source.kind);
  url.hash = `${source.kind}=${encodeURIComponent(source.id)}`;
  history.replaceState(history.state, '', url);
}

/** Same-page links that only change the hash (#ovning=a → #workshop=b) load the new source. */
export function reloadOnHashChange(): void {
  window.addEventListener('hashchange', () => location.reload());
}

export type PagePlan =
  | { status: 'none' }
  | { status: 'failed' }
  | { status: 'ok'; source: RunSource; plan: RunPlan; workshop?: SavedWorkshop | undefined };

/**
 * How every page that shows one plan starts (runner, print view, documentation): the plan named in the
 * address, loaded with the page's loading note shown, the address made reload-safe offline, and a failure
 * reported in `errorBox`. 'none' means the address names no plan: the page offers a choice instead.
 */
export async function openPagePlan(loading: HTMLElement, errorBox: HTMLElement): Promise<PagePlan> {
  reloadOnHashChange();
  const source = sourceFromUrl(new URL(location.href));
  if (!source) return { status: 'none' };
  canonicaliseUrl(source);
  loading.hidden = false;
  const result = await loadPlan(source);
  loading.hidden = true;
  if (!result.ok) {
    showNotice(errorBox, result.error);
    return { status: 'failed' };
  }
  return { status: 'ok', source, plan: result.plan, workshop: result.workshop };
}
