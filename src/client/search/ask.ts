/**
 * One search as the reader asked it (src/shared/search-ask.ts): question words left out, kind words as a
 * boost, titles first, and — when all the words together give few hits — pages with some of them after
 * the full hits. Shared by the search page and the header's quick results.
 */
import { loadPagefind } from './engine';
import { loadPageTable } from './hits';
import { FEW_HITS, planQuery, rankResults, searchForm, wordResults, type QueryPlan, type RankedResult } from '../../shared/search-ask';
import { countFilters, headFromRow } from '../../shared/search-hit';
import { stept } from '../../i18n/steps';
import type { FilterCounts, FilterQuery } from './pagefind';

export interface Asked {
  plan: QueryPlan;
  results: RankedResult[];
  /** Hits holding every word of the plan. */
  full: number;
  partial: boolean;
  /** Filter counts of the hits (from the page table; Pagefind's own when the table is missing). */
  filters: FilterCounts;
}

/** `archive`: search the archived editions' index (the filters name which edition). */
export async function ask(q: string, filters: FilterQuery, archive = false): Promise<Asked | null> {
  const pagefind = await loadPagefind(archive);
  const plan = planQuery(q);
  const [search, table] = await Promise.all([pagefind.search(plan.text || null, { filters }), loadPageTable()]);
  if (!search) return null;
  const find = async (word: string) => (await pagefind.search(searchForm(word), { filters }))?.results ?? [];
  const perWord =
    search.results.length < FEW_HITS && (plan.words.length > 1 || plan.parts.some((p) => p.length))
      ? await Promise.all(
          plan.words.map(async (word, i) => {
            const own = await find(word);
            return wordResults(own, own.length < FEW_HITS ? await Promise.all(plan.parts[i]!.map(find)) : []);
          }),
        )
      : [];
  const pages = (id: string) => {
    const row = table?.[id];
    return row && headFromRow(row);
  };
  const ranked = rankResults(search.results, perWord, plan, pages);
  return { plan, ...ranked, filters: table ? countFilters(search.results.map((r) => r.id), table, (n) => stept('step.number', { n })) : search.filters };
}
