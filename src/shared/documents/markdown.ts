/**
 * A document as Markdown (CommonMark with GFM tables): headings, lists and tables that paste into
 * other tools. Everything the reader wrote is escaped, so it stays text.
 */
import { dst } from '../../i18n/documents';
import { mdAlt, svgDataUrl } from '../image-url';
import { contents, type Block, type ChartImages, type DocumentTree } from './tree';

/** Escapes what Markdown would read as syntax; a leading "1." or "-" would start a list. */
export function mdEscape(text: string): string {
  return text
    .replace(/([\\`*_[\]#|<>~])/g, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
}

const table = (caption: string, columns: string[], rows: string[][]) =>
  [`**${mdEscape(caption)}**`, '', `| ${columns.map(mdEscape).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`)].join('\n');

function block(b: Block, images: ChartImages): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${mdEscape(b.text)}`;
    case 'paragraph':
      return mdEscape(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${mdEscape(item)}`).join('\n');
    case 'table':
      return table(b.caption, b.columns, b.rows);
    case 'facts':
      return b.items.map((f) => `- **${mdEscape(f.label)}:** ${mdEscape(f.value)}`).join('\n');
    case 'notice':
      return [`> **${mdEscape(b.title)}** ${mdEscape(b.text)}`, ...b.links.map((l) => `> - ${mdEscape(l.label)} (${l.href})`)].join('\n');
    case 'signatures':
      return b.items.map((s) => `${mdEscape(s.role)}: ${s.name ? mdEscape(s.name) : ''}\n\n______________________________`).join('\n\n');
    case 'chart': {
      const image = images.get(b.id);
      const picture = image ? `![${mdAlt(b.alt)}](${svgDataUrl(image.svg)})` : mdEscape(b.alt);
      return [`#### ${mdEscape(b.title)}`, picture, mdEscape(b.summary), table(b.table.caption, b.table.columns, b.table.rows), `*${mdEscape(b.caption)}*`, ...b.notes.map(mdEscape)].join('\n\n');
    }
  }
}

export function toMarkdown(tree: DocumentTree, images: ChartImages = new Map()): string {
  const head = [`# ${mdEscape(tree.title)}`, '', `**${mdEscape(tree.kommun)}**${tree.subtitle ? ` · ${mdEscape(tree.subtitle)}` : ''}`, '', dst('doc.md.date', { date: tree.date })];
  const toc = contents(tree);
  const list = toc.length > 1 ? ['', `**${dst('doc.contents')}**`, '', ...toc.map((h, i) => `${i + 1}. ${mdEscape(h.text)}`)] : [];
  return `${[...head, ...list, '', tree.blocks.map((b) => block(b, images)).join('\n\n')].join('\n').trim()}\n`;
}
