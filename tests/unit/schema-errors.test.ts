/** Frontmatter errors name the file and every failing field (src/build/content/frontmatter.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChapterSchema } from '../../src/schemas';
import { FrontmatterError, parseFrontmatter, validateFrontmatter } from '../../src/build/content/frontmatter';

const FILE = 'tests/fixtures/invalid/content/chapters/trasig.mdx';
const ROOT = resolve(import.meta.dirname, '../..');

function validationError(): FrontmatterError {
  const { data, lineOf } = parseFrontmatter(readFileSync(resolve(ROOT, FILE), 'utf8'));
  try {
    validateFrontmatter(FILE, data, ChapterSchema, lineOf);
  } catch (error) {
    if (error instanceof FrontmatterError) return error;
    throw error;
  }
  throw new Error(`${FILE} borde inte klara schemat`);
}

describe('validateFrontmatter', () => {
  it('namnger filen och varje felaktigt fält', () => {
    const error = validationError();
    expect(error).toBeInstanceOf(Error);
    expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    expect(error.message).toContain('title: ');
    expect(error.message).toContain('order (rad 7): ');
    expect(error.message).toContain('audience[1] (rad 8): ');
    // A missing field has no line of its own; a wrong one is found at its value's line.
    expect(error.issues.map((i) => [i.path, i.line]).sort()).toEqual([['audience[1]', 8], ['order', 7], ['title', undefined]]);
  });

  it('släpper igenom giltig frontmatter och returnerar tolkade värden', () => {
    const { data } = parseFrontmatter(readFileSync(resolve(ROOT, FILE), 'utf8'));
    const fixed = { ...data, title: 'Ett helt kapitel', order: 20, audience: ['samordnare'] };
    const parsed = validateFrontmatter(FILE, fixed, ChapterSchema);
    expect(parsed.order).toBe(20);
    expect(parsed.updated).toBeInstanceOf(Date);
    expect(parsed.methods).toEqual([]);
  });

  it('hittar raden för ett fält på djupet, eller för närmaste fält ovanför som finns', () => {
    const { lineOf } = parseFrontmatter('---\ntitle: X\nsources:\n  - title: A\n  - title: B\n    url: fel\n---\nText');
    expect(lineOf(['sources', 1, 'url'])).toBe(6);
    expect(lineOf(['sources', 1, 'year'])).toBe(5);
    expect(lineOf(['sources', 0])).toBe(4);
    expect(lineOf(['saknas'])).toBeUndefined();
    expect(parseFrontmatter('Ingen frontmatter').lineOf(['title'])).toBeUndefined();
  });

  it('delar upp en MDX-fil i frontmatter och brödtext', () => {
    const { data, body } = parseFrontmatter('---\ntitle: "X"\n---\n\nText.\n');
    expect(data).toEqual({ title: 'X' });
    expect(body).toBe('\nText.\n');
  });
});
