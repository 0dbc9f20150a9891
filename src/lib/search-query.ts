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

/** Pagefind filter object: any-of within a filter, all filters together, always one edition. */
export function pagefindFilters(state: SearchState): Record<string, string | { any: string[] }> {
  const filters: Record<string, string | { any: string[] }> = { utgava: state.edition };
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = { any: state.filters[key] };
  return filters;
}

/** Splits a Pagefind excerpt ("text <mark>hit</mark> text") into plain pieces, so no markup from the index is ever injected. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  const decode = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
  let rest = excerpt;
  while (rest.length) {
    const start = rest.indexOf('<mark>');
    if (start < 0) {
      parts.push({ text: decode(rest), mark: false });
      break;
    }
    if (start > 0) parts.push({ text: decode(rest.slice(0, start)), mark: false });
    const end = rest.indexOf('</mark>', start);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: decode(rest.slice(start + 6, stop)), mark: true });
    rest = end < 0 ? '' : rest.slice(end + 7);
  }
  return parts.map((p) => ({ ...p, text: p.text.replace(/<[^>]*>/g, '') })).filter((p) => p.text);
}

/** Query words, for highlighting a summary shown instead of an excerpt. */
export function queryWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
}
