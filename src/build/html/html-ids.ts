/**
 * Rewrites ids in an HTML fragment so fragments can be combined on one page: every id, every reference to
 * one (for, aria-labelledby/-describedby/-controls, an in-page href="#…") gets the prefix, and headings
 * h2–h5 can move one level down. Read by the tokenizer (html-pass.ts): text that merely spells an
 * attribute stays as written.
 */
import { decodeAttribute, encodeAttribute, rewriteHtml, type Edit, type Scanner } from './html-pass';

const ID_LISTS = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls']);
const DEMOTED = new Set(['h2', 'h3', 'h4', 'h5']);

function idScanner(prefix: string, demoteHeadings: boolean): Scanner {
  const edits: Edit[] = [];
  const attribute = (start: number, end: number, name: string, value: string) =>
    edits.push({ start, end, text: () => `${name}="${encodeAttribute(value)}"` });
  // A tag's name starts right after "<" (or "</"); the edit swaps its digit.
  const demote = (digitAt: number, name: string) => edits.push({ start: digitAt, end: digitAt + 1, text: () => String(Number(name[1]) + 1) });
  return {
    onattribute(cursor, name, raw) {
      const value = decodeAttribute(raw);
      if (ID_LISTS.has(name)) {
        attribute(cursor.startIndex, cursor.endIndex, name, value.split(/\s+/).filter(Boolean).map((v) => `${prefix}-${v}`).join(' '));
      } else if (name === 'href' && value.startsWith('#') && value.length > 1) {
        attribute(cursor.startIndex, cursor.endIndex, name, `#${prefix}-${value.slice(1)}`);
      }
    },
    onopentag(cursor, name) {
      if (demoteHeadings && DEMOTED.has(name)) demote(cursor.startIndex + 2, name);
    },
    onclosetag(cursor, name, isImplied) {
      if (demoteHeadings && DEMOTED.has(name) && !isImplied) demote(cursor.startIndex + 3, name);
    },
    edits: () => edits,
  };
}

export function prefixIds(html: string, prefix: string, options: { demoteHeadings?: boolean } = {}): string {
  return rewriteHtml(html, [idScanner(prefix, options.demoteHeadings ?? false)]);
}
