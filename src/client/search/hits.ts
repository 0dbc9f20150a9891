/**
 * A Pagefind result turned into what the reader sees (src/shared/search-hit.ts): its head (title, type,
 * steps) from the page table as soon as it is ranked, its excerpt from the one shard of page text that
 * holds its best passage. Both are fetched once and kept for later searches.
 */
import { headFromRow, hitFromShard, pageTablePath, shardFor, shardPath, type HitHead, type PageTable, type SearchHit, type SearchShard } from '../../shared/search-hit';
import type { PagefindResult } from './pagefind';

const shards = new Map<string, Promise<SearchShard>>();
let table: Promise<PageTable | undefined> | undefined;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Starts loading the page table (with Pagefind, when the reader turns to search). */
export function loadPageTable(): Promise<PageTable | undefined> {
  // Without it (a page from an older build, say) hits wait for their shard, which has the title too.
  table ??= json<PageTable>(pageTablePath(__BUILD_ID__)).catch(() => undefined);
  return table;
}

/** The head of a hit, if the page table is in and knows the page. */
export async function hitHead(result: PagefindResult): Promise<HitHead | undefined> {
  const row = (await loadPageTable())?.[result.id];
  return row && headFromRow(row);
}

function shard(pageId: string, index: number): Promise<SearchShard> {
  const url = shardPath(pageId, index);
  let pending = shards.get(url);
  if (!pending) {
    pending = json<SearchShard>(url);
    pending.catch(() => shards.delete(url));
    shards.set(url, pending);
  }
  return pending;
}

export async function loadHit(result: PagefindResult, query: string): Promise<SearchHit> {
  let index = shardFor(result.words);
  let found = await shard(result.id, index);
  // The first guess may have landed on the title or the hidden search words; the shard knows where they are.
  const better = shardFor(result.words, found);
  if (better !== index) {
    index = better;
    found = await shard(result.id, index);
  }
  return hitFromShard(found, result.words, query);
}
