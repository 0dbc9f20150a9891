/**
 * Klarspråk you can measure: LIX (läsbarhetsindex) and sentence length of a page's readable text.
 * LIX = words per sentence + percentage of long words (more than six letters). Sentences end at
 * . ! ? or : before a new sentence, and at the end of every block (heading, paragraph, list item,
 * table cell). Pure; tests/unit/readability.test.ts applies the book's budgets.
 */
import type { TextBlockWithKind } from './mdx-text';

export interface Readability {
  lix: number;
  words: number;
  sentences: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

/** Word tokens that contain a letter ("2023" and "4 §" are not words for LIX). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => /\p{L}/u.test(w));
}

/** Sentences of one block: split after . ! ? : when a new sentence starts (capital, digit, quote, dash). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+(?=[\p{Lu}\d"”»–(])/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function readability(blocks: readonly Pick<TextBlockWithKind, 'text'>[]): Readability {
  const sentences = blocks.flatMap((b) => sentencesOf(b.text));
  const words = sentences.flatMap(wordsOf);
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  const lix = words.length === 0 ? 0 : words.length / sentences.length + (100 * long) / words.length;
  return { lix, words: words.length, sentences };
}

/** Sentences longer than `max` words. */
export function longSentences(sentences: readonly string[], max: number): string[] {
  return sentences.filter((s) => wordsOf(s).length > max);
}

/** Markdown tables as separate cells, so that a table is not read as one endless sentence. */
export function splitTables(source: string): string {
  return source
    .split('\n')
    .flatMap((line) => {
      const t = line.trim();
      if (!t.startsWith('|')) return [line];
      if (/^\|[\s:|-]+\|$/.test(t)) return [];
      return t.split('|').map((c) => c.trim()).filter(Boolean).flatMap((c) => ['', c, '']);
    })
    .join('\n');
}
