/**
 * Strings of the statistics part of the Lägesbild document (/dokument/lagesbild/): the section that
 * carries the charts the reader chose on /statistik/, and the one line shown when none is chosen.
 */
import { translator } from './fill';

export const documentStatisticsStrings = {
  'doc.stats.section': 'Statistik',
  'doc.stats.none.title': 'Inga diagram är valda.',
  'doc.stats.none.text': 'Välj diagram med ”Ta med i lägesbilden” på sidan för statistik, så kommer de med här.',
  'doc.stats.none.link': 'Statistik för lägesbilden',
  'doc.stats.failed': 'Diagrammen kunde inte ritas. Tabellerna och sammanfattningarna finns med ändå.',
} as const;

export type DocumentStatisticsStringKey = keyof typeof documentStatisticsStrings;
export const dsst = translator(documentStatisticsStrings);
