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
  'matrix.hint': 'Bedöm varje problem från 1 (låg) till 3 (hög). Summan rangordnar problemen.',
  'matrix.problem': 'Problem',
  'matrix.sum': 'Summa',
  'matrix.rank': 'Rang',
  'list.lead': 'Fyll i arbetsbladen på skärmen under mötet. Svaren sparas bara på din enhet, i den arbetsyta du väljer, och kan skrivas ut tomma eller ifyllda på A4 eller sparas som fil.',
  'list.packs': 'Utskriftspaket per steg:',
  'pack.title': 'Arbetsblad för steg {n}: {title}',
  'pack.crumb': 'Utskriftspaket steg {n}',
  'pack.lead': 'Alla {n} arbetsblad för steget i ett dokument. Skriv ut dem tomma inför mötet, eller ifyllda med svaren från en arbetsyta.',
  'sheet.duration': 'Cirka {n} minuter',
  'sheet.related': 'Hör ihop med arbetsbladet',
  'sheet.exercises': 'Övningar som använder bladet',
} as const;

export const wpst = translator(worksheetPageStrings);
