import type { EVIDENCE_LEVELS, METHOD_KINDS } from '../schemas/method';

/** Readers' names for method kinds and evidence levels. */
export const KIND_NAMES: Record<(typeof METHOD_KINDS)[number], string> = {
  social: 'Social prevention',
  situationell: 'Situationell prevention',
  bada: 'Både social och situationell prevention',
  arbetssatt: 'Arbetssätt och analysverktyg',
};

export const EVIDENCE_NAMES: Record<(typeof EVIDENCE_LEVELS)[number] | 'okand', string> = {
  stark: 'Starkt stöd i forskningen',
  mattlig: 'Visst stöd i forskningen',
  begransad: 'Begränsat stöd i forskningen',
  'ej-tillamplig': 'Ett arbetssätt – effekten beror på hur det används',
  okand: 'Effekterna är inte kända',
};
