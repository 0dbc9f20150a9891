/**
 * The edition comparison as published (src/build/content/comparison.ts): sections, change numbers, the
 * context of the "bara ändringar" view, reasons per section, and where each revision sits.
 */
import { describe, expect, it } from 'vitest';
import { buildComparison, newText, revisionSections } from '../../src/build/content/comparison';
import type { DiffBlock, DiffResult } from '../../src/build/content/diff';

const same = (text: string, kind: DiffBlock['kind'] = 'p'): DiffBlock => ({ kind, status: 'same', segments: [{ type: 'same', text }] });
const ins = (text: string): DiffBlock => ({ kind: 'p', status: 'ins', segments: [{ type: 'ins', text }] });
const del = (text: string): DiffBlock => ({ kind: 'p', status: 'del', segments: [{ type: 'del', text }] });
const result = (blocks: DiffBlock[], insertedWords = 0, deletedWords = 0): DiffResult => ({ blocks, insertedWords, deletedWords });
const TITLES = { lead: 'Ingress', intro: 'Inledning' };
const view = (c: ReturnType<typeof buildComparison>) =>
  c.sections.map((s) => ({ title: s.title, synthetic: s.synthetic, changed: s.changed, first: s.firstChange, reasons: s.reasons, items: s.items.map((i) => `${i.block.segments[0]!.text}${i.context ? ' [kontext]' : ''}${i.change ? ` #${i.change}` : ''}`) }));

describe('newText', () => {
  it('is the heading as it reads in the newer edition: deleted words out, trimmed', () => {
    expect(newText({ kind: 'h2', status: 'changed', segments: [{ type: 'same', text: ' Plan för ' }, { type: 'del', text: 'arbetet' }, { type: 'ins', text: 'åtgärderna' }, { type: 'same', text: ' ' }] })).toBe('Plan för åtgärderna');
  });
});

describe('buildComparison', () => {
  it('cuts the body at each h2, puts text before the first in the intro, and gives each section its reasons', () => {
    const renamed: DiffBlock = { kind: 'h2', status: 'changed', segments: [{ type: 'del', text: 'Gammal' }, { type: 'ins', text: 'Ny' }, { type: 'same', text: ' rubrik' }] };
    const c = buildComparison(
      result([same('Ingressen.')]),
      result([same('Före rubriken.'), ins('Nytt före rubriken.'), renamed, same('Text.'), same('Andra', 'h2'), same('Orört.')]),
      new Map([['', ['Skäl för inledningen.']], ['Ny rubrik', ['Skäl A.', 'Skäl B.']], ['Gammal rubrik', ['fel nyckel']]]),
      TITLES,
    );
    expect(view(c)).toEqual([
      { title: 'Ingress', synthetic: true, changed: false, first: undefined, reasons: [], items: ['Ingressen.'] },
      { title: 'Inledning', synthetic: true, changed: true, first: 1, reasons: ['Skäl för inledningen.'], items: ['Före rubriken. [kontext]', 'Nytt före rubriken. [kontext] #1'] },
      { title: 'Ny rubrik', synthetic: false, changed: true, first: 2, reasons: ['Skäl A.', 'Skäl B.'], items: ['Gammal [kontext] #2', 'Text. [kontext]'] },
      { title: 'Andra', synthetic: false, changed: false, first: undefined, reasons: [], items: ['Andra', 'Orört.'] },
    ]);
    expect(c.changes).toBe(2);
  });

  it('numbers each run of changed blocks once, keeps one block either side as context, and a changed section its heading', () => {
    const c = buildComparison(
      result([]),
      result([same('Rubrik', 'h2'), same('Ett.'), same('Två.'), del('Tre.'), ins('Fyra.'), same('Fem.'), same('Sex.'), ins('Sju.'), same('Åtta.'), same('Nio.')]),
      new Map(),
      TITLES,
    );
    expect(view(c)).toEqual([
      {
        title: 'Rubrik',
        synthetic: false,
        changed: true,
        first: 1,
        reasons: [],
        items: ['Rubrik [kontext]', 'Ett.', 'Två. [kontext]', 'Tre. [kontext] #1', 'Fyra. [kontext]', 'Fem. [kontext]', 'Sex. [kontext]', 'Sju. [kontext] #2', 'Åtta. [kontext]', 'Nio.'],
      },
    ]);
  });

  it('numbers a change that opens a section, and keeps no heading context for a section without a heading', () => {
    const c = buildComparison(result([ins('Ny ingress.'), same('Sedan.'), same('Sist.')], 2, 0), result([same('Intro ett.'), same('Intro två.'), del('Borta.')], 0, 1), new Map(), TITLES);
    expect(view(c)).toEqual([
      { title: 'Ingress', synthetic: true, changed: true, first: 1, reasons: [], items: ['Ny ingress. [kontext] #1', 'Sedan. [kontext]', 'Sist.'] },
      { title: 'Inledning', synthetic: true, changed: true, first: 2, reasons: [], items: ['Intro ett.', 'Intro två. [kontext]', 'Borta. [kontext] #2'] },
    ]);
  });

  it('leaves out an empty lead, keeps unchanged sections without context, and adds up the words of lead and body', () => {
    const c = buildComparison(result([], 3, 1), result([same('Rubrik', 'h2'), same('Text.')], 4, 2), new Map([['', ['oanvänd']]]), TITLES);
    expect(view(c)).toEqual([{ title: 'Rubrik', synthetic: false, changed: false, first: undefined, reasons: [], items: ['Rubrik', 'Text.'] }]);
    expect([c.changes, c.insertedWords, c.deletedWords]).toEqual([0, 7, 3]);
  });
});

describe('revisionSections', () => {
  it('files each <Revision id> under the h2 above it, "" before the first, whatever the order of its attributes', () => {
    const body = [
      '<Revision id="forst" law="x" summary="s">\nett\n</Revision>',
      '## Första   *avsnittet*',
      '### Underrubrik',
      '<Revision law="x" id="andra" summary="s">\ntvå\n</Revision>',
      '<Callout type="tips">\n\n<Revision id="i-ruta" law="x" summary="s">\ntre\n</Revision>\n\n</Callout>',
      '# Huvudrubrik',
      '## Sista',
      '<Revision {...p} id="sist" law="x" summary="s">\nfyra\n</Revision>',
    ].join('\n\n');
    expect(revisionSections(body)).toEqual(
      new Map([
        ['forst', ''],
        ['andra', 'Första avsnittet'],
        ['i-ruta', 'Första avsnittet'],
        ['sist', 'Sista'],
      ]),
    );
  });

  it('skips elements that are not a <Revision>, and a Revision whose id is not a plain string', () => {
    const body = '## Avsnitt\n\n<Callout id="ruta" type="tips">\n\nx\n\n</Callout>\n\n<Revision id={"uttryck"} law="x" summary="s">\ny\n</Revision>\n\n<Revision law="x" summary="s">\nz\n</Revision>';
    expect(revisionSections(body)).toEqual(new Map());
  });
});
