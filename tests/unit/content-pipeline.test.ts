/**
 * One content pipeline (issue 21.1): an MDX body is parsed once (src/build/content/mdx-tree.ts) and fields,
 * terms, links and revisions are read from that tree; reference fields come from the schemas
 * (src/build/content/references.ts), not from a second list.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { attributesOf, elementsNamed, mayHaveMarkup, mdxTree, syntaxErrorLine, TREE_CACHE_SIZE } from '../../src/build/content/mdx-tree';
import { fieldsOf, parseFields } from '../../src/build/content/worksheet-fields-parse';
import { findIntegrityProblems, termUses, type IntegrityInput } from '../../src/build/content/content-integrity';
import { linksIn } from '../../src/build/content/link-text';
import { mdxToBlocks } from '../../src/build/content/mdx-text';
import { parseRevisions } from '../../src/build/content/revisions';
import { referencesIn } from '../../src/build/content/references';
import { COLLECTION_SCHEMAS, ChapterSchema, MethodSchema, idList, ref, referenceTarget } from '../../src/schemas';

const element = (source: string) => elementsNamed(mdxTree(source), new Set(['X']))[0]!;

describe('one syntax tree per body', () => {
  it('parses a body once and hands every reader the same tree', () => {
    const body = 'Text med <Term id="a">ord</Term> och [en länk](/kapitel/a/).\n';
    const tree = mdxTree(body);
    expect(mdxTree(`${body}`)).toBe(tree);
    expect(mdxTree(`${body}\n`)).not.toBe(tree);
  });
  it('keeps a bounded number of trees, dropping the oldest', () => {
    const first = mdxTree('<Term id="forst">x</Term>');
    for (let i = 0; i < TREE_CACHE_SIZE; i++) mdxTree(`<Term id="t${i}">x</Term>`);
    expect(mdxTree(`<Term id="t${TREE_CACHE_SIZE - 1}">x</Term>`)).toBe(mdxTree(`<Term id="t${TREE_CACHE_SIZE - 1}">x</Term>`));
    expect(mdxTree('<Term id="forst">x</Term>')).not.toBe(first);
  });
  it('reads the GFM structure the build uses: tables and strikethrough', () => {
    expect(mdxToBlocks('| A | B |\n| - | - |\n| ~~gammal~~ | ny |')).toEqual([
      { kind: 'row', text: 'A · B', cells: ['A', 'B'], header: true },
      { kind: 'row', text: 'gammal · ny', cells: ['gammal', 'ny'], header: false },
    ]);
  });
  it('skips the parse where there is no component and no link', () => {
    expect(mayHaveMarkup('Bara text, med <em>html</em> och a < b.')).toBe(false);
    expect(mayHaveMarkup('<Term id="a">x</Term>')).toBe(true);
    expect(mayHaveMarkup('</Was>')).toBe(true);
    expect(mayHaveMarkup('[x](/a/)')).toBe(true);
    // Unparsable MDX without markup is not read at all, so it cannot fail here.
    expect(parseFields('Text {')).toEqual([]);
  });
});

describe('attributes read from the tree, never evaluated', () => {
  it('reads strings, bare names and literal expressions', () => {
    expect(attributesOf(element('<X a="text {inte kod}" b c={["Ett", "Två, tre"]} d={-2} e={{ kolumn: "mal", "x y": 1 }} f={`mall`} g={null} />'))).toEqual({
      a: 'text {inte kod}',
      b: true,
      c: ['Ett', 'Två, tre'],
      d: -2,
      e: { kolumn: 'mal', 'x y': 1 },
      f: 'mall',
      g: null,
    });
  });
  it('refuses what would need evaluating, naming the line', () => {
    expect(() => attributesOf(element('\n<X a={variabel} />'))).toThrow(/rad 2: .*Identifier/);
    expect(() => attributesOf(element('<X a={f()} />'))).toThrow(/CallExpression/);
    expect(() => attributesOf(element('<X a={[...b]} />'))).toThrow(/listan får bara innehålla värden/);
    expect(() => attributesOf(element('<X a={{ [k]: 1 }} />'))).toThrow(/enkla nycklar/);
    expect(() => attributesOf(element('<X a={`x${y}`} />'))).toThrow(/TemplateLiteral/);
    expect(() => attributesOf(element('<X a={-b} />'))).toThrow(/UnaryExpression/);
    expect(() => attributesOf(element('<X {...props} />'))).toThrow(/\{…\}-attribut/);
  });
  it('refuses an expression it cannot read as plain JavaScript, and names the line of one MDX cannot parse', () => {
    expect(() => attributesOf(element('<X a={"ett", "två"} />'))).toThrow(/SequenceExpression/);
    // JSX passes the MDX parser but is no literal value, nor plain JavaScript.
    expect(() => attributesOf(element('\n<X a={<b />} />'))).toThrow(/rad 2: <X> a: uttrycket går inte att läsa/);
    // Trailing code is an MDX syntax error, with its line.
    expect(() => element('\n\n<X a={1; 2} />')).toThrow(/^3:\d+: /);
    try {
      element('\n\n<X a={1; 2} />');
    } catch (error) {
      expect(syntaxErrorLine(error)).toBe(3);
    }
    expect(attributesOf(element('<X a={ 3 } />'))).toEqual({ a: 3 });
  });
});

describe('worksheet fields from the tree', () => {
  it('reads fields inline and nested in other components, and table references', () => {
    const fields = parseFields('<Callout>\n<TableField id="t" label="T" columns={["A", "B"]} rowIds refs={{ B: "annat.t" }} />\n</Callout>\n\nText <TextField id="i" label="I" /> här.\n\n<RatingField id="r" label="R" />');
    expect(fields).toEqual([
      { id: 't', component: 'TableField', label: 'T', list: ['A', 'B'], rowIds: true, refs: { B: 'annat.t' } },
      { id: 'i', component: 'TextField', label: 'I' },
      { id: 'r', component: 'RatingField', label: 'R', min: 1, max: 5 },
    ]);
  });
  it('ignores a field in a code example', () => {
    expect(parseFields('```mdx\n<TextField id="x" label="X" />\n```\n\n<TextField id="y" label="Y" />').map((f) => f.id)).toEqual(['y']);
  });
  it('names the line of a missing id, a duplicate and a list that is not strings', () => {
    expect(() => parseFields('Text\n\n<TextField label="X" />')).toThrow(/^rad 3: <TextField> saknar id$/);
    expect(() => parseFields('<TextField id="a" label="A" />\n\n<TextArea id="a" label="B" />')).toThrow(/^rad 3: fält-id "a" används två gånger$/);
    expect(() => parseFields('<ChoiceField id="v" label="V" options={[1, 2]} />')).toThrow(/listan ska vara strängar/);
    expect(() => parseFields('<TableField id="v" label="V" columns={["A"]} refs={["A"]} />')).toThrow(/refs: ska vara ett objekt/);
  });
  it('fieldsOf reads the shared tree itself', () => {
    const body = '<DateField id="d" label="När" />';
    expect(fieldsOf(mdxTree(body))).toEqual([{ id: 'd', component: 'DateField', label: 'När' }]);
  });
});

describe('terms and links from the tree', () => {
  it('finds <Term> with its line, not inside code', () => {
    const tree = mdxTree('Första.\n\n- punkt med <Term id="a">ord</Term>\n\n`<Term id="kod">`\n\n```\n<Term id="block">\n```');
    expect(termUses(tree)).toEqual([{ id: 'a', line: 3 }]);
  });
  it('reads a link\'s visible text without markup, and only internal links', () => {
    expect(linksIn('Se [**lägesbilden** i `kap`](/kapitel/a/) och [extern](https://x.se/).\n\n\n[igen <Term id="t">term</Term>](/ordlista/#t)')).toEqual([
      { text: 'lägesbilden i kap', href: '/kapitel/a/', line: 1 },
      { text: 'igen term', href: '/ordlista/#t', line: 4 },
    ]);
    expect(linksIn('Ingen länk här.')).toEqual([]);
    expect(linksIn('[trasig <Term>](/a/)')).toEqual([]); // the content check reports the syntax error
  });
  it('revisions read the same cached tree', () => {
    const body = 'Före.\n\n<Revision id="r" law="p" summary="Ändrad.">\nNy text.\n</Revision>\n';
    mdxTree(body);
    expect(parseRevisions(body, '2024')).toMatchObject([{ id: 'r', line: 3, newText: 'Ny text.' }]);
  });
});

const input = (): IntegrityInput => ({
  chapters: [{ id: 'k1', file: 'content/chapters/k1.mdx', data: { title: 'Lägesbilden', methods: ['m1'], editions: ['2024'], revisions: [{ edition: '2024', law: ['p4'] }], byEdition: {} }, body: 'Text.' }],
  worksheets: [],
  exercises: [],
  methods: [{ id: 'm1', file: 'content/methods/m1.mdx', data: { chapters: ['k1'], worksheets: [] }, body: 'Se [lägesbilden](/kapitel/k1/).' }],
  examples: [],
  roles: [],
  editions: [{ id: '2024', file: 'content/editions.yaml', data: { status: 'current' } }, { id: '2020', file: 'content/editions.yaml', data: { status: 'archived' } }],
  glossary: [],
  law: [{ id: 'p4', file: 'content/law.yaml', data: {} }],
});

describe('references declared in the schemas', () => {
  it('finds references at every depth with their paths', () => {
    const data = { methods: ['m1', 'm2'], editions: ['2020'], revisions: [{ edition: '2024', law: ['p1', 'p2'] }], byEdition: { '2020': { methods: ['m3'], law: ['p3'] } }, title: 'm1' };
    expect(referencesIn(ChapterSchema, data).map(({ path, target, value }) => `${path}→${target}:${String(value)}`)).toEqual([
      'editions[0]→editions:2020',
      'methods[0]→methods:m1',
      'methods[1]→methods:m2',
      'revisions[0].edition→editions:2024',
      'revisions[0].law[0]→law:p1',
      'revisions[0].law[1]→law:p2',
      'byEdition.2020→editions:2020',
      'byEdition.2020.methods[0]→methods:m3',
      'byEdition.2020.law[0]→law:p3',
    ]);
  });
  it('every id list in the collections points somewhere', () => {
    expect(referenceTarget(MethodSchema.shape.chapters.unwrap().element)).toBe('chapters');
    expect(referenceTarget(z.array(z.string()).element)).toBeUndefined();
  });
  it('reports a broken reference in a nested field, naming file and path', () => {
    const broken = input();
    broken.chapters[0]!.data['revisions'] = [{ edition: '1999', law: ['p4', 'p9'] }];
    broken.chapters[0]!.data['byEdition'] = { '2020': { methods: ['saknas'] } };
    expect(findIntegrityProblems(broken)).toEqual([
      'content/chapters/k1.mdx → revisions[0].edition: okänt id "1999" (finns inte bland editions)',
      'content/chapters/k1.mdx → revisions[0].law[1]: okänt id "p9" (finns inte bland law)',
      'content/chapters/k1.mdx → byEdition.2020.methods[0]: okänt id "saknas" (finns inte bland methods)',
      'content/chapters/k1.mdx → byEdition.2020: kapitlet finns inte i utgåva 2020 (editions)',
    ]);
  });
  it('a reference field added to a schema is checked with no other list to update', () => {
    const withNew = input();
    withNew.methods[0]!.data['related'] = ['m1', 'saknas'];
    expect(findIntegrityProblems(withNew)).toEqual([]); // not a reference field yet: ignored
    const schemas = { ...COLLECTION_SCHEMAS, methods: MethodSchema.extend({ related: idList('methods') }) };
    expect(findIntegrityProblems(withNew, schemas)).toEqual(['content/methods/m1.mdx → related[1]: okänt id "saknas" (finns inte bland methods)']);
    const single = { ...COLLECTION_SCHEMAS, methods: MethodSchema.extend({ owner: ref('chapters').optional() }) };
    withNew.methods[0]!.data['owner'] = 'k9';
    expect(findIntegrityProblems(withNew, single)).toEqual(['content/methods/m1.mdx → owner: okänt id "k9" (finns inte bland chapters)']);
  });
  it('reports a file that is not valid MDX with its line, once', () => {
    const broken = input();
    broken.methods[0]!.body = 'Text.\n\n<Callout>\nöppen [lägesbild](/kapitel/k1/)';
    const problems = findIntegrityProblems(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/methods\/m1\.mdx → rad \d+: MDX kunde inte läsas/);
  });
});
