/** Plain-text blocks from an exercise's instruction strings: blank lines split paragraphs, "- " starts a list item. */
export type TextBlock = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

export function textBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of source.split(/\n\s*\n/)) {
    // At most one of the two is open at a time: a list item closes the paragraph, a text line the list.
    let paragraph: string[] = [];
    let items: string[] = [];
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('- ')) {
        if (paragraph.length) {
          blocks.push({ kind: 'p', text: paragraph.join(' ') });
          paragraph = [];
        }
        items.push(line.slice(2).trim());
      } else if (items.length && /^\s{2,}/.test(raw)) {
        // An indented line continues the previous list item.
        items[items.length - 1] += ` ${line}`;
      } else {
        if (items.length) {
          blocks.push({ kind: 'ul', items });
          items = [];
        }
        paragraph.push(line);
      }
    }
    if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join(' ') });
    if (items.length) blocks.push({ kind: 'ul', items });
  }
  return blocks;
}
