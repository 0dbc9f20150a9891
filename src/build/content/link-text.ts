/**
 * Link text that names its target: an internal link's text must name the page it leads to — its title
 * (or a recognisable part of it, inflected), its short name, a declared alias, or for the glossary and
 * the law the term, a synonym, the heading or the paragraph. "Att organisera arbetet" leading to
 * "Organisering i kommunen" is refused unless the chapter declares it as an alias.
 * Pure; content-integrity.ts runs it in the build and in the content tests.
 */
import type { Root } from 'mdast';
import type { CollectionName, IntegrityEntry, IntegrityInput } from './content-integrity';
import { inlineText } from './mdx-text';
import { lineOf, mayHaveMarkup, mdxTree, walk } from './mdx-tree';

/** Link prefix → collection, for pages with an id. */
export const PAGE_TARGETS: Record<string, CollectionName> = {
  kapitel: 'chapters',
  metoder: 'methods',
  arbetsblad: 'worksheets',
  ovningar: 'exercises',
  'goda-exempel': 'examples',
  roller: 'roles',
};
/** Link prefix → collection, for glossary terms and law provisions addressed by anchor. */
export const ANCHOR_TARGETS: Record<string, CollectionName> = { ordlista: 'glossary', lagen: 'law' };

/** Words that carry no name: function words and the type words a sentence puts before a name. */
const FILLER = new Set([
  'och', 'i', 'för', 'av', 'med', 'om', 'till', 'på', 'att', 'en', 'ett', 'den', 'det', 'de', 'vid', 'mot', 'din', 'ditt',
  'kapitlet', 'kapitel', 'metoden', 'metod', 'arbetsbladet', 'arbetsblad', 'övningen', 'övning', 'exemplet', 'ordlistan',
  'rollsidan', 'sidan', 'om', 'lagens', 'bestämmelsen',
]);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? []).filter((w) => !FILLER.has(w));
}

/** Two words are the same word when one starts with the other's stem (inflection: lägesbild/lägesbilden). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = (w: string) => w.slice(0, Math.max(4, w.length - 3));
  return a.length >= 4 && b.length >= 4 && (a.startsWith(stem(b)) || b.startsWith(stem(a)));
}

/** True when every word of `part` appears among the words of `whole`. */
function covers(whole: string[], part: string[]): boolean {
  return part.length > 0 && part.every((p) => whole.some((w) => sameWord(w, p)));
}

/** The text names the target when all its words are in one of the names, or one whole name is in the text. */
export function namesTarget(text: string, names: readonly string[]): boolean {
  const t = words(text);
  return names.some((name) => {
    const n = words(name);
    return covers(n, t) || covers(t, n);
  });
}

function str(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The names a link to this entry may use. */
export function namesOf(entry: IntegrityEntry): string[] {
  const d = entry.data;
  return [
    ...str(d['title']),
    ...str(d['short']),
    ...str(d['aliases']),
    ...str(d['term']),
    ...str(d['synonyms']),
    ...str(d['heading']),
    ...str(d['paragraph']),
  ];
}

/** Internal Markdown links in an MDX body ([text](/path/)), read from its shared syntax tree, with their reader-visible text. */
export function linksIn(body: string): { text: string; href: string; line: number }[] {
  if (!mayHaveMarkup(body)) return [];
  let tree: Root;
  try {
    tree = mdxTree(body);
  } catch {
    return []; // the content check reports the syntax error itself
  }
  const found: { text: string; href: string; line: number }[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' && node.url.startsWith('/')) found.push({ text: inlineText(node).replace(/\s+/g, ' ').trim(), href: node.url, line: lineOf(node) });
  });
  return found;
}

export function findLinkTextProblems(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const byId = Object.fromEntries(
    (Object.keys(input) as CollectionName[]).map((c) => [c, new Map(input[c].map((e) => [e.id, e]))]),
  ) as Record<CollectionName, Map<string, IntegrityEntry>>;
  for (const collection of ['chapters', 'worksheets', 'exercises', 'methods', 'examples', 'roles'] as const) {
    for (const entry of input[collection]) {
      for (const { text, href, line } of linksIn(entry.body ?? '')) {
        const page = /^\/([a-z-]+)\/([a-z0-9-]+)\/$/.exec(href);
        const anchor = /^\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(href);
        const collectionName = page ? PAGE_TARGETS[page[1]!] : anchor ? ANCHOR_TARGETS[anchor[1]!] : undefined;
        const target = collectionName ? byId[collectionName].get((page ?? anchor)![2]!) : undefined;
        if (!target) continue; // unknown targets are reported by the reference check
        const names = namesOf(target);
        if (!namesTarget(text, names)) {
          problems.push(`${entry.file} → rad ${line}, länken "[${text}](${href})": texten nämner inte målsidan "${names[0] ?? target.id}" (lägg till den som alias i målets "aliases" om den ska gälla)`);
        }
      }
    }
  }
  return problems;
}
