/**
 * Search shards (src/shared/search-hit.ts): every Pagefind fragment cut into small files under
 * SHARD_ROOT, so a search result fetches about 1 KiB of text instead of the whole page, and the page
 * table that lets hits show their titles first. Shards are served online only; the offline copy keeps
 * Pagefind's fragments and the service worker cuts the same shards from them.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { ARCHIVE_INDEX, pageTablePath, SHARD_ROOT, shardPath, type PageTable } from '../../shared/search-hit';
import { parseFragment, shardsOf, tableRow } from '../../shared/search-shards';
import { BUILD_ID } from './build-id';
import type { StepLogger } from './finish-build';

/** The fragments of both indexes (the current edition's and the archived editions'), as [folder, file]. */
async function fragmentFiles(out: string): Promise<[string, string][]> {
  const dir = path.join(out, 'pagefind', 'fragment');
  const main = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment'));
  if (!main.length) throw new Error(`Sökutdrag: inga Pagefind-fragment i ${dir}`);
  const archiveDir = path.join(out, ARCHIVE_INDEX, 'fragment');
  const archived = existsSync(archiveDir) ? (await readdir(archiveDir)).filter((f) => f.endsWith('.pf_fragment')) : [];
  return [...main.map((f): [string, string] => [dir, f]), ...archived.map((f): [string, string] => [archiveDir, f])];
}

export async function writeSearchShards(out: string, logger: StepLogger): Promise<void> {
  const files = await fragmentFiles(out);
  let count = 0;
  const rows: PageTable[string][] = [];
  // Pages in parallel batches: thousands of small files are written here on a large book.
  const BATCH = 32;
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async ([dir, file], k) => {
        const fragment = parseFragment(gunzipSync(await readFile(path.join(dir, file))).toString('utf8'), path.relative(out, path.join(dir, file)));
        const pageId = file.replace(/\.pf_fragment$/, '');
        rows[i + k] = tableRow(fragment);
        const shards = shardsOf(fragment);
        await mkdir(path.join(out, path.dirname(shardPath(pageId, 0))), { recursive: true });
        await Promise.all(shards.map((shard, n) => writeFile(path.join(out, shardPath(pageId, n)), JSON.stringify(shard))));
        count += shards.length;
      }),
    );
  }
  // In address order, not in the order the reads finish: the same build gives the same bytes, and rows of
  // one section sit together, which compresses better (a first search fetches this table).
  const table: PageTable = Object.fromEntries(
    files.map(([, file], n) => [file.replace(/\.pf_fragment$/, ''), rows[n]!] as const).sort(([, a], [, b]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
  await writeFile(path.join(out, pageTablePath(BUILD_ID)), JSON.stringify(table));
  logger.info(`${count} sökutdrag för ${files.length} sidor i ${SHARD_ROOT}/`);
}
