/**
 * Readable text blocks from MDX source, for the edition diff. Components are unwrapped (their Markdown
 * children kept), Markdown syntax is removed; structure is kept as block kinds.
 */
export interface TextBlockWithKind {
  kind: 'h2' | 'h3' | 'h4' | 'p' | 'li';
  text: string;
}

function inline(text: string): string {
  return text
    .replace(/<Term[^>]*>(.*?)<\/Term>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mdxToBlocks(source: string): TextBlockWithKind[] {
  const blocks: TextBlockWithKind[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = inline(paragraph.join(' '));
    if (text) blocks.push({ kind: 'p', text });
    paragraph = [];
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (/^(import|export)\s/.test(line)) continue;
    // A line that is only a component tag (opening, closing or self-closing) carries no reader text…
    if (/^<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>$/.test(line)) {
      flush();
      // …except a title attribute, which readers do see.
      const title = /\stitle="([^"]+)"/.exec(line)?.[1];
      if (title && !line.startsWith('</')) blocks.push({ kind: 'p', text: title });
      continue;
    }
    const heading = /^(#{2,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] ?? '##').length as 2 | 3 | 4;
      blocks.push({ kind: `h${level}`, text: inline(heading[2] ?? '') });
      continue;
    }
    const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      blocks.push({ kind: 'li', text: inline(item[1] ?? '') });
      continue;
    }
    if (!line) {
      flush();
      continue;
    }
    if (/^\|/.test(line)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(line)) continue;
      blocks.push({ kind: 'p', text: inline(line.split('|').map((c) => c.trim()).filter(Boolean).join(' · ')) });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Word count of readable text in an MDX body. */
export function wordCount(source: string): number {
  return mdxToBlocks(source).reduce((sum, b) => sum + b.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}
