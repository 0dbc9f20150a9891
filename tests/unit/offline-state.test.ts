import { describe, expect, it } from 'vitest';
import { formatBytes, formatVersion, initialOfflineState, offlineView, reduceOffline, type OfflineEvent } from '../../src/lib/offline-state';

const run = (events: OfflineEvent[], online = true) => events.reduce(reduceOffline, initialOfflineState(online, true));

describe('offline state', () => {
  it('goes from saving to ready with version and file count', () => {
    const state = run([{ type: 'installing' }, { type: 'ready', version: '20261125T030418Z', files: 280 }]);
    expect(state.copy).toBe('ready');
    const view = offlineView(state);
    expect(view.label).toBe('Sparad för offline');
    expect(view.details).toContain('Version: 25 nov 2026 03:04 (280 filer)');
  });
  it('says so when offline, and whether everything is saved', () => {
    expect(offlineView(run([{ type: 'offline' }])).label).toBe('Offline');
    expect(offlineView(run([{ type: 'ready' }, { type: 'offline' }])).label).toBe('Offline – allt finns sparat');
    expect(offlineView(run([{ type: 'ready' }, { type: 'offline' }, { type: 'online' }])).details[0]).toBe('Ansluten till internet');
  });
  it('a later error does not undo a complete copy; an update waits', () => {
    const state = run([{ type: 'ready' }, { type: 'error' }, { type: 'update-waiting' }, { type: 'installing' }]);
    expect(state.copy).toBe('ready');
    expect(state.updateWaiting).toBe(true);
    expect(offlineView(state).details).toContain('En ny version finns och väntar på att du uppdaterar.');
    expect(run([{ type: 'error' }]).copy).toBe('error');
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
