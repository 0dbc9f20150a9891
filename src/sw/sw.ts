/// <reference lib="webworker" />
/**
 * The handbook's service worker. Precaches the current edition (manifest injected by Workbox at build
 * time), serves it offline with and without trailing slash or index.html, caches archived-edition pages
 * when visited, and shows a Swedish offline page for anything else. A new version waits until the
 * reader clicks "Uppdatera" (SKIP_WAITING), so no page ever mixes old and new files.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';

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

// Anything else (an uncached URL) goes to the network; offline it falls to the catch handler below.
setDefaultHandler(new NetworkOnly());

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') {
    return (await matchPrecache('/offline/index.html')) ?? Response.error();
  }
  return Response.error();
});
