import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pageLinks, resolveRoute, type BuiltSite } from '../../src/build/html/link-check';
import { findIntegrityProblems, type IntegrityInput } from '../../src/build/content/content-integrity';
import { neighbours, tocTree } from '../../src/shared/navigation';
import { prefixIds } from '../../src/build/html/html-ids';
import { textBlocks } from '../../src/shared/plain-text';
import { rolePath } from '../../src/shared/role-path';
import { formatMinutes, totalMinutes } from '../../src/shared/agenda';
import { stepLabel } from '../../src/shared/steps';

describe('internal link check', () => {
  const site: BuiltSite = {
    pages: new Map(
      ([
      ['/', '<a href="/kapitel/a/">A</a><a href="/kapitel/a/#del-1">A1</a><a href="https://example.org/">ut</a><a href="mailto:x@y.se">mejl</a>'],
      ['/kapitel/a/', '<h2 id="del-1">Del 1</h2><a href="#del-2">saknas</a><a href="/kapitel/b">B</a><a href="../a/#del-1">rel</a><img src="/bild.svg">'],
      ['/404.html', '<a href="/">Start</a>'],
      ] as const).map(([route, html]) => [route, pageLinks(html)]),
    ),
    files: new Set(['/index.html', '/kapitel/a/index.html', '/404.html', '/bild.svg']),
  };
  it('names the page and the link of every broken link and anchor', () => {
    expect(findBrokenLinks(site)).toEqual([
      '/kapitel/a/: länken #del-2 pekar på #del-2, som inte finns på /kapitel/a/',
      '/kapitel/a/: länken /kapitel/b leder till en sida som inte finns',
    ]);
  });
  it('resolves with and without trailing slash and index.html', () => {
    expect(resolveRoute(site, '/kapitel/a')).toBe('/kapitel/a/');
    expect(resolveRoute(site, '/kapitel/a/index.html')).toBe('/kapitel/a/');
    expect(resolveRoute(site, '/kapitel/c/')).toBeUndefined();
  });
});

describe('content integrity', () => {
  const base = (): IntegrityInput => ({
    chapters: [{ id: 'k1', file: 'content/chapters/k1.mdx', data: { methods: ['m1'], worksheets: [], exercises: [], law: ['p4'], revisions: [{ edition: '2024', law: ['p4'] }] }, body: '<Term id="t1">x</Term>\n\n<Revision id="r" law="p4" summary="s">\nny\n</Revision>' }],
    worksheets: [{ id: 'w1', file: 'content/worksheets/w1.mdx', data: { chapters: ['k1'], methods: [], law: [] }, body: '<TextField id="a" label="A" />' }],
    exercises: [],
    methods: [{ id: 'm1', file: 'content/methods/m1.mdx', data: { chapters: ['k1'], worksheets: ['w1'] } }],
    examples: [],
    roles: [{ id: 'samordnare', file: 'content/roles/samordnare.mdx', data: { readingPath: ['k1'], law: [] } }],
    editions: [{ id: '2024', file: 'content/editions.yaml', data: { status: 'current' } }, { id: '2020', file: 'content/editions.yaml', data: { status: 'archived' } }],
    glossary: [{ id: 't1', file: 'content/glossary.yaml', data: { term: 'Term', synonyms: ['T'], related: [] } }, { id: 't2', file: 'content/glossary.yaml', data: { term: 'Annan', synonyms: [], related: ['t1'] } }],
    law: [{ id: 'p4', file: 'content/law.yaml', data: {} }],
  });
  it('accepts consistent content', () => {
    expect(findIntegrityProblems(base())).toEqual([]);
  });
  it('names file and field of every broken reference', () => {
    const input = base();
    input.chapters[0]!.data['methods'] = ['m1', 'saknas'];
    input.chapters[0]!.body = '<Term id="okand">x</Term>\n<Revision id="r" law="p9" summary="s" edition="1999">\nny\n</Revision>';
    input.roles.push({ id: 'chef', file: 'content/roles/chef.mdx', data: { readingPath: [], law: [] } });
    input.glossary[1]!.data['synonyms'] = ['T'];
    input.worksheets[0]!.body = '<TextField id="a" label="A" />\n<TextArea id="a" label="B" />';
    expect(findIntegrityProblems(input)).toEqual([
      'content/chapters/k1.mdx → methods[1]: okänt id "saknas" (finns inte bland methods)',
      'content/roles/chef.mdx → filnamn: "chef" är ingen roll (fortroendevald, kommunledning, samordnare, socialtjanst, skola, samhallsbyggnad, kultur-fritid, kommunpolis, lansstyrelse)',
      'content/glossary.yaml → t2.synonyms[0]: "T" används redan av "t1"',
      'content/chapters/k1.mdx → <Term id="okand"> rad 1: okänt ordlisteord',
      'content/chapters/k1.mdx → <Revision id="r"> edition: okänd utgåva "1999"',
      'content/chapters/k1.mdx → <Revision id="r"> law: okänd bestämmelse "p9"',
      'content/worksheets/w1.mdx → fält: rad 2: fält-id "a" används två gånger',
    ]);
  });
  it('requires exactly one current edition', () => {
    const input = base();
    input.editions[1]!.data['status'] = 'current';
    expect(findIntegrityProblems(input)).toContain('content/editions.yaml: exakt en utgåva ska ha status "current" (hittade 2)');
  });
});

describe('navigation and small helpers', () => {
  it('finds neighbours in reading order', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbours(list, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a').prev).toBeUndefined();
    expect(() => neighbours(list, 'x')).toThrow(/finns inte/);
  });
  it('builds a two-level table of contents', () => {
    const toc = tocTree([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'djup' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([['a', ['a1']], ['b', []]]);
  });
  it('prefixes ids and references and demotes headings for combined documents', () => {
    expect(prefixIds('<h2 id="x">X</h2><label for="f">L</label><input id="f" aria-describedby="f-hint g"><a href="#x">x</a>', 'blad', { demoteHeadings: true })).toBe(
      '<h3 id="blad-x">X</h3><label for="blad-f">L</label><input id="blad-f" aria-describedby="blad-f-hint blad-g"><a href="#blad-x">x</a>',
    );
  });
  it('demotes a heading left open at the end of a fragment without inventing a closing tag', () => {
    expect(prefixIds('<h2 id="a">Rubrik', 'p', { demoteHeadings: true })).toBe('<h3 id="p-a">Rubrik');
  });
  it('rewrites ids only in attributes, not in text that spells one', () => {
    expect(prefixIds('<h4 class=x id=\'a&amp;b\'>Text om id="c" och &lt;h2&gt;</h4><a href="#">topp</a><p aria-controls="">p</p>', 'p', { demoteHeadings: true })).toBe(
      '<h5 class=x id="p-a&amp;b">Text om id="c" och &lt;h2&gt;</h5><a href="#">topp</a><p aria-controls="">p</p>',
    );
  });
  it('turns facilitator text into paragraphs and lists', () => {
    expect(textBlocks('Inled kort.\nFråga sedan:\n- Vad vet vi?\n- Vad saknas?\n\nAvsluta.')).toEqual([
      { kind: 'p', text: 'Inled kort. Fråga sedan:' },
      { kind: 'ul', items: ['Vad vet vi?', 'Vad saknas?'] },
      { kind: 'p', text: 'Avsluta.' },
    ]);
  });
  it('puts a role’s reading path first and adds everything tagged for the role', () => {
    const doc = (id: string, audience: string[]) => ({ id, data: { audience, title: id } });
    const path = rolePath('skola', ['c2', 'c1'], { chapters: [doc('c1', []), doc('c2', ['skola']), doc('c3', ['skola'])], worksheets: [doc('w1', ['skola']), doc('w2', [])], exercises: [doc('x1', ['skola'])] });
    expect(path.reading.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(path.moreChapters.map((c) => c.id)).toEqual(['c3']);
    expect(path.worksheets.map((w) => w.id)).toEqual(['w1']);
    expect(path.exercises.map((x) => x.id)).toEqual(['x1']);
    expect(() => rolePath('skola', ['saknas'], { chapters: [], worksheets: [], exercises: [] })).toThrow(/readingPath/);
  });
  it('formats durations and step labels', () => {
    expect(totalMinutes([{ minutes: 25 }, { minutes: 70 }])).toBe(95);
    expect(formatMinutes(95)).toBe('1 h 35 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(45)).toBe('45 min');
    expect(stepLabel(3)).toBe('Steg 3: Gemensamma förberedelser');
    expect(() => stepLabel(6)).toThrow(/Okänt steg/);
  });
});
