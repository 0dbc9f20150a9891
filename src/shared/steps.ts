import { stept } from '../i18n/steps';

/** The five steps of the collaboration process (samverkansprocessen), in order. */
export interface ProcessStep {
  readonly number: 1 | 2 | 3 | 4 | 5;
  readonly title: string;
  /** One line for the process figure. */
  readonly gist: string;
}

export const PROCESS_STEPS: readonly ProcessStep[] = [
  { number: 1, title: 'Initiera samverkan', gist: 'Besluta om samverkan, skapa organisation och mandat.' },
  { number: 2, title: 'Egna förberedelser', gist: 'Varje part tar fram sin egen lägesbild.' },
  { number: 3, title: 'Gemensamma förberedelser', gist: 'Gemensam lägesbild, prioritering, orsaksanalys och plan.' },
  { number: 4, title: 'Genomförande', gist: 'Genomför åtgärderna och håll samman arbetet.' },
  { number: 5, title: 'Uppföljning och återkoppling', gist: 'Följ upp, återkoppla och börja om.' },
];

export function stepTitle(n: number): string {
  const step = PROCESS_STEPS.find((s) => s.number === n);
  if (!step) throw new Error(`Okänt steg: ${n}`);
  return step.title;
}

export function stepLabel(n: number): string {
  return stept('step.label', { n, title: stepTitle(n) });
}
