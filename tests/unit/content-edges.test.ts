/**
 * Edges of the small content modules: the edition text (law callouts before the law), the reference walk
 * over a schema (src/build/content/references.ts) and frontmatter errors (file, field, line).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { chapterPlainText, chapterTextForEdition, predatesLaw } from '../../src/build/content/edition-text';
import { referencesIn } from '../../src/build/content/references';
import { FrontmatterError, formatIssuePath, parseFrontmatter, validateFrontmatter } from '../../src/build/content/frontmatter';
import { idList, ref } from '../../src/schemas';

const ORDER = ['2020', '2024', '2026'];

describe('edition text', () => {
  const body = 'Före.\n\n<Callout type="lagkrav" title="Krav">\n\nKommunen ska.\n\n</Callout>\n\n<Callout title="Tips" type="tips">\n\nRåd.\n\n</Callout>\n\n<Note type="lagkrav">\n\nAnnan komponent.\n\n</Note>\n\n<Callout typ="lagkrav">\n\nFel attribut.\n\n</Callout>';
  it('leaves out only <Callout type="lagkrav"> in editions before the law, and keeps it from the law on', () => {
    expect(chapterTextForEdition(body, '2020', ORDER).map((b) => b.text)).toEqual(['Före.', 'Tips', 'Råd.', 'Annan komponent.', 'Fel attribut.']);
    expect(chapterTextForEdition(body, '2024', ORDER).map((b) => b.text)).toEqual(['Före.', 'Krav', 'Kommunen ska.', 'Tips', 'Råd.', 'Annan komponent.', 'Fel attribut.']);
    expect(predatesLaw('2020', ORDER)).toBe(true);
    expect(predatesLaw('2024', ORDER)).toBe(false);
    expect(predatesLaw('2026', ORDER)).toBe(false);
  });
  it('gives the plain text of an edition one block a line', () => {
    expect(chapterPlainText('## Rubrik\n\nEtt.\n\n- Två', '2024', ORDER)).toBe('Rubrik\nEtt.\nTvå');
  });
});

describe('referencesIn', () => {
  const Schema = z.object({
    single: ref('methods').optional(),
    list: idList('chapters'),
    nested: z.object({ inner: ref('law') }).optional(),
    byKey: z.record(ref('editions'), z.object({ methods: idList('methods') })).optional(),
    piped: z.string().transform((s) => s.trim()).pipe(z.string()).optional(),
    refPiped: ref('roles').transform((s) => s).optional(),
    either: z.union([z.string(), z.number()]).optional(),
    plain: z.string().optional(),
  });
  it('finds every reference with its path, through optional fields, lists, objects, records and pipes', () => {
    const data = { single: 'm1', list: ['k1', 'k2'], nested: { inner: 'p4' }, byKey: { '2020': { methods: ['m2'] } }, refPiped: 'skola', either: 'x', plain: 'y' };
    expect(referencesIn(Schema, data)).toEqual([
      { path: 'single', target: 'methods', value: 'm1' },
      { path: 'list[0]', target: 'chapters', value: 'k1' },
      { path: 'list[1]', target: 'chapters', value: 'k2' },
      { path: 'nested.inner', target: 'law', value: 'p4' },
      { path: 'byKey.2020', target: 'editions', value: '2020' },
      { path: 'byKey.2020.methods[0]', target: 'methods', value: 'm2' },
      { path: 'refPiped', target: 'roles', value: 'skola' },
    ]);
  });
  it('skips missing values and values of the wrong shape instead of failing (the schema check reports those)', () => {
    expect(referencesIn(Schema, { list: 'k1', nested: ['p4'], byKey: null })).toEqual([]);
    expect(referencesIn(Schema, { nested: null, byKey: ['2020'] })).toEqual([]);
    expect(referencesIn(Schema, null)).toEqual([]);
    expect(referencesIn(Schema, [{ single: 'm1' }])).toEqual([]);
    expect(referencesIn(Schema, undefined)).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('names the line of a nested field, and of the nearest field above one that is missing', () => {
    const source = '---\ntitle: T\nsources:\n  - title: Källa\n    url: inte-en-url\n---\nBrödtext';
    const { data, body, lineOf } = parseFrontmatter(source);
    expect(body).toBe('Brödtext');
    expect(lineOf(['sources', 0, 'url'])).toBe(5);
    expect(lineOf(['sources', 0, 'year'])).toBe(4);
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['saknas'])).toBeUndefined();
    expect(lineOf([Symbol('title')])).toBeUndefined();
    const schema = z.object({ title: z.string(), sources: z.array(z.object({ url: z.url() })), summary: z.string() });
    let error: FrontmatterError | undefined;
    try {
      validateFrontmatter('content/x.mdx', data, schema, lineOf);
    } catch (e) {
      error = e as FrontmatterError;
    }
    expect(error).toBeInstanceOf(FrontmatterError);
    expect(error!.name).toBe('FrontmatterError');
    expect(error!.file).toBe('content/x.mdx');
    expect(error!.issues.map((i) => [i.path, i.line])).toEqual([
      ['sources[0].url', 5],
      ['summary', undefined],
    ]);
    expect(error!.message).toMatch(/^content\/x\.mdx: sources\[0\]\.url \(rad 5\): .+; summary: .+$/);
  });
  it('reads a file without frontmatter, or with YAML that is not a mapping, as no data', () => {
    expect(parseFrontmatter('Bara text.')).toMatchObject({ data: {}, body: 'Bara text.' });
    expect(parseFrontmatter('---\n- a\n- b\n---\nText').data).toEqual({});
    expect(parseFrontmatter('---\nbara en sträng\n---\nText').data).toEqual({});
    expect(parseFrontmatter('---\n---\nText').data).toEqual({});
  });
  it('validates without a line lookup, and formats paths', () => {
    expect(() => validateFrontmatter('f.mdx', {}, z.object({ a: z.string() }))).toThrow(/^f\.mdx: a: /);
    expect(formatIssuePath([])).toBe('(frontmatter)');
    expect(formatIssuePath(['a', 0, 'b', 1])).toBe('a[0].b[1]');
    expect(formatIssuePath([0, 'b'])).toBe('[0].b');
  });
});
