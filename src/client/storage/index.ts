/**
 * The browser side of the storage layer (src/shared/storage): one Store over localStorage per page,
 * migration of old keys on first use, the message for a failed write, quarantined data shown with a
 * download, the storage meter, persistent storage, and live updates from other tabs.
 *
 * Other tabs: the `storage` event. localStorage is where the data is, and the event fires in every
 * other tab of the origin after a write has landed there, carrying the key — so a tab re-reads exactly
 * the record that changed, and needs no second channel to keep in step (BroadcastChannel would repeat
 * the same news; Web Locks are not needed because each save is one synchronous read-modify-write of
 * the stored value, see Store.update).
 */
import { migrate } from '../../shared/storage/migrate';
import { Store, type Problem, type WriteFailure } from '../../shared/storage/store';
import { sst } from '../../i18n/storage';
import { downloadText, fileSlug } from '../ui/download';

let shared: Store | null | undefined;

/** The page's Store, or null when the browser refuses storage altogether. */
export function openStore(): Store | null {
  if (shared !== undefined) return shared;
  try {
    const storage = window.localStorage;
    storage.getItem('hb:'); // Throws where storage is blocked.
    shared = new Store(storage);
    migrate(shared);
  } catch {
    shared = null;
  }
  return shared;
}

export function failureMessage(reason: WriteFailure | 'gone' | 'invalid'): string {
  return reason === 'blocked' ? sst('storage.blocked') : sst('storage.full');
}

/** Lists problems (unreadable data kept aside) in a notice element, each with its download button. */
export function showProblems(box: HTMLElement, store: Store, problems: readonly Problem[] = store.problems): void {
  if (!problems.length) return;
  box.hidden = false;
  for (const problem of problems) {
    if (box.querySelector(`[data-problem="${CSS.escape(problem.quarantineKey)}"]`)) continue;
    const p = document.createElement('p');
    p.dataset['problem'] = problem.quarantineKey;
    p.textContent = problem.message;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet', textContent: sst('storage.problem.download') });
    button.addEventListener('click', () => downloadText(`olasbar-data-${fileSlug(problem.key)}.txt`, store.raw(problem.quarantineKey) ?? '', 'text/plain;charset=utf-8'));
    p.append(' ', button);
    box.append(p);
  }
}

let persistAsked = false;
/** Asks the browser not to evict the handbook's data; called where the reader starts keeping work. */
export function askPersistence(): void {
  if (persistAsked) return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}

/** Calls back when another tab changes a key (exact, or by prefix when it ends with ':'). */
export function onOtherTab(match: string, callback: (key: string) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    const key = event.key;
    // key null: the other tab cleared everything.
    if (key === null || key === match || (match.endsWith(':') && key.startsWith(match))) callback(key ?? match);
  });
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('sv-SE')} kB` : `${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/**
 * How much the handbook keeps and roughly how much room is left. localStorage has its own limit
 * (about 5 MB in the browsers we support), well under what navigator.storage.estimate reports for the
 * whole site, so the room left is the smaller of the two.
 */
export async function describeUsage(store: Store): Promise<string> {
  const used = store.usedBytes();
  const LOCAL_LIMIT = 5 * 1024 * 1024;
  let free = LOCAL_LIMIT - used;
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota !== undefined && estimate.usage !== undefined) free = Math.min(free, estimate.quota - estimate.usage);
  } catch {
    return sst('storage.meter.unknown', { used: size(used) });
  }
  return sst('storage.meter', { used: size(used), free: size(Math.max(0, free)) });
}

/** Storage that refuses everything: where the browser blocks storage, every write says 'blocked'. */
class BlockedStorage implements Storage {
  readonly length = 0;
  key = () => null;
  getItem = () => null;
  setItem = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  removeItem = () => undefined;
  clear = () => undefined;
  [name: string]: unknown;
}

/** The page's Store; where storage is blocked, one whose writes all fail as 'blocked' (never a false "saved"). */
export function storeOrBlocked(): Store {
  return openStore() ?? (shared = new Store(new BlockedStorage()));
}
