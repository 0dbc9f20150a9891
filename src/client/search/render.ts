/**
 * DOM for one search hit, shared by the search page and the header's quick results: the head (title,
 * type, steps) first, the excerpt and section links when they are in. No HTML from the index is injected.
 */
import { SEARCH_TYPE_KEYS, st } from '../../i18n/search';
import type { ExcerptPart, HitHead, SearchHit } from '../../shared/search-hit';

export function typeName(value: string | undefined): string {
  return st((value && SEARCH_TYPE_KEYS[value]) || 'type.page');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const excerptNodes = (parts: readonly ExcerptPart[]): Node[] => parts.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));

/** A hit with its title and badges; its excerpt paragraph stays empty until fillHit. */
export function hitElement(head: HitHead, archivedLabel: string | undefined): HTMLLIElement {
  const badges = el('ul', { className: 'badges' });
  badges.append(el('li', {}, el('span', { className: 'badge' }, typeName(head.type))));
  for (const s of head.steps) badges.append(el('li', {}, el('span', { className: `badge badge--step-${s}` }, st('search.hit.step', { n: s }))));
  if (archivedLabel) badges.append(el('li', {}, el('span', { className: 'badge' }, archivedLabel)));
  const item = el('li', { className: 'search-hit' });
  item.append(el('h2', {}, el('a', { href: head.url }, head.title)), badges, el('p', { className: 'search-hit__excerpt' }));
  return item;
}

/** Adds the excerpt and the links to sections with hits; `undefined` when the text could not be fetched. */
export function fillHit(item: HTMLLIElement, hit: SearchHit | undefined): void {
  const excerpt = item.querySelector<HTMLParagraphElement>('.search-hit__excerpt')!;
  if (!hit) {
    excerpt.textContent = st('search.hit.excerptFailed');
    return;
  }
  excerpt.replaceChildren(...excerptNodes(hit.excerpt));
  if (hit.sections.length) {
    const list = el('ul', { className: 'search-hit__sections' });
    list.setAttribute('aria-label', st('search.hit.sections', { title: hit.title }));
    for (const s of hit.sections) list.append(el('li', {}, el('a', { href: s.url }, s.title)));
    item.append(list);
  }
}
