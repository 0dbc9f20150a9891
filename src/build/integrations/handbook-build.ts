/**
 * The build pipeline after `astro build`, in a fixed order: CSP tightening and internal link check,
 * the archived-edition check (no later text in an older edition),
 * Pagefind index, search shards cut from its fragments, soft hyphens in long words, the whole book as PDF,
 * service worker (last, so it precaches the final files). Each step logs its duration; any problem fails the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from './link-check-step';
import { checkArchivedEditions } from './edition-check-step';
import { buildSearchIndex } from './pagefind-step';
import { writeSearchShards } from './search-shards-step';
import { buildServiceWorker } from './service-worker-step';
import { typesetPages } from './typeset-step';
import { buildBookPdf } from './book-pdf-step';

async function timed<T>(logger: AstroIntegrationLogger, label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    logger.info(`${label}: ${Math.round(performance.now() - start)} ms`);
  }
}

export function handbookBuild(): AstroIntegration {
  return {
    name: 'handbook-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await timed(logger, 'CSP och länkkontroll', () => checkLinks(out, logger));
        await timed(logger, 'äldre utgåvor', () => checkArchivedEditions(out, logger));
        await timed(logger, 'sökindex (Pagefind)', () => buildSearchIndex(out, logger));
        await timed(logger, 'sökutdrag', () => writeSearchShards(out, logger));
        // After the index: readers search for the words as written, without soft hyphens.
        await timed(logger, 'mjuka bindestreck', () => typesetPages(out, logger));
        await timed(logger, 'hela handboken som PDF', () => buildBookPdf(out, logger));
        await timed(logger, 'service worker (Workbox)', () => buildServiceWorker(out, logger));
      },
    },
  };
}
