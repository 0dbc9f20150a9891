/**
 * Registers the service worker and drives the header's offline control, the "ready offline"
 * announcement and the update banner. A new version activates only on a reader's click, in any tab;
 * then every tab reloads into it (at once in the tab clicked, on the next click in the others), so old
 * and new files never mix on one page. Saving starts after the page has loaded and the browser is idle,
 * and not at all while the browser saves data (navigator.connection.saveData) until the reader asks.
 * Failures (a file missing in a deploy, a removed or broken sw.js, a full disk) are shown with "Försök igen".
 */
import { initialOfflineState, offlineView, formatVersion, reduceOffline, type OfflineEvent, type OfflineProblem, type OfflineState } from '../../shared/offline-state';
import { ot } from '../../i18n/offline';
import type { PartStatus, PartsProgress } from '../../shared/offline-parts';
import { ARCHIVE_PREFIX } from '../../shared/urls';
import { adoptStyles } from '../ui/adopt-styles';
import offlineCss from '../../styles/offline.css?inline';

adoptStyles(offlineCss);

const SW_URL = '/sw.js';
const ARCHIVE_CACHE = 'hb-arkiv';

let state: OfflineState;
/** The page is reloading into a new version: no more banners. */
let reloading = false;
/** The page was controlled at load: a later controller change is a new version, not the first install. */
let controlledAtLoad = false;
let lastProblem: OfflineProblem | undefined;
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
  host.dataset['problem'] = state.problem ?? '';
  host.querySelector('[data-offline-label]')!.textContent = view.label;
  const list = host.querySelector('[data-offline-details]')!;
  list.replaceChildren(...view.details.map((d) => Object.assign(document.createElement('li'), { textContent: d })));
  const persist = host.querySelector<HTMLButtonElement>('[data-offline-persist]')!;
  persist.hidden = state.copy !== 'ready' || state.persisted === true || !navigator.storage?.persist;
  host.querySelector<HTMLButtonElement>('[data-offline-retry]')!.hidden = !view.retry;
  const save = host.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  save.hidden = !view.save;
  save.textContent = view.save ?? '';
  const bar = host.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  bar.hidden = !view.progress;
  if (view.progress) Object.assign(bar, view.progress);
  const offers = host.querySelector<HTMLElement>('[data-offline-offers]')!;
  const key = view.offers.map((o) => o.label).join('|');
  if (offers.dataset['key'] !== key) {
    offers.dataset['key'] = key;
    offers.replaceChildren(
      ...view.offers.map((offer) => {
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet', textContent: offer.label });
        button.addEventListener('click', () => void saveParts(offer.ids));
        return button;
      }),
    );
  }
}

function dispatch(event: OfflineEvent): void {
  const before = state;
  state = reduceOffline(state, event);
  draw();
  if (state.problem && state.problem !== before.problem) {
    announce(offlineView(state).details.find((d) => d.includes(ot(`offline.problem.${state.problem!}`))) ?? '');
  }
}

function panelButton(name: string, text: string, onClick: () => void): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet', textContent: text, hidden: true });
  button.dataset[name] = '';
  button.addEventListener('click', onClick);
  return button;
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
  const details = document.createElement('ul');
  details.dataset['offlineDetails'] = '';
  const bar = document.createElement('progress');
  bar.dataset['offlineProgress'] = '';
  bar.hidden = true;
  bar.setAttribute('aria-label', ot('offline.progress.label'));
  const offers = document.createElement('div');
  offers.className = 'offline-offers';
  offers.dataset['offlineOffers'] = '';
  panel.append(
    details,
    bar,
    offers,
    panelButton('offlineSave', '', () => void register()),
    panelButton('offlineRetry', ot('offline.retry'), () => void retry()),
    panelButton('offlinePersist', ot('offline.persist'), () => void requestPersistence()),
  );
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) void refreshStorage().then(countArchived);
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
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

function showUpdateBanner(text: string): void {
  if (reloading) return;
  const existing = document.querySelector<HTMLElement>('[data-update-banner]');
  if (existing) {
    existing.querySelector('p')!.textContent = text;
    return;
  }
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.dataset['updateBanner'] = '';
  banner.setAttribute('role', 'status');
  const message = Object.assign(document.createElement('p'), { textContent: text });
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: ot('offline.update.button') });
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = ot('offline.update.busy');
    void applyUpdate();
  });
  banner.append(message, button);
  document.body.prepend(banner);
}

/**
 * Activates the waiting version and reloads into it. When another tab already activated it (nothing
 * waits any more), this page is simply behind: reload at once.
 */
async function applyUpdate(): Promise<void> {
  reloading = true;
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Asks the active service worker and waits for its answer (undefined after 10 s). */
async function ask<T>(message: { type: string }): Promise<T | undefined> {
  const worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.ready).active;
  if (!worker) return undefined;
  return new Promise<T | undefined>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data as T);
    worker.postMessage(message, [channel.port2]);
    window.setTimeout(() => resolve(undefined), 10_000);
  });
}

async function saveParts(ids: string[]): Promise<void> {
  const worker = navigator.serviceWorker.controller;
  if (!worker) return;
  dispatch({ type: 'progress', progress: { done: 0, total: 0, bytes: 0, totalBytes: 0 } });
  worker.postMessage({ type: 'SAVE_PARTS', ids });
}

/** Chosen parts that an update changed are brought up to date (changed files only). */
function updateChosenParts(parts: PartStatus[]): void {
  if (parts.some((p) => p.chosen && p.saved < p.files)) void saveParts([]);
}

async function askVersion(): Promise<void> {
  const [reply, parts] = await Promise.all([ask<{ build?: string; files?: number }>({ type: 'GET_VERSION' }), ask<PartStatus[]>({ type: 'PARTS_STATUS' })]);
  if (!reply) return;
  const first = state.copy !== 'ready';
  // Both at once: the control never claims a complete edition while parts are unknown.
  dispatch({ type: 'ready', version: reply.build, files: reply.files });
  if (parts) dispatch({ type: 'parts', parts });
  if (first && !sessionStorage.getItem('hb-offline-announced')) {
    announce(ot('offline.ready', { version: formatVersion(reply.build) ?? '' }));
    sessionStorage.setItem('hb-offline-announced', '1');
  }
  await countArchived();
  if (parts) updateChosenParts(parts);
}

/** Archived-edition pages saved so far (the service worker keeps them with their files). */
async function countArchived(): Promise<void> {
  if (state.copy !== 'ready') return;
  const archived = await caches.open(ARCHIVE_CACHE).then((c) => c.keys());
  dispatch({ type: 'archive', pages: archived.filter((r) => new URL(r.url).pathname.startsWith(ARCHIVE_PREFIX)).length });
}

/** Why sw.js could not be (re)loaded: gone, or there but not a working script. Undefined when offline. */
async function scriptProblem(): Promise<OfflineProblem | undefined> {
  if (!navigator.onLine) return undefined;
  try {
    const response = await fetch(SW_URL, { cache: 'no-store' });
    return response.ok ? 'sw-broken' : 'sw-missing';
  } catch {
    return undefined;
  }
}

async function failed(problem: OfflineProblem | undefined): Promise<void> {
  if (problem) dispatch({ type: 'failed', problem });
}

/** Follows one installing worker: waiting (an update), active (the first copy), or redundant (failed). */
function track(worker: ServiceWorker | null): void {
  if (!worker) return;
  const update = navigator.serviceWorker.controller !== null;
  let installed = false;
  if (!update) dispatch({ type: 'installing' });
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed') {
      installed = true;
      if (navigator.serviceWorker.controller) {
        dispatch({ type: 'update-waiting' });
        showUpdateBanner(ot('offline.update.text'));
      }
    }
    if (worker.state === 'activated' && !update) void askVersion();
    if (worker.state === 'redundant' && !installed) void failed(lastProblem ?? 'unknown');
  });
}

async function register(): Promise<void> {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(SW_URL);
  } catch {
    await failed(await scriptProblem());
    return;
  }
  registration.addEventListener('updatefound', () => track(registration.installing));
  track(registration.installing);
  if (registration.active && navigator.serviceWorker.controller) void askVersion();
  if (registration.waiting && navigator.serviceWorker.controller) {
    dispatch({ type: 'update-waiting' });
    showUpdateBanner(ot('offline.update.text'));
  }
  // The browser checks sw.js on every visit but tells no page when that fails (removed or broken in a
  // deploy): check once here so the reader and the status control know.
  if (navigator.serviceWorker.controller) registration.update().catch(async () => failed(await scriptProblem()));
}

async function retry(): Promise<void> {
  dispatch({ type: 'retry' });
  lastProblem = undefined;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return register();
  await registration.update().catch(async () => failed(await scriptProblem()));
}

/** The size of the offline copy, for the reader who is asked first. */
async function copySize(): Promise<number | undefined> {
  try {
    return ((await (await fetch('/version.json', { cache: 'no-cache' })).json()) as { bytes?: number }).bytes;
  } catch {
    return undefined;
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
  if (!('serviceWorker' in navigator)) return;
  controlledAtLoad = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data as { type?: string; problem?: OfflineProblem; status?: PartStatus[] } | undefined;
    if (data?.type === 'INSTALL_FAILED' && data.problem) {
      lastProblem = data.problem;
      void failed(data.problem);
    }
    if (data?.type === 'PARTS_PROGRESS') dispatch({ type: 'progress', progress: data as unknown as PartsProgress });
    if (data?.type === 'PARTS_DONE' && data.status) {
      dispatch({ type: 'parts', parts: data.status });
      announce(offlineView(state).details[1] ?? '');
    }
    if (data?.type === 'PARTS_FAILED' && data.problem) dispatch({ type: 'parts-failed', problem: data.problem });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    if (!controlledAtLoad) {
      // The first copy took control of this page (clients.claim).
      void askVersion();
      return;
    }
    dispatch({ type: 'updated-elsewhere' });
    showUpdateBanner(ot('offline.update.elsewhere'));
  });
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (saveData && !controlledAtLoad) {
    void copySize().then((bytes) => dispatch({ type: 'ask', bytes }));
    return;
  }
  void register();
}
