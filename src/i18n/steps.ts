/**
 * How a process step is named to readers: "Steg 3" (also the value of the search index's step filter,
 * so the page metadata and the search page's counts agree) and "Steg 3: Gemensamma förberedelser".
 */
import { translator } from './fill';

export const stepStrings = {
  'step.number': 'Steg {n}',
  'step.label': 'Steg {n}: {title}',
  'step.prev': 'Föregående steg',
  'step.next': 'Nästa steg',
} as const;

export const stept = translator(stepStrings);
