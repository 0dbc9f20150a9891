/**
 * The Metodbank's filters (/metoder/?steg=2&typ=social&roll=skola&evidens=stark): step, kind, role and
 * evidence level. Any of the chosen values within a filter, every filter together, as on /sok/. Pure,
 * so the page script and the unit tests share it.
 */
export const METHOD_FILTER_KEYS = ['steg', 'typ', 'roll', 'evidens'] as const;
export type MethodFilterKey = (typeof METHOD_FILTER_KEYS)[number];
export type MethodFilters = Record<MethodFilterKey, string[]>;

/** What one method offers to the filters: its values per filter. */
export type MethodFacets = Record<MethodFilterKey, readonly string[]>;

export function parseMethodFilters(search: string): MethodFilters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(METHOD_FILTER_KEYS.map((k) => [k, [...new Set(params.getAll(k).filter(Boolean))]])) as MethodFilters;
}

export function methodFiltersToQuery(filters: MethodFilters): string {
  const params = new URLSearchParams();
  for (const key of METHOD_FILTER_KEYS) for (const value of filters[key]) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function activeFilterCount(filters: MethodFilters): number {
  return METHOD_FILTER_KEYS.reduce((n, k) => n + filters[k].length, 0);
}

export function methodMatches(facets: MethodFacets, filters: MethodFilters): boolean {
  return METHOD_FILTER_KEYS.every((k) => !filters[k].length || filters[k].some((v) => facets[k].includes(v)));
}

/** A method's facets from where the page keeps them (data-steg="2 4" …): space-separated values. */
export function facetsFrom(read: (key: MethodFilterKey) => string | undefined): MethodFacets {
  const values = (key: MethodFilterKey) => (read(key) ?? '').split(' ').filter(Boolean);
  return { steg: values('steg'), typ: values('typ'), roll: values('roll'), evidens: values('evidens') };
}
