/**
 * Strings of the edition comparison page (/kapitel/<id>/jamfor/<från>-<till>/) and its change
 * navigation. Spread into sv.ts; the navigation script reads its few strings from data attributes.
 */
export const diffStrings = {
  'diff.ins': 'Tillagt',
  'diff.del': 'Borttaget',
  'diff.title': 'Ändringar i ”{title}”',
  'diff.crumb': 'Jämförelse',
  'diff.lead': 'Från {from} till {to}: {ins} ord tillagda och {del} ord borttagna, i {sections} av kapitlets {total} avsnitt.',
  'diff.summary': 'Vad som ändrades',
  'diff.summary.why': 'Varför: {summary}',
  'diff.summary.none': 'Texten är densamma i båda utgåvorna.',
  'diff.summary.other': 'Ändrad formulering.',
  'diff.summary.lead': 'Kapitlets ingress',
  'diff.intro': 'Inledning',
  'diff.legend': 'Teckenförklaring',
  'diff.legend.ins': 'Understruken text med grön bakgrund är tillagd i {to}.',
  'diff.legend.del': 'Överstruken text med röd bakgrund fanns i {from} och är borttagen.',
  'diff.legend.sr': 'För skärmläsare inleds varje ändring med ”Tillagt:” eller ”Borttaget:”.',
  'diff.read': 'Läs kapitlet i {edition}',
  'diff.mode': 'Visa',
  'diff.mode.changes': 'Bara ändringar',
  'diff.mode.all': 'Hela kapitlet',
  'diff.prev': 'Föregående ändring',
  'diff.next': 'Nästa ändring',
  'diff.keys': 'Kortkommandon: Alt + pil ned till nästa ändring, Alt + pil upp till föregående.',
  'diff.position': 'Ändring {n} av {total}',
  'diff.gap': 'Oförändrad text är dold. Välj ”Hela kapitlet” för att se den.',
  'diff.news.compare': 'Se alla ändringar i kapitlet, markerade i texten',
} as const;
