/** The part of Pagefind's browser API (pagefind.js, 1.6) the handbook uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export type FilterQuery = Record<string, string | { any: string[] } | { all: string[] }>;
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: FilterQuery }): Promise<void>;
  search(term: string | null, options?: { filters?: FilterQuery }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}
