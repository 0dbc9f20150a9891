/**
 * A chapter's frontmatter as it reads in one edition. The top-level fields are the current edition's;
 * `byEdition["2020"]` holds what read differently in 2020. A field an edition leaves out reads as in
 * the next newer edition that gives it (or the top level): a value only has to be written where it
 * changed, and a new edition is added by moving the old top-level values into `byEdition`.
 */
import type { ChapterData, EditionFields } from '../../schemas/chapter';
import type { EditionOrder } from './revisions';

/** The fields an edition may override, in one list for the resolver and the integrity check. */
export const EDITION_FIELDS = [
  'title',
  'summary',
  'updated',
  'audience',
  'keywords',
  'methods',
  'worksheets',
  'exercises',
  'law',
  'sources',
  'revisions',
] as const satisfies readonly (keyof EditionFields)[];

function position(order: EditionOrder, edition: string): number {
  const i = order.indexOf(edition);
  if (i < 0) throw new Error(`Okänd utgåva: ${edition}`);
  return i;
}

/** The chapter's data in `edition`. The revision history only lists revisions up to that edition. */
export function chapterDataForEdition(data: ChapterData, edition: string, order: EditionOrder, current: string): ChapterData {
  const viewed = position(order, edition);
  const newer = order.slice(viewed, position(order, current));
  const resolved: ChapterData = { ...data };
  for (const field of EDITION_FIELDS) {
    const source = newer.find((e) => data.byEdition[e]?.[field] !== undefined);
    if (source !== undefined) Object.assign(resolved, { [field]: data.byEdition[source]![field] });
  }
  resolved.revisions = resolved.revisions.filter((r) => order.includes(r.edition) && position(order, r.edition) <= viewed);
  return resolved;
}
