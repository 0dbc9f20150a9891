/**
 * The build pipeline after `astro build`, in a fixed order: the archived-edition check (no later text in
 * an older edition), Pagefind index, search shards cut from its fragments, one pass that finishes every
 * page (CSP tightening, soft hyphens in long words) and checks the internal links, the whole book as PDF,
 * service worker (last, so it precaches the final files). Each step logs its duration; any problem fails the build.
 * With HANDBOOK_BUILD_PROFILE=1 the build ends with CPU time and memory per phase (build-profile.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchivedEditions } from './edition-check-step';
import { buildSearchIndex } from './pagefind-step';
import { writeSearchShards } from './search-shards-step';
import { buildServiceWorker } from './service-worker-step';
import { finishPages } from './pages-step';
import { buildBookPdf } from './book-pdf-step';
import { BuildProfile, publishProfile } from './build-profile';

const BETWEEN_STEPS = 'efterbehandling: övrigt';

export function handbookBuild(): AstroIntegration {
  const profile = new BuildProfile();
  async function timed<T>(logger: AstroIntegrationLogger, label: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await profile.step(label, work, BETWEEN_STEPS);
    } finally {
      logger.info(`${label}: ${Math.round(performance.now() - start)} ms`);
    }
  }
  return {
    name: 'handbook-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || !profile.enabled) return;
        profile.mark('Astro: konfiguration, innehållssynk');
        // Vite's post buildApp hooks run in plugin order, and Astro's page generation is the last one:
        // this one marks where bundling ends and rendering begins.
        updateConfig({
          vite: { plugins: [{ name: 'handbook-build-profile', buildApp: { order: 'post', handler: async () => profile.mark('Astro: sidor renderas') } }] },
        });
      },
      'astro:build:start': () => profile.mark('Astro/Vite: paketering (MDX, skript)'),
      'astro:build:generated': () => profile.mark('Astro: avslutning'),
      'astro:build:done': async ({ dir, logger }) => {
        profile.mark(BETWEEN_STEPS);
        const out = fileURLToPath(dir);
        try {
          await timed(logger, 'äldre utgåvor', () => checkArchivedEditions(out, logger));
          await timed(logger, 'sökindex (Pagefind)', () => buildSearchIndex(out, logger));
          await timed(logger, 'sökutdrag', () => writeSearchShards(out, logger));
          // After the index: readers search for the words as written, without soft hyphens.
          await timed(logger, 'sidorna färdiga: CSP, mjuka bindestreck, länkkontroll', () => finishPages(out, logger));
          await timed(logger, 'hela handboken som PDF', () => buildBookPdf(out, logger));
          await timed(logger, 'service worker (Workbox)', () => buildServiceWorker(out, logger));
        } finally {
          // Also when a step fails: the profile then shows how far the build came.
          publishProfile(profile.finish(), (text) => logger.info(text));
        }
      },
    },
  };
}
