/**
 * A document tree as one line per block (what a reader sees, in order), so a test can state a whole
 * document: "# " a section, "## " a subsection, "p " a paragraph, "- "/"1. " list items, "table" with
 * caption, columns and rows ("landscape" when wide), "facts", "guidance"/"advice" notices with their
 * links, "sign" lines, "chart".
 */
import type { Block, DocumentTree } from '../../../src/shared/documents/tree';

export function outline(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [`${b.level === 1 ? '#' : '##'} ${b.text}`];
      case 'paragraph':
        return [`p ${b.text}`];
      case 'list':
        return b.items.map((item, i) => (b.ordered ? `${i + 1}. ${item}` : `- ${item}`));
      case 'table':
        return [`table ${b.caption}${b.landscape ? ' (landscape)' : ''}: ${b.columns.join(' | ')}`, ...b.rows.map((r) => `  ${r.join(' | ')}`)];
      case 'facts':
        return b.items.map((f) => `fact ${f.label}: ${f.value}`);
      case 'notice':
        return [`${b.tone} ${b.title} ${b.text}${b.links.map((l) => ` [${l.label} ${l.href}]`).join('')}`];
      case 'signatures':
        return b.items.map((s) => `sign ${s.role}: ${s.name}`);
      case 'chart':
        return [`chart ${b.id} ${b.title}`];
    }
  });
}

export const treeOutline = (tree: DocumentTree) => outline(tree.blocks);
