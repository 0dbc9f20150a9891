/**
 * The comparison of a chapter between two editions, as an editor publishes it: the diff (src/build/content/diff.ts)
 * cut into the chapter's sections (at each h2), each run of changed blocks numbered as one change (the
 * targets of "Nästa ändring"), the unchanged blocks next to a change kept as context for the
 * "bara ändringar" view, and each changed section given the reasons the revisions recorded.
 */
import { SKIP, visit } from 'unist-util-visit';
import type { DiffBlock, DiffResult } from './diff';
import { inlineText } from './mdx-text';
import { mdxTree } from './mdx-tree';

export interface ComparisonItem {
  block: DiffBlock;
  /** 1-based number of the change this block starts; undefined when it starts none. */
  change?: number;
  /** Shown in the "bara ändringar" view: a changed block, a block next to one, or a changed section's heading. */
  context: boolean;
}

export interface ComparisonSection {
  /** The section's heading as it reads in the newer edition. */
  title: string;
  /** True for a heading the chapter does not have (the lead, the text before the first h2). */
  synthetic: boolean;
  items: ComparisonItem[];
  changed: boolean;
  /** Number of the section's first change. */
  firstChange?: number;
  /** Why the section changed: the summaries of the revisions in it. */
  reasons: string[];
}

export interface Comparison {
  sections: ComparisonSection[];
  changes: number;
  insertedWords: number;
  deletedWords: number;
}

/** The heading's text in the newer edition (deleted words left out). */
export const newText = (block: DiffBlock) => block.segments.filter((s) => s.type !== 'del').map((s) => s.text).join('').trim();

/**
 * @param parts The diff of the lead (as one section, titled `leadTitle`) and of the body; body text
 *   before its first h2 becomes a section titled `introTitle`.
 * @param reasons Revision summaries by the h2 title they sit under ('' for the text before the first h2).
 */
export function buildComparison(
  lead: DiffResult,
  body: DiffResult,
  reasons: ReadonlyMap<string, readonly string[]>,
  titles: { lead: string; intro: string },
): Comparison {
  const sections: ComparisonSection[] = [];
  const open = (title: string, synthetic: boolean, reasonKey: string | undefined) => {
    const section: ComparisonSection = { title, synthetic, items: [], changed: false, reasons: [...((reasonKey !== undefined && reasons.get(reasonKey)) || [])] };
    sections.push(section);
    return section;
  };
  open(titles.lead, true, undefined).items.push(...lead.blocks.map((block) => ({ block, context: false })));
  let section: ComparisonSection | undefined;
  for (const block of body.blocks) {
    if (block.kind === 'h2') section = open(newText(block), false, newText(block));
    section ??= open(titles.intro, true, '');
    section.items.push({ block, context: false });
  }

  let changes = 0;
  for (const s of sections) {
    s.items.forEach((item, i) => {
      if (item.block.status === 'same') return;
      s.changed = true;
      if (i === 0 || s.items[i - 1]!.block.status === 'same') {
        item.change = ++changes;
        s.firstChange ??= changes;
      }
    });
    if (!s.changed) continue;
    s.items.forEach((item, i) => {
      const near = [s.items[i - 1], item, s.items[i + 1]].some((x) => x && x.block.status !== 'same');
      item.context = near || (i === 0 && !s.synthetic);
    });
  }
  return {
    sections: sections.filter((s) => s.items.length > 0),
    changes,
    insertedWords: lead.insertedWords + body.insertedWords,
    deletedWords: lead.deletedWords + body.deletedWords,
  };
}

/** For each <Revision id> in an MDX body, the h2 title it sits under ('' before the first h2), read from the tree. */
export function revisionSections(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let heading = '';
  visit(mdxTree(body), (node) => {
    if (node.type === 'heading' && node.depth === 2) heading = inlineText(node).replace(/\s+/g, ' ').trim();
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Revision') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') found.set(id, heading);
      return SKIP;
    }
    return undefined;
  });
  return found;
}
