/**
 * Labels of the handbook's own page templates (exercise, method, role, example, worksheet and list pages),
 * which run only at build time; chrome shared by every page is in sv.ts.
 */
import { translator } from './fill';

export const pageStrings = {
  'exercise.stepCount': 'Steg i övningen',
  'exercise.run': 'Starta workshop',
  'exercise.add': 'Lägg till i en workshop',
  'exercise.purpose': 'Syfte och resultat',
  'exercise.participants': 'Deltagare, material och förberedelser',
  'exercise.who': 'Vilka deltar',
  'exercise.related': 'Hör ihop med övningen',
  'docs.methods': 'Metoder',
  'search.needsJs': 'Sökningen behöver JavaScript. Slå på JavaScript i webbläsaren, eller använd {chapters}, {methods} och {glossary}.',
  'search.needsJs.chapters': 'kapitelförteckningen',
  'search.needsJs.methods': 'metodbanken',
  'search.needsJs.glossary': 'ordlistan',
  'search.form': 'Sök och avgränsa',
  'filter.type.chapter': 'Kapitel',
  'filter.type.worksheet': 'Arbetsblad',
  'filter.type.exercise': 'Övningar',
  'filter.type.method': 'Metoder',
  'filter.type.glossary': 'Ordlistan',
  'filter.type.example': 'Goda exempel',
  'filter.type.role': 'Din roll',
  'filter.type.law': 'Lagen',
  'filter.current': 'gällande',
} as const;

export type PageKey = keyof typeof pageStrings;

export const pt = translator(pageStrings);
