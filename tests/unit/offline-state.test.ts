import { describe, expect, it } from 'vitest';
import { formatBytes, formatVersion, initialOfflineState, offlineView, reduceOffline, type OfflineEvent } from '../../src/shared/offline-state';

const run = (events: OfflineEvent[], online = true) => events.reduce(reduceOffline, initialOfflineState(online, true));

describe('offline state', () => {
  it('goes from saving to ready with version and file count', () => {
    const state = run([{ type: 'installing' }, { type: 'ready', version: '20261125T030418Z', files: 280 }]);
    expect(state.copy).toBe('ready');
    const view = offlineView(state);
    expect(view.label).toBe('Sparad för offline');
    expect(view.details).toContain('Version: 25 nov 2026 03:04 (280 filer)');
    expect(view.retry).toBe(false);
    expect(view.save).toBeUndefined();
  });
  it('says so when offline, and what is saved', () => {
    expect(offlineView(run([{ type: 'offline' }])).label).toBe('Offline');
    expect(offlineView(run([{ type: 'ready' }, { type: 'offline' }])).label).toBe('Offline – utgåvan finns sparad');
    expect(offlineView(run([{ type: 'ready' }, { type: 'offline' }, { type: 'online' }])).details[0]).toBe('Ansluten till internet');
  });
  it('tells the truth about the archived edition and the comparisons', () => {
    const none = offlineView(run([{ type: 'ready' }])).details;
    expect(none).toContain('Den gällande utgåvan finns sparad på enheten och fungerar utan nät.');
    expect(none).toContain('Sidor ur äldre utgåvor sparas när du öppnar dem.');
    expect(none).toContain('Jämförelserna mellan utgåvorna finns inte offline.');
    expect(offlineView(run([{ type: 'ready' }, { type: 'archive', pages: 1 }])).details).toContain('Ur äldre utgåvor finns den sida du har öppnat sparad.');
    expect(offlineView(run([{ type: 'ready' }, { type: 'archive', pages: 3 }])).details).toContain('Ur äldre utgåvor finns de 3 sidor du har öppnat sparade.');
    // Nothing about archived pages or comparisons before there is a copy.
    expect(offlineView(run([{ type: 'installing' }])).details.join(' ')).not.toMatch(/äldre utgåvor|Jämförelserna/);
  });
  it('a failed first install: an error with the reason and "Försök igen"; retry goes back to saving', () => {
    const state = run([{ type: 'installing' }, { type: 'failed', problem: 'missing' }]);
    expect(state.copy).toBe('error');
    const view = offlineView(state);
    expect(view.label).toBe('Kunde inte sparas för offline');
    expect(view.details).toContain('Det gick inte att spara handboken: en fil saknas på webbplatsen, som troligen har publicerats ofullständigt.');
    expect(view.retry).toBe(true);
    // Offline, a retry cannot work: not offered.
    expect(offlineView(reduceOffline(state, { type: 'offline' })).retry).toBe(false);
    const retried = reduceOffline(state, { type: 'retry' });
    expect(retried.copy).toBe('installing');
    expect(retried.problem).toBeUndefined();
    expect(offlineView(retried).retry).toBe(false);
  });
  it('a failed update keeps the saved copy and says so; a later install clears the failure', () => {
    const state = run([{ type: 'ready', version: 'A' }, { type: 'failed', problem: 'sw-missing' }]);
    expect(state.copy).toBe('ready');
    const view = offlineView(state);
    expect(view.label).toBe('Uppdateringen misslyckades');
    expect(view.details).toContain('Den nya versionen kunde inte sparas: webbplatsens offlinefil (sw.js) saknas. Den sparade kopian fungerar som förut.');
    expect(view.retry).toBe(true);
    expect(reduceOffline(state, { type: 'retry' }).copy).toBe('ready');
    expect(reduceOffline(state, { type: 'update-waiting' }).problem).toBeUndefined();
    expect(reduceOffline(state, { type: 'ready', version: 'B' }).problem).toBeUndefined();
    for (const problem of ['network', 'quota', 'sw-broken', 'unknown'] as const) {
      expect(offlineView(run([{ type: 'failed', problem }])).details.at(-1)).toMatch(/^Det gick inte att spara handboken: .+\.$/);
    }
  });
  it('an update waits; another tab having updated says so', () => {
    const state = run([{ type: 'ready' }, { type: 'update-waiting' }, { type: 'installing' }]);
    expect(state.copy).toBe('ready');
    expect(offlineView(state).details).toContain('En ny version finns och väntar på att du uppdaterar.');
    const elsewhere = run([{ type: 'ready' }, { type: 'update-waiting' }, { type: 'updated-elsewhere' }]);
    expect(offlineView(elsewhere).details).toContain('En ny version har öppnats i en annan flik; uppdatera den här sidan.');
  });
  it('with data saver on: asks first, with the size; never downgrades a saved copy', () => {
    const asked = run([{ type: 'ask', bytes: 3_300_000 }]);
    expect(asked.copy).toBe('ask');
    expect(offlineView(asked).label).toBe('Inte sparad för offline');
    expect(offlineView(asked).save).toBe('Spara handboken offline (3,1 MB)');
    expect(offlineView(run([{ type: 'ask' }])).save).toBe('Spara handboken offline');
    expect(run([{ type: 'ask' }, { type: 'installing' }]).copy).toBe('installing');
    expect(run([{ type: 'ready' }, { type: 'ask' }]).copy).toBe('ready');
  });
  it('reports storage in readable units', () => {
    expect(formatBytes(3_300_000)).toBe('3,1 MB');
    expect(formatBytes(2048)).toBe('2 kB');
    expect(formatVersion('B-test')).toBe('B-test');
    const state = run([{ type: 'ready' }, { type: 'storage', usage: 3_300_000, persisted: true }]);
    expect(offlineView(state).details).toContain('Använder 3,1 MB på enheten, skyddat från automatisk rensning.');
    expect(offlineView(initialOfflineState(true, false)).details[1]).toMatch(/kan inte spara/);
  });
});
