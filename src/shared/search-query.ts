/**
 * Search state as the URL carries it (/sok/?q=…&typ=…&steg=…&roll=…&utgava=…), and its translation to
 * Pagefind filters. Pure, so the page script and the unit tests share it.
 */
export const FILTER_KEYS = ['typ', 'steg', 'roll'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  /** Edition to search; the current edition unless the reader chooses another. */
  edition: string;
}

export function parseSearchState(search: string, currentEdition: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.getAll(k).filter(Boolean)])) as Record<FilterKey, string[]>;
  return { q: (params.get('q') ?? '').trim(), filters, edition: params.get('utgava') || currentEdition };
}

export function searchStateToQuery(state: SearchState, currentEdition: string): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.edition !== currentEdition) params.set('utgava', state.edition);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Pagefind filter object: any-of within a filter, all filters together, always one edition. The current
 * edition has an index of its own, so it needs no edition filter (one filter file less to fetch); an
 * archived edition is chosen by the filter in the archive index.
 */
export function pagefindFilters(state: SearchState, currentEdition: string): Record<string, string | { any: string[] }> {
  const filters: Record<string, string | { any: string[] }> = state.edition === currentEdition ? {} : { utgava: state.edition };
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = { any: state.filters[key] };
  return filters;
}
