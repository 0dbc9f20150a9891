// The offline control's edges: what each event keeps from before, the size and version formats at their
// boundaries, every header label, and the part offers when a part has no files or the network is gone.
import { describe, expect, it, vi } from 'vitest';
import { formatBytes, formatVersion, initialOfflineState, offlineView, partTitle, reduceOffline, type OfflineEvent, type OfflineState } from '../../src/shared/offline-state';

const run = (events: OfflineEvent[], from: OfflineState = initialOfflineState(true, true)) => events.reduce(reduceOffline, from);
const part = (id: string, files: number, saved: number, bytes = 1024 * 1024) => ({ id, bytes, files, saved, chosen: false });

describe('events keep what they do not report', () => {
  it('starts as saving when the browser can, unsupported when not, with nothing waiting', () => {
    expect(initialOfflineState(false, true)).toEqual({ online: false, copy: 'installing', updateWaiting: false, updatedElsewhere: false });
    expect(initialOfflineState(true, false)).toEqual({ online: true, copy: 'unsupported', updateWaiting: false, updatedElsewhere: false });
  });

  it('a second "ask" without a size keeps the size known', () => {
    expect(run([{ type: 'ask', bytes: 5000 }, { type: 'ask' }]).bytes).toBe(5000);
    expect(run([{ type: 'ask', bytes: 5000 }, { type: 'ask', bytes: 7000 }]).bytes).toBe(7000);
  });

  it('saving again after a failed first install clears the failure; a saved copy ignores "installing"', () => {
    const failed = run([{ type: 'failed', problem: 'network' }]);
    expect(failed).toMatchObject({ copy: 'error', problem: 'network' });
    expect(reduceOffline(failed, { type: 'installing' })).toMatchObject({ copy: 'installing', problem: undefined });
    const updateFailed = run([{ type: 'ready' }, { type: 'failed', problem: 'quota' }]);
    expect(reduceOffline(updateFailed, { type: 'installing' })).toBe(updateFailed);
    expect(reduceOffline(updateFailed, { type: 'ask', bytes: 1 })).toBe(updateFailed);
  });

  it('"ready" without a version or file count keeps the ones known', () => {
    const first = run([{ type: 'ready', version: 'A', files: 10 }]);
    expect(reduceOffline(first, { type: 'ready' })).toMatchObject({ version: 'A', files: 10 });
    expect(reduceOffline(first, { type: 'ready', version: 'B', files: 12 })).toMatchObject({ version: 'B', files: 12 });
  });

  it('a failure while asking is an error; the reader may retry into saving', () => {
    const s = run([{ type: 'ask' }, { type: 'failed', problem: 'unknown' }]);
    expect(s.copy).toBe('error');
    expect(reduceOffline(s, { type: 'retry' })).toMatchObject({ copy: 'installing', problem: undefined });
  });

  it('an update waiting is not yet "updated elsewhere"; another tab sets both', () => {
    expect(run([{ type: 'update-waiting' }])).toMatchObject({ updateWaiting: true, updatedElsewhere: false });
    expect(run([{ type: 'updated-elsewhere' }])).toMatchObject({ updateWaiting: true, updatedElsewhere: true });
  });

  it('a storage report without a figure keeps the one known', () => {
    const s = run([{ type: 'storage', usage: 100, persisted: true }]);
    expect(reduceOffline(s, { type: 'storage' })).toMatchObject({ usage: 100, persisted: true });
    expect(reduceOffline(s, { type: 'storage', usage: 0, persisted: false })).toMatchObject({ usage: 0, persisted: false });
  });

  it('a parts report ends a save in progress; progress clears an earlier parts failure; a failure ends the progress', () => {
    const progress = { done: 1, total: 4, bytes: 10, totalBytes: 40 };
    const parts = [part('kapitel', 4, 1)];
    const saving = run([{ type: 'ready' }, { type: 'parts-failed', problem: 'network' }, { type: 'progress', progress }]);
    expect(saving).toMatchObject({ progress, partsProblem: undefined });
    expect(reduceOffline(saving, { type: 'parts', parts })).toMatchObject({ parts, progress: undefined });
    expect(reduceOffline(saving, { type: 'parts-failed', problem: 'quota' })).toMatchObject({ progress: undefined, partsProblem: 'quota' });
    expect(run([{ type: 'archive', pages: 4 }]).archivedPages).toBe(4);
  });
});

describe('formats', () => {
  it('a build version as a readable UTC date, other versions as they are', () => {
    expect(formatVersion('20260105T090807Z')).toBe('5 jan 2026 09:08');
    expect(formatVersion('20261231T235900Z')).toBe('31 dec 2026 23:59');
    const months = Array.from({ length: 12 }, (_, i) => formatVersion(`2026${String(i + 1).padStart(2, '0')}15T120000Z`)!.split(' ')[1]);
    expect(months).toEqual(['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']);
    expect(formatVersion('v20261231T2359')).toBe('v20261231T2359');
    expect(formatVersion(undefined)).toBeUndefined();
    expect(formatVersion('')).toBe('');
  });

  it('sizes under a megabyte in whole kB (at least 1), from a megabyte in MB with a decimal comma', () => {
    expect(formatBytes(0)).toBe('1 kB');
    expect(formatBytes(1536)).toBe('2 kB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 kB');
    expect(formatBytes(1024 * 1024)).toBe('1,0 MB');
    expect(formatBytes(15 * 1024 * 1024)).toBe('15,0 MB');
  });

  it('names a known part in running text and keeps an unknown one’s id', () => {
    expect(partTitle('kapitel')).toBe('kapitlen');
    expect(partTitle('okand-del')).toBe('okand-del');
  });
});

describe('the header label', () => {
  const label = (events: OfflineEvent[], online = true, supported = true) => offlineView(run(events, initialOfflineState(online, supported))).label;
  it('says what the copy is while online', () => {
    expect(label([])).toBe('Sparar för offline …');
    expect(label([{ type: 'ask' }])).toBe('Inte sparad för offline');
    expect(label([{ type: 'ready' }])).toBe('Sparad för offline');
    expect(label([], true, false)).toBe('Online');
  });

  it('a failure wins over being offline', () => {
    expect(label([{ type: 'failed', problem: 'network' }], false)).toBe('Kunde inte sparas för offline');
    expect(label([{ type: 'ready' }, { type: 'failed', problem: 'network' }], false)).toBe('Uppdateringen misslyckades');
    expect(label([], false, false)).toBe('Offline');
  });
});

describe('the details panel', () => {
  it('a version without a file count, and storage not protected from clean-up', () => {
    const details = offlineView(run([{ type: 'ready', version: 'B-1' }, { type: 'storage', usage: 2048 }])).details;
    expect(details).toContain('Version: B-1');
    expect(details).toContain('Använder 2 kB på enheten.');
    expect(details.join(' ')).not.toMatch(/filer|skyddat/);
  });

  it('the lines come in order: network, copy, problem, archive, comparisons, version, storage, update', () => {
    const s = run([{ type: 'ready', version: 'A', files: 3 }, { type: 'failed', problem: 'quota' }, { type: 'storage', usage: 0 }, { type: 'update-waiting' }, { type: 'failed', problem: 'quota' }, { type: 'offline' }]);
    expect(offlineView(s).details).toEqual([
      'Ingen internetanslutning',
      'Den gällande utgåvan finns sparad på enheten och fungerar utan nät.',
      'Den nya versionen kunde inte sparas: det finns inte tillräckligt med lagringsutrymme på enheten. Den sparade kopian fungerar som förut.',
      'Sidor ur äldre utgåvor sparas när du öppnar dem.',
      'Jämförelserna mellan utgåvorna finns inte offline.',
      'Version: A (3 filer)',
      'Använder 1 kB på enheten.',
      'En ny version finns och väntar på att du uppdaterar.',
    ]);
    expect(offlineView(s).retry).toBe(false);
  });

  it('parts not saved say nothing before the copy itself is saved', () => {
    const s = run([{ type: 'parts', parts: [part('sokindex', 4, 0)] }]);
    const view = offlineView(s);
    expect(view.details).toEqual(['Ansluten till internet', 'Handboken sparas för läsning utan nät …']);
    expect(view.offers).toEqual([]);
    expect(view.save).toBeUndefined();
  });

  it('search is said to need the network only while the search index itself is not saved', () => {
    const details = offlineView(run([{ type: 'ready' }, { type: 'parts', parts: [part('kapitel', 2, 0), part('sokindex', 2, 2)] }])).details;
    expect(details[1]).toBe('Den gällande utgåvan finns sparad på enheten, utom kapitlen.');
    expect(details.join(' ')).not.toMatch(/Sökningen/);
  });

  it('names three parts left with commas and "och"', () => {
    const parts = [part('kapitel', 2, 0), part('metoder', 2, 1), part('roller', 2, 0)];
    expect(offlineView(run([{ type: 'ready' }, { type: 'parts', parts }])).details[1]).toBe('Den gällande utgåvan finns sparad på enheten, utom kapitlen, metoderna och rollerna.');
  });

  it('offers each part with the share of its size still to fetch', () => {
    const view = offlineView(run([{ type: 'ready' }, { type: 'parts', parts: [part('kapitel', 4, 1, 4 * 1024 * 1024), part('metoder', 3, 0, 3 * 1024 * 1024)] }]));
    expect(view.offers).toEqual([
      { label: 'Spara hela handboken offline (6,0 MB)', ids: ['kapitel', 'metoder'] },
      { label: 'Spara kapitlen (3,0 MB)', ids: ['kapitel'] },
      { label: 'Spara metoderna (3,0 MB)', ids: ['metoder'] },
    ]);
  });

  it('a progress bar with nothing to fetch still has a maximum', () => {
    const view = offlineView(run([{ type: 'ready' }, { type: 'progress', progress: { done: 0, total: 0, bytes: 0, totalBytes: 0 } }]));
    expect(view.progress).toEqual({ value: 0, max: 1 });
    expect(view.details).toContain('Sparar … 0 av 0 filer (1 kB av 1 kB).');
  });
});

describe('loaded inside the test', () => {
  // The list format is made when the module loads; loading it anew here checks it, not a copy.
  it('parts left are listed in Swedish', async () => {
    vi.resetModules();
    const m = await import('../../src/shared/offline-state');
    const view = (ids: string[]) => m.offlineView(m.reduceOffline(m.reduceOffline(m.initialOfflineState(true, true), { type: 'ready' }), { type: 'parts', parts: ids.map((id) => part(id, 2, 0)) })).details[1];
    expect(view(['kapitel'])).toBe('Den gällande utgåvan finns sparad på enheten, utom kapitlen.');
    expect(view(['kapitel', 'lagen'])).toBe('Den gällande utgåvan finns sparad på enheten, utom kapitlen och lagtexten.');
    expect(view(['kapitel', 'lagen', 'roller'])).toBe('Den gällande utgåvan finns sparad på enheten, utom kapitlen, lagtexten och rollerna.');
  });

  it('offers say what is left to fetch', async () => {
    vi.resetModules();
    const m = await import('../../src/shared/offline-state');
    const state = m.reduceOffline(m.reduceOffline(m.initialOfflineState(true, true), { type: 'ready' }), { type: 'parts', parts: [part('kapitel', 4, 1, 4 * 1024 * 1024), part('lagen', 2, 0)] });
    expect(m.offlineView(state).offers.map((o) => o.label)).toEqual(['Spara hela handboken offline (4,0 MB)', 'Spara kapitlen (3,0 MB)', 'Spara lagtexten (1,0 MB)']);
  });
});
