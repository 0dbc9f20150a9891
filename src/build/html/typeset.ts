/**
 * Soft hyphens in long Swedish compounds, so that a word that cannot fit its line (a heading on a
 * 320 px phone, a card title, a narrow table cell) breaks at a syllable with a visible hyphen instead of
 * the browser cutting it anywhere ("Samverkanshandboke / n"). A soft hyphen is invisible unless the
 * line needs it, so adding it to every long word changes nothing where the word fits.
 *
 * It runs on the built HTML after the search index is made (the typeset step in src/build/integrations/handbook-build.ts), so the
 * words readers search for and the index never contain the soft hyphen. Break points come from the
 * TeX Swedish hyphenation patterns (the `hyphen` package), then lose one-letter pieces, which read badly
 * at a line end ("samverkans-ö").
 */
import { Parser } from 'htmlparser2';
import hyphenSv from 'hyphen/sv/index.js';

export const SOFT_HYPHEN = '\u00AD';
/**
 * Only words that may not fit get soft hyphens, since the browser also uses them to fill lines: in
 * headings, titles and narrow boxes (large type or little room) from 13 letters; in running text, whose
 * 320 px line holds about 25 letters even inside a callout, from 20.
 */
export const MIN_WORD_LENGTH = 13;
export const MIN_RUNNING_WORD_LENGTH = 20;
const LONG_WORD = /\p{L}{13,}/u;
const TIGHT_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'label', 'dt', 'button', 'summary', 'figcaption', 'legend']);
const TIGHT_CLASSES = ['card', 'process__name', 'pager', 'ws-exercises__title', 'toc', 'badge'];
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

/** Puts soft hyphens into every word of `text` that is at least `minLength` letters long. */
export function hyphenateText(text: string, minLength = MIN_WORD_LENGTH): string {
  return text.replace(new RegExp(`\\p{L}{${minLength},}`, 'gu'), (word) => syllables(word).join(SOFT_HYPHEN));
}

/**
 * A whole HTML document with soft hyphens in the long words of its visible text. The document is
 * tokenised (htmlparser2) and only text is changed, by position, so markup, attributes and inline scripts
 * and styles (whose CSP hashes are fixed) stay byte for byte the same.
 */
export function hyphenateHtml(html: string): string {
  const edits: { start: number; end: number; minLength: number }[] = [];
  const open: { name: string; tight: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes['class'] ?? '').split(/\s+/);
        open.push({ name, tight: TIGHT_TAGS.has(name) || TIGHT_CLASSES.some((c) => classes.includes(c)) });
      },
      onclosetag(name) {
        const at = open.findLastIndex((o) => o.name === name);
        if (at >= 0) open.length = at;
      },
      ontext() {
        if (open.some((o) => SKIP.has(o.name))) return;
        const minLength = open.some((o) => o.tight) ? MIN_WORD_LENGTH : MIN_RUNNING_WORD_LENGTH;
        edits.push({ start: parser.startIndex, end: parser.endIndex + 1, minLength });
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  let out = '';
  let from = 0;
  for (const { start, end, minLength } of edits) {
    const text = html.slice(start, end);
    if (!LONG_WORD.test(text)) continue;
    out += html.slice(from, start) + hyphenateText(text, minLength);
    from = end;
  }
  return out + html.slice(from);
}
