/**
 * Readable text blocks from MDX source, for the edition diff and word counts. The source is parsed once
 * (Sätteri, as Astro renders it; src/build/content/mdx-tree.ts caches the tree) and the tree walked: components are unwrapped (their Markdown
 * children kept, a `title` attribute read as a line of its own), Markdown syntax is gone, and the
 * structure survives as block kinds: headings, paragraphs, list items (with their list's kind and
 * depth) and table rows (with their cells).
 */
import { mdxToMdast } from 'satteri';
import type { Nodes, Root, RootContent } from 'mdast';

export interface TextBlockWithKind {
  kind: 'h2' | 'h3' | 'h4' | 'p' | 'li' | 'row';
  /** The block's words; for a table row its cells joined by " · ". */
  text: string;
  /** List items: an ordered list, and how deep the item is nested (0 = top level). */
  list?: { ordered: boolean; depth: number };
  /** Table rows: the cells, and whether this is the table's header row. */
  cells?: string[];
  header?: boolean;
}

/**
 * Parses MDX (a body without frontmatter) to an mdast tree with the parser Astro renders the pages with
 * (Sätteri, its default features), so the build's checks read each file as the page shows it. Native: a
 * tenth of the time remark took (0.1 s for the book's chapters instead of 1.1 s).
 */
export function parseMdx(source: string): Root {
  return mdxToMdast(source) as unknown as Root;
}

/** The reader-visible words of inline content: expressions and ESM are code, not text. */
export function inlineText(node: Nodes): string {
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm' || node.type === 'html') return '';
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join(node.type === 'listItem' ? ' ' : '');
  if (node.type === 'break') return ' ';
  return '';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function attribute(node: Extract<Nodes, { type: 'mdxJsxFlowElement' }>, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

/** Blocks of a tree, in reading order. `drop` removes a component (with its content) from the text. */
export function treeToBlocks(tree: Root, drop: (element: Extract<Nodes, { type: 'mdxJsxFlowElement' }>) => boolean = () => false): TextBlockWithKind[] {
  const blocks: TextBlockWithKind[] = [];
  const push = (block: TextBlockWithKind) => {
    if (block.text) blocks.push(block);
  };
  const walk = (nodes: RootContent[], depth: number) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          push(node.depth >= 2 && node.depth <= 4 ? { kind: `h${node.depth as 2 | 3 | 4}`, text: clean(inlineText(node)) } : { kind: 'p', text: clean(inlineText(node)) });
          break;
        case 'paragraph':
        case 'code':
          push({ kind: 'p', text: clean(inlineText(node)) });
          break;
        case 'list':
          for (const item of node.children) {
            const own = item.children.filter((c) => c.type !== 'list');
            push({ kind: 'li', text: clean(own.map((c) => inlineText(c)).join(' ')), list: { ordered: Boolean(node.ordered), depth } });
            walk(item.children.filter((c) => c.type === 'list'), depth + 1);
          }
          break;
        case 'table':
          node.children.forEach((row, i) => {
            const cells = row.children.map((cell) => clean(inlineText(cell)));
            push({ kind: 'row', text: cells.join(' · '), cells, header: i === 0 });
          });
          break;
        case 'blockquote':
          walk(node.children, depth);
          break;
        case 'mdxJsxFlowElement': {
          if (drop(node)) break;
          const title = attribute(node, 'title');
          if (title) push({ kind: 'p', text: clean(title) });
          walk(node.children as RootContent[], depth);
          break;
        }
        default:
          break;
      }
    }
  };
  walk(tree.children, 0);
  return blocks;
}

export function mdxToBlocks(source: string): TextBlockWithKind[] {
  return treeToBlocks(parseMdx(source));
}

/** Word count of readable text in an MDX body. */
export function wordCount(source: string): number {
  return mdxToBlocks(source).reduce((sum, b) => sum + b.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}
