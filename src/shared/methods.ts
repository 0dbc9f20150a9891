import type { EVIDENCE_LEVELS, METHOD_KINDS } from '../schemas/method';
import { evidenceNames, methodKindNames } from '../i18n/names';

/** Readers' names for method kinds and evidence levels. */
export const KIND_NAMES: Record<(typeof METHOD_KINDS)[number], string> = methodKindNames;

export const EVIDENCE_NAMES: Record<(typeof EVIDENCE_LEVELS)[number] | 'okand', string> = evidenceNames;
