/**
 * The one place that knows the worksheets' ids and field ids: it turns the stored answers of an
 * arbetsyta (src/shared/storage) into a typed DocumentInput for the assembly functions. Everything else in
 * src/shared/documents reads DocumentInput only. The worksheets refer to each other by row id (the röd
 * tråd, src/shared/chain); the resolved references are fed in here: a measure's own problem and cause,
 * with the sheet-wide focus area and causes only for rows where the reader chose none.
 *
 * Choices and checklists are stored as option numbers; the field catalogue (/arbetsblad/falt.json's
 * shape, built from the MDX) turns them back into the option texts.
 */
import type { FieldSpec } from '../../build/content/worksheet-fields-parse';
import type { FieldValue } from '../worksheet-data';
import { resolveChain, type Ref } from '../chain';

export interface Catalogue {
  [worksheetId: string]: { title: string; fields: FieldSpec[] };
}

/** The worksheets the documents draw on, by the name the assembly uses. */
export const SOURCES = {
  lagesbild: 'lagesbild-sammanstallning',
  kallor: 'datakallor-for-lagesbilden',
  prioritering: 'problemprioritering',
  orsaker: 'orsaksanalys',
  atgardsplan: 'atgardsplan',
  uppfoljning: 'uppfoljningsplan',
  utvardering: 'utvardering',
  logg: 'genomforandelogg',
  overenskommelse: 'samverkansoverenskommelse-utkast',
  medborgarlofte: 'medborgarlofte-utkast',
} as const;
export type SourceKey = keyof typeof SOURCES;
export const SOURCE_IDS: readonly string[] = Object.values(SOURCES);
/** The source key of a worksheet id, if the documents draw on that worksheet. */
export const sourceKeyOf = (worksheetId: string): SourceKey | undefined => (Object.keys(SOURCES) as SourceKey[]).find((key) => SOURCES[key] === worksheetId);

export interface Source {
  key: SourceKey;
  title: string;
  href: string;
  /** Anything in it is filled in. */
  filled: boolean;
}

export interface Rating {
  value: number;
  min: number;
  max: number;
}

export interface Measure {
  goal: string;
  action: string;
  owner: string;
  time: string;
  resources: string;
  indicator: string;
  /** The problem the measure targets. */
  problem: string;
  /** The cause it targets. */
  cause: string;
}

export interface DocumentInput {
  sources: Record<SourceKey, Source>;
  lagesbild: {
    whose: string;
    areaPeriod: string;
    date: string;
    mapping: { problem: string; extent: string; whereWhen: string; affected: string; consequences: string }[];
    safety: string;
    otherInfo: string[];
    otherInfoText: string;
    deviations: string;
    patterns: string;
    forPriority: string;
    certainty: Rating | undefined;
    gaps: string;
  };
  kallor: {
    kinds: string[];
    list: { source: string; owner: string; areaPeriod: string; access: string; strengths: string }[];
    blindSpots: string;
    coverage: Rating | undefined;
    rejected: { source: string; why: string; meaning: string }[];
  };
  prioritering: {
    basis: string;
    participants: string;
    date: string;
    matrix: { problem: string; sum: number }[];
    criteria: string[];
    resources: string;
    decisions: { problem: string; now: string; why: string }[];
    decidedBy: string;
    others: string;
  };
  orsaker: {
    problem: string;
    group: string;
    offenders: string;
    targets: string;
    place: string;
    influence: string;
    causes: { cause: string; kind: string; evidence: string; certainty: string }[];
    tools: string[];
    conclusion: string;
    grounded: Rating | undefined;
  };
  atgardsplan: {
    focus: string;
    causes: string;
    validFrom: string;
    measures: Measure[];
    kinds: string[];
    smart: string[];
    decidedBy: string;
    firstFollowUp: string;
    reporting: string;
  };
  uppfoljning: {
    plan: string;
    kinds: string[];
    indicators: { goal: string; indicator: string; baseline: string; source: string; when: string }[];
    collects: string;
    analyses: string;
    resources: string;
    reports: { to: string; what: string; date: string }[];
    next: string;
  };
  utvardering: {
    work: string;
    date: string;
    effects: { goal: string; baseline: string; now: string; reading: string }[];
    achieved: Rating | undefined;
    commitments: { party: string; commitment: string; done: string; comment: string }[];
    process: string[];
    learning: string;
    recommendation: string;
    nextCycle: string;
    feedback: string[];
  };
  logg: {
    measure: string;
    keeper: string;
    from: string;
    entries: { date: string; activity: string; who: string; amount: string; asPlanned: string; comment: string }[];
    deviations: { date: string; what: string; why: string; action: string; owner: string }[];
    lessons: string;
    status: string;
  };
  overenskommelse: {
    parties: { party: string; representative: string; role: string }[];
    period: string;
    background: string;
    focus: { problem: string; causes: string; goal: string }[];
    kommun: string;
    police: string;
    others: string;
    followUp: string;
    annexes: string[];
    date: string;
    signKommun: string;
    signPolice: string;
  };
  medborgarlofte: {
    problem: string;
    dialogues: string[];
    promise: string;
    police: string;
    kommun: string;
    others: string;
    period: string;
    communication: string;
    feedbackDate: string;
    signers: string;
    signDate: string;
  };
}

type Sheets = Record<string, { fields: Record<string, FieldValue> } | undefined>;

const hasText = (value: FieldValue): boolean => (typeof value === 'string' ? value.trim() !== '' : (value as (string | string[])[]).some((v) => hasText(v as FieldValue)));

/** Reads one worksheet's answers with its field specs. */
function reader(sheets: Sheets, catalogue: Catalogue, sheet: string) {
  const fields = sheets[sheet]?.fields ?? {};
  const spec = (field: string) => catalogue[sheet]?.fields.find((f) => f.id === field);
  const text = (field: string): string => {
    const value = fields[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  /** The option numbers stored for a choice or checklist, as the option texts. */
  const chosen = (field: string): string[] => {
    const value = fields[field];
    const numbers = typeof value === 'string' ? (value === '' ? [] : [value]) : Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
    const options = spec(field)?.list ?? [];
    return numbers.map((n) => options[Number(n)] ?? n).filter((x) => x.trim() !== '');
  };
  const rating = (field: string): Rating | undefined => {
    const value = Number.parseInt(text(field), 10);
    const s = spec(field);
    return Number.isFinite(value) ? { value, min: s?.min ?? 1, max: s?.max ?? 5 } : undefined;
  };
  /** The rows with anything in them, each padded to `width` cells, trimmed, with their 1-based place in the table. */
  const numberedRows = (field: string, width: number): { row: string[]; at: number }[] => {
    const value = fields[field];
    if (!Array.isArray(value)) return [];
    return value
      .map((row, i) => ({ row, at: i + 1 }))
      .filter((x): x is { row: string[]; at: number } => Array.isArray(x.row))
      .map(({ row, at }) => ({ row: Array.from({ length: width }, (_, i) => (typeof row[i] === 'string' ? row[i].trim() : '')), at }))
      .filter(({ row }) => row.some((cell) => cell !== ''));
  };
  const rows = (field: string, width: number): string[][] => numberedRows(field, width).map(({ row }) => row);
  return { text, chosen, choice: (field: string) => chosen(field)[0] ?? '', rating, rows, numberedRows, filled: Object.values(fields).some(hasText) };
}

export function documentInput(sheets: Sheets, catalogue: Catalogue): DocumentInput {
  const read = (key: SourceKey) => reader(sheets, catalogue, SOURCES[key]);
  const sources = Object.fromEntries(
    (Object.keys(SOURCES) as SourceKey[]).map((key) => [key, { key, title: catalogue[SOURCES[key]]?.title ?? SOURCES[key], href: `/arbetsblad/${SOURCES[key]}/`, filled: read(key).filled }]),
  ) as Record<SourceKey, Source>;

  const l = read('lagesbild');
  const k = read('kallor');
  const p = read('prioritering');
  const o = read('orsaker');
  const a = read('atgardsplan');
  const u = read('uppfoljning');
  const e = read('utvardering');
  const g = read('logg');
  const s = read('overenskommelse');
  const m = read('medborgarlofte');

  const criteria = catalogue[SOURCES.prioritering]?.fields.find((f) => f.id === 'matris')?.list ?? [];
  const focus = a.text('fokusomrade');
  const causes = a.text('koppling');
  // The röd tråd: each measure's own problem and cause, as the reader chose them (a rename follows, a
  // deleted problem keeps its last label). A row with neither chosen (answers from before the tråd)
  // falls back to the sheet's focus area and causes.
  const linked = new Map(resolveChain(sheets).measures.map((m) => [m.place.row, m]));
  // An empty reference (nothing chosen) has an empty label.
  const chosen = (ref: Ref | undefined) => ref?.label ?? '';
  /** A row linked in the tråd shows what was chosen, and nothing for what was not (the gap list names it). */
  const targets = (at: number) => {
    const m = linked.get(at);
    const problem = chosen(m?.problem);
    const cause = chosen(m?.cause);
    return problem || cause ? { problem, cause } : { problem: focus, cause: causes };
  };

  return {
    sources,
    lagesbild: {
      whose: l.choice('typ'),
      areaPeriod: l.text('omrade-period'),
      date: l.text('datum'),
      mapping: l.rows('kartlaggning', 5).map(([problem, extent, whereWhen, affected, consequences]) => ({ problem: problem!, extent: extent!, whereWhen: whereWhen!, affected: affected!, consequences: consequences! })),
      safety: l.text('trygghet'),
      otherInfo: l.chosen('annan-info'),
      otherInfoText: l.text('annan-info-beskrivning'),
      deviations: l.text('avvikelser'),
      patterns: l.text('samband'),
      forPriority: l.text('vidare'),
      certainty: l.rating('sakerhet'),
      gaps: l.text('kunskapsluckor'),
    },
    kallor: {
      kinds: k.chosen('kalltyper'),
      list: k.rows('kallor', 5).map(([source, owner, areaPeriod, access, strengths]) => ({ source: source!, owner: owner!, areaPeriod: areaPeriod!, access: access!, strengths: strengths! })),
      blindSpots: k.text('luckor'),
      coverage: k.rating('geografisk-tackning'),
      rejected: k.rows('bortvalda', 3).map(([source, why, meaning]) => ({ source: source!, why: why!, meaning: meaning! })),
    },
    prioritering: {
      basis: p.text('underlag'),
      participants: p.text('deltagare'),
      date: p.text('datum'),
      matrix: p
        .rows('matris', criteria.length + 1)
        .filter((row) => row[0] !== '')
        .map(([problem, ...scores]) => ({ problem: problem!, sum: scores.reduce((n, x) => n + (Number.parseInt(x, 10) || 0), 0) })),
      criteria,
      resources: p.text('resurser'),
      decisions: p.rows('beslut', 3).map(([problem, now, why]) => ({ problem: problem!, now: now!, why: why! })),
      decidedBy: p.text('beslutat-av'),
      others: p.text('ej-prioriterade'),
    },
    orsaker: {
      problem: o.text('problem'),
      group: o.text('analysgrupp'),
      offenders: o.text('garningspersoner'),
      targets: o.text('offer-mal'),
      place: o.text('plats'),
      influence: o.text('paverka'),
      causes: o.rows('orsaker', 4).map(([cause, kind, evidence, certainty]) => ({ cause: cause!, kind: kind!, evidence: evidence!, certainty: certainty! })),
      tools: o.chosen('verktyg'),
      conclusion: o.text('slutsats'),
      grounded: o.rating('underbyggd'),
    },
    atgardsplan: {
      focus,
      causes,
      validFrom: a.text('giltig-fran'),
      measures: a.numberedRows('atgarder', 6).map(({ row: [goal, action, owner, time, resources, indicator], at }) => ({
        goal: goal!,
        action: action!,
        owner: owner!,
        time: time!,
        resources: resources!,
        indicator: indicator!,
        ...targets(at),
      })),
      kinds: a.chosen('atgardstyper'),
      smart: a.chosen('smarta-mal'),
      decidedBy: a.text('beslut'),
      firstFollowUp: a.text('forsta-uppfoljning'),
      reporting: a.text('aterrapportering'),
    },
    uppfoljning: {
      plan: u.text('plan'),
      kinds: u.chosen('typer'),
      indicators: u.rows('indikatorer', 5).map(([goal, indicator, baseline, source, when]) => ({ goal: goal!, indicator: indicator!, baseline: baseline!, source: source!, when: when! })),
      collects: u.text('samlar-in'),
      analyses: u.text('analyserar'),
      resources: u.text('resurser'),
      reports: u.rows('rapportering', 3).map(([to, what, date]) => ({ to: to!, what: what!, date: date! })),
      next: u.text('nasta-uppfoljning'),
    },
    utvardering: {
      work: e.text('arbete'),
      date: e.text('datum'),
      effects: e.rows('effekter', 4).map(([goal, baseline, now, reading]) => ({ goal: goal!, baseline: baseline!, now: now!, reading: reading! })),
      achieved: e.rating('maluppfyllelse'),
      commitments: e.rows('ataganden', 4).map(([party, commitment, done, comment]) => ({ party: party!, commitment: commitment!, done: done!, comment: comment! })),
      process: e.chosen('process'),
      learning: e.text('larande'),
      recommendation: e.choice('rekommendation'),
      nextCycle: e.text('nasta-cykel'),
      feedback: e.chosen('aterkoppling'),
    },
    logg: {
      measure: g.text('atgard'),
      keeper: g.text('ansvarig'),
      from: g.text('period-start'),
      entries: g.rows('logg', 6).map(([date, activity, who, amount, asPlanned, comment]) => ({ date: date!, activity: activity!, who: who!, amount: amount!, asPlanned: asPlanned!, comment: comment! })),
      deviations: g.rows('avvikelser', 5).map(([date, what, why, action, owner]) => ({ date: date!, what: what!, why: why!, action: action!, owner: owner! })),
      lessons: g.text('lardomar'),
      status: g.choice('status'),
    },
    overenskommelse: {
      parties: s.rows('parter', 3).map(([party, representative, role]) => ({ party: party!, representative: representative!, role: role! })),
      period: s.text('period'),
      background: s.text('bakgrund'),
      focus: s.rows('fokusproblem', 3).map(([problem, causes, goal]) => ({ problem: problem!, causes: causes!, goal: goal! })),
      kommun: s.text('kommunens-ataganden'),
      police: s.text('polisens-ataganden'),
      others: s.text('andra-ataganden'),
      followUp: s.text('uppfoljning'),
      annexes: s.chosen('bilagor'),
      date: s.text('datum'),
      signKommun: s.text('underskrift-kommun'),
      signPolice: s.text('underskrift-polis'),
    },
    medborgarlofte: {
      problem: m.text('problem'),
      dialogues: m.chosen('dialoger'),
      promise: m.text('loftestext'),
      police: m.text('polisen-gor'),
      kommun: m.text('kommunen-gor'),
      others: m.text('andra-parter'),
      period: m.text('period'),
      communication: m.text('kommunikation'),
      feedbackDate: m.text('aterkoppling'),
      signers: m.text('undertecknare'),
      signDate: m.text('datum-underskrift'),
    },
  };
}
