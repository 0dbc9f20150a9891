/**
 * Where the röd tråd lives in the worksheets: which table of which worksheet holds each link of the
 * chain, and which column says what. The one place in src/shared/chain that knows worksheet and field ids.
 *
 * Reference columns were added at the end of existing tables, so the columns readers already had keep
 * their positions (stored rows, exports and the document assembly read them by index).
 */

/** What a reference column points at. */
export type RefTarget = 'problem' | 'cause' | 'measure';

export interface ChainTable {
  sheet: string;
  field: string;
  /** Columns in the worksheet (without the row's id cell). */
  columns: number;
}

export const TABLES = {
  /** Lägesbild — sammanställning, Del 1: one problem per row. */
  problems: { sheet: 'lagesbild-sammanstallning', field: 'kartlaggning', columns: 5, label: 0 },
  /** Problemprioritering, Beslut: a problem from the lägesbild and whether it is prioritised now. */
  priorities: { sheet: 'problemprioritering', field: 'beslut', columns: 3, problem: 0, decision: 1, reason: 2 },
  /** Orsaksanalys, Orsaker: one cause per row, and the problem it belongs to. */
  causes: { sheet: 'orsaksanalys', field: 'orsaker', columns: 5, label: 0, problem: 4 },
  /** Åtgärdsplan, Åtgärder: goal, measure, owner, time, resources, indicator, and the problem and cause it targets. */
  measures: { sheet: 'atgardsplan', field: 'atgarder', columns: 8, goal: 0, label: 1, owner: 2, time: 3, indicator: 5, problem: 6, cause: 7 },
  /** Uppföljningsplan, Indikatorer: what is measured, for which åtgärd. */
  followUps: { sheet: 'uppfoljningsplan', field: 'indikatorer', columns: 6, goal: 0, indicator: 1, when: 4, measure: 5 },
  /** Utvärdering, Effekter: what the åtgärd achieved. */
  evaluations: { sheet: 'utvardering', field: 'effekter', columns: 5, goal: 0, now: 2, reading: 3, measure: 4 },
} as const satisfies Record<string, ChainTable & Record<string, string | number>>;

/** The two-valued decision in Problemprioritering's decision column (the first is "prioritised"). */
export const DECISIONS = ['Prioriteras nu', 'Inte nu'] as const;

/** Every table whose rows carry an id (referred to, or referring). */
export const ID_TABLES: readonly ChainTable[] = Object.values(TABLES);

/** The worksheets of the chain, in its order (for links and for the view's list of sources). */
export const CHAIN_SHEETS = ['lagesbild-sammanstallning', 'problemprioritering', 'orsaksanalys', 'atgardsplan', 'uppfoljningsplan', 'utvardering'] as const;
