/**
 * Readable text from MDX (src/build/content/mdx-text.ts), node kind by node kind: what a reader sees is kept,
 * code-only nodes are dropped, and blocks keep their kind. tests/unit/diff.test.ts covers whole documents.
 */
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { inlineText, mdxToBlocks, parseMdx, treeToBlocks, wordCount } from '../../src/build/content/mdx-text';

describe('inlineText', () => {
  it('drops expressions and imports, keeps text, the alt text of images and a space for a line break', () => {
    const tree = parseMdx("import X from './x';\n\nFöre {1 + 1} efter ![Karta över området](/karta.png) och  \nny rad.\n\n{/* kommentar */}");
    expect(inlineText(tree)).toBe('Före  efter Karta över området och ny rad.');
  });
  it('joins the paragraphs of a list item with a space, other children without', () => {
    const [list] = parseMdx('- Första stycket.\n\n  Andra stycket.').children;
    const item = (list as Extract<Nodes, { type: 'list' }>).children[0]!;
    expect(inlineText(item)).toBe('Första stycket. Andra stycket.');
    expect(inlineText(parseMdx('Ett *två* **tre**'))).toBe('Ett två tre');
  });
  it('gives nothing for an image without alt text or a node without text', () => {
    expect(inlineText({ type: 'image', url: '/x.png' } as Nodes)).toBe('');
    expect(inlineText({ type: 'thematicBreak' } as Nodes)).toBe('');
    expect(inlineText({ type: 'html', value: '<b>kod</b>' } as Nodes)).toBe('');
    expect(inlineText({ type: 'mdxFlowExpression', value: '"text"' } as Nodes)).toBe('');
  });
});

describe('treeToBlocks', () => {
  it('makes h2–h4 headings blocks of their level and any other heading a paragraph, with white space collapsed', () => {
    expect(mdxToBlocks('# Titel\n\n## Två   mellanrum\n\n### Tre\n\n#### Fyra\n\n##### Fem')).toEqual([
      { kind: 'p', text: 'Titel' },
      { kind: 'h2', text: 'Två mellanrum' },
      { kind: 'h3', text: 'Tre' },
      { kind: 'h4', text: 'Fyra' },
      { kind: 'p', text: 'Fem' },
    ]);
  });
  it('reads code blocks and quotes as paragraphs, and leaves out blocks without text', () => {
    expect(mdxToBlocks('```\nkod  här\n```\n\n> Citat  ur texten.\n\n## {rubrik}\n\n---\n\nSlut.')).toEqual([
      { kind: 'p', text: 'kod här' },
      { kind: 'p', text: 'Citat ur texten.' },
      { kind: 'p', text: 'Slut.' },
    ]);
  });
  it('reads a list item as its own paragraphs joined, its nested list as items one level deeper', () => {
    expect(mdxToBlocks('1. Ett.\n\n   Mer om ett.\n\n   - Under\n2. Två')).toEqual([
      { kind: 'li', text: 'Ett. Mer om ett.', list: { ordered: true, depth: 0 } },
      { kind: 'li', text: 'Under', list: { ordered: false, depth: 1 } },
      { kind: 'li', text: 'Två', list: { ordered: true, depth: 0 } },
    ]);
  });
  it("unwraps a component, reading its title attribute (not another attribute) as a line of its own", () => {
    expect(mdxToBlocks('<Callout type="tips" title="Rubriken">\n\nInnehåll.\n\n</Callout>\n\n<Callout type="varning">\n\nUtan titel.\n\n</Callout>')).toEqual([
      { kind: 'p', text: 'Rubriken' },
      { kind: 'p', text: 'Innehåll.' },
      { kind: 'p', text: 'Utan titel.' },
    ]);
  });
  it('drops the components `drop` names, with their content', () => {
    const tree = parseMdx('Före.\n\n<Revision id="a">\n\nBort.\n\n</Revision>\n\n<Callout>\n\nKvar.\n\n</Callout>');
    expect(treeToBlocks(tree, (element) => element.name === 'Revision').map((b) => b.text)).toEqual(['Före.', 'Kvar.']);
    expect(treeToBlocks(tree).map((b) => b.text)).toEqual(['Före.', 'Bort.', 'Kvar.']);
  });
  it('reads a table as rows of cells, the first as header, with strikethrough as text', () => {
    expect(mdxToBlocks('| Aktör | Roll |\n| --- | --- |\n| Polisen | ~~Leder~~ Bidrar |')).toEqual([
      { kind: 'row', text: 'Aktör · Roll', cells: ['Aktör', 'Roll'], header: true },
      { kind: 'row', text: 'Polisen · Leder Bidrar', cells: ['Polisen', 'Leder Bidrar'], header: false },
    ]);
  });
});

describe('wordCount', () => {
  it('counts the words a reader sees, not signs', () => {
    expect(wordCount('## Rubrik här\n\nEtt – två, 3 st.\n\n{uttryck}')).toBe(6);
  });
});
