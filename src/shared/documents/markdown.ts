/**
 * A document as Markdown (CommonMark with GFM tables): headings, lists and tables that paste into
 * other tools. Everything the reader wrote is escaped, so it stays text.
 */
import { dst } from '../../i18n/documents';
import { contents, type Block, type ChartImages, type DocumentTree } from './tree';

/** Escapes what Markdown would read as syntax; a leading "1." or "-" would start a list. */
export function mdEscape(text: string): string {
  return text
    .replace(/([\\`*_[\]#|<>~])/g, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
}

function block(b: Block, images: ChartImages): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${mdEscape(b.text)}`;
    case 'paragraph':
      return mdEscape(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${mdEscape(item)}`).join('\n');
    case 'table':
      return [`**${mdEscape(b.caption)}**`, '', `| ${b.columns.map(mdEscape).join(' | ')} |`, `| ${b.columns.map(() => '---').join(' | ')} |`, ...b.rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`)].join('\n');
    case 'facts':
      return b.items.map((f) => `- **${mdEscape(f.label)}:** ${mdEscape(f.value)}`).join('\n');
    case 'notice':
      return [`> **${mdEscape(b.title)}** ${mdEscape(b.text)}`, ...b.links.map((l) => `> - ${mdEscape(l.label)} (${l.href})`)].join('\n');
    case 'signatures':
      return b.items.map((s) => `${mdEscape(s.role)}: ${s.name ? mdEscape(s.name) : ''}\n\n______________________________`).join('\n\n');
    case 'figure': {
      // The chart as an embedded image (one file that Pandoc, VS Code and Obsidian show with the chart);
      // the summary and the table after it carry the same numbers as text.
      const image = images[b.chart];
      return [...(image ? [`![${mdEscape(image.alt)}](${image.svgUrl})`] : []), `*${mdEscape(b.caption)}*`].join('\n\n');
    }
  }
}

export function toMarkdown(tree: DocumentTree, images: ChartImages = {}): string {
  const head = [`# ${mdEscape(tree.title)}`, '', `**${mdEscape(tree.kommun)}**${tree.subtitle ? ` · ${mdEscape(tree.subtitle)}` : ''}`, '', dst('doc.md.date', { date: tree.date })];
  const toc = contents(tree);
  const list = toc.length > 1 ? ['', `**${dst('doc.contents')}**`, '', ...toc.map((h, i) => `${i + 1}. ${mdEscape(h.text)}`)] : [];
  return `${[...head, ...list, '', tree.blocks.map((b) => block(b, images)).join('\n\n')].join('\n').trim()}\n`;
}
