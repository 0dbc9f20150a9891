/// <reference lib="webworker" />
/**
 * The handbook's service worker. Precaches the current edition (manifest injected by Workbox at build
 * time), serves it offline with and without trailing slash or index.html, caches archived-edition pages
 * when visited, and shows a Swedish offline page for anything else. A new version waits until the
 * reader clicks "Uppdatera" (SKIP_WAITING), so no page ever mixes old and new files. Search shards are
 * not saved: they are cut from the saved Pagefind fragments, so search works offline at no extra cost.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
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
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

cleanupOutdatedCaches();
precacheAndRoute(PRECACHE_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  // Pagefind asks for pagefind-entry.json?ts=…; the precached copy has no query.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^q$/, /^typ$/, /^steg$/, /^roll$/, /^utgava$/, /^ovning$/, /^workshop$/, /^lagg-till$/],
  // "/kapitel/x" (no trailing slash) is the same page as "/kapitel/x/index.html".
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') || /\.\w+$/.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url)],
});

// Archived editions: fetched from the network, kept for offline reading once visited. Same-origin GET, 200 only.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET' && url.pathname.startsWith('/utgava/'),
  new NetworkFirst({
    cacheName: 'hb-arkiv',
    plugins: [{ cacheWillUpdate: async ({ response }) => (response.status === 200 && response.type === 'basic' ? response : null) }],
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
