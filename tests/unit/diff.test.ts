import { describe, expect, it } from 'vitest';
import { diffBlocks } from '../../src/build/content/diff';
import { mdxToBlocks, wordCount } from '../../src/build/content/mdx-text';

describe('mdxToBlocks', () => {
  it('unwraps components and strips Markdown, keeping structure', () => {
    const blocks = mdxToBlocks(`## Rubrik

Ett stycke med **fet** text och en [länk](/kapitel/x/) och <Term id="lagesbild">lägesbilden</Term>.

<Callout type="tips" title="Bra att veta">

- en punkt
- en andra

</Callout>

| A | B |
|---|---|
| 1 | 2 |`);
    expect(blocks).toEqual([
      { kind: 'h2', text: 'Rubrik' },
      { kind: 'p', text: 'Ett stycke med fet text och en länk och lägesbilden.' },
      { kind: 'p', text: 'Bra att veta' },
      { kind: 'li', text: 'en punkt', list: { ordered: false, depth: 0 } },
      { kind: 'li', text: 'en andra', list: { ordered: false, depth: 0 } },
      { kind: 'row', text: 'A · B', cells: ['A', 'B'], header: true },
      { kind: 'row', text: '1 · 2', cells: ['1', '2'], header: false },
    ]);
    expect(wordCount('Tre ord här.\n\n- och två')).toBe(5);
  });

  it('keeps nested and ordered lists apart, and drops expressions and imports', () => {
    const blocks = mdxToBlocks(`import X from './x';

1. först
   - inuti
2. sedan {'kod'}

<ProcessDiagram current={2} />`);
    expect(blocks).toEqual([
      { kind: 'li', text: 'först', list: { ordered: true, depth: 0 } },
      { kind: 'li', text: 'inuti', list: { ordered: false, depth: 1 } },
      { kind: 'li', text: 'sedan', list: { ordered: true, depth: 0 } },
    ]);
  });
});

describe('diffBlocks', () => {
  const before = mdxToBlocks('## Samma\n\nKommunen kan ta fram en lägesbild.\n\nStycke som tas bort helt.\n\nOförändrat slut.');
  const after = mdxToBlocks('## Samma\n\nKommunen ska ta fram en lägesbild för hela kommunen.\n\nOförändrat slut.\n\nEtt nytt stycke.');
  const result = diffBlocks(before, after);

  it('keeps unchanged blocks and diffs changed ones word by word', () => {
    expect(result.blocks.map((b) => [b.kind, b.status])).toEqual([
      ['h2', 'same'],
      ['p', 'changed'],
      ['p', 'del'],
      ['p', 'same'],
      ['p', 'ins'],
    ]);
    const changed = result.blocks[1]!.segments;
    expect(changed.filter((s) => s.type === 'del').map((s) => s.text.trim())).toEqual(['kan']);
    expect(changed.filter((s) => s.type === 'ins').map((s) => s.text.trim()).join(' ')).toContain('ska');
    expect(changed.filter((s) => s.type === 'ins').map((s) => s.text).join('')).toContain('för hela kommunen');
  });

  it('counts inserted and deleted words', () => {
    expect(result.deletedWords).toBe(1 + 5);
    expect(result.insertedWords).toBe(1 + 3 + 3);
  });

  it('reports nothing for identical texts', () => {
    const same = diffBlocks(before, before);
    expect(same.insertedWords + same.deletedWords).toBe(0);
    expect(same.blocks.every((b) => b.status === 'same')).toBe(true);
  });
});
