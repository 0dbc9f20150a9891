/**
 * The shared MDX tree (src/build/content/mdx-tree.ts): its cache bound, the line of a syntax error, and the
 * literal attribute values the build reads without evaluating anything. tests/unit/content-pipeline.test.ts
 * covers the common attribute shapes.
 */
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { AttributeError, attributesOf, elementsNamed, lineOf, mdxTree, syntaxErrorLine, TREE_CACHE_SIZE, type JsxElement } from '../../src/build/content/mdx-tree';

const element = (source: string): JsxElement => elementsNamed(mdxTree(source), new Set(['X']))[0]!;

describe('mdxTree cache', () => {
  it('parses the same text once and keeps the last TREE_CACHE_SIZE texts, dropping the oldest first', () => {
    const body = (i: number) => `Cache-test ${i}: <X n="${i}" />`;
    const first = mdxTree(body(0));
    const second = mdxTree(body(1));
    expect(mdxTree(body(0))).toBe(first);
    for (let i = 2; i <= TREE_CACHE_SIZE; i++) mdxTree(body(i));
    // TREE_CACHE_SIZE + 1 texts read: the first is gone, the second is still held.
    expect(mdxTree(body(1))).toBe(second);
    const again = mdxTree(body(0));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('syntaxErrorLine', () => {
  it("takes the parser's line, else the line opening the message (line:column:), else 1", () => {
    expect(syntaxErrorLine(Object.assign(new Error('1:1: x'), { line: 7 }))).toBe(7);
    expect(syntaxErrorLine(new Error('12:34: Unexpected character'))).toBe(12);
    expect(syntaxErrorLine(new Error('3:5: Oväntat'))).toBe(3);
    expect(syntaxErrorLine(new Error('Inget läge (3:5)'))).toBe(1);
    expect(syntaxErrorLine(new Error('x:5: ingen rad'))).toBe(1);
    expect(syntaxErrorLine(Object.assign(new Error('4:2: x'), { line: '9' }))).toBe(4);
  });
  it('reads the line of a real MDX error', () => {
    let error: unknown;
    try {
      mdxTree('Rad ett.\n\nRad tre <X a={ /> .');
    } catch (e) {
      error = e;
    }
    expect(syntaxErrorLine(error)).toBe(3);
  });
});

describe('lineOf', () => {
  it("is the node's first line, or 1 for a node without position", () => {
    expect(lineOf(element('Ett.\n\nTvå.\n\n<X />'))).toBe(5);
    expect(lineOf({ type: 'text', value: 'x' } as Nodes)).toBe(1);
  });
});

describe('elementsNamed', () => {
  it('finds flow and inline elements with one of the names, in document order, and nothing else', () => {
    const tree = mdxTree('<X a="1" />\n\nText <Y b="2" /> och <X c="3" />.\n\n<Z />\n\n<>fragment</>');
    expect(elementsNamed(tree, new Set(['X', 'Y'])).map((e) => [e.type, e.name, lineOf(e)])).toEqual([
      ['mdxJsxFlowElement', 'X', 1],
      ['mdxJsxTextElement', 'Y', 3],
      ['mdxJsxTextElement', 'X', 3],
    ]);
    expect(elementsNamed(tree, new Set())).toEqual([]);
  });
});

describe('attributesOf', () => {
  it('reads numbers, booleans, keys written as names, strings or numbers, and a negative number', () => {
    expect(attributesOf(element('<X a={1.5} b={true} c={{ namn: 1, "med mellanslag": 2, 3: "tre" }} d={-0.5} e={[1, [2, "x"], { k: false }]} />'))).toEqual({
      a: 1.5,
      b: true,
      c: { namn: 1, 'med mellanslag': 2, '3': 'tre' },
      d: -0.5,
      e: [1, [2, 'x'], { k: false }],
    });
  });

  it('refuses a sign other than minus, and minus before anything but a number', () => {
    for (const source of ['<X a={+2} />', '<X a={-"2"} />', '<X a={!1} />', '<X a={-[1]} />']) {
      expect(() => attributesOf(element(source)), source).toThrow('rad 1: värdet måste vara en bokstavlig sträng, siffra, lista eller ett objekt (fick UnaryExpression)');
    }
  });

  it('refuses an expression source that is not JavaScript, naming element, attribute and line', () => {
    const withSource = (source: string): JsxElement =>
      ({
        type: 'mdxJsxFlowElement',
        name: 'X',
        position: { start: { line: 4, column: 1 }, end: { line: 4, column: 9 } },
        children: [],
        attributes: [{ type: 'mdxJsxAttribute', name: 'uttryck', value: { type: 'mdxJsxAttributeValueExpression', value: source } }],
      }) as unknown as JsxElement;
    expect(attributesOf(withSource('5'))).toEqual({ uttryck: 5 });
    for (const source of ['', '}{', '<b>jsx</b>']) {
      expect(() => attributesOf(withSource(source)), source).toThrow(new AttributeError(4, '<X> uttryck: uttrycket går inte att läsa'));
    }
  });

  it('refuses object members that are not plain key: value pairs', () => {
    for (const source of ['<X a={{ ...b }} />', '<X a={{ [k]: 1 }} />', '<X a={{ f() { return 1 } }} />']) {
      expect(() => attributesOf(element(source)), source).toThrow(/^rad 1: /);
    }
    expect(() => attributesOf(element('<X a={{ ...b }} />'))).toThrow('rad 1: objektet får bara ha enkla nycklar');
  });

  it('is an AttributeError with its line', () => {
    try {
      attributesOf(element('\n\n<X a={b} />'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AttributeError);
      expect((error as AttributeError).name).toBe('AttributeError');
      expect((error as AttributeError).line).toBe(3);
    }
  });
});
