/// <reference lib="webworker" />
/**
 * The handbook's service worker. Precaches the current edition (manifest injected by Workbox at build
 * time), serves it offline with and without trailing slash, index.html or query parameters, caches
 * archived-edition pages when visited together with the hashed files they use (an update must not leave
 * them unstyled), and shows a Swedish offline page for anything else. A new version waits until the
 * reader clicks "Uppdatera" (SKIP_WAITING), so no page ever mixes old and new files. A failed install
 * is reported to the open pages (why, in a word) so they can say so. Search shards are not saved: they
 * are cut from the saved Pagefind fragments, so search works offline at no extra cost.
 */
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { SHARD_ROOT } from '../shared/search-hit';
import type { OfflinePart, PartStatus } from '../shared/offline-parts';
import { parseFragment, shardOf, type PagefindFragment } from '../shared/search-shards';

declare const self: ServiceWorkerGlobalScope;
declare const __BUILD_ID__: string;

/** Injected by Workbox at build time: every file of the offline copy with its revision. */
const PRECACHE_MANIFEST = self.__WB_MANIFEST;

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | undefined;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'GET_VERSION') {
    event.ports[0]?.postMessage({ build: __BUILD_ID__, files: PRECACHE_MANIFEST.length });
  }
  if (data?.type === 'PARTS_STATUS') event.waitUntil(partsStatus().then((status) => event.ports[0]?.postMessage(status)));
  if (data?.type === 'SAVE_PARTS') event.waitUntil(saveParts((data as { ids?: string[] }).ids ?? []));
});

/*
 * Parts: sections of the current edition beyond the first visit's budget (src/shared/offline-parts.ts),
 * saved when the reader asks. An index (url → revision) lets an update fetch only the files that
 * changed, and drops those no chosen part lists any more.
 */
const PARTS = 'hb-delar';
const PARTS_INDEX = '/__hb/delar-index';
interface PartsIndex {
  chosen: string[];
  files: Record<string, string | null>;
}

async function partsPlan(): Promise<OfflinePart[]> {
  const file = await matchPrecache('/offline-delar.json');
  return file ? ((await file.json()) as { parts: OfflinePart[] }).parts : [];
}

async function readIndex(cache: Cache): Promise<PartsIndex> {
  const saved = await cache.match(PARTS_INDEX);
  return saved ? ((await saved.json()) as PartsIndex) : { chosen: [], files: {} };
}

const writeIndex = (cache: Cache, index: PartsIndex) => cache.put(PARTS_INDEX, new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } }));
const isSaved = (index: PartsIndex, file: { url: string; revision: string | null }) => file.url in index.files && index.files[file.url] === file.revision;

async function partsStatus(): Promise<PartStatus[]> {
  const index = await readIndex(await caches.open(PARTS));
  return (await partsPlan()).map((part) => ({
    id: part.id,
    bytes: part.bytes,
    files: part.files.length,
    saved: part.files.filter((f) => isSaved(index, f)).length,
    chosen: index.chosen.includes(part.id),
  }));
}

async function broadcast(message: unknown): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

let saving: Promise<void> = Promise.resolve();
/** Adds `ids` to the chosen parts and brings every chosen part up to date (one run at a time). */
function saveParts(ids: string[]): Promise<void> {
  saving = saving.then(() => syncParts(ids)).catch(async (error: unknown) => {
    await broadcast({ type: 'PARTS_FAILED', problem: error instanceof Error && error.name === 'QuotaExceededError' ? 'quota' : 'network' });
  });
  return saving;
}

async function syncParts(ids: string[]): Promise<void> {
  const cache = await caches.open(PARTS);
  const index = await readIndex(cache);
  const plan = await partsPlan();
  index.chosen = [...new Set([...index.chosen, ...ids])].filter((id) => plan.some((p) => p.id === id));
  const wanted = plan.filter((p) => index.chosen.includes(p.id)).flatMap((p) => p.files);
  const listed = new Set(wanted.map((f) => f.url));
  for (const url of Object.keys(index.files)) {
    if (listed.has(url)) continue;
    await cache.delete(`/${url}`);
    delete index.files[url];
  }
  const todo = wanted.filter((f) => !isSaved(index, f));
  const total = { files: todo.length, bytes: todo.reduce((n, f) => n + f.transfer, 0) };
  let done = 0;
  let bytes = 0;
  await broadcast({ type: 'PARTS_PROGRESS', done, total: total.files, bytes, totalBytes: total.bytes });
  for (const file of todo) {
    const response = await fetch(`/${file.url}`, { cache: 'no-cache' });
    if (response.status !== 200) throw new Error(`${file.url}: ${response.status}`);
    await cache.put(`/${file.url}`, response);
    index.files[file.url] = file.revision;
    done += 1;
    bytes += file.transfer;
    if (done % 10 === 0 || done === todo.length) {
      await writeIndex(cache, index);
      await broadcast({ type: 'PARTS_PROGRESS', done, total: total.files, bytes, totalBytes: total.bytes });
    }
  }
  await writeIndex(cache, index);
  await broadcast({ type: 'PARTS_DONE', status: await partsStatus() });
}

/** A saved part's copy of a page or file: "/x/", "/x" and "/x/index.html" are one page. */
async function matchPart(url: URL): Promise<Response | undefined> {
  const cache = await caches.open(PARTS);
  const path = url.pathname;
  const candidates = path.endsWith('/') ? [`${path}index.html`] : /\.\w+$/.test(path) ? [path] : [`${path}/index.html`];
  for (const candidate of candidates) {
    const hit = await cache.match(candidate);
    if (hit) return hit;
  }
  return undefined;
}
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([self.clients.claim(), pruneArchive()])));

/** Why an install failed, for the pages to say in Swedish (src/shared/offline-state.ts). */
type InstallProblem = 'network' | 'missing' | 'quota';
async function reportInstallFailure(problem: InstallProblem, url: string): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    client.postMessage({ type: 'INSTALL_FAILED', problem, url, build: __BUILD_ID__ });
  }
}
addPlugins([
  {
    handlerDidError: async ({ error, event, request }) => {
      if (event.type === 'install') {
        const problem: InstallProblem = error.name === 'QuotaExceededError' ? 'quota' : error instanceof TypeError ? 'network' : 'missing';
        await reportInstallFailure(problem, request.url);
      }
      return undefined;
    },
  },
]);

/**
 * Files of an archived page (hashed CSS, JS, fonts under /_astro/), kept in the archive cache with the
 * page. Routed before the precache so a copy is made even when the current version shares the file.
 */
const ARCHIVE = 'hb-arkiv';
const ARCHIVED = /^\/utgava\//;
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET' && url.pathname.startsWith('/_astro/'),
  async ({ request, event }) => {
    const clientId = (event as FetchEvent | undefined)?.clientId;
    const client = clientId ? await self.clients.get(clientId) : undefined;
    if (!client || !ARCHIVED.test(new URL(client.url).pathname)) return (await matchPrecache(request.url)) ?? fetch(request);
    const cache = await caches.open(ARCHIVE);
    const kept = await cache.match(request.url, { ignoreSearch: true });
    if (kept) return kept;
    const response = (await matchPrecache(request.url)) ?? (await fetch(request));
    if (response.status === 200) await cache.put(new URL(request.url).pathname, response.clone());
    return response;
  },
);

/** Drops archived files that no saved archived page uses any more (directly, or through a saved file). */
async function pruneArchive(): Promise<void> {
  const cache = await caches.open(ARCHIVE);
  const keys = await cache.keys();
  const isAsset = (r: Request) => new URL(r.url).pathname.startsWith('/_astro/');
  const texts: string[] = await Promise.all(keys.filter((r) => !isAsset(r)).map(async (r) => (await cache.match(r))?.text() ?? ''));
  let unused = keys.filter(isAsset);
  for (let found = true; found; ) {
    found = false;
    for (const asset of unused) {
      const name = new URL(asset.url).pathname.split('/').pop()!;
      if (!texts.some((t) => t.includes(name))) continue;
      found = true;
      unused = unused.filter((r) => r !== asset);
      if (/\.(js|css)$/.test(name)) texts.push((await (await cache.match(asset))?.text()) ?? '');
    }
  }
  await Promise.all(unused.map((r) => cache.delete(r)));
}

cleanupOutdatedCaches();
precacheAndRoute(PRECACHE_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  // Every page is one file whatever its query: the app reads its parameters (q, search filters, ovning,
  // workshop …) in the page, and links from mail and social media add others (fbclid, utm_*). Pagefind
  // asks for pagefind-entry.json?ts=…. So the saved copy is looked up without any query.
  ignoreURLParametersMatching: [/./],
  // "/kapitel/x" (no trailing slash) is the same page as "/kapitel/x/index.html".
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') || /\.\w+$/.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url)],
});

// Archived editions: fetched from the network, kept for offline reading once visited (under their
// address without query). Same-origin GET, 200 only.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET' && ARCHIVED.test(url.pathname),
  new NetworkFirst({
    cacheName: ARCHIVE,
    plugins: [
      { cacheKeyWillBeUsed: async ({ request }) => new URL(request.url).pathname },
      { cacheWillUpdate: async ({ response }) => (response.status === 200 && response.type === 'basic' ? response : null) },
      { cacheDidUpdate: async () => pruneArchive() },
    ],
  }),
);

// Search shards (src/shared/search-hit.ts), cut from the saved fragment of the page: the same shard the
// build wrote, without the network. Pages whose fragment is not saved go to the network.
const SHARD_URL = new RegExp(`^${SHARD_ROOT}/([^/]+)/(\\d+)\\.json$`);
const fragments = new Map<string, Promise<PagefindFragment | undefined>>();

async function readSavedFragment(pageId: string): Promise<PagefindFragment | undefined> {
  const file = `/pagefind/fragment/${pageId}.pf_fragment`;
  const saved = (await matchPrecache(file)) ?? (await matchPart(new URL(file, self.location.origin)));
  if (!saved) return undefined;
  const bytes = await saved.arrayBuffer();
  // As in pagefind.js: a server may already have decoded the gzip (Content-Encoding), then the signature shows.
  const plain = new TextDecoder().decode(bytes.slice(0, 12)) === 'pagefind_dcd';
  const text = plain ? new TextDecoder().decode(bytes) : await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return parseFragment(text, file);
}

registerRoute(
  ({ url }) => url.origin === self.location.origin && SHARD_URL.test(url.pathname),
  async ({ url, request }) => {
    const [, pageId = '', index = ''] = SHARD_URL.exec(url.pathname) ?? [];
    const id = decodeURIComponent(pageId);
    let fragment = fragments.get(id);
    if (!fragment) {
      fragment = readSavedFragment(id);
      fragments.set(id, fragment);
      fragment.catch(() => fragments.delete(id));
    }
    const saved = await fragment;
    if (!saved) return fetch(request);
    const shard = shardOf(saved, Number(index));
    return shard ? new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json' } }) : new Response('', { status: 404 });
  },
);

// Anything else goes to the network; offline, a saved part may have it (network first, so a part not yet
// brought up to date after an update never mixes into an online page); else the catch handler below.
const network = new NetworkOnly();
setDefaultHandler(async (options) => {
  try {
    return await network.handle(options);
  } catch (error) {
    const saved = options.request.method === 'GET' && options.url.origin === self.location.origin ? await matchPart(options.url) : undefined;
    if (saved) return saved;
    throw error;
  }
});

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') {
    return (await matchPrecache('/offline/index.html')) ?? Response.error();
  }
  return Response.error();
});
