/**
 * The edition diff's alignment and counts (src/build/content/diff.ts) on hand-made blocks: which blocks pair
 * up for a word diff, what an inserted or deleted row or list item keeps, and the word counts.
 */
import { describe, expect, it } from 'vitest';
import { diffBlocks, similar } from '../../src/build/content/diff';
import type { TextBlockWithKind } from '../../src/build/content/mdx-text';

const p = (text: string): TextBlockWithKind => ({ kind: 'p', text });
const li = (text: string, ordered = false, depth = 0): TextBlockWithKind => ({ kind: 'li', text, list: { ordered, depth } });
const row = (cells: string[], header = false): TextBlockWithKind => ({ kind: 'row', text: cells.join(' · '), cells, header });
const statuses = (before: TextBlockWithKind[], after: TextBlockWithKind[]) => diffBlocks(before, after).blocks.map((b) => [b.status, b.segments.map((s) => s.text).join('')]);

describe('diffBlocks: alignment', () => {
  it('keeps the blocks after a deleted one in step', () => {
    expect(statuses([p('Början.'), p('Borttaget stycke.'), p('Slut.')], [p('Början.'), p('Slut.')])).toEqual([
      ['same', 'Början.'],
      ['del', 'Borttaget stycke.'],
      ['same', 'Slut.'],
    ]);
  });

  it('pairs removed and added blocks in order, word-diffs the similar ones, and lists the rest whole', () => {
    const before = [p('Början.'), p('Kommunen kan ta fram en lägesbild.'), p('Helt annat innehåll här.'), p('Sista gamla.'), p('Slut.')];
    const after = [p('Början.'), p('Kommunen ska ta fram en lägesbild.'), p('Något nytt som ersätter.'), p('Slut.')];
    expect(statuses(before, after)).toEqual([
      ['same', 'Början.'],
      ['changed', 'Kommunen kanska ta fram en lägesbild.'],
      ['del', 'Helt annat innehåll här.'],
      ['ins', 'Något nytt som ersätter.'],
      ['del', 'Sista gamla.'],
      ['same', 'Slut.'],
    ]);
  });

  it('lists more added than removed blocks after the pairs, and the rest stays in step', () => {
    const before = [p('Början.'), p('Kommunen kan ta fram en lägesbild.'), p('Slut.')];
    const after = [p('Början.'), p('Kommunen ska ta fram en lägesbild.'), p('Ett nytt stycke.'), p('Ännu ett.'), p('Slut.')];
    expect(statuses(before, after)).toEqual([
      ['same', 'Början.'],
      ['changed', 'Kommunen kanska ta fram en lägesbild.'],
      ['ins', 'Ett nytt stycke.'],
      ['ins', 'Ännu ett.'],
      ['same', 'Slut.'],
    ]);
  });

  it('word-diffs only blocks of the same kind: not a paragraph against a heading, nor items of different lists', () => {
    expect(statuses([p('Samma ord här.')], [{ kind: 'h2', text: 'Samma ord här.' }]).map(([s]) => s)).toEqual(['del', 'ins']);
    expect(statuses([li('Samma punkt kvar', false)], [li('Samma punkt kvar nu', true)]).map(([s]) => s)).toEqual(['del', 'ins']);
    expect(statuses([li('Samma punkt kvar', false, 0)], [li('Samma punkt kvar nu', false, 1)]).map(([s]) => s)).toEqual(['del', 'ins']);
    expect(statuses([li('Samma punkt kvar', true, 1)], [li('Samma punkt kvar nu', true, 1)]).map(([s]) => s)).toEqual(['changed']);
  });

  it('treats the same words in another list or at another depth as a change, not as unchanged', () => {
    expect(statuses([li('Punkt')], [li('Punkt', true)]).map(([s]) => s)).toEqual(['del', 'ins']);
    expect(statuses([li('Punkt', false, 0)], [li('Punkt', false, 2)]).map(([s]) => s)).toEqual(['del', 'ins']);
    expect(statuses([li('Punkt', true, 2)], [li('Punkt', true, 2)]).map(([s]) => s)).toEqual(['same']);
  });
});

describe('diffBlocks: what each block keeps', () => {
  it('an inserted or deleted table row keeps its cells and header flag; a paragraph has neither', () => {
    const result = diffBlocks([row(['Aktör', 'Roll'], true)], [p('Ny text.')]);
    expect(result.blocks).toEqual([
      { kind: 'row', status: 'del', segments: [{ type: 'del', text: 'Aktör · Roll' }], cells: [[{ type: 'del', text: 'Aktör' }], [{ type: 'del', text: 'Roll' }]], header: true },
      { kind: 'p', status: 'ins', segments: [{ type: 'ins', text: 'Ny text.' }] },
    ]);
    expect(diffBlocks([], [row(['A', 'B'])]).blocks[0]).toEqual({
      kind: 'row',
      status: 'ins',
      segments: [{ type: 'ins', text: 'A · B' }],
      cells: [[{ type: 'ins', text: 'A' }], [{ type: 'ins', text: 'B' }]],
      header: false,
    });
  });

  it('an unchanged or word-diffed list item keeps its list', () => {
    const [same] = diffBlocks([li('Punkt', true, 1)], [li('Punkt', true, 1)]).blocks;
    expect(same).toEqual({ kind: 'li', status: 'same', segments: [{ type: 'same', text: 'Punkt' }], list: { ordered: true, depth: 1 } });
    const [changed] = diffBlocks([li('En lång punkt här', false, 2)], [li('En lång punkt där', false, 2)]).blocks;
    expect(changed!.status).toBe('changed');
    expect(changed!.list).toEqual({ ordered: false, depth: 2 });
    const [paragraph] = diffBlocks([p('Ett två tre fyra')], [p('Ett två tre fem')]).blocks;
    expect(paragraph).not.toHaveProperty('list');
    expect(paragraph).not.toHaveProperty('cells');
  });

  it('a changed row with a cell more or less shows each old cell struck before the new one', () => {
    const [block] = diffBlocks([row(['Polisen', 'Bidrar med lägesbild'])], [row(['Polisen', 'Bidrar med lägesbild', 'Ny kolumn'])]).blocks;
    expect(block!.status).toBe('changed');
    expect(block!.header).toBe(false);
    expect(block!.cells).toEqual([
      [{ type: 'del', text: 'Polisen ' }, { type: 'ins', text: 'Polisen' }],
      [{ type: 'del', text: 'Bidrar med lägesbild ' }, { type: 'ins', text: 'Bidrar med lägesbild' }],
      [{ type: 'ins', text: 'Ny kolumn' }],
    ]);
  });
});

describe('diffBlocks: word counts', () => {
  it('counts the words of inserted and deleted segments, whole blocks and inside changed ones', () => {
    const result = diffBlocks([p('Kommunen kan ta fram en lägesbild.'), p('Två gamla')], [p('Kommunen ska ta fram en bred lägesbild.'), p(' Tre  helt nya ord ')]);
    // "kan" deleted, "ska" and "bred" inserted in the first; the second rewritten: 2 deleted, 4 inserted.
    expect(result.deletedWords).toBe(1 + 2);
    expect(result.insertedWords).toBe(2 + 4);
  });
  it('counts nothing for unchanged text', () => {
    const same = diffBlocks([p('Ett två tre.')], [p('Ett två tre.')]);
    expect([same.insertedWords, same.deletedWords]).toEqual([0, 0]);
  });
});

describe('similar', () => {
  it('is true when at least half of the longer block survives', () => {
    expect(similar(p('ett två tre fyra'), p('ett två fem sex'))).toBe(true);
    expect(similar(p('ett två tre fyra'), p('ett sju fem sex'))).toBe(false);
    // Two of six words kept: half of the longer block is three.
    expect(similar(p('ett två'), p('ett två tre fyra fem sex'))).toBe(false);
    expect(similar(p('ett två tre fyra fem sex'), p('ett två'))).toBe(false);
  });
});
