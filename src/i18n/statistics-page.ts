/** Text of the statistics page's own markup; what its script writes is in statistics.ts (this file never reaches the browser). */
import { translator } from './fill';

export const statisticsPageStrings = {
  'title': 'Statistik för lägesbilden',
  'description': 'Importera kommunens egen statistik, se den som diagram med tabell och sammanfattning och ta med den i lägesbilden. Siffrorna stannar på din enhet.',
  'lead': 'Här gör du om en statistiktabell till diagram med tabell och en kort sammanfattning, och väljer vilka som ska med i {link}. Allt sparas i din arbetsyta på den här enheten. Ingenting skickas någonstans.',
  'lead.link': 'Sammanställning av lägesbilden',
  'needsJs': 'Import och diagram kräver JavaScript. Hjälptexten längre ned går att läsa ändå.',
  'step1.title': '1. Hämta in en tabell',
  'step1.text': 'Välj en fil som du har laddat ner, till exempel från Brås statistikdatabas eller Kolada, eller klistra in en tabell från ett kalkylark.',
  'file.label': 'Fil (CSV, Excel .xlsx eller JSON från Kolada)',
  'file.hint': 'CSV kan vara avgränsad med semikolon, tabb eller kommatecken och sparad som UTF-8 eller som Excel sparar den på svenska (Windows-1252). Högst 5 MB och 20 000 rader.',
  'paste.label': 'Eller klistra in en tabell',
  'paste.hint': 'Markera cellerna i kalkylarket, kopiera och klistra in här. Första raden ska vara rubriker.',
  'paste.read': 'Läs den inklistrade tabellen',
  'sample.ask': 'Vill du prova först?',
  'sample.button': 'Hämta exempeldata för Strandvik (påhittade siffror)',
  'step2.title': '2. Koppla kolumnerna',
  'step2.text': 'Säg vilken kolumn som är område, period, mått och värde. Sidan har gissat utifrån rubrikerna – kontrollera gissningen innan du importerar.',
  'step3.title': '3. Importerade tabeller',
  'datasets.empty': 'Inga tabeller är importerade i den här arbetsytan än.',
  'threshold.label': 'Visa antal under den här gränsen som ”färre än …”',
  'threshold.hint': 'Statistikproducenter brukar inte redovisa mycket små antal, så att enskilda personer eller händelser inte kan pekas ut. Förvalt är',
  'step4.title': '4. Diagram',
  'charts.empty': 'Diagrammen visas här när du har importerat en tabell.',
  'help.title': 'Var hittar jag siffrorna, och vad visar de?',
  'sample.name': 'Strandvik – exempeldata (påhittade siffror)',
  'sample.source': 'Samverkanshandbokens påhittade exempel, inte verklig statistik',
  'selection.title': 'Diagram och tabeller ur statistiken',
  'selection.text': 'Välj diagram och tabeller på sidan {link}. De som du markerar med ”Ta med i lägesbilden” visas här och kommer med när du skriver ut bladet.',
  'selection.markdown': 'Ladda ner diagrammens tabeller som text',
} as const;

export const spt = translator(statisticsPageStrings);
