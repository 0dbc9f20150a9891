/**
 * What the header's offline control shows, as a pure function of what the page knows: network state,
 * service-worker progress, version, what is saved and what went wrong. The client module feeds it
 * events; tests feed it too.
 */
import { offlineStrings, ot, type OfflineKey } from '../i18n/offline';
import type { PartStatus, PartsProgress } from './offline-parts';

/** Why saving failed; each has a plain-Swedish explanation in src/i18n/offline.ts. */
export type OfflineProblem = 'network' | 'missing' | 'quota' | 'sw-missing' | 'sw-broken' | 'unknown';

export interface OfflineState {
  online: boolean;
  /**
   * unsupported: no service worker; ask: not started, waits for the reader (data saver on);
   * installing: offline copy being saved; ready: the current edition is saved; error: saving failed, nothing saved.
   */
  copy: 'unsupported' | 'ask' | 'installing' | 'ready' | 'error';
  /** The last install or update failed (with a saved copy, that copy still works). */
  problem?: OfflineProblem | undefined;
  /** A new version is waiting for the reader's click. */
  updateWaiting: boolean;
  /** Another tab activated a new version; this page still shows the old one. */
  updatedElsewhere: boolean;
  version?: string | undefined;
  files?: number | undefined;
  /** Size of the offline copy in bytes (shown when asking). */
  bytes?: number | undefined;
  /** Archived-edition pages saved on this device (those the reader opened). */
  archivedPages?: number | undefined;
  /** Bytes the site uses on this device (navigator.storage.estimate). */
  usage?: number | undefined;
  persisted?: boolean | undefined;
  /** Sections beyond the first visit's copy, and how much of each is saved here. */
  parts?: PartStatus[] | undefined;
  /** Saving parts: how far. */
  progress?: PartsProgress | undefined;
  /** Saving the chosen parts failed. */
  partsProblem?: OfflineProblem | undefined;
}

export type OfflineEvent =
  | { type: 'online' }
  | { type: 'offline' }
  | { type: 'ask'; bytes?: number | undefined }
  | { type: 'installing' }
  | { type: 'ready'; version?: string | undefined; files?: number | undefined }
  | { type: 'failed'; problem: OfflineProblem }
  | { type: 'retry' }
  | { type: 'update-waiting' }
  | { type: 'updated-elsewhere' }
  | { type: 'archive'; pages: number }
  | { type: 'storage'; usage?: number | undefined; persisted?: boolean | undefined }
  | { type: 'parts'; parts: PartStatus[] }
  | { type: 'progress'; progress: PartsProgress }
  | { type: 'parts-failed'; problem: OfflineProblem };

export const initialOfflineState = (online: boolean, supported: boolean): OfflineState => ({
  online,
  copy: supported ? 'installing' : 'unsupported',
  updateWaiting: false,
  updatedElsewhere: false,
});

export function reduceOffline(state: OfflineState, event: OfflineEvent): OfflineState {
  switch (event.type) {
    case 'online':
      return { ...state, online: true };
    case 'offline':
      return { ...state, online: false };
    case 'ask':
      return state.copy === 'ready' ? state : { ...state, copy: 'ask', bytes: event.bytes ?? state.bytes };
    case 'installing':
      return state.copy === 'ready' ? state : { ...state, copy: 'installing', problem: undefined };
    case 'ready':
      // A version that installed is the answer to any earlier failure.
      return { ...state, copy: 'ready', problem: undefined, version: event.version ?? state.version, files: event.files ?? state.files };
    case 'failed':
      // A saved copy keeps working whatever the new version did.
      return { ...state, copy: state.copy === 'ready' ? 'ready' : 'error', problem: event.problem };
    case 'retry':
      return { ...state, problem: undefined, copy: state.copy === 'ready' ? 'ready' : 'installing' };
    case 'update-waiting':
      return { ...state, updateWaiting: true, problem: undefined };
    case 'updated-elsewhere':
      return { ...state, updateWaiting: true, updatedElsewhere: true };
    case 'archive':
      return { ...state, archivedPages: event.pages };
    case 'storage':
      return { ...state, usage: event.usage ?? state.usage, persisted: event.persisted ?? state.persisted };
    case 'parts':
      // A status from the service worker ends any run it reports on.
      return { ...state, parts: event.parts, progress: undefined };
    case 'progress':
      return { ...state, progress: event.progress, partsProblem: undefined };
    case 'parts-failed':
      return { ...state, progress: undefined, partsProblem: event.problem };
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
  /** "Försök igen" is offered. */
  retry: boolean;
  /** The "save for offline" button's text, when the copy waits for the reader. */
  save?: string | undefined;
  /** Parts the reader may save now: all at once first, then one by one. */
  offers: Array<{ label: string; ids: string[] }>;
  /** Saving parts: value and maximum for a progress bar. */
  progress?: { value: number; max: number } | undefined;
}

/** A part's name in running text ("kapitlen"); an unknown section keeps its id. */
export function partTitle(id: string): string {
  const key = `offline.part.${id}`;
  return key in offlineStrings ? ot(key as OfflineKey) : id;
}

/** Bytes still to fetch for a part (its share of files not saved). */
const missingBytes = (p: PartStatus) => (p.files ? Math.round((p.bytes * (p.files - p.saved)) / p.files) : 0);

/** "kapitlen, metoderna och rollerna". */
const listSv = new Intl.ListFormat('sv');

export function offlineView(state: OfflineState): OfflineView {
  const unsaved = state.parts?.filter((p) => p.saved < p.files) ?? [];
  const copyLine = state.copy === 'ready' && unsaved.length ? ot('offline.copy.partial', { parts: listSv.format(unsaved.map((p) => partTitle(p.id))) }) : ot(`offline.copy.${state.copy}`);
  const details = [ot(state.online ? 'offline.network.on' : 'offline.network.off'), copyLine];
  // Without its index, search needs the network: said plainly, not left to a failed search.
  if (state.copy === 'ready' && unsaved.some((p) => p.id === 'sokindex')) details.push(ot('offline.search.notSaved'));
  const progress = state.progress;
  if (progress) {
    details.push(ot('offline.progress', { done: progress.done, total: progress.total, bytes: formatBytes(progress.bytes), totalBytes: formatBytes(progress.totalBytes) }));
  }
  if (state.partsProblem) details.push(ot('offline.parts.failed', { why: ot(`offline.problem.${state.partsProblem}`) }));
  if (state.problem) {
    const why = ot(`offline.problem.${state.problem}`);
    details.push(ot(state.copy === 'ready' ? 'offline.failed.update' : 'offline.failed.install', { why }));
  }
  if (state.copy === 'ready') {
    const pages = state.archivedPages ?? 0;
    details.push(pages === 0 ? ot('offline.archive.none') : pages === 1 ? ot('offline.archive.one') : ot('offline.archive.some', { pages }));
    details.push(ot('offline.compare'));
  }
  const version = formatVersion(state.version);
  if (version) details.push(state.files ? ot('offline.detail.versionFiles', { version, files: state.files }) : ot('offline.detail.version', { version }));
  if (state.usage !== undefined) details.push(ot(state.persisted ? 'offline.detail.usagePersisted' : 'offline.detail.usage', { size: formatBytes(state.usage) }));
  if (state.updateWaiting) details.push(ot(state.updatedElsewhere ? 'offline.detail.updatedElsewhere' : 'offline.detail.update'));
  const label = ot(
    state.problem
      ? state.copy === 'ready'
        ? 'offline.label.updateFailed'
        : 'offline.label.failed'
      : !state.online
        ? state.copy === 'ready'
          ? 'offline.label.offlineReady'
          : 'offline.label.offline'
        : state.copy === 'ready'
          ? 'offline.label.ready'
          : state.copy === 'installing'
            ? 'offline.label.installing'
            : state.copy === 'ask'
              ? 'offline.label.ask'
              : 'offline.label.online',
  );
  const save = state.copy === 'ask' ? (state.bytes ? ot('offline.save.size', { size: formatBytes(state.bytes) }) : ot('offline.save')) : undefined;
  const offers =
    state.copy === 'ready' && state.online && !progress && unsaved.length
      ? [
          { label: ot('offline.save.all', { size: formatBytes(unsaved.reduce((n, p) => n + missingBytes(p), 0)) }), ids: unsaved.map((p) => p.id) },
          ...(unsaved.length > 1 ? unsaved.map((p) => ({ label: ot('offline.save.part', { part: partTitle(p.id), size: formatBytes(missingBytes(p)) }), ids: [p.id] })) : []),
        ]
      : [];
  return {
    label,
    details,
    retry: state.problem !== undefined && state.online,
    save,
    offers,
    progress: progress ? { value: progress.bytes, max: Math.max(progress.totalBytes, 1) } : undefined,
  };
}
