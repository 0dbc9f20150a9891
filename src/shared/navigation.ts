/** Reading order and in-page navigation, independent of Astro so it can be unit-tested. */

export interface Neighbours<T> {
  prev: T | undefined;
  next: T | undefined;
}

/** Previous and next item in reading order. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): Neighbours<T> {
  const index = ordered.findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`"${id}" finns inte i läsordningen`);
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem extends Heading {
  children: TocItem[];
}

/** A two-level table of contents (h2 with their h3) from the Markdown headings. */
export function tocTree(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    const parent = root[root.length - 1];
    if (heading.depth > 2 && parent) parent.children.push(item);
    else root.push(item);
  }
  return root;
}
