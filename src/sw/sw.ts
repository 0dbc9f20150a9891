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
import { SHARD_ROOT } from '../lib/search-hit';
import { parseFragment, shardOf, type PagefindFragment } from '../lib/search-shards';

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
});
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([self.clients.claim(), pruneArchive()])));

/** Why an install failed, for the pages to say in Swedish (src/lib/offline-state.ts). */
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

// Search shards (src/lib/search-hit.ts), cut from the saved fragment of the page: the same shard the
// build wrote, without the network. Pages whose fragment is not saved go to the network.
const SHARD_URL = new RegExp(`^${SHARD_ROOT}/([^/]+)/(\\d+)\\.json$`);
const fragments = new Map<string, Promise<PagefindFragment | undefined>>();

async function readSavedFragment(pageId: string): Promise<PagefindFragment | undefined> {
  const file = `/pagefind/fragment/${pageId}.pf_fragment`;
  const saved = await matchPrecache(file);
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

// Anything else (an uncached URL) goes to the network; offline it falls to the catch handler below.
setDefaultHandler(new NetworkOnly());

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') {
    return (await matchPrecache('/offline/index.html')) ?? Response.error();
  }
  return Response.error();
});
