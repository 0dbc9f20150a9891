/**
 * What the header's offline control shows, as a pure function of what the page knows: network state,
 * service-worker progress, version and storage. The client module feeds it events; tests feed it too.
 */
import { ot } from '../i18n/offline';

export interface OfflineState {
  online: boolean;
  /** unsupported: no service worker; installing: offline copy being saved; ready: complete; error: saving failed. */
  copy: 'unsupported' | 'installing' | 'ready' | 'error';
  /** A new version is waiting for the reader's click. */
  updateWaiting: boolean;
  version?: string | undefined;
  files?: number | undefined;
  /** Bytes the site uses on this device (navigator.storage.estimate). */
  usage?: number | undefined;
  persisted?: boolean | undefined;
}

export type OfflineEvent =
  | { type: 'online' }
  | { type: 'offline' }
  | { type: 'installing' }
  | { type: 'ready'; version?: string | undefined; files?: number | undefined }
  | { type: 'error' }
  | { type: 'update-waiting' }
  | { type: 'storage'; usage?: number | undefined; persisted?: boolean | undefined };

export const initialOfflineState = (online: boolean, supported: boolean): OfflineState => ({
  online,
  copy: supported ? 'installing' : 'unsupported',
  updateWaiting: false,
});

export function reduceOffline(state: OfflineState, event: OfflineEvent): OfflineState {
  switch (event.type) {
    case 'online':
      return { ...state, online: true };
    case 'offline':
      return { ...state, online: false };
    case 'installing':
      return state.copy === 'ready' ? state : { ...state, copy: 'installing' };
    case 'ready':
      return { ...state, copy: 'ready', version: event.version ?? state.version, files: event.files ?? state.files };
    case 'error':
      return { ...state, copy: state.copy === 'ready' ? 'ready' : 'error' };
    case 'update-waiting':
      return { ...state, updateWaiting: true };
    case 'storage':
      return { ...state, usage: event.usage ?? state.usage, persisted: event.persisted ?? state.persisted };
  }
}

/** "20261125T025821Z" → "25 nov 2026 02:58" (UTC), for readers. */
export function formatVersion(version: string | undefined): string | undefined {
  const m = version && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(version);
  if (!m) return version;
  const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]} ${m[4]}:${m[5]}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

export interface OfflineView {
  /** Short text on the header button. */
  label: string;
  /** Lines in the details panel. */
  details: string[];
  /** Announcement for the live region when this state is new, if any. */
}

export function offlineView(state: OfflineState): OfflineView {
  const details = [ot(state.online ? 'offline.network.on' : 'offline.network.off'), ot(`offline.copy.${state.copy}`)];
  const version = formatVersion(state.version);
  if (version) details.push(state.files ? ot('offline.detail.versionFiles', { version, files: state.files }) : ot('offline.detail.version', { version }));
  if (state.usage !== undefined) details.push(ot(state.persisted ? 'offline.detail.usagePersisted' : 'offline.detail.usage', { size: formatBytes(state.usage) }));
  if (state.updateWaiting) details.push(ot('offline.detail.update'));
  const label = ot(
    !state.online
      ? state.copy === 'ready'
        ? 'offline.label.offlineReady'
        : 'offline.label.offline'
      : state.copy === 'ready'
        ? 'offline.label.ready'
        : state.copy === 'installing'
          ? 'offline.label.installing'
          : 'offline.label.online',
  );
  return { label, details };
}
