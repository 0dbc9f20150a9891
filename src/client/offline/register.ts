/**
 * Registers the service worker (workbox-window) and drives the header's offline control, the
 * "ready offline" announcement and the update banner. A new version activates only on the reader's
 * click; then the page reloads into it, so old and new files never mix on one page.
 */
import { Workbox } from 'workbox-window';
import { formatVersion, initialOfflineState, offlineView, reduceOffline, type OfflineEvent, type OfflineState } from '../../lib/offline-state';
import { ot } from '../../i18n/offline';

let state: OfflineState;
const host = document.querySelector<HTMLElement>('[data-offline-status]');
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');

function announce(text: string): void {
  announcer.textContent = '';
  // A fresh text node makes screen readers read the same message again.
  window.setTimeout(() => (announcer.textContent = text), 50);
}

function draw(): void {
  if (!host) return;
  const view = offlineView(state);
  host.dataset['online'] = String(state.online);
  host.dataset['copy'] = state.copy;
  host.dataset['version'] = state.version ?? '';
  const button = host.querySelector<HTMLButtonElement>('[data-offline-toggle]')!;
  button.querySelector('[data-offline-label]')!.textContent = view.label;
  const list = host.querySelector('[data-offline-details]')!;
  list.replaceChildren(...view.details.map((d) => Object.assign(document.createElement('li'), { textContent: d })));
  const persist = host.querySelector<HTMLButtonElement>('[data-offline-persist]')!;
  persist.hidden = state.copy !== 'ready' || state.persisted === true || !navigator.storage?.persist;
}

function dispatch(event: OfflineEvent): void {
  state = reduceOffline(state, event);
  draw();
}

function buildControl(): void {
  if (!host) return;
  host.innerHTML = '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'offline-toggle';
  button.dataset['offlineToggle'] = '';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'offline-panel');
  button.innerHTML = '<span class="offline-dot" aria-hidden="true"></span><span data-offline-label></span>';
  const panel = document.createElement('div');
  panel.id = 'offline-panel';
  panel.className = 'offline-panel';
  panel.hidden = true;
  panel.innerHTML = '<ul data-offline-details></ul><button type="button" class="button button--quiet" data-offline-persist hidden></button>';
  panel.querySelector('[data-offline-persist]')!.textContent = ot('offline.persist');
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) void refreshStorage();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
  panel.querySelector<HTMLButtonElement>('[data-offline-persist]')!.addEventListener('click', () => void requestPersistence());
  host.append(button, panel, announcer);
}

async function refreshStorage(): Promise<void> {
  if (!navigator.storage?.estimate) return;
  const [{ usage }, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? Promise.resolve(false)]);
  dispatch({ type: 'storage', usage, persisted });
}

/** Asks the browser to keep the handbook's data (offline copy, saved answers) from automatic eviction. */
export async function requestPersistence(): Promise<boolean> {
  const granted = (await navigator.storage?.persist?.()) ?? false;
  await refreshStorage();
  return granted;
}

function showUpdateBanner(activate: () => void): void {
  if (document.querySelector('[data-update-banner]')) return;
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.dataset['updateBanner'] = '';
  banner.setAttribute('role', 'status');
  const text = Object.assign(document.createElement('p'), { textContent: ot('offline.update.text') });
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: ot('offline.update.button') });
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = ot('offline.update.busy');
    activate();
  });
  banner.append(text, button);
  document.body.prepend(banner);
}

async function askVersion(wb: Workbox): Promise<void> {
  try {
    const reply = (await wb.messageSW({ type: 'GET_VERSION' })) as { build?: string; files?: number };
    const first = state.copy !== 'ready';
    dispatch({ type: 'ready', version: reply.build, files: reply.files });
    if (first && !sessionStorage.getItem('hb-offline-announced')) {
      announce(ot('offline.ready', { version: formatVersion(reply.build) ?? '' }));
      sessionStorage.setItem('hb-offline-announced', '1');
    }
  } catch {
    dispatch({ type: 'error' });
  }
}

export function startOffline(): void {
  state = initialOfflineState(navigator.onLine, 'serviceWorker' in navigator);
  buildControl();
  draw();
  window.addEventListener('online', () => {
    dispatch({ type: 'online' });
    announce(ot('offline.online'));
  });
  window.addEventListener('offline', () => {
    dispatch({ type: 'offline' });
    announce(state.copy === 'ready' ? ot('offline.offline.ready') : ot('offline.offline'));
  });
  const wb = new Workbox('/sw.js');
  wb.addEventListener('activated', () => void askVersion(wb));
  wb.addEventListener('waiting', () => {
    dispatch({ type: 'update-waiting' });
    showUpdateBanner(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb
    .register()
    .then((registration) => {
      if (registration?.active && navigator.serviceWorker.controller) void askVersion(wb);
      else dispatch({ type: 'installing' });
    })
    .catch(() => dispatch({ type: 'error' }));
}
