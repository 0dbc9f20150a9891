/**
 * The build's steps after Astro has written the pages, in a fixed order: the archived-edition check (no
 * later text in an older edition); the search index and the finished pages together; search shards cut
 * from the index's fragments; the internal links of the finished site; the whole book as PDF; the service worker (last, so it precaches the final
 * files). Each step logs its duration and, when profiling, is a phase of the profile (build-profile.ts);
 * any problem fails the build.
 *
 * scripts/build.mjs runs these in its own process: under `npm run build` once Astro's has ended, so the
 * index is built without Astro's 1.5 GiB still resident; under a plain `astro build` started from its
 * astro:build:done hook (handbook-build.ts), so that too gives the whole site.
 */
import type { AstroIntegrationLogger } from 'astro';
import { checkArchivedEditions } from './edition-check-step';
import { SearchIndexes } from './pagefind-step';
import { writeSearchShards } from './search-shards-step';
import { buildServiceWorker, loadWorkbox, measureAhead } from './service-worker-step';
import { checkLinks, finishPages, listFiles } from './pages-step';
import { buildBookPdf } from './book-pdf-step';
import type { BuildProfile } from './build-profile';

/** What the steps log with: Astro's integration logger, or the console in scripts/build.mjs. */
export type StepLogger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

export const BETWEEN_STEPS = 'efterbehandling: övrigt';

/** Runs every step over the built site in `out`; `root` is the project folder (for src/sw/sw.ts). */
export async function finishBuild(out: string, root: string, logger: StepLogger, profile: BuildProfile): Promise<void> {
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await profile.step(label, work, BETWEEN_STEPS);
    } finally {
      logger.info(`${label}: ${Math.round(performance.now() - start)} ms`);
    }
  };
  await timed('äldre utgåvor', () => checkArchivedEditions(out, logger));
  // Pagefind indexes each page as Astro wrote it while this process finishes the same page (CSP, soft
  // hyphens): the index runs in Pagefind's own process, so the two share the time. Readers search for the
  // words as written, without soft hyphens, and the index never sees the finished page.
  const links = await timed('sökindex (Pagefind) och sidorna färdiga: CSP, mjuka bindestreck', async () => {
    // The site as Astro wrote it, listed once: finishing pages adds no file.
    const files = await listFiles(out);
    const indexes = await SearchIndexes.open(files.filter((f) => f.endsWith('.html')));
    try {
      const links = await finishPages(out, files, logger, (file, html) => indexes.add(file, html));
      // Pagefind now writes its index in its own process; meanwhile this one loads Workbox and measures the
      // finished files for the offline copy, work the service-worker step would otherwise do after it.
      // A failure in either is reported by that step, which does the same work again.
      const ahead = Promise.all([loadWorkbox(), measureAhead(out, files)]);
      ahead.catch(() => {});
      await indexes.write(out, logger);
      await ahead.catch(() => {});
      return links;
    } finally {
      await indexes.close();
    }
  });
  await timed('sökutdrag', () => writeSearchShards(out, logger));
  await timed('länkkontroll', () => checkLinks(out, links, logger));
  await timed('hela handboken som PDF', () => buildBookPdf(out, logger));
  await timed('service worker (Workbox)', () => buildServiceWorker(out, root, logger));
}
