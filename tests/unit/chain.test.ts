/**
 * The röd tråd as data (src/shared/chain): row ids and their migration, references resolved by id, and
 * every gap the Röd tråd page lists.
 */
import { describe, expect, it } from 'vitest';
import { formatMeta, isPrioritised, parseMeta, parseRow, refOptions, resolveChain, TABLES, withRowIds, type AnswersBySheet, type GapKind } from '../../src/shared/chain';
import { addRowIds } from '../../src/shared/storage/migrate';
import { answersKey, KEYS } from '../../src/shared/storage/keys';
import { Store } from '../../src/shared/storage/store';
import { EXPORT_FORMAT, readImport, type CatalogueLike } from '../../src/shared/storage/transfer';

const T = TABLES;
/** A stored row: the cells, padded to the table's columns, then the meta cell. */
function row(columns: number, cells: Record<number, string>, id: string, refs: Record<number, string> = {}): string[] {
  return [...Array.from({ length: columns }, (_, i) => cells[i] ?? ''), formatMeta({ id, refs })];
}
const sheet = (fields: Record<string, string[][]>) => ({ updated: '2026-01-01T00:00:00Z', fields });

/** Strandvik's chain, as the worksheets store it: two problems, one prioritised, causes, measures, follow-up. */
function strandvik(): AnswersBySheet {
  return {
    [T.problems.sheet]: sheet({
      [T.problems.field]: [
        row(5, { 0: 'Skadegörelse och stök vid resecentrum', 1: 'Ökar' }, 'r-p1'),
        row(5, { 0: 'Inbrott i fritidshus i Lövnäs' }, 'r-p2'),
        ['', '', '', '', ''], // an empty row has no id and is not a problem
      ],
    }),
    [T.priorities.sheet]: sheet({
      [T.priorities.field]: [row(3, { 0: 'Skadegörelse och stök vid resecentrum', 1: 'Prioriteras nu', 2: 'Signalvärde' }, 'r-b1', { 0: 'r-p1' }), row(3, { 0: 'Inbrott i fritidshus i Lövnäs', 1: 'Inte nu' }, 'r-b2', { 0: 'r-p2' })],
    }),
    [T.causes.sheet]: sheet({
      [T.causes.field]: [row(5, { 0: 'Dålig belysning i gångtunneln', 4: 'Skadegörelse och stök vid resecentrum' }, 'r-o1', { 4: 'r-p1' }), row(5, { 0: 'Husen står tomma på vintern', 4: 'Inbrott i fritidshus i Lövnäs' }, 'r-o2', { 4: 'r-p2' })],
    }),
    [T.measures.sheet]: sheet({
      [T.measures.field]: [
        row(8, { 0: 'Färre anmälda skadegörelsebrott', 1: 'Byta belysningen i gångtunneln', 2: 'Tekniska förvaltningen', 5: 'Anmälda skadegörelsebrott', 6: 'Skadegörelse och stök vid resecentrum', 7: 'Dålig belysning i gångtunneln' }, 'r-a1', { 6: 'r-p1', 7: 'r-o1' }),
      ],
    }),
    [T.followUps.sheet]: sheet({ [T.followUps.field]: [row(6, { 1: 'Anmälda skadegörelsebrott', 5: 'Byta belysningen i gångtunneln' }, 'r-u1', { 5: 'r-a1' })] }),
  };
}
const kinds = (answers: AnswersBySheet) => resolveChain(answers).gaps.map((g) => g.kind);
function edit(answers: AnswersBySheet, table: { sheet: string; field: string }, change: (rows: string[][]) => string[][]): AnswersBySheet {
  const copy = structuredClone(answers);
  copy[table.sheet]!.fields[table.field] = change(copy[table.sheet]!.fields[table.field] as string[][]);
  return copy;
}

describe('rows and their meta', () => {
  it('reads the meta only after the columns, and never from ordinary text', () => {
    expect(parseRow(row(3, { 0: 'a' }, 'r-x', { 0: 'r-y' }), 3)).toEqual({ cells: ['a', '', ''], meta: { id: 'r-x', refs: { 0: 'r-y' } } });
    // Inside the columns a meta-looking text is the reader's text.
    expect(parseRow(['{"rad":"r-x"}', '', ''], 3).meta).toBeUndefined();
    expect(parseMeta('{"rad":"bad id"}')).toBeUndefined();
    expect(parseMeta('{"rad":')).toBeUndefined();
    expect(parseMeta('Ordinary text')).toBeUndefined();
  });

  it('the migration gives old rows ids, pads short rows so no cell moves, and keeps everything else', () => {
    let n = 0;
    const ids = () => `r-new${++n}`;
    const old = {
      version: 1 as const,
      worksheets: {
        [T.measures.sheet]: { updated: 'u', fields: { [T.measures.field]: [['Mål', 'Åtgärd', 'Ansvarig', 'Tid', 'Resurs', 'Indikator'], ['', '', '', '', '', ''], ['Mål 2']], koppling: 'text' } },
        aktorskarta: { updated: 'u', fields: { aktorer: [['a', 'b']] } },
      },
    };
    const { data, changed } = withRowIds(old, ids);
    expect(changed).toBe(true);
    const rows = data.worksheets[T.measures.sheet]!.fields[T.measures.field] as string[][];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['Mål', 'Åtgärd', 'Ansvarig', 'Tid', 'Resurs', 'Indikator', '', '', '{"rad":"r-new1"}']);
    expect(rows[1]).toEqual(['', '', '', '', '', '']); // empty: nothing to refer to, left as it was
    expect(rows[2]!.slice(0, 8)).toEqual(['Mål 2', '', '', '', '', '', '', '']);
    expect(parseRow(rows[2]!, 8).meta?.id).toBe('r-new2');
    // Not a chain table, not another field: untouched.
    expect(data.worksheets.aktorskarta).toBe(old.worksheets.aktorskarta);
    expect(data.worksheets[T.measures.sheet]!.fields['koppling']).toBe('text');
    // The input is not changed, and a second run changes nothing.
    expect(old.worksheets[T.measures.sheet].fields[T.measures.field][0]).toHaveLength(6);
    expect(withRowIds(data, ids).changed).toBe(false);
  });

  it('a copied row (same id twice) gets a new id and keeps its references', () => {
    const twin = row(8, { 1: 'X' }, 'r-same', { 6: 'r-p1' });
    const { data } = withRowIds({ worksheets: { [T.measures.sheet]: sheet({ [T.measures.field]: [twin, [...twin]] }) } }, () => 'r-other');
    const rows = data.worksheets[T.measures.sheet]!.fields[T.measures.field] as string[][];
    expect(parseRow(rows[0]!, 8).meta).toEqual({ id: 'r-same', refs: { 6: 'r-p1' } });
    expect(parseRow(rows[1]!, 8).meta).toEqual({ id: 'r-other', refs: { 6: 'r-p1' } });
  });

  it('stored answers are migrated on load (written only when a row lacked an id); an import of an old file gets ids too', () => {
    const storage = new Map<string, string>();
    const local = {
      get length() {
        return storage.size;
      },
      key: (i: number) => [...storage.keys()][i] ?? null,
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
      clear: () => storage.clear(),
    } as Storage;
    const old = { version: 1, worksheets: { [T.problems.sheet]: { updated: 'u', fields: { [T.problems.field]: [['Inbrott', 'Fler']], trygghet: 'Otryggt' } } } };
    local.setItem(answersKey('ay-1'), JSON.stringify(old));
    local.setItem(KEYS.workspaces, JSON.stringify({ version: 1, current: 'ay-1', list: [{ id: 'ay-1', name: 'A', created: 'x' }] }));
    addRowIds(new Store(local));
    const after = JSON.parse(local.getItem(answersKey('ay-1'))!);
    const rows = after.worksheets[T.problems.sheet].fields[T.problems.field];
    expect(rows[0].slice(0, 5)).toEqual(['Inbrott', 'Fler', '', '', '']);
    expect(parseRow(rows[0], 5).meta?.id).toMatch(/^r-/);
    expect(after.worksheets[T.problems.sheet].fields.trygghet).toBe('Otryggt');
    const text = local.getItem(answersKey('ay-1'));
    addRowIds(new Store(local));
    expect(local.getItem(answersKey('ay-1'))).toBe(text);

    const catalogue: CatalogueLike = { [T.problems.sheet]: { title: 'Lägesbild', fields: [{ id: T.problems.field, component: 'TableField' }] } };
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: 'x', workspace: { name: 'Gammal' }, worksheets: { [T.problems.sheet]: { updated: 'u', fields: { [T.problems.field]: [['Stöld']] } } } });
    const imported = readImport(file, file.length, catalogue).data.worksheets[T.problems.sheet]!.fields[T.problems.field] as string[][];
    expect(imported[0]!.slice(0, 5)).toEqual(['Stöld', '', '', '', '']);
    expect(parseRow(imported[0]!, 5).meta?.id).toMatch(/^r-/);
  });
});

describe('resolveChain', () => {
  it('follows the thread by id from problem to follow-up, with no gaps in a whole chain', () => {
    const chain = resolveChain(strandvik());
    expect(chain.problems.map((p) => p.label)).toEqual(['Skadegörelse och stök vid resecentrum', 'Inbrott i fritidshus i Lövnäs']);
    expect(chain.priorities.map((p) => [p.problem.state, p.prioritised])).toEqual([
      ['ok', true],
      ['ok', false],
    ]);
    const [measure] = chain.measures;
    expect(measure).toMatchObject({ id: 'r-a1', label: 'Byta belysningen i gångtunneln', owner: 'Tekniska förvaltningen', indicator: 'Anmälda skadegörelsebrott' });
    expect(measure!.problem).toMatchObject({ state: 'ok', id: 'r-p1', label: 'Skadegörelse och stök vid resecentrum' });
    expect(measure!.cause).toMatchObject({ state: 'ok', id: 'r-o1', label: 'Dålig belysning i gångtunneln' });
    expect(chain.followUps[0]!.measure).toMatchObject({ state: 'ok', label: 'Byta belysningen i gångtunneln' });
    expect(chain.gaps).toEqual([]);
  });

  it('a renamed problem is followed by id: the new label, no gap', () => {
    const answers = edit(strandvik(), T.problems, (rows) => [row(5, { 0: 'Stök i väntsalen' }, 'r-p1'), rows[1]!]);
    const chain = resolveChain(answers);
    expect(chain.measures[0]!.problem).toMatchObject({ state: 'ok', label: 'Stök i väntsalen' });
    expect(chain.causes[0]!.problem.label).toBe('Stök i väntsalen');
    expect(chain.gaps).toEqual([]);
  });

  it('a deleted problem leaves every reference to it kept and broken, with its last label', () => {
    const answers = edit(strandvik(), T.problems, (rows) => [rows[1]!]);
    const chain = resolveChain(answers);
    expect(chain.measures).toHaveLength(1);
    expect(chain.measures[0]!.problem).toEqual({ state: 'broken', id: 'r-p1', label: 'Skadegörelse och stök vid resecentrum', target: 'problem', place: { sheet: T.measures.sheet, field: T.measures.field, row: 1, column: 6 } });
    const broken = chain.gaps.filter((g) => g.kind === 'broken');
    expect(broken.map((g) => [g.place.sheet, g.label])).toEqual([
      [T.priorities.sheet, 'Skadegörelse och stök vid resecentrum'],
      [T.causes.sheet, 'Skadegörelse och stök vid resecentrum'],
      [T.measures.sheet, 'Skadegörelse och stök vid resecentrum'],
    ]);
  });

  it('a deleted cause and a deleted measure are broken too', () => {
    let answers = edit(strandvik(), T.causes, (rows) => [rows[1]!]);
    answers = edit(answers, T.measures, (rows) => [...rows, row(8, { 1: 'Ny åtgärd', 2: 'X', 5: 'Y', 6: 'Inbrott i fritidshus i Lövnäs' }, 'r-a2', { 6: 'r-p2' })]);
    expect(resolveChain(answers).gaps.filter((g) => g.kind === 'broken').map((g) => [g.target, g.label])).toEqual([['cause', 'Dålig belysning i gångtunneln']]);
    const noMeasure = edit(strandvik(), T.measures, () => []);
    const gaps = resolveChain(noMeasure).gaps;
    expect(gaps.find((g) => g.kind === 'broken')).toMatchObject({ target: 'measure', label: 'Byta belysningen i gångtunneln', place: { sheet: T.followUps.sheet, row: 1, column: 5 } });
  });

  const cases: [GapKind, (a: AnswersBySheet) => AnswersBySheet, string][] = [
    ['measure-no-problem', (a) => edit(a, T.measures, ([r]) => [row(8, { 1: 'Byta belysningen i gångtunneln', 2: 'T', 5: 'I', 7: 'Dålig belysning i gångtunneln' }, 'r-a1', { 7: 'r-o1' }), ...[r!].slice(1)]), 'Byta belysningen i gångtunneln'],
    ['measure-no-cause', (a) => edit(a, T.measures, () => [row(8, { 1: 'Byta belysningen i gångtunneln', 2: 'T', 5: 'I', 6: 'P' }, 'r-a1', { 6: 'r-p1' })]), 'Byta belysningen i gångtunneln'],
    ['measure-no-indicator', (a) => edit(a, T.measures, ([r]) => [r!.map((c, i) => (i === 5 ? '' : c))]), 'Byta belysningen i gångtunneln'],
    ['measure-no-owner', (a) => edit(a, T.measures, ([r]) => [r!.map((c, i) => (i === 2 ? ' ' : c))]), 'Byta belysningen i gångtunneln'],
    ['measure-no-follow-up', (a) => edit(a, T.followUps, () => []), 'Byta belysningen i gångtunneln'],
    ['priority-no-measure', (a) => edit(a, T.priorities, (rows) => [rows[0]!, row(3, { 0: 'Inbrott i fritidshus i Lövnäs', 1: 'Prioriteras nu' }, 'r-b2', { 0: 'r-p2' })]), 'Inbrott i fritidshus i Lövnäs'],
    ['not-in-lagesbild', (a) => edit(a, T.priorities, (rows) => [...rows, ['Klotter i Åby', 'Prioriteras nu', '']]), 'Klotter i Åby'],
    ['cause-no-problem', (a) => edit(a, T.causes, (rows) => [...rows, row(5, { 0: 'Ingen vuxen på plats' }, 'r-o3')]), 'Ingen vuxen på plats'],
    ['cause-other-problem', (a) => edit(a, T.measures, ([r]) => [row(8, { 1: 'Byta belysningen i gångtunneln', 2: 'T', 5: 'I', 6: 'P', 7: 'Husen står tomma på vintern' }, 'r-a1', { 6: 'r-p1', 7: 'r-o2' }), ...[r!].slice(1)]), 'Byta belysningen i gångtunneln'],
    ['unlinked', (a) => edit(a, T.followUps, () => [['', 'Trygghet', '', '', '', 'Mer belysning']]), 'Trygghet'],
  ];
  for (const [kind, change, subject] of cases) {
    it(`finds the gap ${kind}`, () => {
      const gaps = resolveChain(change(strandvik())).gaps.filter((g) => g.kind === kind);
      expect(gaps.map((g) => g.subject)).toContain(subject);
    });
  }

  it('a measure typed before references existed is kept, and its problem reported as not in the lägesbild', () => {
    const answers = edit(strandvik(), T.measures, (rows) => [...rows, ['Mål', 'Grannsamverkan', 'Kommunpolisen', '', '', 'Anmälningar']]);
    const chain = resolveChain(answers);
    expect(chain.measures.map((m) => m.label)).toEqual(['Byta belysningen i gångtunneln', 'Grannsamverkan']);
    expect(kinds(answers)).toEqual(expect.arrayContaining(['measure-no-problem', 'measure-no-cause', 'measure-no-follow-up']));
    const typed = edit(answers, T.measures, (rows) => [rows[0]!, ['Mål', 'Grannsamverkan', 'Kommunpolisen', '', '', 'Anmälningar', 'Inbrott i Åby']]);
    expect(resolveChain(typed).gaps.find((g) => g.kind === 'not-in-lagesbild')).toMatchObject({ subject: 'Grannsamverkan', label: 'Inbrott i Åby' });
  });

  it('reads nothing from an empty or odd arbetsyta', () => {
    expect(resolveChain({})).toEqual({ problems: [], priorities: [], causes: [], measures: [], followUps: [], gaps: [] });
    expect(resolveChain({ [T.problems.sheet]: { fields: { [T.problems.field]: 'text' } } }).problems).toEqual([]);
  });

  it('decisions: the choice, and older free text', () => {
    expect(isPrioritised('Prioriteras nu')).toBe(true);
    expect(isPrioritised('Ja, nu')).toBe(true);
    expect(isPrioritised('Inte nu')).toBe(false);
    expect(isPrioritised('Prioriteras inte nu')).toBe(false);
    expect(isPrioritised('')).toBe(false);
    expect(isPrioritised('Kanske')).toBe(false);
  });
});

describe('refOptions', () => {
  const groups = { prioritised: 'Prioriterade', other: 'Övriga', noProblem: 'Utan problem' };
  it('problems: prioritised first; ungrouped where asked', () => {
    const chain = resolveChain(strandvik());
    expect(refOptions(chain, 'problem', groups)).toEqual([
      { label: 'Prioriterade', options: [{ id: 'r-p1', label: 'Skadegörelse och stök vid resecentrum' }] },
      { label: 'Övriga', options: [{ id: 'r-p2', label: 'Inbrott i fritidshus i Lövnäs' }] },
    ]);
    expect(refOptions(chain, 'problem', groups, false)).toHaveLength(1);
    expect(refOptions(resolveChain(edit(strandvik(), T.priorities, () => [])), 'problem', groups)).toEqual([{ label: undefined, options: expect.any(Array) }]);
  });
  it('causes under their problem; measures by label', () => {
    const answers = edit(strandvik(), T.causes, (rows) => [...rows, row(5, { 0: 'Ingen vuxen' }, 'r-o3')]);
    const chain = resolveChain(answers);
    expect(refOptions(chain, 'cause', groups).map((g) => [g.label, g.options.map((o) => o.id)])).toEqual([
      ['Skadegörelse och stök vid resecentrum', ['r-o1']],
      ['Inbrott i fritidshus i Lövnäs', ['r-o2']],
      ['Utan problem', ['r-o3']],
    ]);
    expect(refOptions(chain, 'measure', groups)).toEqual([{ label: undefined, options: [{ id: 'r-a1', label: 'Byta belysningen i gångtunneln' }] }]);
  });
});

describe('the worksheets and the chain agree', () => {
  it('every chain table in the MDX has the columns, row ids and reference columns src/shared/chain/spec.ts expects', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseFields } = await import('../../src/build/content/worksheet-fields-parse');
    const expected: Record<string, Record<string, string>> = {
      problems: {},
      priorities: { [T.priorities.problem]: 'problem' },
      causes: { [T.causes.problem]: 'problem' },
      measures: { [T.measures.problem]: 'problem', [T.measures.cause]: 'cause' },
      followUps: { [T.followUps.measure]: 'measure' },
      evaluations: { [T.evaluations.measure]: 'measure' },
    };
    for (const [name, table] of Object.entries(T)) {
      const fields = parseFields(readFileSync(`content/worksheets/${table.sheet}.mdx`, 'utf8'));
      const field = fields.find((f) => f.id === table.field);
      expect(field, `${table.sheet}.${table.field}`).toMatchObject({ component: 'TableField', rowIds: true });
      expect(field!.list, `${table.sheet}.${table.field}`).toHaveLength(table.columns);
      const refs = Object.fromEntries(Object.entries(field!.refs ?? {}).map(([column, target]) => [String(field!.list!.indexOf(column)), target]));
      expect(refs, `${table.sheet}.${table.field}`).toEqual(expected[name]);
    }
  });
});

describe('exports show the reader the columns only', () => {
  it('Markdown leaves out the id cell and an empty row that has only one', async () => {
    const { answersToMarkdown } = await import('../../src/shared/worksheet-data');
    const data = { version: 1 as const, worksheets: { [T.causes.sheet]: sheet({ [T.causes.field]: [row(5, { 0: 'Mörk tunnel', 4: 'Stök' }, 'r-o1', { 4: 'r-p1' }), ['', '', '', '', '', '{"rad":"r-o2"}']] }) } };
    const md = answersToMarkdown('A', data, { [T.causes.sheet]: { title: 'Orsaksanalys', fields: [{ id: T.causes.field, component: 'TableField', label: 'Orsaker', list: ['Orsak', 'Typ', 'Stöd', 'Säkerhet', 'Problem'] }] } }, new Date('2026-01-01'));
    expect(md).toContain('| Mörk tunnel |  |  |  | Stök |\n');
    expect(md).not.toContain('r-o');
    expect(md.match(/^\| /gm)).toHaveLength(3); // header, rule, one row
  });
});
