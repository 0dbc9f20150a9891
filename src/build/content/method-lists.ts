/**
 * The Metodbank's filters as static lists: one page per filter value (/metoder/<filter>/<value>/, e.g.
 * /metoder/roll/skola/), so a reader without JavaScript can narrow the methods too. The options are the
 * same as the filter form's on /metoder/; which methods a list holds is decided by methodMatches, the
 * rule the form uses. Build-time only.
 */
import type { Method } from './handbook';
import { EVIDENCE_NAMES, KIND_NAMES } from '../../shared/methods';
import { methodMatches, parseMethodFilters, type MethodFacets, type MethodFilterKey } from '../../shared/method-filter';
import { ROLE_NAMES } from '../../shared/roles';
import { PROCESS_STEPS } from '../../shared/steps';
import { EVIDENCE_LEVELS, METHOD_KINDS } from '../../schemas/method';

export interface FilterOptions {
  key: MethodFilterKey;
  options: readonly (readonly [value: string, label: string])[];
}

export const METHOD_FILTER_OPTIONS: readonly FilterOptions[] = [
  { key: 'steg', options: PROCESS_STEPS.map((s) => [String(s.number), `${s.number} ${s.title}`] as const) },
  { key: 'typ', options: METHOD_KINDS.map((k) => [k, KIND_NAMES[k]] as const) },
  { key: 'roll', options: Object.entries(ROLE_NAMES) },
  { key: 'evidens', options: EVIDENCE_LEVELS.map((e) => [e, EVIDENCE_NAMES[e]] as const) },
];

/** A method's values per filter, as the filter form reads them from the page. */
export function methodFacets(method: Method): MethodFacets {
  const d = method.data;
  return { steg: d.steps.map(String), typ: [d.kind], roll: [...d.audience], evidens: [d.evidenceLevel] };
}

/** The address of one static list. */
export const methodListHref = (key: MethodFilterKey, value: string) => `/metoder/${key}/${encodeURIComponent(value)}/`;

/** The methods of one list: those the filter form would show for ?<key>=<value>. */
export function methodsFor(methods: readonly Method[], key: MethodFilterKey, value: string): Method[] {
  const filters = parseMethodFilters(new URLSearchParams({ [key]: value }).toString());
  return methods.filter((m) => methodMatches(methodFacets(m), filters));
}
