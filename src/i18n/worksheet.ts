/**
 * UI strings the worksheet pages and the law map's self-check show in the browser. Part of the
 * handbook's one string table (sv.ts spreads them in, so pages use t() for them too), kept in their
 * own module so the worksheet and self-check code carries these and not the whole table.
 */
import { translator } from './fill';

export const worksheetStrings = {
  'worksheet.storage.off':
    'Webbläsaren tillåter inte att svar sparas på enheten (lagringen är avstängd). Du kan fylla i och skriva ut, men svaren försvinner när du lämnar sidan.',
  'worksheet.status.ready': 'Svaren sparas på den här enheten, i arbetsytan ”{name}”.',
  'worksheet.status.saving': 'Sparar …',
  'worksheet.status.saved': 'Sparat kl. {time} i arbetsytan ”{name}”.',
  'worksheet.status.selected': 'Arbetsytan ”{name}” är vald.',
  'worksheet.status.renamed': 'Arbetsytan heter nu ”{name}”.',
  'worksheet.status.deleted': 'Arbetsytan ”{name}” är borttagen.',
  'worksheet.status.cleared': 'Bladet är tömt.',
  'worksheet.status.exportedJson': 'Arbetsytan är nedladdad som fil.',
  'worksheet.status.exportedMd': 'Arbetsytan är nedladdad som text (Markdown).',
  'worksheet.status.imported': 'Importerade svar för {n} arbetsblad till ”{name}”.',
  'worksheet.status.importAborted': 'Importen avbröts: {message}',
  'worksheet.dialog.cancel': 'Avbryt',
  'worksheet.dialog.ok': 'OK',
  'worksheet.new.title': 'Ny arbetsyta',
  'worksheet.new.text': 'En arbetsyta håller svaren för ett råd, ett projekt eller ett område.',
  'worksheet.new.create': 'Skapa',
  'worksheet.new.name': 'Namn',
  'worksheet.rename.title': 'Byt namn på arbetsytan',
  'worksheet.rename.save': 'Spara',
  'worksheet.rename.name': 'Nytt namn',
  'worksheet.delete.title': 'Ta bort ”{name}”?',
  'worksheet.delete.text':
    'Alla svar i arbetsytan, i alla arbetsblad, tas bort från enheten. Det går inte att ångra. Exportera först om du vill spara en kopia.',
  'worksheet.delete.confirm': 'Ta bort arbetsytan',
  'worksheet.clear.title': 'Töm bladet?',
  'worksheet.clear.text': 'Alla svar i det här arbetsbladet tas bort från arbetsytan.',
  'worksheet.clear.confirm': 'Töm bladet',
  'worksheet.print.workspace': 'Arbetsyta: {name}',
  'worksheet.import.title': 'Importera svar',
  'worksheet.import.none': 'Filen innehåller inga svar för arbetsblad i den här handboken.',
  'worksheet.import.summary': 'Filen ”{file}” kommer från arbetsytan ”{workspace}” och innehåller svar för {n} arbetsblad:',
  'worksheet.import.sheet': '{title} ({n} fält)',
  'worksheet.import.unknown': '{n} arbetsblad i filen finns inte i den här handboken och hoppas över.',
  'worksheet.import.choose': 'Välj hur svaren ska läggas in i arbetsytan ”{name}”.',
  'worksheet.import.merge': 'Slå ihop (filens svar ersätter samma fält)',
  'worksheet.import.replace': 'Ersätt alla svar i arbetsytan',
  'worksheet.import.new': 'Lägg i en ny arbetsyta',
  'worksheet.import.failed': 'Filen kunde inte importeras',
  'worksheet.import.unreadable': 'Filen kunde inte läsas.',
  'worksheet.import.unchanged': 'Inget i dina sparade svar har ändrats.',

  // Table and matrix fields (form.ts)
  'worksheet.row.add': 'Lägg till rad',
  'worksheet.row.remove': 'Ta bort',
  'worksheet.row.removeLabel': 'Ta bort rad {n}',
  'worksheet.row.cell': '{name}, rad {n}',
  'worksheet.matrix.problem': 'Problem',

  // Arbetsytor (src/shared/storage/worksheets.ts): default names
  'worksheet.workspace.default': 'Min arbetsyta',
  'worksheet.workspace.imported': 'Importerad arbetsyta',
  'worksheet.workspace.recovered': 'Återställd arbetsyta {n}',
  'worksheet.workspace.new': 'Ny arbetsyta',

  // Import (src/shared/storage/transfer.ts) and the Markdown export (src/shared/worksheet-data.ts)
  'worksheet.import.tooBig': 'Filen är för stor ({size} kB). Största tillåtna storlek är {max} kB.',
  'worksheet.import.notJson': 'Filen är inte en giltig JSON-fil från Samverkanshandboken.',
  'worksheet.import.notExport': 'Filen kommer inte från Samverkanshandbokens export av arbetsblad.',
  'worksheet.import.version': 'Filen har version {found}, men handboken kan bara läsa version {expected}.',
  'worksheet.import.content': 'Filen har fel innehåll: {reason}.',
  'worksheet.status.chartsFailed': 'Diagrammen ur statistiken kunde inte tas med ({error}); svaren finns i filen.',
  'worksheet.md.title': '# Arbetsyta: {name}',
  'worksheet.md.exported': 'Exporterad {date} från Samverkanshandboken.',
  'worksheet.md.updated': 'Senast ändrad {date}.',

  // The law map's self-check (selfcheck.ts)
  'selfcheck.problem': 'Din sparade egenkontroll kunde inte läsas. Den har sparats undan på enheten, och listan börjar om.',
  'selfcheck.count': '{done} av {total} punkter avbockade. Markeringarna sparas på den här enheten.',
} as const;

export type WorksheetKey = keyof typeof worksheetStrings;

export const wst = translator(worksheetStrings);
