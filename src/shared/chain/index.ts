/** The röd tråd as data: see README.md. */
export { resolveChain, refOptions, isPrioritised } from './resolve';
export type { AnswersBySheet, Chain, Problem, Priority, Cause, Measure, FollowUp, Gap, GapKind, Ref, Place, Option, OptionGroup } from './resolve';
export { withRowIds, tableWithRowIds, parseRow, parseMeta, formatMeta, newRowId, rowHasContent, type RowMeta } from './rows';
export { TABLES, DECISIONS, CHAIN_SHEETS, ID_TABLES, type RefTarget } from './spec';
