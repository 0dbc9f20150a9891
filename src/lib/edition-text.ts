/** A chapter's readable text in one edition: revisions resolved, law callouts dropped before the law. */
import { mdxToBlocks, type TextBlockWithKind } from './mdx-text';
import { resolveEditionSource, type EditionOrder } from './revisions';

/** Editions before this one predate Lag (2023:196): their pages leave out `lagkrav` callouts. */
export const LAW_EDITION = '2024';

/** Removes <Callout type="lagkrav"> … </Callout> blocks (the book's statements of what the law requires). */
export function dropLawCallouts(source: string): string {
  return source.replace(/^<Callout\s+type="lagkrav"[^>]*>[\s\S]*?^<\/Callout>\s*$/gm, '');
}

export function predatesLaw(edition: string, order: EditionOrder): boolean {
  return order.indexOf(edition) < order.indexOf(LAW_EDITION);
}

export function chapterTextForEdition(body: string, edition: string, order: EditionOrder, current: string): TextBlockWithKind[] {
  let source = resolveEditionSource(body, edition, order, current);
  if (predatesLaw(edition, order)) source = dropLawCallouts(source);
  return mdxToBlocks(source);
}
