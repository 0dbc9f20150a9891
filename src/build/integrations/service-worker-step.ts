/**
 * The service worker: src/sw/sw.ts bundled with esbuild, then Workbox injectManifest fills in the
 * precache list (every page, asset and Pagefind file of the current edition, with revision hashes).
 * Any Workbox warning (e.g. a file over the size limit that would silently break offline search)
 * fails the build.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_ID } from './build-id';
import { FIRST_VISIT_BUDGET, PAGE_RESERVE, planOfflineCopy, type SizedFile } from '../../shared/offline-parts';
import type { StepLogger } from './finish-build';

/** The parts a reader may save beyond the first visit's copy (src/shared/offline-parts.ts), read by the service worker. */
export const PARTS_FILE = 'offline-delar.json';
/** What nginx compresses (deploy/nginx.conf gzip_types); Pagefind's files are gzip already. */
const COMPRESSED = /\.(html|css|js|json|svg|webmanifest)$/;

const gzipAsync = promisify(gzip);

/** Sizes measured so far, with the file's modification time (ns) and size then: a file changed since is measured again. */
const measured = new Map<string, { mtimeNs: bigint; size: bigint; transfer: number }>();

/** Bytes a file costs over the wire (compressed on libuv's threads, so files are compressed side by side). */
export async function transferSize(file: string): Promise<number> {
  const info = await stat(file, { bigint: true });
  const known = measured.get(file);
  if (known && known.mtimeNs === info.mtimeNs && known.size === info.size) return known.transfer;
  const bytes = await readFile(file);
  const transfer = COMPRESSED.test(file) ? (await gzipAsync(bytes, { level: 6 })).length : bytes.length;
  measured.set(file, { mtimeNs: info.mtimeNs, size: info.size, transfer });
  return transfer;
}

/**
 * Measures ahead what the finished pages, styles and scripts cost over the wire, while Pagefind writes its
 * index (finish-build.ts): the service-worker step then finds most sizes known. Archived editions and
 * comparisons are not in the offline copy and are left out.
 */
export async function measureAhead(out: string, files: readonly string[]): Promise<void> {
  const wanted = files.filter((f) => COMPRESSED.test(f) && !f.startsWith('/utgava/') && !f.includes('/jamfor/'));
  await Promise.all(wanted.map((f) => transferSize(path.join(out, f))));
}

/**
 * Workbox's build tools take a second or more to load. finish-build.ts starts loading them while the main
 * thread waits for Pagefind to write its index; the step then finds them loaded.
 */
export const loadWorkbox = () => import('workbox-build');

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

export async function buildServiceWorker(out: string, root: string, logger: StepLogger): Promise<void> {
  const temp = await mkdtemp(path.join(tmpdir(), 'hb-sw-'));
  // Tests and benchmarks may set a smaller budget to exercise the parts on a small book.
  const budget = Number(process.env['HANDBOOK_OFFLINE_BUDGET'] ?? FIRST_VISIT_BUDGET - PAGE_RESERVE);
  let summary: { core: number; coreBytes: number; parts: string[]; totalBytes: number } | undefined;
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
    const { injectManifest } = await loadWorkbox();
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(out, 'sw.js'),
      globDirectory: out,
      globPatterns: [...PRECACHE.globPatterns],
      globIgnores: [...PRECACHE.globIgnores],
      // Large enough for the whole-book print page of a 1 000-chapter book (29 MB): what a first visit
      // saves is decided by the offline budget (planOfflineCopy), which makes such a page a part.
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      // Hashed file names are their own revision.
      dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(index|fragment|filter)\/|\.pf_meta$|^sokdata\/sidor-/,
      manifestTransforms: [
        async (entries) => {
          checkPrecacheManifest(entries, out);
          const sized: SizedFile[] = await Promise.all(entries.map(async (e) => ({ url: e.url, revision: e.revision, transfer: await transferSize(path.join(out, decodeURIComponent(e.url))) })));
          const plan = planOfflineCopy(sized, budget);
          const parts = JSON.stringify({ build: BUILD_ID, parts: plan.parts });
          await writeFile(path.join(out, PARTS_FILE), parts);
          summary = { core: plan.core.length, coreBytes: plan.coreBytes, parts: plan.parts.map((p) => `${p.id} ${(p.bytes / 1024).toFixed(0)} KiB`), totalBytes: sized.reduce((n, f) => n + f.transfer, 0) };
          const core = new Set(plan.core.map((f) => f.url));
          const manifest = [...entries.filter((e) => core.has(e.url)), { url: PARTS_FILE, revision: createHash('md5').update(parts).digest('hex'), size: parts.length }];
          return { manifest };
        },
      ],
    });
    if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
    if (!summary) throw new Error('Workbox gav ingen lista över offlinekopian');
    // bytes: what a first visit's copy costs over the wire; total: the whole edition with every part.
    await writeFile(path.join(out, 'version.json'), JSON.stringify({ build: BUILD_ID, files: count, size, bytes: summary.coreBytes, total: summary.totalBytes }));
    logger.info(
      `${count} filer (${(size / 1024).toFixed(0)} KiB, ${(summary.coreBytes / 1024).toFixed(0)} KiB över nätet) i offlinekopian vid första besöket, version ${BUILD_ID}` +
        (summary.parts.length ? `; delar att spara på begäran: ${summary.parts.join(', ')}` : '; inga delar utanför'),
    );
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
