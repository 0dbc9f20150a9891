/**
 * One tokenising pass (htmlparser2) over an HTML document, shared by every step that scans or rewrites
 * built pages: each step is a `Scanner` with the handlers it needs and returns the edits it wants, by
 * position. Text is never decoded (decodeEntities: false), so everything not edited stays byte for byte
 * as written (inline scripts and styles keep their CSP hashes). The last pass over the pages
 * (src/build/integrations/pages-step.ts) runs all its scanners in one pass; each module also runs alone.
 */
import { Parser } from 'htmlparser2';

/** Replace `html.slice(start, end)` with `text` (computed once the pass is over). */
export interface Edit {
  start: number;
  end: number;
  text: () => string;
}

/** What a scanner sees: the document and the tokenizer's positions for the current token. */
export interface Cursor {
  html: string;
  /** Current token: a tag from `<` (inclusive) to `>` (exclusive end = endIndex + 1); an attribute from its name to after its value. */
  readonly startIndex: number;
  readonly endIndex: number;
}

export interface Scanner {
  onopentag?(cursor: Cursor, name: string, attributes: Record<string, string>): void;
  onclosetag?(cursor: Cursor, name: string, isImplied: boolean): void;
  onattribute?(cursor: Cursor, name: string, value: string): void;
  ontext?(cursor: Cursor): void;
  /** The scanner's edits (any order), asked once after the pass. */
  edits?(): Edit[];
}

/** Runs every scanner over `html` in one tokenising pass. */
export function scanHtml(html: string, scanners: readonly Scanner[]): void {
  const cursor: Cursor = {
    html,
    get startIndex() {
      return parser.startIndex;
    },
    get endIndex() {
      return parser.endIndex;
    },
  };
  const open = scanners.filter((s) => s.onopentag);
  const close = scanners.filter((s) => s.onclosetag);
  const attribute = scanners.filter((s) => s.onattribute);
  const text = scanners.filter((s) => s.ontext);
  const parser: Parser = new Parser(
    {
      ...(open.length ? { onopentag: (name: string, attributes: Record<string, string>) => open.forEach((s) => s.onopentag!(cursor, name, attributes)) } : {}),
      ...(close.length ? { onclosetag: (name: string, isImplied: boolean) => close.forEach((s) => s.onclosetag!(cursor, name, isImplied)) } : {}),
      ...(attribute.length ? { onattribute: (name: string, value: string) => attribute.forEach((s) => s.onattribute!(cursor, name, value)) } : {}),
      ...(text.length ? { ontext: () => text.forEach((s) => s.ontext!(cursor)) } : {}),
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}

/** `html` with the scanners' edits applied (edits must not overlap; an edit that changes nothing is skipped). */
export function applyEdits(html: string, scanners: readonly Scanner[]): string {
  const edits = scanners.flatMap((s) => s.edits?.() ?? []).sort((a, b) => a.start - b.start);
  if (edits.length === 0) return html;
  let out = '';
  let from = 0;
  for (const edit of edits) {
    if (edit.start < from) throw new Error(`Överlappande ändringar i HTML vid ${edit.start}`);
    out += html.slice(from, edit.start) + edit.text();
    from = edit.end;
  }
  return out + html.slice(from);
}

/** Scans and rewrites `html` with `scanners` in one pass. */
export function rewriteHtml(html: string, scanners: readonly Scanner[]): string {
  scanHtml(html, scanners);
  return applyEdits(html, scanners);
}

/** An attribute value as the browser reads it: the character references the build writes, decoded. */
export function decodeAttribute(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[name!.toLowerCase()]!;
  });
}

/** A value written back into a double-quoted attribute. */
export const encodeAttribute = (value: string): string => value.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');
