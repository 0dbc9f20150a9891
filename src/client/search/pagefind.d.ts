/** The part of Pagefind's browser API (pagefind.js, 1.6) the handbook uses. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Locations of the matched words in the page's indexed text. */
  words: number[];
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
