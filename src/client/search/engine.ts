/**
 * Loads Pagefind once, on first need (focus on a search field), with the handbook's options.
 * The module URL is kept in a variable so Vite does not try to bundle it: it exists only after build.
 * The archived editions have an index of their own (ARCHIVE_INDEX), loaded only for a search in one of
 * them; each index is its own Pagefind instance (its pagefind.js finds its files beside it).
 */
import { ARCHIVE_INDEX } from '../../shared/search-hit';
import type { PagefindApi } from './pagefind';

const loading = new Map<boolean, Promise<PagefindApi>>();

export function loadPagefind(archive = false): Promise<PagefindApi> {
  const known = loading.get(archive);
  if (known) return known;
  const started = (async () => {
    // A full URL made at run time: the bundler neither resolves nor inlines it.
    const url = new URL(archive ? `/${ARCHIVE_INDEX}/pagefind.js` : '/pagefind/pagefind.js', location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({
      // Same tag for the whole build: caches (HTTP and the service worker) can keep the metadata.
      metaCacheTag: __BUILD_ID__,
      // On the page rather than in a worker: one file less to download for the first search, and an
      // index this size answers in a few milliseconds either way (CSP allows the WASM: 'wasm-unsafe-eval').
      noWorker: true,
      ranking: {
        // Chapters are long; the default length penalty buried them under short pages mentioning a term once.
        pageLength: 0.2,
        // A match in the title, or in what the title says in other words (the `om` meta field: "KmB" for
        // "Kommuner mot brott", "förebyggande" for "brottsförebyggande"; src/shared/search-terms.ts), lifts
        // the page that is about the term above pages that mention it.
        metaWeights: { title: 5, om: 5 },
        // Exact letters first: with titles weighted, "mal" put SMARTA mål above the Malmö pages.
        diacriticSimilarity: 3,
      },
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.set(archive, started);
  started.catch(() => loading.delete(archive));
  return started;
}
