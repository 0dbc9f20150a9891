/**
 * One book's language (content/README.md): never "man", and one term per concept. The variants live
 * on as glossary synonyms and keywords, so the check reads only what readers see as running text:
 * the body of every page and its summary, not keywords, sources or the glossary's synonym lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/build/content/frontmatter';

const ROOT = resolve(import.meta.dirname, '../..');

/** Variant → the book's term. Patterns skip ids and URLs (kickoff-for-samverkan). */
export const VARIANTS: { pattern: RegExp; use: string }[] = [
  { pattern: /(?<![\p{L}/-])[Mm]an(?![\p{L}-])/u, use: 'ni, du, en konkret aktör eller passiv form (aldrig "man")' },
  { pattern: /SMARTa|SMART-mål|SMARTA-mål/u, use: 'SMARTA mål' },
  { pattern: /nollmätning|baslinje|utgångsmätning/iu, use: 'utgångsvärde' },
  { pattern: /trygghetsenkät|(?<!Nationella )trygghetsundersökning/iu, use: 'trygghetsmätning' },
  { pattern: /orsaksträd/iu, use: 'problemträd' },
  { pattern: /startträff|(?<![\p{L}/-])kickoff(?![\p{L}/-])/iu, use: 'kick-off' },
];

/** Sentences that name a variant on purpose, to explain it. */
const EXPLAINED = [/kallas det ibland orsaksträd/u];

export function findVariants(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const sentence of line.split(/(?<=[.!?])\s+/u)) {
      if (EXPLAINED.some((e) => e.test(sentence))) continue;
      // "en man" is a man, not the pronoun.
      const cleaned = sentence.replace(/\ben man\b/gu, '');
      for (const v of VARIANTS) {
        const m = v.pattern.exec(cleaned);
        if (m) problems.push(`${file}:${i + 1}: "${m[0]}" – skriv ${v.use}`);
      }
    }
  });
  return problems;
}

function readerText(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of ['chapters', 'worksheets', 'exercises', 'methods', 'examples', 'roles']) {
    for (const name of readdirSync(join(ROOT, 'content', dir)).filter((n) => n.endsWith('.mdx'))) {
      const file = `content/${dir}/${name}`;
      const { data, body } = parseFrontmatter(readFileSync(join(ROOT, file), 'utf8'));
      const d = data as { summary?: string; purpose?: string; outcome?: string };
      out.push({ file, text: [d.summary, d.purpose, d.outcome].filter(Boolean).join('\n') + '\n' + body });
    }
  }
  return out;
}

describe('ett språk i hela boken', () => {
  it('inget "man" och ett ord per begrepp i texten läsaren ser', () => {
    const problems = readerText().flatMap(({ file, text }) => findVariants(file, text));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('hittar varianterna men inte id:n, länkar eller "en man"', () => {
    expect(findVariants('x', 'Här gör man en nollmätning.')).toHaveLength(2);
    expect(findVariants('x', 'Gör ett SMARTa mål och en trygghetsenkät.')).toHaveLength(2);
    expect(findVariants('x', 'Se [Kick-off för samverkan](/ovningar/kickoff-for-samverkan/).')).toEqual([]);
    expect(findVariants('x', 'Gärningspersonen var en man. Nationella trygghetsundersökningen visar det.')).toEqual([]);
    expect(findVariants('x', 'Vi höll en startträff.')).toHaveLength(1);
  });
});
