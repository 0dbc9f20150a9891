/**
 * The <Revision> parser's exact errors (each names its line and what the author wrote wrong) and the edges
 * of resolving a body for an edition. tests/unit/revisions.test.ts covers the common shapes.
 */
import { describe, expect, it } from 'vitest';
import { parseRevisions, resolveEditionSource, RevisionSyntaxError, showsNewText } from '../../src/build/content/revisions';

const ORDER = ['2020', '2024'];

function errorOf(body: string): RevisionSyntaxError {
  try {
    parseRevisions(body, '2024');
  } catch (error) {
    return error as RevisionSyntaxError;
  }
  throw new Error(`no error for: ${body}`);
}

describe('parseRevisions: the exact error for each mistake, on its line', () => {
  it.each([
    ['Inledning.\n\nMer.\n\n</Revision>', 5, '</Revision> utan öppnande <Revision>'],
    ['Ett.\n\n<Revision id="a" law="x" summary="s">\n\nny\n\n</Revision>\n\n</Revision>', 9, '</Revision> utan öppnande <Revision>'],
    ['Text.\n\n<Was>\n\ngammal\n\n</Was>', 3, '<Was> utan öppnande <Revision>'],
    ['Ett.\n\nx <Was>y</Was>', 3, '<Was …> måste stå ensam på en rad'],
    ['Ett.\n\nx <Revision id="a" law="x" summary="s">y</Revision>', 3, '<Revision …> måste stå ensam på en rad'],
    ['Ett.\n\n<Revision id="a" summary="s">\n<Was>\nx\n</Was>\n</Revision>', 3, 'law saknas för "a"'],
    ['<Revision id="a" law="  " summary="s">\nx\n</Revision>', 1, 'law saknas för "a"'],
    ['<Revision law="x" summary="s">\nx\n</Revision>', 1, 'id saknas eller är ogiltigt (saknas); använd gemena a–z, siffror och bindestreck'],
    ['<Revision id="Stor" law="x" summary="s">\nx\n</Revision>', 1, 'id saknas eller är ogiltigt (Stor); använd gemena a–z, siffror och bindestreck'],
    ['<Revision id="a" law="x" summary="   ">\nx\n</Revision>', 1, 'summary saknas för "a"'],
    ['\n<Revision id="a" law="x" summary="s" extra="1" mer="2">\nx\n</Revision>', 2, 'okänt attribut extra, mer på "a"'],
    ['<Revision id="a" law="x" summary="s">\n</Revision>', 1, '"a" har varken gammal eller ny text'],
    ['Ett.\n\n<Revision id="a" law="x" summary="s">\n<Was>\n</Was>\n</Revision>', 3, '"a" har varken gammal eller ny text'],
    ['<Revision id="a" law="x" summary="s" {...p}>\nt\n</Revision>', 1, 'attributen i <Revision> måste vara enkla "citerade" strängar, fick: {…}'],
    ['<Revision id="a" law="x" summary={"s"}>\nt\n</Revision>', 1, 'attributen i <Revision> måste vara enkla "citerade" strängar, fick: summary'],
    ['<Revision id="a" law="x" summary="s">\n<Was>\n\nx\n\n</Was>\n\n<Was>\n\ny\n\n</Was>\n\n</Revision>', 8, 'bara ett <Was> per <Revision>'],
  ])('%j → rad %i', (body, line, message) => {
    const error = errorOf(body);
    expect(error).toBeInstanceOf(RevisionSyntaxError);
    expect(error.name).toBe('RevisionSyntaxError');
    expect(error.line).toBe(line);
    expect(error.message).toBe(`rad ${line}: ${message}`);
  });

  it('reports an MDX syntax error it has no words for with the parser\'s message', () => {
    const error = errorOf('Ett.\n\n<Revision id="a" law="x" summary="s">\n\n{oavslutat\n\n</Revision>');
    expect(error.message).toMatch(/^rad \d+: MDX kunde inte läsas: /);
  });
});

describe('parseRevisions: what it reads', () => {
  it('takes ids of lowercase words, digits and single hyphens, and refuses any other id', () => {
    const withId = (id: string) => `<Revision id="${id}" law="x" summary="s">\nx\n</Revision>`;
    for (const id of ['lagkrav', 'a', 'steg-2-lagesbild', '2024']) expect(parseRevisions(withId(id), '2024')[0]!.id).toBe(id);
    for (const id of ['-lagkrav', 'lagkrav-', 'lag--krav', 'Lagkrav', 'lag krav', 'lägesbild', 'a-B']) {
      expect(() => parseRevisions(withId(id), '2024'), id).toThrow(`rad 1: id saknas eller är ogiltigt (${id})`);
    }
  });

  it('splits law on any white space and trims the summary', () => {
    const [revision] = parseRevisions('<Revision id="a" law=" lagesbild \t atgardsplan  ledning " summary="  Nu ett krav.  ">\nx\n</Revision>', '2024');
    expect(revision!.law).toEqual(['lagesbild', 'atgardsplan', 'ledning']);
    expect(revision!.summary).toBe('Nu ett krav.');
  });

  it('takes the edition from the attribute, else the default it is given', () => {
    const body = '<Revision id="a" law="x" summary="s" edition="2020">\nx\n</Revision>\n\n<Revision id="b" law="x" summary="s">\ny\n</Revision>';
    expect(parseRevisions(body, '2026').map((r) => [r.id, r.edition])).toEqual([
      ['a', '2020'],
      ['b', '2026'],
    ]);
  });

  it('keeps the exact source of both wordings, trimmed, from the first to the last block', () => {
    const body = '<Revision id="a" law="x" summary="s">\n<Was>\n\nFörst *gammal*.\n\n- punkt\n\n</Was>\n\nNy **text**.\n\nAndra stycket.\n\n</Revision>';
    const [revision] = parseRevisions(body, '2024');
    expect(revision).toEqual({
      id: 'a',
      edition: '2024',
      law: ['x'],
      summary: 's',
      oldText: 'Först *gammal*.\n\n- punkt',
      newText: 'Ny **text**.\n\nAndra stycket.',
      kind: 'changed',
      line: 1,
    });
  });

  it('gives each caller its own copy: changing a result does not change the next', () => {
    const body = '<Revision id="a" law="x y" summary="s">\nx\n</Revision>';
    const first = parseRevisions(body, '2024');
    first[0]!.law.push('z');
    first[0]!.summary = 'ändrad';
    const second = parseRevisions(body, '2024');
    expect(second[0]!.law).toEqual(['x', 'y']);
    expect(second[0]!.summary).toBe('s');
  });

  it('reads a body without any revision as none, and a body that only closes one as an error', () => {
    expect(parseRevisions('Bara text med <Callout>.\n\n<Callout type="tips">\n\nx\n\n</Callout>', '2024')).toEqual([]);
    expect(() => parseRevisions('Text\n\n</Revision>', '2024')).toThrow(RevisionSyntaxError);
    expect(() => parseRevisions('Text\n\n<Was>\n\nx\n\n</Was>', '2024')).toThrow(RevisionSyntaxError);
  });
});

describe('showsNewText and resolveEditionSource', () => {
  it('refuses an edition not in the order, naming it', () => {
    expect(() => showsNewText('2024', '2030', ORDER)).toThrow('Okänd utgåva: 2030');
    expect(() => showsNewText('1999', '2024', ORDER)).toThrow('Okänd utgåva: 1999');
    expect(showsNewText('2024', '2020', ORDER)).toBe(true);
  });

  it('collapses runs of blank lines and trims, with and without revisions', () => {
    expect(resolveEditionSource('\nA\n\n\n\nB\n\n', '2020', ORDER)).toBe('A\n\nB');
    const body = 'A\n\n\n\n<Revision id="a" law="x" summary="s">\n<Was>\nG\n</Was>\nN\n</Revision>\n\n\n\nB';
    expect(resolveEditionSource(body, '2020', ORDER)).toBe('A\n\nG\n\nB');
    expect(resolveEditionSource(body, '2024', ORDER)).toBe('A\n\nN\n\nB');
  });

  it('puts a paragraph break where an added passage was, so the text around it does not run together', () => {
    const body = 'A\n<Revision id="a" law="x" summary="s">\nN\n</Revision>\nB';
    expect(resolveEditionSource(body, '2020', ORDER)).toBe('A\n\nB');
    expect(resolveEditionSource(body, '2024', ORDER)).toBe('A\n\nN\n\nB');
  });

  it('resolves by the order and default edition it is given (the same body, different answers)', () => {
    const body = 'A\n\n<Revision id="a" law="x" summary="s">\n<Was>\nG\n</Was>\nN\n</Revision>';
    expect(resolveEditionSource(body, '2024', ORDER, '2024')).toBe('A\n\nN');
    expect(resolveEditionSource(body, '2024', ['2020', '2024', '2026'], '2026')).toBe('A\n\nG');
    expect(resolveEditionSource(body, '2024', ['2024', '2020'], '2020')).toBe('A\n\nG');
  });
});
