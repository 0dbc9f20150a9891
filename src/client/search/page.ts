/**
 * The search page (/sok/): query and filters live in the URL, so results can be shared and the back
 * button steps through earlier searches. Pagefind loads when the page opens (the reader came to search).
 */
import { ask } from './ask';
import { loadPagefind } from './engine';
import { hitHead, loadHit, loadPageTable } from './hits';
import { fillHit, hitElement } from './render';
import { st } from '../../i18n/search';
import { ot } from '../../i18n/offline';
import { FILTER_KEYS, pagefindFilters, parseSearchState, searchStateToQuery, type SearchState } from '../../shared/search-query';
import { suggestTerms, type SuggestTerm } from '../../shared/suggest';
import { planQuery, type QueryPlan, type RankedResult } from '../../shared/search-ask';
import type { SearchHit } from '../../shared/search-hit';
import { urls } from '../../shared/urls';

/** Whether Pagefind's index metadata (named in pagefind-entry.json) is in any of the offline caches. */
async function indexSaved(): Promise<boolean> {
  try {
    const entry = (await (await fetch('/pagefind/pagefind-entry.json')).json()) as { languages?: Record<string, { hash?: string }> };
    const hashes = Object.values(entry.languages ?? {}).map((l) => l.hash);
    return hashes.length > 0 && (await Promise.all(hashes.map((h) => caches.match(`/pagefind/pagefind.${h}.pf_meta`)))).every(Boolean);
  } catch {
    return false;
  }
}

/**
 * Whether Pagefind can start here: online, or offline with its index saved. Offline without the index its
 * worker fails with an uncaught error, so nothing loads it early then (the search says why instead).
 */
const searchable = async (): Promise<boolean> => navigator.onLine || indexSaved();
const loadIfSearchable = (archive = false) => searchable().then((ok) => (ok ? loadPagefind(archive) : Promise.reject(new Error('offline'))));

/** Hits shown first (each fetches one shard of its page's text), then per "Visa fler". */
const PAGE_SIZE = 5;
/**
 * While typing: how long the titles stand before the excerpts' text is fetched. Longer for a query of
 * one to three letters, which is most often a word on its way ("läg" before "lägesbild").
 */
const excerptPause = (q: string) => (q.length < 4 ? 600 : 120);
document.querySelector<HTMLElement>('[data-needs-js]')!.hidden = true;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
const partial = document.querySelector<HTMLElement>('[data-search-partial]')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterActive = form.querySelector<HTMLElement>('[data-search-filters-active]')!;
/** Where the filters have a column of their own they stand open; on a phone they wait behind "Filtrera", so the hits come first. */
const WIDE = window.matchMedia('(min-width: 64rem)');
const currentEdition = form.dataset['currentEdition']!;
const glossary = JSON.parse(document.getElementById('sok-ordlista')!.textContent ?? '[]') as SuggestTerm[];

let results: RankedResult[] = [];
/** An older edition is searched in the archive index. */
const archived = (state: SearchState) => state.edition !== currentEdition;
let shown = 0;
let run = 0;
let typingTimer: number | undefined;
let settleTimer: number | undefined;
/** After a pause in typing, the next change starts a new history entry (so Back returns to this query). */
let settled = true;

function readForm(): SearchState {
  const data = new FormData(form);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, data.getAll(k).map(String)])) as SearchState['filters'];
  return { q: String(data.get('q') ?? '').trim(), filters, edition: String(data.get('utgava') ?? currentEdition) };
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (state.filters[box.name as (typeof FILTER_KEYS)[number]] ?? []).includes(box.value);
  }
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="utgava"]')) radio.checked = radio.value === state.edition;
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
    const key = fieldset.dataset['filter']!;
    for (const span of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
      // A value no hit has reads (0) once a search has counted this filter; no search, no counts.
      const n = counts[key] ? (counts[key][span.dataset['countFor']!] ?? 0) : undefined;
      span.textContent = n === undefined ? '' : `(${n})`;
    }
  }
}

/** Runs a search and shows its first hits; `typing` when it follows keystrokes rather than a submit, a filter or a link. */
/** The number of chosen filters beside "Filtrera" (a chosen older edition counts as one). */
function showActiveFilters(state: SearchState): void {
  const n = FILTER_KEYS.reduce((sum, k) => sum + state.filters[k].length, 0) + (state.edition !== currentEdition ? 1 : 0);
  filterActive.textContent = n ? st(n === 1 ? 'search.filters.active.one' : 'search.filters.active', { n }) : '';
}

async function render(state: SearchState, typing = false): Promise<void> {
  const mine = ++run;
  showActiveFilters(state);
  const hasFilters = FILTER_KEYS.some((k) => state.filters[k].length);
  if (!state.q && !hasFilters) {
    clearList();
    more.hidden = true;
    empty.hidden = true;
    partial.hidden = true;
    status.textContent = '';
    updateCounts({});
    return;
  }
  status.textContent = st('search.loading');
  // Offline without the saved index, Pagefind would fail inside its worker with an uncaught error: say why instead.
  if (!navigator.onLine && !(await indexSaved())) {
    status.textContent = ot('offline.search.unavailable');
    return;
  }
  let search;
  try {
    search = await ask(state.q, pagefindFilters(state, currentEdition), archived(state));
  } catch {
    // Offline, a failed search means the index is not on this device (it is a part of its own on a large book).
    status.textContent = navigator.onLine ? st('search.error') : ot('offline.search.unavailable');
    return;
  }
  if (!search || mine !== run) return;
  results = search.results;
  shown = 0;
  const several = search.plan.words.length > 1;
  if (results.length === 0) {
    clearList();
    list.dataset['query'] = state.q;
    partial.hidden = true;
    status.textContent = state.q ? st('search.empty', { q: state.q }) : st('search.empty.filtersOnly');
    empty.hidden = false;
    empty.querySelector('[data-search-empty-text]')!.textContent = [hasFilters ? st('search.empty.filters') : '', several ? st('search.empty.fewerWords') : ''].filter(Boolean).join(' ');
    const suggestions = state.q ? suggestTerms(state.q, glossary) : [];
    const box = empty.querySelector<HTMLElement>('[data-search-suggest]')!;
    box.hidden = suggestions.length === 0;
    box.querySelector('ul')!.replaceChildren(
      ...suggestions.map((s) => {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: urls.term(s.id), textContent: s.term });
        li.append(a);
        return li;
      }),
    );
    more.hidden = true;
  } else {
    // The previous hits stay until the first new one is in: no flash of an empty list while typing.
    const { full, plan } = search;
    await showMore(state, mine, () => {
      empty.hidden = true;
      showPartial(search.partial, full, plan, state);
      clearList();
      list.dataset['query'] = state.q;
      const n = results.length;
      status.textContent = state.q ? st(n === 1 ? 'search.count.one' : 'search.count', { n, q: state.q }) : st(n === 1 ? 'search.count.filters.one' : 'search.count.filters', { n });
    }, typing);
  }
  if (mine !== run) return;
  // Counted from the page table (src/shared/search-hit.ts countFilters): Pagefind's filter files are fetched
  // only when a filter is used.
  updateCounts(search.filters);
}

/** The one line that says some hits hold only some of the words, with a search for each word on its own. */
function showPartial(shownPartial: boolean, full: number, plan: QueryPlan, state: SearchState): void {
  partial.hidden = !shownPartial;
  if (!shownPartial) return;
  // One word: the hits after the full ones hold a part of the compound, and each part is offered instead.
  const one = plan.words.length === 1;
  const words = one ? plan.parts[0] ?? [] : plan.words;
  partial.querySelector('[data-search-partial-text]')!.textContent = one
    ? st('search.partial.parts')
    : full === 0
      ? st('search.partial.none')
      : st(full === 1 ? 'search.partial.few.one' : 'search.partial.few', { n: full });
  partial.querySelector('#sok-varje-ord')!.textContent = st(one ? 'search.partial.eachPart' : 'search.partial.each');
  partial.querySelector('ul')!.replaceChildren(
    ...words.map((word) => {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: `/sok/${searchStateToQuery({ ...state, q: word }, currentEdition)}`, textContent: word }));
      return li;
    }),
  );
}

/** Runs each callback once, when its hit comes on screen: page text is fetched only for hits the reader sees. */
const onScreen = new Map<Element, () => void>();
const screenWatch = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    screenWatch.unobserve(entry.target);
    onScreen.get(entry.target)?.();
    onScreen.delete(entry.target);
  }
});
/** Hits of an earlier search leave the list: their text is no longer wanted. */
function clearList(): void {
  for (const item of onScreen.keys()) screenWatch.unobserve(item);
  onScreen.clear();
  list.replaceChildren();
}
function whenOnScreen(item: Element, callback: () => void): void {
  onScreen.set(item, callback);
  screenWatch.observe(item);
}

async function showMore(state: SearchState, mine: number, beforeFirst?: () => void, typing = false): Promise<void> {
  const batch = results.slice(shown, shown + PAGE_SIZE);
  shown += batch.length;
  const archived = state.edition !== currentEdition ? st('search.hit.edition', { edition: state.edition }) : undefined;
  const loads = new Map<number, Promise<SearchHit | undefined>>();
  const fetchHit = (i: number) => {
    let pending = loads.get(i);
    if (!pending) loads.set(i, (pending = loadHit(batch[i]!, state.q).catch(() => undefined)));
    return pending;
  };
  const heads = await Promise.all(batch.map(hitHead));
  // Titles show at once where the page table knows the page; a hit without a title there waits for its text.
  const items: (HTMLLIElement | undefined)[] = [];
  for (const [i, head] of heads.entries()) {
    const shownHead = head ?? (await fetchHit(i));
    if (mine !== run) return;
    if (i === 0) {
      beforeFirst?.();
      more.hidden = shown >= results.length;
    }
    const item = shownHead ? hitElement(shownHead, archived) : failedHit();
    items.push(shownHead ? item : undefined);
    list.append(item);
  }
  // Excerpts only for hits on screen, and — while the reader types — only after a pause and only for the
  // query still in the field (a busy phone delivers keys late), so intermediate queries cost no page text.
  const fill = () => {
    for (const [i, item] of items.entries()) if (item) whenOnScreen(item, () => void fetchHit(i).then((hit) => fillHit(item, hit)));
  };
  if (!typing) fill();
  else window.setTimeout(() => mine === run && input.value.trim() === state.q && fill(), excerptPause(state.q));
}

/** A hit whose page could not be fetched at all (the network dropped mid-search): said, not silently skipped. */
function failedHit(): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.textContent = st('search.hit.failed');
  return item;
}

function commit(state: SearchState, mode: 'push' | 'replace'): void {
  const url = `/sok/${searchStateToQuery(state, currentEdition)}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

input.addEventListener('input', () => {
  window.clearTimeout(typingTimer);
  window.clearTimeout(settleTimer);
  // The index chunks for what is typed so far load at once, so the search after the pause finds them in place.
  const typed = input.value.trim();
  if (typed) void loadIfSearchable(archived(readForm())).then((pagefind) => pagefind.preload(planQuery(typed).text), () => undefined);
  // A short pause: searching is cheap, but each shown hit fetches a shard, and a fast typist's
  // intermediate queries should not cost a download each.
  typingTimer = window.setTimeout(() => {
    const state = readForm();
    commit(state, settled ? 'push' : 'replace');
    settled = false;
    void render(state, true);
  }, 50);
  settleTimer = window.setTimeout(() => (settled = true), 1200);
});
input.addEventListener('focus', () => void Promise.all([loadIfSearchable().catch(() => undefined), loadPageTable()]), { once: true });
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  const state = readForm();
  commit(state, 'push');
  void render(state);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  const state = readForm();
  commit(state, 'push');
  void render(state);
});
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore(readForm(), run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
});
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search, currentEdition);
  writeForm(state);
  void render(state);
});

filterPanel.open = WIDE.matches;
WIDE.addEventListener('change', () => (filterPanel.open = WIDE.matches));
const initial = parseSearchState(location.search, currentEdition);
writeForm(initial);
void loadIfSearchable(archived(initial)).catch(() => undefined);
void loadPageTable();
void render(initial);
if (!initial.q) input.focus();
