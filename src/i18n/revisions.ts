/**
 * The revision-marker switch's labels. Part of the handbook's one string table (sv.ts spreads them in),
 * kept in their own module because only the chapter script shows them: the button is drawn hidden and
 * gets its label when the script makes it usable, so no page carries the labels twice.
 */
export const revisionStrings = {
  'revision.toggle.hide': 'Dölj ändringsmarkeringar',
  'revision.toggle.show': 'Visa ändringsmarkeringar',
} as const;
