/**
 * Readers' names for the handbook's own categories: the five process steps, the audience roles, method
 * kinds and evidence levels. Keyed by the ids the content uses (the types keep every id named), read
 * through src/shared/steps.ts, roles.ts and methods.ts.
 */
import type { RoleId } from '../schemas/common';
import type { EVIDENCE_LEVELS, METHOD_KINDS } from '../schemas/method';

export const stepTexts = {
  1: { title: 'Initiera samverkan', gist: 'Besluta om samverkan, skapa organisation och mandat.' },
  2: { title: 'Egna förberedelser', gist: 'Varje part tar fram sin egen lägesbild.' },
  3: { title: 'Gemensamma förberedelser', gist: 'Gemensam lägesbild, prioritering, orsaksanalys och plan.' },
  4: { title: 'Genomförande', gist: 'Genomför åtgärderna och håll samman arbetet.' },
  5: { title: 'Uppföljning och återkoppling', gist: 'Följ upp, återkoppla och börja om.' },
} as const;

export const roleNames: Record<RoleId, string> = {
  fortroendevald: 'Förtroendevald',
  kommunledning: 'Kommunledning',
  samordnare: 'Samordnare',
  socialtjanst: 'Socialtjänst',
  skola: 'Skola och förskola',
  samhallsbyggnad: 'Samhällsbyggnad',
  'kultur-fritid': 'Kultur och fritid',
  kommunpolis: 'Kommunpolis',
  lansstyrelse: 'Länsstyrelsen',
};

export const methodKindNames: Record<(typeof METHOD_KINDS)[number], string> = {
  social: 'Social prevention',
  situationell: 'Situationell prevention',
  bada: 'Både social och situationell prevention',
  arbetssatt: 'Arbetssätt och analysverktyg',
};

export const evidenceNames: Record<(typeof EVIDENCE_LEVELS)[number] | 'okand', string> = {
  stark: 'Starkt stöd i forskningen',
  mattlig: 'Visst stöd i forskningen',
  begransad: 'Begränsat stöd i forskningen',
  'ej-tillamplig': 'Ett arbetssätt – effekten beror på hur det används',
  okand: 'Effekterna är inte kända',
};
