/**
 * synonymsFor scans a plain page's lower-cased text with lower-cased patterns whose letter classes are
 * spelled out (search-terms.ts, plainTermSource) instead of the `iu` patterns: the answers must be the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PLAIN, PLAIN_LETTER, PLAIN_LETTER_OR_DIGIT, synonymsFor } from '../../src/shared/search-terms';

describe('plain text: the spelled-out classes are \\p{L} and [\\p{L}\\p{N}]', () => {
  it('for every character plain text may hold', () => {
    const letter = new RegExp(`^[${PLAIN_LETTER}]$`);
    const letterOrDigit = new RegExp(`^[${PLAIN_LETTER_OR_DIGIT}]$`);
    let plain = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (!PLAIN.test(c)) continue;
      plain++;
      expect([c, letter.test(c)]).toEqual([c, /^\p{L}$/u.test(c)]);
      expect([c, letterOrDigit.test(c)]).toEqual([c, /^[\p{L}\p{N}]$/u.test(c)]);
    }
    expect(plain).toBeGreaterThan(700);
  });
});

describe('synonymsFor gives a plain page the answer the Unicode patterns give', () => {
  const entries = parse(readFileSync('content/glossary.yaml', 'utf8')) as { term: string; synonyms?: string[] }[];
  const glossary = entries.map((e) => ({ data: { term: e.term, synonyms: e.synonyms ?? [] } }));
  // "ŋ" is a letter outside plain text: the same page with it appended is scanned with the `iu` patterns.
  const unicode = (text: string) => `${text}\nŋ`;
  const pages = ['chapters', 'methods', 'worksheets', 'roles', 'examples'].flatMap((dir) =>
    readdirSync(`content/${dir}`).map((file) => [`${dir}/${file}`, readFileSync(`content/${dir}/${file}`, 'utf8')] as const),
  );

  it('on every page of the book, once and twice mentioned', () => {
    let found = 0;
    for (const [file, text] of pages) {
      expect(PLAIN.test(text), file).toBe(true);
      for (const min of [1, 2]) {
        const answer = synonymsFor(text, glossary, min);
        expect([file, min, answer]).toEqual([file, min, synonymsFor(unicode(text), glossary, min)]);
        found += answer.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('in upper case, inflected, across a line break and next to letters outside a-z', () => {
    const texts = [
      'KOMMUNER MOT BROTT gäller från 2023.',
      'Lägesbilden och lägesbilderna.',
      'En gemensam\nlägesbild tas fram.',
      'Ölägesbild är inget ord, men lägesbild är det.',
      'Brottsförebyggande råd² och Rådets arbete.',
    ];
    for (const text of texts) {
      for (const min of [1, 2]) expect([text, synonymsFor(text, glossary, min)]).toEqual([text, synonymsFor(unicode(text), glossary, min)]);
    }
    expect(synonymsFor('KOMMUNER MOT BROTT gäller från 2023.', glossary)).toContain('Kommuner mot brott');
    expect(synonymsFor('Ölägesbild är inget ord.', glossary)).not.toContain('Lägesbild');
  });
});
