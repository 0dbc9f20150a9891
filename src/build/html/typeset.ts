/**
 * Soft hyphens in long Swedish compounds, so that a word that cannot fit its line (a heading on a
 * 320 px phone, a card title, a narrow table cell) breaks at a syllable with a visible hyphen instead of
 * the browser cutting it anywhere ("Samverkanshandboke / n"). A soft hyphen is invisible unless the
 * line needs it, so adding it to every long word changes nothing where the word fits.
 *
 * It runs on the built HTML after the search index is made (src/build/integrations/pages-step.ts), so the
 * words readers search for and the index never contain the soft hyphen. Break points come from the
 * TeX Swedish hyphenation patterns (the `hyphen` package), then lose one-letter pieces, which read badly
 * at a line end ("samverkans-ö").
 */
import { rewriteHtml, type Edit, type Scanner } from './html-pass';
import hyphenSv from 'hyphen/sv/index.js';

export const SOFT_HYPHEN = '\u00AD';
/**
 * Only words that may not fit their line get soft hyphens: each one costs bytes on every page, and the
 * browser also uses them to fill lines. The limits are the letters a 320 px phone's narrowest line of
 * that kind holds (288 px of column, less the padding of a callout or the heading's anchor; system-ui
 * bold at about 0.65 em a letter), rounded down:
 * - running text, lists, labels, buttons, the table of contents (17 px): from 20 letters;
 * - h1 (26 px at 320 px): from 15; h2 (21 px): from 18;
 * - narrow boxes whatever their type size (table headers, cards in a grid, the five process steps side
 *   by side, the prev/next links, exercise titles): from 13.
 * The layout test (tests/e2e/design.spec.ts) measures every page type at 320–1366 px and fails on a word
 * the browser breaks inside, so a limit set too high shows there.
 */
export const MIN_WORD_LENGTH = 13;
export const MIN_RUNNING_WORD_LENGTH = 20;
const TAG_LIMITS: Record<string, number> = { h1: 15, h2: 18, th: MIN_WORD_LENGTH };
const CLASS_LIMITS: Record<string, number> = {
  card: MIN_WORD_LENGTH,
  process__name: MIN_WORD_LENGTH,
  pager: MIN_WORD_LENGTH,
  'ws-exercises__title': MIN_WORD_LENGTH,
};
const VOWELS = /^[aeiouyåäöéü]$/i;
/** Text inside these is not running text (or is a form value) and is left as written. */
const SKIP = new Set(['script', 'style', 'textarea', 'title', 'pre', 'code', 'option', 'svg', 'template']);

const hyphenator = hyphenSv.hyphenateSync;

/** The break points the patterns give a word, as pieces, with one-letter pieces joined to a neighbour. */
export function syllables(word: string): string[] {
  const pieces = hyphenator(word, { hyphenChar: '|', minWordLength: MIN_WORD_LENGTH }).split('|');
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.length === 1 && VOWELS.test(piece) && i + 1 < pieces.length) {
      pieces[i + 1] = piece + pieces[i + 1];
    } else if (piece.length === 1 && out.length > 0) {
      out[out.length - 1] += piece;
    } else {
      out.push(piece);
    }
  }
  // A break that leaves fewer than three letters at either end of the word reads as a typo.
  while (out.length > 1 && out[0]!.length < 3) out.splice(0, 2, out[0]! + out[1]!);
  while (out.length > 1 && out[out.length - 1]!.length < 3) out.splice(-2, 2, out[out.length - 2]! + out[out.length - 1]!);
  return out;
}

/**
 * Each word's hyphenated form, once per build: a book repeats its long words thousands of times, and
 * the patterns cost far more than a lookup (at 1 000 chapters this step went from 21 s to a few).
 */
const hyphenated = new Map<string, string>();

const LETTER = /\p{L}/u;
/** Whether each UTF-16 unit is a letter (\p{L}): 0 not yet asked, 1 letter, 2 not. */
const bmpLetters = new Uint8Array(0x10000);
function isLetter(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER.test(String.fromCodePoint(codePoint));
  let known = bmpLetters[codePoint]!;
  if (known === 0) bmpLetters[codePoint] = known = LETTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

/**
 * Puts soft hyphens into every word of `text` that is at least `minLength` letters long. A word is a
 * whole run of letters (\p{L}, counted by code point). One pass over the text with a table of letters:
 * at 1 000 chapters a Unicode regular expression over every text node was most of this step's time.
 */
export function hyphenateText(text: string, minLength = MIN_WORD_LENGTH): string {
  let out = '';
  let copied = 0;
  let at = 0;
  while (at < text.length) {
    const start = at;
    let letters = 0;
    for (;;) {
      const codePoint = text.codePointAt(at);
      if (codePoint === undefined || !isLetter(codePoint)) break;
      letters++;
      at += codePoint > 0xffff ? 2 : 1;
    }
    if (letters >= minLength) {
      const word = text.slice(start, at);
      let typeset = hyphenated.get(word);
      if (typeset === undefined) hyphenated.set(word, (typeset = syllables(word).join(SOFT_HYPHEN)));
      out += text.slice(copied, start) + typeset;
      copied = at;
    }
    // Past the character that ended the run (or the first character, when no run began here).
    if (letters === 0) at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A scanner that puts soft hyphens into the long words of a document's visible text (html-pass.ts). */
export function hyphenScanner(): Scanner {
  const edits: Edit[] = [];
  // Each open element with what it passes on to its text: the tightest limit and whether it is skipped,
  // its own and its ancestors' (so a text node reads the top of the stack, not the whole stack).
  const open: { name: string; limit: number; skip: boolean }[] = [];
  return {
    onopentag(_cursor, name, attributes) {
      const parent = open.at(-1);
      let limit = Math.min(parent?.limit ?? MIN_RUNNING_WORD_LENGTH, TAG_LIMITS[name] ?? MIN_RUNNING_WORD_LENGTH);
      const classes = attributes['class'];
      if (classes) for (const c of classes.split(/\s+/)) limit = Math.min(limit, CLASS_LIMITS[c] ?? MIN_RUNNING_WORD_LENGTH);
      open.push({ name, limit, skip: (parent?.skip ?? false) || SKIP.has(name) });
    },
    onclosetag(_cursor, name) {
      const at = open.findLastIndex((o) => o.name === name);
      if (at >= 0) open.length = at;
    },
    ontext(cursor) {
      const top = open.at(-1);
      if (top?.skip) return;
      const minLength = top?.limit ?? MIN_RUNNING_WORD_LENGTH;
      const start = cursor.startIndex;
      const end = cursor.endIndex + 1;
      if (end - start < minLength) return; // too short to hold a long word (most text nodes)
      const text = cursor.html.slice(start, end);
      const typeset = hyphenateText(text, minLength);
      if (typeset !== text) edits.push({ start, end, text: () => typeset });
    },
    edits: () => edits,
  };
}

/**
 * A whole HTML document with soft hyphens in the long words of its visible text. The document is
 * tokenised (htmlparser2) and only text is changed, by position, so markup, attributes and inline scripts
 * and styles (whose CSP hashes are fixed) stay byte for byte the same.
 */
export function hyphenateHtml(html: string): string {
  return rewriteHtml(html, [hyphenScanner()]);
}
