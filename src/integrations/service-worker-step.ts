/**
 * The service worker: src/sw/sw.ts bundled with esbuild, then Workbox injectManifest fills in the
 * precache list (every page, asset and Pagefind file of the current edition, with revision hashes).
 * Any Workbox warning (e.g. a file over the size limit that would silently break offline search)
 * fails the build.
 */
import type { AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { BUILD_ID } from './build-id';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What goes into the offline copy. Archived editions (/utgava/) are cached when visited instead. */
export const PRECACHE = {
  globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest}', 'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
  // Search shards are cut from the saved fragments by the service worker instead (src/sw/sw.ts); the
  // page table (sokdata/sidor-*.json) is saved.
  globIgnores: ['utgava/**', 'sw.js', '**/jamfor/**', 'sokdata/v*/**'],
} as const;

/**
 * Every file the precache manifest names must be in the output: a missing one makes every reader's
 * install fail (the new version never arrives, a first visit never gets its copy). Returns the manifest
 * unchanged, or throws naming the missing files.
 */
export function checkPrecacheManifest<T extends { url: string }>(entries: T[], out: string): T[] {
  const missing = entries.filter((e) => !existsSync(path.join(out, decodeURIComponent(e.url.split('?')[0]!))));
  if (missing.length) throw new Error(`Offlinekopians lista (sw.js) nämner filer som inte finns i ${out}: ${missing.map((e) => e.url).join(', ')}`);
  return entries;
}

export async function buildServiceWorker(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const temp = await mkdtemp(path.join(tmpdir(), 'hb-sw-'));
  try {
    const bundled = path.join(temp, 'sw.js');
    await build({
      entryPoints: [path.join(root, 'src/sw/sw.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      outfile: bundled,
      define: { 'process.env.NODE_ENV': '"production"', __BUILD_ID__: JSON.stringify(BUILD_ID) },
      logLevel: 'silent',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(out, 'sw.js'),
      globDirectory: out,
      globPatterns: [...PRECACHE.globPatterns],
      globIgnores: [...PRECACHE.globIgnores],
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      // Hashed file names are their own revision.
      dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(index|fragment|filter)\/|\.pf_meta$|^sokdata\/sidor-/,
      manifestTransforms: [async (entries) => ({ manifest: checkPrecacheManifest(entries, out) })],
    });
    if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
    await writeFile(path.join(out, 'version.json'), JSON.stringify({ build: BUILD_ID, files: count, bytes: size }));
    logger.info(`${count} filer (${(size / 1024).toFixed(0)} KiB) i offlinekopian, version ${BUILD_ID}`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
