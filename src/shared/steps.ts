import { stept } from '../i18n/steps';
import { stepTexts } from '../i18n/names';

/** The five steps of the collaboration process (samverkansprocessen), in order. */
export interface ProcessStep {
  readonly number: 1 | 2 | 3 | 4 | 5;
  readonly title: string;
  /** One line for the process figure. */
  readonly gist: string;
}

export const PROCESS_STEPS: readonly ProcessStep[] = ([1, 2, 3, 4, 5] as const).map((number) => ({ number, ...stepTexts[number] }));

export function stepTitle(n: number): string {
  const step = PROCESS_STEPS.find((s) => s.number === n);
  if (!step) throw new Error(`Okänt steg: ${n}`);
  return step.title;
}

export function stepLabel(n: number): string {
  return stept('step.label', { n, title: stepTitle(n) });
}
