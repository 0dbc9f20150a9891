/**
 * Quick results under the header search field: up to five hits while typing, a link to all hits,
 * arrow keys to move, Escape to close. Loaded by site.ts when the field is first focused. Only titles
 * are shown, from the page table, so quick results cost no page text.
 */
import { ask } from './ask';
import { loadPagefind } from './engine';
import { hitHead, loadHit, loadPageTable } from './hits';
import { typeName } from './render';
import { st } from '../../i18n/search';
import { planQuery } from '../../shared/search-ask';
import { adoptStyles } from '../ui/adopt-styles';
import quickResultsCss from '../../styles/quick-results.css?inline';

const MAX = 5;

export function attachQuickSearch(form: HTMLFormElement): void {
  adoptStyles(quickResultsCss);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = document.createElement('div');
  panel.className = 'quick-results';
  panel.id = 'snabbtraffar';
  panel.hidden = true;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', st('search.quick'));
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(panel, status);
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-expanded', 'false');
  void loadPagefind();
  void loadPageTable();

  let run = 0;
  let timer: number | undefined;
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  async function update(): Promise<void> {
    const q = input.value.trim();
    const mine = ++run;
    if (q.length < 2) return close();
    // The header searches the current edition, which has an index of its own (no edition filter needed).
    const search = await ask(q, {}).catch(() => null);
    if (!search || mine !== run) return;
    // Titles come from the page table; a page it does not know waits for its shard.
    const hits = await Promise.all(search.results.slice(0, MAX).map(async (r) => (await hitHead(r)) ?? loadHit(r, q))).catch(() => undefined);
    if (mine !== run) return;
    const list = document.createElement('ul');
    for (const hit of hits ?? []) {
      const a = Object.assign(document.createElement('a'), { href: hit.url });
      a.append(hit.title, Object.assign(document.createElement('small'), { textContent: typeName(hit.type) }));
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    const note = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
    const all = Object.assign(document.createElement('a'), { href: `/sok/?q=${encodeURIComponent(q)}`, className: 'quick-results__all', textContent: st('search.quick.all', { n: search.results.length, q }) });
    const found = search.results.length > 0;
    panel.replaceChildren(!found ? note(st('search.empty', { q })) : hits ? list : note(st('search.quick.failed')), all);
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = found ? st('search.quick.count', { n: search.results.length }) : st('search.quick.none');
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    // The index chunks for what is typed so far load at once; the search after the pause finds them in place.
    const typed = input.value.trim();
    if (typed.length >= 2) void loadPagefind().then((pagefind) => pagefind.preload(planQuery(typed).text), () => undefined);
    timer = window.setTimeout(() => void update(), 40);
  });
  form.addEventListener('keydown', (event) => {
    const items = links();
    const index = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (panel.hidden) {
        input.value = '';
        input.blur();
      } else {
        close();
        input.focus();
      }
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && !panel.hidden && items.length) {
      items[Math.min(index + 1, items.length - 1)]!.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      (index === 0 ? input : items[index - 1]!).focus();
      event.preventDefault();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Text typed, pasted or autofilled before this module arrived is searched now, not at the next key.
  if (input.value.trim().length >= 2 && form.contains(document.activeElement)) void update();
}
