import { describe, expect, it } from 'vitest';
import { parseRevisions, resolveEditionSource, RevisionSyntaxError, showsNewText } from '../../src/build/content/revisions';
import { chapterTextForEdition } from '../../src/build/content/edition-text';

const ORDER = ['2020', '2024'];
const BODY = `Inledning.

<Revision id="lagkrav" law="lagesbild atgardsplan" summary="Nu ett lagkrav.">
<Was>

Förr frivilligt.

</Was>

Nu ett krav enligt lagen.

</Revision>

<Revision id="ny" law="ledning" summary="Ny text.">

Helt ny mening.

</Revision>

<Revision id="struken" law="ledning" summary="Struken.">
<Was>

Gammal mening som försvann.

</Was>
</Revision>

Slut.`;

describe('parseRevisions', () => {
  it('reads id, law, summary, kinds and both wordings', () => {
    const revisions = parseRevisions(BODY, '2024');
    expect(revisions.map((r) => [r.id, r.kind, r.edition])).toEqual([
      ['lagkrav', 'changed', '2024'],
      ['ny', 'added', '2024'],
      ['struken', 'removed', '2024'],
    ]);
    expect(revisions[0]!.law).toEqual(['lagesbild', 'atgardsplan']);
    expect(revisions[0]!.oldText).toBe('Förr frivilligt.');
    expect(revisions[0]!.newText).toBe('Nu ett krav enligt lagen.');
    expect(revisions[0]!.line).toBe(3);
  });

  it.each([
    ['<Revision id="a" law="x" summary="s">\n<Revision id="b" law="x" summary="s">\ntext\n</Revision>\n</Revision>', /inuti en annan/],
    ['<Revision id="a" law="x" summary="s">\n<Revision id="b" law="x" summary="s">\n</Revision>', /saknar <\/Revision>/],
    ['Text <Revision id="a" law="x" summary="s">x</Revision> mitt i.', /ensam på en rad/],
    ['<Revision id="a" law="x" summary="s">\n<Was>\n\nett\n\n</Was>\n<Was>\n\ntvå\n\n</Was>\n</Revision>', /bara ett <Was>/],
    ['<Callout type="tips">\n\n<Revision id="a" law="x" summary="s">\n\n## Rubrik\n\n</Revision>\n\n</Callout>', /rubriker får inte/],
    ['<Revision id="a" law="x" summary="s">\ntext', /saknar <\/Revision>/],
    ['<Revision id="a" law="x">\ntext\n</Revision>', /summary saknas/],
    ['<Revision id="A b" law="x" summary="s">\ntext\n</Revision>', /id saknas eller är ogiltigt/],
    ['<Revision id="a" law="x" summary="s">\n## Rubrik\n</Revision>', /rubriker får inte/],
    ['<Revision id="a" law="x" summary="s" extra={1}>\ntext\n</Revision>', /enkla "citerade"/],
    ['<Revision id="a" law="x" summary="s">\nny\n<Was>\ngammal\n</Was>\n</Revision>', /före den nya texten/],
    ['</Revision>', /utan öppnande/],
    ['<Revision id="a" law="x" summary="s">\nett\n</Revision>\n<Revision id="a" law="x" summary="s">\ntvå\n</Revision>', /används redan/],
  ])('rejects malformed input with the line: %s', (body, message) => {
    expect(() => parseRevisions(body, '2024')).toThrow(RevisionSyntaxError);
    expect(() => parseRevisions(body, '2024')).toThrow(message);
    expect(() => parseRevisions(body, '2024')).toThrow(/^rad \d+:/);
  });
});

it('reads a revision inside a component, and a component inside a revision', () => {
  const body = `<Callout type="exempel" title="Strandvik">

<Revision id="inne" law="x" summary="s">
<Was>

Förr.

</Was>

Nu.

</Revision>

</Callout>

<Revision id="hel" law="x" summary="s">
<Was>

<Callout type="tips">

Gammal ruta.

</Callout>

</Was>

<Callout type="tips">

Ny ruta.

</Callout>

</Revision>`;
  expect(parseRevisions(body, '2024').map((r) => [r.id, r.oldText, r.line])).toEqual([
    ['inne', 'Förr.', 3],
    ['hel', '<Callout type="tips">\n\nGammal ruta.\n\n</Callout>', 16],
  ]);
  const old = resolveEditionSource(body, '2020', ORDER, '2024');
  expect(old).toContain('Förr.');
  expect(old).toContain('Gammal ruta.');
  expect(old).not.toMatch(/Nu\.|Ny ruta|<Revision|<Was/);
  expect(old.startsWith('<Callout type="exempel" title="Strandvik">')).toBe(true);
});

describe('resolving a chapter for an edition', () => {
  it('gives the old wording to older editions and the new to newer', () => {
    expect(showsNewText('2020', '2024', ORDER)).toBe(false);
    expect(showsNewText('2024', '2024', ORDER)).toBe(true);
    expect(() => showsNewText('1999', '2024', ORDER)).toThrow(/Okänd utgåva/);
    const old = resolveEditionSource(BODY, '2020', ORDER, '2024');
    const now = resolveEditionSource(BODY, '2024', ORDER, '2024');
    expect(old).toContain('Förr frivilligt.');
    expect(old).toContain('Gammal mening som försvann.');
    expect(old).not.toContain('Helt ny mening.');
    expect(now).toContain('Nu ett krav enligt lagen.');
    expect(now).toContain('Helt ny mening.');
    expect(now).not.toContain('Gammal mening');
    expect(now).not.toContain('<Revision');
    expect(now.startsWith('Inledning.')).toBe(true);
    expect(now.endsWith('Slut.')).toBe(true);
  });

  it('leaves statements of the law out of editions before it', () => {
    const body = 'Före.\n\n<Callout type="lagkrav" title="Krav">\n\nKommunen ska.\n\n</Callout>\n\nEfter.';
    const texts = (edition: string) => chapterTextForEdition(body, edition, ORDER, '2024').map((b) => b.text);
    expect(texts('2020')).toEqual(['Före.', 'Efter.']);
    expect(texts('2024')).toEqual(['Före.', 'Krav', 'Kommunen ska.', 'Efter.']);
  });
});
