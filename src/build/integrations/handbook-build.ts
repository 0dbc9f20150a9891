/**
 * The handbook's build integration: marks Astro's phases for the build profile (build-profile.ts, with
 * HANDBOOK_BUILD_PROFILE=1) and, after `astro build`, runs the finishing steps (finish-build.ts). Under
 * `npm run build` (scripts/build.mjs, which sets HANDBOOK_FINISH_SEPARATELY=1) the steps run in that
 * script's own process after Astro's has ended, and this hook only hands over its profile.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BuildProfile, publishProfile } from './build-profile';

export function handbookBuild(): AstroIntegration {
  const profile = new BuildProfile();
  let root = process.cwd();
  return {
    name: 'handbook-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
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
        const separately = process.env['HANDBOOK_FINISH_SEPARATELY'] === '1';
        try {
          if (!separately) {
            // Loaded only here: the steps' packages (Pagefind, Workbox, Playwright) are not Astro's to hold.
            const { BETWEEN_STEPS, finishBuild } = await import('./finish-build');
            profile.mark(BETWEEN_STEPS);
            await finishBuild(fileURLToPath(dir), root, logger, profile);
          }
        } finally {
          // Also when a step fails: the profile then shows how far the build came. Under scripts/build.mjs
          // only the file is written: the script prints the whole build's profile, Astro's part in it.
          publishProfile(profile.finish(), separately ? undefined : (text) => logger.info(text));
        }
      },
    },
  };
}
