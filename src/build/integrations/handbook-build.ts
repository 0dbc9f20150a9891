/**
 * The handbook's build integration: marks Astro's phases for the build profile (build-profile.ts, with
 * HANDBOOK_BUILD_PROFILE=1) and makes sure the finishing steps (finish-build.ts) run after `astro build`.
 * Under `npm run build` (scripts/build.mjs, which sets HANDBOOK_FINISH_SEPARATELY=1) that script runs them
 * itself once this process has ended; a plain `astro build` runs them here, in a process of their own
 * (`scripts/build.mjs --steps-only`), so both give the same site from the same code.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildProfile, publishProfile } from './build-profile';
import { BUILD_ID } from './build-id';

function runSteps(root: string, out: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, HANDBOOK_OUT_DIR: out, HANDBOOK_BUILD_ID: BUILD_ID };
  // The steps print their own profile; the file, if asked for, holds this process's.
  delete env['HANDBOOK_BUILD_PROFILE_FILE'];
  const steps = spawn(process.execPath, [path.join(root, 'scripts/build.mjs'), '--steps-only'], { cwd: root, env, stdio: 'inherit' });
  return new Promise((resolve) => steps.on('close', (code) => resolve(code ?? 1)));
}

export function handbookBuild(): AstroIntegration {
  const profile = new BuildProfile();
  const separately = process.env['HANDBOOK_FINISH_SEPARATELY'] === '1';
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
      'astro:build:start': () => {
        profile.mark('Astro/Vite: paketering (MDX, skript)');
        // scripts/build.mjs exposes the collector: the content sync leaves its garbage (0.2 GiB at 1 000
        // chapters) for V8 to collect mid-bundling, when Rolldown holds the most; collected here instead.
        (globalThis as { gc?: () => void }).gc?.();
      },
      'astro:build:generated': () => profile.mark('Astro: avslutning'),
      'astro:build:done': async ({ dir, logger }) => {
        // Under scripts/build.mjs only the file is written: the script prints the whole build's profile.
        publishProfile(profile.finish(), separately ? undefined : (text) => logger.info(text));
        if (separately) return;
        const code = await runSteps(root, fileURLToPath(dir));
        if (code !== 0) throw new Error(`Efterbehandlingen av bygget misslyckades (se ovan), kod ${code}`);
      },
    },
  };
}
