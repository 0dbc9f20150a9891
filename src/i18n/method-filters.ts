/**
 * UI strings of the Metodbank's filters (/metoder/). Part of the handbook's one string table (sv.ts
 * spreads them in), kept apart so the filter script carries only these.
 */
import { translator } from './fill';

export const methodFilterStrings = {
  'methods.filters': 'Filtrera metoderna',
  'methods.filter.steg': 'Steg',
  'methods.filter.typ': 'Typ',
  'methods.filter.roll': 'Roll',
  'methods.filter.evidens': 'Evidensnivå',
  'methods.filter.clear': 'Visa alla metoder',
  'methods.count.all': 'Visar alla {n} metoder.',
  'methods.count': 'Visar {n} av {total} metoder.',
  'methods.count.none': 'Ingen metod passar alla valda filter. Ta bort något filter.',
  // Static lists per filter value (/metoder/<filter>/<value>/), the filters without JavaScript.
  'methods.browse.title': 'Metoderna efter steg, typ, roll och evidensnivå',
  'methods.list.title': '{filter}: {value}',
  'methods.list.lead': '{n} av Metodbankens {total} metoder passar här.',
  'methods.list.others': 'Andra val under {filter}',
  'methods.list.all': 'Alla metoder i Metodbanken',
} as const;

export const mft = translator(methodFilterStrings);
