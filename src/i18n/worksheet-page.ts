/** Text of the worksheet pages' own markup (tools, table headings); what the worksheet script writes is in worksheet.ts. */
import { translator } from './fill';

export const worksheetPageStrings = {
  'tools.workspace': 'Arbetsyta',
  'tools.rename': 'Byt namn',
  'tools.printFilled': 'Skriv ut ifyllt',
  'tools.printBlank': 'Skriv ut tomt',
  'tools.exportJson': 'Ladda ner som fil för att flytta eller spara',
  'tools.exportMd': 'Ladda ner som text',
  'tools.import': 'Importera …',
  'table.row': 'Rad',
  'table.actions': 'Åtgärder',
} as const;

export const wpst = translator(worksheetPageStrings);
