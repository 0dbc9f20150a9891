/** A chapter's readable text in one edition: revisions resolved, law callouts dropped before the law. */
import { treeToBlocks, type TextBlockWithKind } from './mdx-text';
import { mdxTree } from './mdx-tree';
import { DEFAULT_REVISION_EDITION, parseRevisions, resolveEditionSource, type EditionOrder } from './revisions';

/** Editions before this one predate Lag (2023:196): their pages leave out `lagkrav` callouts. */
export const LAW_EDITION = '2024';

export function predatesLaw(edition: string, order: EditionOrder): boolean {
  return order.indexOf(edition) < order.indexOf(LAW_EDITION);
}

/** True for <Callout type="lagkrav">, the book's statements of what the law requires. */
const isLawCallout = (node: { name: string | null; attributes: unknown[] }) =>
  node.name === 'Callout' && node.attributes.some((a) => (a as { name?: string; value?: unknown }).name === 'type' && (a as { value?: unknown }).value === 'lagkrav');

export function chapterTextForEdition(body: string, edition: string, order: EditionOrder, defaultEdition = DEFAULT_REVISION_EDITION): TextBlockWithKind[] {
  // Without a revision every edition reads the body itself: its tree is the one the content check parsed.
  const source = parseRevisions(body, defaultEdition).length ? resolveEditionSource(body, edition, order, defaultEdition) : body;
  const tree = mdxTree(source);
  return treeToBlocks(tree, predatesLaw(edition, order) ? isLawCallout : () => false);
}

/** The edition's text as one string (for search words). */
export const chapterPlainText = (body: string, edition: string, order: EditionOrder): string =>
  chapterTextForEdition(body, edition, order).map((b) => b.text).join('\n');
