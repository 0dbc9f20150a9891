/**
 * The Metodbank's filters (/metoder/): step, kind, role and evidence level narrow the lists as soon as a
 * box changes, without a query. The choice lives in the address, so it can be shared and Back undoes it.
 * Without JavaScript the form stays hidden and the page is the plain lists.
 */
import { mft } from '../i18n/method-filters';
import { activeFilterCount, facetsFrom, METHOD_FILTER_KEYS, methodFiltersToQuery, methodMatches, parseMethodFilters, type MethodFacets, type MethodFilters } from '../shared/method-filter';

const form = document.querySelector<HTMLFormElement>('[data-method-filters]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-method-filter-status]')!;
  const count = form.querySelector<HTMLElement>('[data-method-filter-count]')!;
  const panel = form.querySelector<HTMLDetailsElement>('details')!;
  const items = [...document.querySelectorAll<HTMLLIElement>('[data-method-group] li[data-typ]')];
  const facets = new Map<HTMLLIElement, MethodFacets>(items.map((li) => [li, facetsFrom((k) => li.dataset[k])]));

  const read = (): MethodFilters => {
    const data = new FormData(form);
    return Object.fromEntries(METHOD_FILTER_KEYS.map((k) => [k, data.getAll(k).map(String)])) as MethodFilters;
  };
  const write = (filters: MethodFilters) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = filters[box.name as keyof MethodFilters]?.includes(box.value) ?? false;
  };
  const apply = (filters: MethodFilters) => {
    let shown = 0;
    for (const [li, f] of facets) {
      li.hidden = !methodMatches(f, filters);
      if (!li.hidden) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-method-group]')) group.hidden = !group.querySelector('li[data-typ]:not([hidden])');
    const active = activeFilterCount(filters);
    count.textContent = active ? `(${active})` : '';
    status.textContent = !active ? mft('methods.count.all', { n: items.length }) : shown ? mft('methods.count', { n: shown, total: items.length }) : mft('methods.count.none');
  };

  form.hidden = false;
  const initial = parseMethodFilters(location.search);
  write(initial);
  apply(initial);
  if (activeFilterCount(initial)) panel.open = true;

  form.addEventListener('change', () => {
    const filters = read();
    history.pushState(null, '', `/metoder/${methodFiltersToQuery(filters)}`);
    apply(filters);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-method-filter-clear]')!.addEventListener('click', (event) => {
    event.preventDefault();
    const none = parseMethodFilters('');
    history.pushState(null, '', '/metoder/');
    write(none);
    apply(none);
  });
  window.addEventListener('popstate', () => {
    const filters = parseMethodFilters(location.search);
    write(filters);
    apply(filters);
  });
}
