/**
 * The adapter from stored answers to DocumentInput (src/shared/documents/input.ts), field by field:
 * every answer the documents draw on lands in its own place (a wrong field id would put the reader's
 * text in the wrong part of the kommunstyrelse's document, or drop it), and the edges of reading
 * choices, ratings, tables and the priority matrix.
 */
import { describe, expect, it } from 'vitest';
import { documentInput, SOURCES, type Catalogue } from '../../src/shared/documents/input';
import type { FieldValue } from '../../src/shared/worksheet-data';
import { catalogue, field, full, options } from './support/documents-full';

describe('every answer lands in its place', () => {
  // Read in each test, not when the file loads, so the mutation run sees which test reads what.
  const read = () => documentInput(full, catalogue);
  const obj = <K extends string>(name: string, keys: readonly K[]) => Object.fromEntries(keys.map((k, i) => [k, `${name} ${i + 1}`])) as Record<K, string>;

  it('lägesbild and datakällor', () => {
    expect(read().lagesbild).toEqual({
      whose: 'Polisens',
      areaPeriod: 'l.omrade-period',
      date: 'l.datum',
      mapping: [obj('kartlaggning', ['problem', 'extent', 'whereWhen', 'affected', 'consequences'])],
      safety: 'l.trygghet',
      otherInfo: ['Näringsliv', 'Skola'],
      otherInfoText: 'l.annan-info-beskrivning',
      deviations: 'l.avvikelser',
      patterns: 'l.samband',
      forPriority: 'l.vidare',
      certainty: { value: 4, min: 1, max: 5 },
      gaps: 'l.kunskapsluckor',
    });
    expect(read().kallor).toEqual({
      kinds: ['NTU'],
      list: [obj('kallor', ['source', 'owner', 'areaPeriod', 'access', 'strengths'])],
      blindSpots: 'k.luckor',
      coverage: { value: 7, min: 0, max: 10 },
      rejected: [obj('bortvalda', ['source', 'why', 'meaning'])],
    });
  });

  it('prioritering and orsaksanalys', () => {
    expect(read().prioritering).toEqual({
      basis: 'p.underlag',
      participants: 'p.deltagare',
      date: 'p.datum',
      matrix: [{ problem: 'Rån', sum: 7 }],
      criteria: ['Omfattning', 'Allvar'],
      resources: 'p.resurser',
      decisions: [obj('beslut', ['problem', 'now', 'why'])],
      decidedBy: 'p.beslutat-av',
      others: 'p.ej-prioriterade',
    });
    expect(read().orsaker).toEqual({
      problem: 'o.problem',
      group: 'o.analysgrupp',
      offenders: 'o.garningspersoner',
      targets: 'o.offer-mal',
      place: 'o.plats',
      influence: 'o.paverka',
      causes: [obj('orsaker', ['cause', 'kind', 'evidence', 'certainty'])],
      tools: ['Brottstriangeln', 'Problemträd'],
      conclusion: 'o.slutsats',
      grounded: { value: 2, min: 1, max: 5 },
    });
  });

  it('åtgärdsplan and uppföljningsplan', () => {
    expect(read().atgardsplan).toEqual({
      focus: 'a.fokusomrade',
      causes: 'a.koppling',
      validFrom: 'a.giltig-fran',
      measures: [{ ...obj('atgarder', ['goal', 'action', 'owner', 'time', 'resources', 'indicator']), problem: 'a.fokusomrade', cause: 'a.koppling' }],
      kinds: ['Social'],
      smart: ['Specifikt', 'Mätbart'],
      decidedBy: 'a.beslut',
      firstFollowUp: 'a.forsta-uppfoljning',
      reporting: 'a.aterrapportering',
    });
    expect(read().uppfoljning).toEqual({
      plan: 'u.plan',
      kinds: ['Effekt'],
      indicators: [obj('indikatorer', ['goal', 'indicator', 'baseline', 'source', 'when'])],
      collects: 'u.samlar-in',
      analyses: 'u.analyserar',
      resources: 'u.resurser',
      reports: [obj('rapportering', ['to', 'what', 'date'])],
      next: 'u.nasta-uppfoljning',
    });
  });

  it('utvärdering and genomförandelogg', () => {
    expect(read().utvardering).toEqual({
      work: 'e.arbete',
      date: 'e.datum',
      effects: [obj('effekter', ['goal', 'baseline', 'now', 'reading'])],
      achieved: { value: 5, min: 1, max: 5 },
      commitments: [obj('ataganden', ['party', 'commitment', 'done', 'comment'])],
      process: ['Resurser'],
      learning: 'e.larande',
      recommendation: 'Avsluta',
      nextCycle: 'e.nasta-cykel',
      feedback: ['Medborgare'],
    });
    expect(read().logg).toEqual({
      measure: 'g.atgard',
      keeper: 'g.ansvarig',
      from: 'g.period-start',
      entries: [obj('logg', ['date', 'activity', 'who', 'amount', 'asPlanned', 'comment'])],
      deviations: [obj('avvikelser', ['date', 'what', 'why', 'action', 'owner'])],
      lessons: 'g.lardomar',
      status: 'Klar',
    });
  });

  it('the drafts: samverkansöverenskommelse and medborgarlöfte', () => {
    expect(read().overenskommelse).toEqual({
      parties: [obj('parter', ['party', 'representative', 'role'])],
      period: 's.period',
      background: 's.bakgrund',
      focus: [obj('fokusproblem', ['problem', 'causes', 'goal'])],
      kommun: 's.kommunens-ataganden',
      police: 's.polisens-ataganden',
      others: 's.andra-ataganden',
      followUp: 's.uppfoljning',
      annexes: ['Åtgärdsplan'],
      date: 's.datum',
      signKommun: 's.underskrift-kommun',
      signPolice: 's.underskrift-polis',
    });
    expect(read().medborgarlofte).toEqual({
      problem: 'm.problem',
      dialogues: ['Enkät', 'Trygghetsvandring'],
      promise: 'm.loftestext',
      police: 'm.polisen-gor',
      kommun: 'm.kommunen-gor',
      others: 'm.andra-parter',
      period: 'm.period',
      communication: 'm.kommunikation',
      feedbackDate: 'm.aterkoppling',
      signers: 'm.undertecknare',
      signDate: 'm.datum-underskrift',
    });
  });

  it('every source: its key, the worksheet’s title and address, filled', () => {
    for (const [key, id] of Object.entries(SOURCES)) {
      expect(read().sources[key as keyof typeof SOURCES]).toEqual({ key, title: catalogue[id]!.title, href: `/arbetsblad/${id}/`, filled: true });
    }
  });
});

describe('reading answers at their edges', () => {
  const one = (sheet: string, fields: Record<string, FieldValue>, cat: Catalogue = catalogue) => documentInput({ [sheet]: { fields } }, cat);

  it('a source without a catalogue entry is titled by its worksheet id; an empty sheet is not filled', () => {
    const input = documentInput({ [SOURCES.logg]: { fields: { atgard: '' } } }, {});
    expect(input.sources.logg).toEqual({ key: 'logg', title: 'genomforandelogg', href: '/arbetsblad/genomforandelogg/', filled: false });
  });

  it('filled: text anywhere, in a list or in a table cell; whitespace and empty rows are not', () => {
    const filled = (value: FieldValue) => one(SOURCES.logg, { x: value }).sources.logg.filled;
    expect(filled(' x ')).toBe(true);
    expect(filled(['', 'x'])).toBe(true);
    expect(filled([['', ''], ['', ' x']])).toBe(true);
    expect(filled(' \n ')).toBe(false);
    expect(filled(['', '  '])).toBe(false);
    expect(filled([['', ' '], []])).toBe(false);
    expect(filled([])).toBe(false);
  });

  it('a choice: one option number, an empty string or a list; numbers without an option stay as stored, blank options are dropped', () => {
    const status = (value: FieldValue, cat?: Catalogue) => one(SOURCES.logg, { status: value }, cat).logg.status;
    expect(status('0')).toBe('Pågår');
    expect(status('')).toBe('');
    expect(status(['1', '0'])).toBe('Klar');
    expect(status('7')).toBe('7');
    expect(status([])).toBe('');
    // Without the field in the catalogue the stored numbers are all there is.
    expect(status('1', {})).toBe('1');
    expect(status('0', {})).toBe('0');
    const kinds = (value: FieldValue) => one(SOURCES.kallor, { kalltyper: value }, { [SOURCES.kallor]: { title: 'K', fields: [options('kalltyper', ['A', ' ', 'C'])] } }).kallor.kinds;
    expect(kinds(['0', '1', '2'])).toEqual(['A', 'C']);
    expect(kinds(['1'])).toEqual([]);
    // A table where a list belongs (an old or broken value) gives no options.
    expect(kinds([['0']] as unknown as FieldValue)).toEqual([]);
  });

  it('a rating: a whole number on the field’s scale, 1–5 when the catalogue has none; anything else is no rating', () => {
    const certainty = (value: FieldValue, cat?: Catalogue) => one(SOURCES.lagesbild, { sakerhet: value }, cat).lagesbild.certainty;
    expect(certainty('3', {})).toEqual({ value: 3, min: 1, max: 5 });
    expect(certainty('0')).toEqual({ value: 0, min: 1, max: 5 });
    expect(certainty('8', { [SOURCES.lagesbild]: { title: 'L', fields: [field('sakerhet', { min: 0, max: 10 })] } })).toEqual({ value: 8, min: 0, max: 10 });
    expect(certainty('')).toBeUndefined();
    expect(certainty('hög')).toBeUndefined();
    expect(certainty(['3'])).toBeUndefined();
  });

  it('tables: rows padded or cut to the columns, non-text cells empty, rows that are not rows or are blank dropped', () => {
    const sources = (value: FieldValue) => one(SOURCES.kallor, { bortvalda: value }).kallor.rejected;
    expect(sources([[' Skolenkät '], ['A', 'B', 'C', 'D-extra']])).toEqual([
      { source: 'Skolenkät', why: '', meaning: '' },
      { source: 'A', why: 'B', meaning: 'C' },
    ]);
    expect(sources([['', '  ', ''], 'inte en rad' as unknown as string[], [1, 'x', null] as unknown as string[]])).toEqual([{ source: '', why: 'x', meaning: '' }]);
    expect(sources('text' as FieldValue)).toEqual([]);
  });

  it('the priority matrix: one sum per named problem, non-numbers count 0, a row without a problem is left out', () => {
    const matrix = (rows: string[][], cat: Catalogue = catalogue) => one(SOURCES.prioritering, { matris: rows }, cat).prioritering;
    expect(matrix([['Rån', '2', 'x', '9'], ['', '5', '5'], ['Klotter', '', '4p']]).matrix).toEqual([
      { problem: 'Rån', sum: 2 },
      { problem: 'Klotter', sum: 4 },
    ]);
    // Without criteria in the catalogue only the problem column is read.
    expect(matrix([['Rån', '2', '3']], {})).toMatchObject({ criteria: [], matrix: [{ problem: 'Rån', sum: 0 }] });
    expect(matrix([['Rån', '2', '3']], { [SOURCES.prioritering]: { title: 'P', fields: [field('underlag')] } })).toMatchObject({ criteria: [], matrix: [{ problem: 'Rån', sum: 0 }] });
    // The criteria are the matrix field's, wherever it stands among the fields.
    const later: Catalogue = { [SOURCES.prioritering]: { title: 'P', fields: [options('annat', ['A', 'B', 'C']), options('matris', ['Omfattning'])] } };
    expect(matrix([['Rån', '2', '3']], later)).toMatchObject({ criteria: ['Omfattning'], matrix: [{ problem: 'Rån', sum: 2 }] });
  });

  it('a measure keeps its place in the table for the röd tråd, past blank rows', () => {
    const measures = one(SOURCES.atgardsplan, { fokusomrade: 'Torget', koppling: 'Mörker', atgarder: [['', '', '', '', '', ''], ['Mål', 'Belysning', 'Gatukontoret', '', '', '']] }).atgardsplan.measures;
    expect(measures).toEqual([{ goal: 'Mål', action: 'Belysning', owner: 'Gatukontoret', time: '', resources: '', indicator: '', problem: 'Torget', cause: 'Mörker' }]);
  });
});
