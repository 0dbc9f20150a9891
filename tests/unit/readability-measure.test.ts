/**
 * The LIX and sentence measures themselves (src/build/content/readability.ts), on small invented texts with
 * results worked out by hand. tests/unit/readability.test.ts applies them to the book's budgets.
 */
import { describe, expect, it } from 'vitest';
import { longSentences, readability, sentencesOf, splitTables, wordsOf } from '../../src/build/content/readability';

describe('wordsOf', () => {
  it('counts tokens that hold a letter: numbers and the paragraph sign are not words, hyphenated compounds are one', () => {
    expect(wordsOf('År 2023 trädde 4 § i kraft (Kommuner-mot-brott), e-post 3b.')).toEqual(['År', 'trädde', 'i', 'kraft', 'Kommuner-mot-brott', 'e-post', '3b']);
  });
  it('has no words in an empty text or one of digits and signs', () => {
    expect(wordsOf('')).toEqual([]);
    expect(wordsOf('12 – 14 § 3.')).toEqual([]);
  });
});

describe('sentencesOf', () => {
  it('ends a sentence at . ! ? : when the next one starts with a capital, a digit, a quote, a dash or a parenthesis', () => {
    expect(sentencesOf('Först. Sedan! Varför? Så här: Ett svar. 2023 kom lagen. "Citat" följer. – Tankstreck. (Inom parentes) här. Slut efter parentes.) ja')).toEqual([
      'Först.',
      'Sedan!',
      'Varför?',
      'Så här:',
      'Ett svar.',
      '2023 kom lagen.',
      '"Citat" följer.',
      '– Tankstreck.',
      '(Inom parentes) här.',
      'Slut efter parentes.) ja',
    ]);
  });
  it('does not end a sentence before a small letter, nor without white space after the sign', () => {
    expect(sentencesOf('T.ex. kommunen, bl.a. polisen. ca. tio st.Och mer')).toEqual(['T.ex. kommunen, bl.a. polisen. ca. tio st.Och mer']);
  });
  it('ends a sentence before any run of white space', () => {
    expect(sentencesOf('Först.   Sedan.\n\tSist.')).toEqual(['Först.', 'Sedan.', 'Sist.']);
  });
  it('drops pieces without a word and trims the rest', () => {
    expect(sentencesOf('  1. 2. Ord här.  ')).toEqual(['Ord här.']);
    expect(sentencesOf('')).toEqual([]);
  });
});

describe('readability', () => {
  it('is words per sentence plus the share of words longer than six letters, in per cent', () => {
    // 5 words in 2 sentences; long: Kommunen, samordnar, arbetet, Polisen (4 of 5) → 2.5 + 80.
    const result = readability([{ text: 'Kommunen samordnar arbetet. Polisen bidrar.' }]);
    expect(result).toEqual({ lix: 82.5, words: 5, sentences: ['Kommunen samordnar arbetet.', 'Polisen bidrar.'] });
  });
  it('ends a sentence at the end of every block, and counts only letters towards a long word', () => {
    // "Sms-kod" has six letters (not long), "Avstämning" ten; 3 words in 2 sentences, 1 long → 1.5 + 33.3…
    const result = readability([{ text: 'Sms-kod' }, { text: 'Avstämning sker' }]);
    expect(result.sentences).toEqual(['Sms-kod', 'Avstämning sker']);
    expect(result.words).toBe(3);
    expect(result.lix).toBeCloseTo(1.5 + 100 / 3, 10);
  });
  it('counts a word of exactly six letters as short and seven as long', () => {
    expect(readability([{ text: 'Sexord' }]).lix).toBe(1);
    expect(readability([{ text: 'Sjuordd' }]).lix).toBe(101);
  });
  it('is 0 for a page without words (not NaN)', () => {
    expect(readability([])).toEqual({ lix: 0, words: 0, sentences: [] });
    expect(readability([{ text: '2023 – 4 §' }])).toEqual({ lix: 0, words: 0, sentences: [] });
  });
});

describe('longSentences', () => {
  it('lists the sentences with more words than the limit; a sentence of exactly the limit passes', () => {
    const sentences = ['Ett två tre.', 'Ett två tre fyra.', 'Ett 2 3 fyra.'];
    expect(longSentences(sentences, 3)).toEqual(['Ett två tre fyra.']);
    expect(longSentences(sentences, 4)).toEqual([]);
    expect(longSentences(sentences, 1)).toEqual(sentences);
  });
});

describe('splitTables', () => {
  it('puts each cell of a Markdown table in a block of its own and drops the separator row', () => {
    const source = 'Före tabellen.\n| Aktör | Roll |\n| :--- | ---: |\n|  Polisen | Bidrar |\nEfter.';
    expect(splitTables(source)).toBe('Före tabellen.\n\nAktör\n\n\nRoll\n\n\nPolisen\n\n\nBidrar\n\nEfter.');
  });
  it('leaves lines that do not start with a pipe, and an indented table row is still a row', () => {
    expect(splitTables('a | b\n  | c |')).toBe('a | b\n\nc\n');
    expect(splitTables('text utan tabell')).toBe('text utan tabell');
  });
  it('keeps a row of dashes between words as text (only a separator row of pipes, colons and dashes goes)', () => {
    expect(splitTables('| a - b |')).toBe('\na - b\n');
    expect(splitTables('|-|')).toBe('');
  });
  it('drops only a whole separator row: a row with text in any cell keeps its cells, a line ending in a pipe is text', () => {
    expect(splitTables('| a |-|')).toBe('\na\n\n\n-\n');
    expect(splitTables('| - | a |')).toBe('\n-\n\n\na\n');
    expect(splitTables('text med | i slutet |')).toBe('text med | i slutet |');
  });
});
