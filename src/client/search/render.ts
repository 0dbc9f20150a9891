/** DOM for one search hit, shared by the search page and the header's quick results. No HTML from the index is injected. */
import { EXTRA_MARKER } from '../../lib/search-terms';
import { excerptParts, queryWords } from '../../lib/search-query';
import type { PagefindResultData } from './pagefind';

const TYPE_NAMES: Record<string, string> = {
  kapitel: 'Kapitel',
  arbetsblad: 'Arbetsblad',
  övning: 'Övning',
  metod: 'Metod',
  ordlista: 'Ordlista',
  'gott exempel': 'Gott exempel',
  'din roll': 'Din roll',
  lagen: 'Lagen',
};

export function typeName(value: string | undefined): string {
  return (value && TYPE_NAMES[value]) ?? 'Sida';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Excerpt nodes with <mark> around hits. Falls back to the summary when the hit lies in the hidden extra words. */
export function excerptNodes(excerpt: string, summary: string | undefined, query: string): Node[] {
  if (!excerpt.includes(EXTRA_MARKER) || !summary) {
    return excerptParts(excerpt.replace(EXTRA_MARKER, '')).map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
  }
  const words = queryWords(query);
  return summary.split(/(\s+)/).map((token) => {
    const bare = token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return bare && words.some((w) => bare.startsWith(w) || w.startsWith(bare)) ? el('mark', {}, token) : document.createTextNode(token);
  });
}

export function hitElement(data: PagefindResultData, query: string, archivedLabel: string | undefined): HTMLLIElement {
  const steps = (data.meta['steg'] ?? '').split(',').filter(Boolean);
  const badges = el('ul', { className: 'badges' });
  badges.append(el('li', {}, el('span', { className: 'badge' }, typeName(data.meta['typ']))));
  for (const s of steps) badges.append(el('li', {}, el('span', { className: `badge badge--step-${s}` }, `Steg ${s}`)));
  if (archivedLabel) badges.append(el('li', {}, el('span', { className: 'badge' }, archivedLabel)));
  const item = el('li', { className: 'search-hit' });
  item.append(el('h2', {}, el('a', { href: data.url }, data.meta['title'] ?? data.url)), badges, el('p', {}, ...excerptNodes(data.excerpt, data.meta['summary'], query)));
  const sections = data.sub_results.filter((s) => s.url.includes('#') && !s.excerpt.includes(EXTRA_MARKER) && s.title !== data.meta['title']).slice(0, 3);
  if (sections.length) {
    const list = el('ul', { className: 'search-hit__sections' });
    list.setAttribute('aria-label', `Avsnitt i ${data.meta['title'] ?? ''}`);
    for (const s of sections) list.append(el('li', {}, el('a', { href: s.url }, s.title), ' – ', ...excerptNodes(s.excerpt, undefined, query)));
    item.append(list);
  }
  return item;
}
