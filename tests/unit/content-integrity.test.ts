/**
 * The content check's rules one by one (src/build/content/content-integrity.ts), each on a small consistent
 * book with one thing broken, asserting the exact message (file, field, line) the author reads.
 * tests/unit/site-logic.test.ts has the check over several problems at once.
 */
import { describe, expect, it } from 'vitest';
import { assertContentIntegrity, ContentIntegrityError, findIntegrityProblems, termUses, type IntegrityInput } from '../../src/build/content/content-integrity';
import { mdxTree } from '../../src/build/content/mdx-tree';

const base = (): IntegrityInput => ({
  chapters: [{ id: 'k1', file: 'content/chapters/k1.mdx', data: { methods: ['m1'], law: ['p4'] }, body: '<Term id="t1">x</Term>\n\n<Revision id="r" law="p4" summary="s">\nny\n</Revision>' }],
  worksheets: [{ id: 'w1', file: 'content/worksheets/w1.mdx', data: { chapters: ['k1'] }, body: '<TextField id="a" label="A" />' }],
  exercises: [],
  methods: [{ id: 'm1', file: 'content/methods/m1.mdx', data: { chapters: ['k1'] } }],
  examples: [],
  roles: [{ id: 'samordnare', file: 'content/roles/samordnare.mdx', data: { readingPath: ['k1'] } }],
  editions: [
    { id: '2024', file: 'content/editions.yaml', data: { status: 'current' } },
    { id: '2020', file: 'content/editions.yaml', data: { status: 'archived' } },
  ],
  glossary: [
    { id: 't1', file: 'content/glossary.yaml', data: { term: 'Term', synonyms: ['T'] } },
    { id: 't2', file: 'content/glossary.yaml', data: { term: 'Annan' } },
  ],
  law: [{ id: 'p4', file: 'content/law.yaml', data: {} }],
});

it('the base book is consistent (every test below breaks one thing)', () => {
  expect(findIntegrityProblems(base())).toEqual([]);
  expect(() => assertContentIntegrity(base())).not.toThrow();
});

describe('termUses', () => {
  it('gives each <Term> id with its line; a Term without a plain id gives an empty id', () => {
    const tree = mdxTree('Om <Term id="lagesbild">lägesbild</Term>.\n\n<Term>utan</Term> och <Term id={"uttryck"}>x</Term>\n\n<Term {...p} id="sist">y</Term> <Other id="z">w</Other>');
    expect(termUses(tree)).toEqual([
      { id: 'lagesbild', line: 1 },
      { id: '', line: 3 },
      { id: '', line: 3 },
      { id: 'sist', line: 5 },
    ]);
  });
  it('reports a Term without an id as an unknown glossary word on its line', () => {
    const input = base();
    input.methods[0]!.body = 'Text.\n\nMer <Term>ord</Term>.';
    expect(findIntegrityProblems(input)).toEqual(['content/methods/m1.mdx → <Term id=""> rad 3: okänt ordlisteord']);
  });
});

describe('ContentIntegrityError and assertContentIntegrity', () => {
  it('lists every problem, one per line, under a count', () => {
    const error = new ContentIntegrityError(['a.mdx → x: fel', 'b.mdx → y: fel']);
    expect(error.message).toBe('Innehållet har 2 fel:\n  - a.mdx → x: fel\n  - b.mdx → y: fel');
    expect(error.name).toBe('ContentIntegrityError');
    expect(error.problems).toEqual(['a.mdx → x: fel', 'b.mdx → y: fel']);
  });
  it('fails with the problems the check finds', () => {
    const input = base();
    input.methods[0]!.data['chapters'] = ['saknas'];
    expect(() => assertContentIntegrity(input)).toThrow(ContentIntegrityError);
    expect(() => assertContentIntegrity(input)).toThrow('Innehållet har 1 fel:\n  - content/methods/m1.mdx → chapters[0]: okänt id "saknas" (finns inte bland chapters)');
  });
});

describe('editions of a chapter', () => {
  it('refuses byEdition values for an edition the chapter is not in', () => {
    const input = base();
    input.chapters[0]!.data = { ...input.chapters[0]!.data, editions: ['2024'], byEdition: { '2020': { title: 'Förr' } } };
    expect(findIntegrityProblems(input)).toEqual(['content/chapters/k1.mdx → byEdition.2020: kapitlet finns inte i utgåva 2020 (editions)']);
  });
  it('refuses byEdition values for the current edition (they belong in the plain fields)', () => {
    const input = base();
    input.chapters[0]!.data = { ...input.chapters[0]!.data, editions: ['2020', '2024'], byEdition: { '2024': { title: 'Nu' } } };
    expect(findIntegrityProblems(input)).toEqual(['content/chapters/k1.mdx → byEdition.2024: 2024 är den gällande utgåvan; skriv dess värden som vanliga fält']);
  });
  it('accepts byEdition for an older edition the chapter is in, and byEdition without an editions list', () => {
    const input = base();
    input.chapters[0]!.data = { ...input.chapters[0]!.data, editions: ['2020', '2024'], byEdition: { '2020': { title: 'Förr' } } };
    expect(findIntegrityProblems(input)).toEqual([]);
    input.chapters[0]!.data = { ...input.chapters[0]!.data, editions: undefined, byEdition: { '2020': { title: 'Förr' } } };
    expect(findIntegrityProblems(input)).toEqual([]);
  });
  it('checks editions and byEdition on chapters only', () => {
    const input = base();
    input.methods[0]!.data = { ...input.methods[0]!.data, editions: ['2020'], byEdition: { '2024': {}, '2030': {} } };
    expect(findIntegrityProblems(input)).toEqual([]);
  });
});

describe('glossary synonyms', () => {
  it("refuses a synonym that is another term's name, or the term's own name", () => {
    const input = base();
    input.glossary[1]!.data['synonyms'] = ['Term'];
    input.glossary[0]!.data['synonyms'] = ['T', 'Term'];
    expect(findIntegrityProblems(input)).toEqual([
      'content/glossary.yaml → t1.synonyms[1]: "Term" används redan av "t1"',
      'content/glossary.yaml → t2.synonyms[0]: "Term" används redan av "t1"',
    ]);
  });
  it('lets a term repeat its own synonym, and reads a term without synonyms', () => {
    const input = base();
    input.glossary[0]!.data['synonyms'] = ['T', 'T'];
    delete input.glossary[1]!.data['synonyms'];
    expect(findIntegrityProblems(input)).toEqual([]);
  });
  it('refuses a synonym another term already gave, naming the first owner', () => {
    const input = base();
    input.glossary[1]!.data['synonyms'] = ['Ny', 'T'];
    expect(findIntegrityProblems(input)).toEqual(['content/glossary.yaml → t2.synonyms[1]: "T" används redan av "t1"']);
  });
});

describe('bodies', () => {
  it('names the line of an MDX syntax error, as a <Revision> problem in a chapter and plainly elsewhere', () => {
    const input = base();
    input.chapters[0]!.body = 'Inledning.\n\n<Callout type="tips">\n\nText utan slut.';
    input.methods[0]!.body = 'Inledning.\n\n</Callout>';
    const problems = findIntegrityProblems(input);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/chapters\/k1\.mdx → <Revision> rad \d+: <?/);
    expect(problems[1]).toMatch(/^content\/methods\/m1\.mdx → rad 3: /);
  });
  it('reports a malformed <Revision> in a chapter with file and line', () => {
    const input = base();
    input.chapters[0]!.body = 'Inledning.\n\n<Revision id="r" summary="s">\n\nny\n\n</Revision>';
    expect(findIntegrityProblems(input)).toEqual(['content/chapters/k1.mdx → <Revision> rad 3: law saknas för "r"']);
  });
  it('reads revisions in chapters only: the same block in a method is not checked against the law', () => {
    const input = base();
    input.methods[0]!.body = '<Revision id="r" law="okand" summary="s" edition="1999">\nny\n</Revision>';
    expect(findIntegrityProblems(input)).toEqual([]);
  });
  it('checks worksheet fields in worksheets only', () => {
    const input = base();
    input.exercises.push({ id: 'x1', file: 'content/exercises/x1.mdx', data: {}, body: '<TextField id="a" label="A" />\n<TextArea id="a" label="B" />' });
    expect(findIntegrityProblems(input)).toEqual([]);
    input.worksheets[0]!.body = 'Text\n\n<TextField label="A" />';
    expect(findIntegrityProblems(input)).toEqual(['content/worksheets/w1.mdx → fält: rad 3: <TextField> saknar id']);
  });
  it('with no single current edition, reports that instead of checking chapters against a guessed edition', () => {
    const input = base();
    input.editions[0]!.data['status'] = 'archived';
    input.chapters[0]!.body = '<Revision id="r" law="okand" summary="s">\nny\n</Revision>';
    expect(findIntegrityProblems(input)).toEqual(['content/editions.yaml: exakt en utgåva ska ha status "current" (hittade 0)']);
  });
});
