import { describe, expect, it } from 'vitest';
import { planOfflineCopy, sectionOf, type SizedFile } from '../../src/shared/offline-parts';
import { initialOfflineState, offlineView, reduceOffline, type OfflineEvent } from '../../src/shared/offline-state';

const file = (url: string, transfer: number): SizedFile => ({ url, revision: null, transfer });

describe('splitting the offline copy', () => {
  it('puts pages under a section in that section, and the shell (assets, indexes, search runtime) in none', () => {
    expect(sectionOf('kapitel/grunderna/index.html')).toBe('kapitel');
    expect(sectionOf('pagefind/fragment/sv_abc.pf_fragment')).toBe('sokutdrag');
    expect(sectionOf('hela-handboken/index.html')).toBe('hela-handboken');
    expect(sectionOf('hela-handboken.pdf')).toBeUndefined();
    expect(sectionOf('kapitel/index.html')).toBeUndefined();
    expect(sectionOf('_astro/site.abc.js')).toBeUndefined();
    expect(sectionOf('pagefind/index/sv_abc.pf_index')).toBeUndefined();
    expect(sectionOf('okand/x/index.html')).toBeUndefined();
  });
  it('fits whole sections in order of need; what does not fit becomes parts; a later small section may still fit', () => {
    const files = [
      file('index.html', 100),
      file('_astro/a.css', 100),
      file('kapitel/a/index.html', 300),
      file('kapitel/b/index.html', 300),
      file('metoder/x/index.html', 900),
      file('roller/y/index.html', 100),
      file('pagefind/fragment/f1.pf_fragment', 500),
    ];
    const plan = planOfflineCopy(files, 1000);
    expect(plan.core.map((f) => f.url)).toEqual(['index.html', '_astro/a.css', 'kapitel/a/index.html', 'kapitel/b/index.html', 'roller/y/index.html']);
    expect(plan.coreBytes).toBe(900);
    expect(plan.parts.map((p) => [p.id, p.bytes, p.files.length])).toEqual([
      ['metoder', 900, 1],
      ['sokutdrag', 500, 1],
    ]);
    // Everything fits: no parts at all.
    expect(planOfflineCopy(files, 10_000).parts).toEqual([]);
    // The shell alone over budget: every section is a part, the shell is still saved.
    const tight = planOfflineCopy(files, 150);
    expect(tight.core.map((f) => f.url)).toEqual(['index.html', '_astro/a.css']);
    expect(tight.parts.map((p) => p.id)).toEqual(['kapitel', 'metoder', 'roller', 'sokutdrag']);
  });
});

describe('parts in the status control', () => {
  const run = (events: OfflineEvent[]) => events.reduce(reduceOffline, initialOfflineState(true, true));
  const parts = [
    { id: 'kapitel', bytes: 2 * 1024 * 1024, files: 10, saved: 0, chosen: false },
    { id: 'metoder', bytes: 1024 * 1024, files: 4, saved: 2, chosen: true },
    { id: 'roller', bytes: 1000, files: 2, saved: 2, chosen: true },
  ];
  it('says what is not saved and offers all of it, then each part, with what is left to fetch', () => {
    const view = offlineView(run([{ type: 'ready' }, { type: 'parts', parts }]));
    expect(view.details[1]).toBe('Den gällande utgåvan finns sparad på enheten, utom kapitlen och metoderna.');
    expect(view.offers).toEqual([
      { label: 'Spara hela handboken offline (2,5 MB)', ids: ['kapitel', 'metoder'] },
      { label: 'Spara kapitlen (2,0 MB)', ids: ['kapitel'] },
      { label: 'Spara metoderna (512 kB)', ids: ['metoder'] },
    ]);
  });
  it('one part left: one offer; all saved: the edition is complete; offline or while saving: none', () => {
    expect(offlineView(run([{ type: 'ready' }, { type: 'parts', parts: parts.slice(1) }])).offers).toHaveLength(1);
    const done = offlineView(run([{ type: 'ready' }, { type: 'parts', parts: parts.map((p) => ({ ...p, saved: p.files })) }]));
    expect(done.offers).toEqual([]);
    expect(done.details[1]).toBe('Den gällande utgåvan finns sparad på enheten och fungerar utan nät.');
    expect(offlineView(run([{ type: 'ready' }, { type: 'parts', parts }, { type: 'offline' }])).offers).toEqual([]);
    const saving = offlineView(run([{ type: 'ready' }, { type: 'parts', parts }, { type: 'progress', progress: { done: 3, total: 12, bytes: 700_000, totalBytes: 2_600_000 } }]));
    expect(saving.offers).toEqual([]);
    expect(saving.details).toContain('Sparar … 3 av 12 filer (684 kB av 2,5 MB).');
    expect(saving.progress).toEqual({ value: 700_000, max: 2_600_000 });
  });
  it('a failed save says why; the offers come back', () => {
    const state = run([{ type: 'ready' }, { type: 'parts', parts }, { type: 'progress', progress: { done: 1, total: 12, bytes: 1, totalBytes: 2 } }, { type: 'parts-failed', problem: 'quota' }]);
    expect(offlineView(state).details).toContain('Det gick inte att spara allt du valde: det finns inte tillräckligt med lagringsutrymme på enheten.');
    expect(offlineView(state).offers.length).toBeGreaterThan(0);
  });
});
