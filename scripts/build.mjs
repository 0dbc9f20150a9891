// The build as `npm run build`, `npm start`, the browser tests and the benchmark run it: `astro build`, then
// the finishing steps (search index, finished pages, search shards, link check, PDF, service worker:
// src/build/integrations/finish-build.ts) in this process, once Astro's has ended. Astro's process holds
// about 1.5 GiB at 1 000 chapters until it exits; Pagefind's index adds 0.6 GiB of its own, so running the
// steps after it keeps the build's peak memory to the larger of the two instead of their sum.
//
//   node scripts/build.mjs                the whole build (environment as for astro build: HANDBOOK_OUT_DIR,
//                                          HANDBOOK_CONTENT_DIR, HANDBOOK_BOOK_PDF, HANDBOOK_BUILD_PROFILE, …)
//   node scripts/build.mjs --steps-only   only the finishing steps, over the site Astro just wrote; a plain
//                                          `astro build` runs this from its last hook (handbook-build.ts)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build as bundle, stop as stopBundler } from 'esbuild';

const stepsOnly = process.argv.includes('--steps-only');
const root = process.cwd();
// Found as Node finds it, so a copy of the project below this checkout (the update tests) builds too.
const astroBin = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
const out = path.resolve(root, process.env.HANDBOOK_OUT_DIR ?? 'dist');
const temp = (mkdirSync(path.join(root, '.tmp'), { recursive: true }), mkdtempSync(path.join(root, '.tmp', 'bygg-')));
const astroProfile = path.join(temp, 'astro-profil.json');

// The build id and the profile are TypeScript without imports of their own: Node loads them as they are.
// One id for both processes: the pages' scripts and the service worker must name the same version.
const { BUILD_ID } = await import(pathToFileURL(path.join(root, 'src/build/integrations/build-id.ts')).href);
process.env.HANDBOOK_BUILD_ID = BUILD_ID;
const { BuildProfile, mergeProfiles, publishProfile } = await import(pathToFileURL(path.join(root, 'src/build/integrations/build-profile.ts')).href);
const profile = new BuildProfile(process.env, stepsOnly ? 'efterbehandling: start' : 'bygget: start');

/**
 * The steps are TypeScript with imports: bundled for Node (their packages stay imports), while Astro runs.
 * esbuild's service process is stopped at once, so it does not count while Astro builds.
 */
async function bundleSteps() {
  await bundle({
    entryPoints: { steps: 'src/build/integrations/finish-build.ts' },
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  await stopBundler();
  return path.join(temp, 'steps.mjs');
}

/**
 * The previous output, moved aside before Astro would empty the folder and removed once the build has ended.
 * This disk's ext4 has no journal: creating a file then checks, one by one, every inode freed in the last
 * minute or more, so writing a site right after deleting the last one costs kernel time per file (0.5-0.7 s
 * of system CPU for the real book). A folder with .git in it is left to Astro, which keeps that.
 */
const aside = path.join(path.dirname(out), `.${path.basename(out)}-forra-${process.pid}`);
function movePreviousOutput() {
  if (stepsOnly || !existsSync(out) || existsSync(path.join(out, '.git'))) return;
  try {
    renameSync(out, aside);
  } catch {
    // another device or a busy folder: Astro empties it as before
  }
}

/** After the build: the previous output goes, unless the build failed before writing any (then it stays). */
function settlePreviousOutput(succeeded) {
  if (!succeeded && existsSync(aside) && !existsSync(out)) renameSync(aside, out);
  // This build's previous output, and any a killed build left behind.
  const stale = `.${path.basename(out)}-forra-`;
  for (const name of existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []) {
    if (name.startsWith(stale)) rmSync(path.join(path.dirname(out), name), { recursive: true, force: true });
  }
}

/** Runs `astro build` in its own process; its profile (when asked for) is written to astroProfile. */
async function astroBuild() {
  // The build's peak is while Rolldown holds the bundle (0.85 GiB of its own at 1 000 chapters). V8's young
  // generation is kept to 8 MiB semi-spaces, and the collector is exposed so handbook-build.ts can clear
  // the content sync's garbage before bundling starts: 1 371-1 418 MiB at the peak instead of 1 455-1 569,
  // with GC time about the same (a 2 MiB young generation saved more memory but cost seconds of GC).
  const astro = spawn(process.execPath, ['--max-semi-space-size=8', '--expose-gc', astroBin, 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      HANDBOOK_FINISH_SEPARATELY: '1',
      HANDBOOK_BUILD_PROFILE_FILE: astroProfile,
      // Rolldown's allocator (mimalloc) keeps freed memory for a while and commits whole arenas up front
      // by default; at 1 000 chapters that is 0.6 GiB resident after bundling that nothing uses.
      MIMALLOC_PURGE_DELAY: '0',
      MIMALLOC_ARENA_EAGER_COMMIT: '0',
    },
  });
  return new Promise((resolve) => astro.on('close', (code) => resolve(code ?? 1)));
}

let status = 1;
movePreviousOutput();
try {
  if (!stepsOnly) profile.mark('Astro');
  const astro = stepsOnly ? Promise.resolve(0) : astroBuild();
  const steps = bundleSteps();
  steps.catch(() => {}); // awaited below, unless Astro failed first
  const code = await astro;
  if (code !== 0) {
    status = code;
  } else {
    const { finishBuild, BETWEEN_STEPS } = await import(pathToFileURL(await steps).href);
    profile.mark(BETWEEN_STEPS);
    const logger = { info: (text) => console.log(`[handbook-build] ${text}`), warn: (text) => console.warn(`[handbook-build] ${text}`) };
    await finishBuild(out, root, logger, profile);
    status = 0;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  const report = profile.finish();
  if (report) {
    let astroReport;
    try {
      astroReport = stepsOnly ? undefined : JSON.parse(readFileSync(astroProfile, 'utf8'));
    } catch {
      // Astro failed before it wrote its figures: the build's own are all there is.
    }
    publishProfile(astroReport ? mergeProfiles(report, 'Astro', astroReport) : report, (text) => console.log(text));
  }
  rmSync(temp, { recursive: true, force: true });
  settlePreviousOutput(status === 0);
}
process.exit(status);
