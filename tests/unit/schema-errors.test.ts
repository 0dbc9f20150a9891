/** Frontmatter errors name the file and every failing field (src/build/content/frontmatter.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChapterSchema } from '../../src/schemas';
import { FrontmatterError, parseFrontmatter, validateFrontmatter } from '../../src/build/content/frontmatter';

const FILE = 'tests/fixtures/invalid/content/chapters/trasig.mdx';
const ROOT = resolve(import.meta.dirname, '../..');

function validationError(): FrontmatterError {
  const { data } = parseFrontmatter(readFileSync(resolve(ROOT, FILE), 'utf8'));
  try {
    validateFrontmatter(FILE, data, ChapterSchema);
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
    expect(error.message).toContain('order: ');
    expect(error.message).toContain('audience[1]: ');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['audience[1]', 'order', 'title']);
  });

  it('släpper igenom giltig frontmatter och returnerar tolkade värden', () => {
    const { data } = parseFrontmatter(readFileSync(resolve(ROOT, FILE), 'utf8'));
    const fixed = { ...data, title: 'Ett helt kapitel', order: 20, audience: ['samordnare'] };
    const parsed = validateFrontmatter(FILE, fixed, ChapterSchema);
    expect(parsed.order).toBe(20);
    expect(parsed.updated).toBeInstanceOf(Date);
    expect(parsed.methods).toEqual([]);
  });

  it('delar upp en MDX-fil i frontmatter och brödtext', () => {
    const { data, body } = parseFrontmatter('---\ntitle: "X"\n---\n\nText.\n');
    expect(data).toEqual({ title: 'X' });
    expect(body).toBe('\nText.\n');
  });
});
