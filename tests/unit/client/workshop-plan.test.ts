// @vitest-environment happy-dom
// How the workshop pages find the plan named in the address (src/client/workshop/plan.ts): every way
// it can fail gives the reader a sentence, and the address is made reload-safe offline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wt } from '../../../src/i18n/workshop';
import type { ExerciseInfo, SavedWorkshop } from '../../../src/shared/workshop';

const exercise: ExerciseInfo = {
  id: 'problemtradet',
  title: 'Problemträdet',
  summary: '',
  step: 2,
  minutes: 30,
  purpose: '',
  outcome: '',
  groupSize: '',
  participants: [],
  materials: [],
  preparation: [],
  worksheets: [],
  steps: [
    { title: 'Inledning', minutes: 10, instructions: 'Läs.', facilitator: '' },
    { title: 'Arbete', minutes: 20, instructions: 'Rita.', facilitator: '' },
  ],
} as ExerciseInfo;

let data: () => Response;

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  data = () => new Response(JSON.stringify({ version: 1, site: 'https://example.org', exercises: [exercise] }), { status: 200 });
  vi.stubGlobal('fetch', async () => data());
});
afterEach(() => vi.unstubAllGlobals());

async function saveWorkshop(workshop: SavedWorkshop) {
  const { putSaved } = await import('../../../src/client/workshop/store');
  expect(putSaved(workshop)).toBeDefined();
}
const workshop = (items: SavedWorkshop['items']): SavedWorkshop => ({ id: 'ws-1', name: 'Trygghetsrådet', date: '', start: '', items, updated: '2026-01-01T00:00:00Z' });

describe('loadPlan', () => {
  it('runs one exercise named in the address', async () => {
    const { loadPlan } = await import('../../../src/client/workshop/plan');
    const result = await loadPlan({ kind: 'ovning', id: 'problemtradet' });
    expect(result.ok && result.plan.steps.map((s) => s.title)).toEqual(['Inledning', 'Arbete']);
  });

  it('says so when the exercises cannot be loaded, and loads them on the next try', async () => {
    data = () => new Response('', { status: 503 });
    const { loadPlan } = await import('../../../src/client/workshop/plan');
    expect(await loadPlan({ kind: 'ovning', id: 'problemtradet' })).toEqual({ ok: false, error: wt('error.data') });
    data = () => new Response(JSON.stringify({ version: 1, site: '', exercises: [exercise] }), { status: 200 });
    expect((await loadPlan({ kind: 'ovning', id: 'problemtradet' })).ok).toBe(true);
  });

  it('refuses data of an unknown format', async () => {
    data = () => new Response(JSON.stringify({ version: 2, exercises: [] }), { status: 200 });
    const { loadPlan } = await import('../../../src/client/workshop/plan');
    expect(await loadPlan({ kind: 'ovning', id: 'problemtradet' })).toEqual({ ok: false, error: wt('error.data') });
  });

  it('names an exercise the handbook does not have', async () => {
    const { loadPlan } = await import('../../../src/client/workshop/plan');
    expect(await loadPlan({ kind: 'ovning', id: 'finns-inte' })).toEqual({ ok: false, error: wt('error.exercise', { id: 'finns-inte' }) });
  });

  it('runs a saved workshop, and tells apart one that is not on this device from one that is empty', async () => {
    const { loadPlan } = await import('../../../src/client/workshop/plan');
    expect(await loadPlan({ kind: 'workshop', id: 'ws-1' })).toEqual({ ok: false, error: wt('error.workshop') });
    await saveWorkshop(workshop([]));
    expect(await loadPlan({ kind: 'workshop', id: 'ws-1' })).toEqual({ ok: false, error: wt('error.empty') });
    await saveWorkshop(workshop([{ key: 'a', kind: 'exercise', exerciseId: 'problemtradet' }, { key: 'b', kind: 'break', title: 'Fika', minutes: 15 }]));
    const result = await loadPlan({ kind: 'workshop', id: 'ws-1' });
    expect(result.ok && result.workshop?.name).toBe('Trygghetsrådet');
    expect(result.ok && result.plan.steps.map((s) => s.title)).toEqual(['Inledning', 'Arbete', 'Fika']);
  });
});

describe('the address', () => {
  it('moves the plan from the query into the hash, keeping other parameters', async () => {
    history.replaceState(null, '', '/workshop/kor/?ovning=problemtradet&utm=x');
    const { canonicaliseUrl } = await import('../../../src/client/workshop/plan');
    canonicaliseUrl({ kind: 'ovning', id: 'problemtradet' });
    expect(location.pathname + location.search + location.hash).toBe('/workshop/kor/?utm=x#ovning=problemtradet');
    canonicaliseUrl({ kind: 'ovning', id: 'problemtradet' });
    expect(location.hash).toBe('#ovning=problemtradet');
  });

  it('opens the plan the address names, shows the loading note meanwhile, and reports a failure in the box', async () => {
    const { openPagePlan } = await import('../../../src/client/workshop/plan');
    const loading = document.createElement('p');
    loading.hidden = true;
    const errorBox = document.createElement('div');
    history.replaceState(null, '', '/workshop/kor/');
    expect(await openPagePlan(loading, errorBox)).toEqual({ status: 'none' });
    expect(loading.hidden).toBe(true);

    history.replaceState(null, '', '/workshop/kor/#ovning=finns-inte');
    expect(await openPagePlan(loading, errorBox)).toEqual({ status: 'failed' });
    expect(errorBox.textContent).toContain(wt('error.exercise', { id: 'finns-inte' }));
    expect(loading.hidden).toBe(true);

    history.replaceState(null, '', '/workshop/kor/?ovning=problemtradet');
    const opened = await openPagePlan(loading, errorBox);
    expect(opened.status).toBe('ok');
    expect(location.hash).toBe('#ovning=problemtradet');
  });
});
