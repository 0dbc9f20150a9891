/**
 * UI strings of the storage layer (src/shared/storage, src/client/storage): limits, full storage, bad
 * saved data, other tabs, "Exportera allt" / "Återställ" and the storage meter.
 */
import { translator } from './fill';

export const storageStrings = {
  // Why a saved value could not be read (shown with the download offer)
  'storage.bad.json': 'datan är inte giltig JSON',
  'storage.bad.version': 'datan har version {found}, men den här versionen av handboken kan bara läsa version {expected}',
  'storage.bad.shape': 'datan har fel form ({where})',
  'storage.problem': 'Sparad data kunde inte läsas: {what}, {reason}. Den har flyttats åt sidan och finns kvar på enheten.',
  'storage.problem.stuck': 'Sparad data kunde inte läsas: {what}, {reason}. Den ligger kvar orörd (lagringen är full, så den kunde inte flyttas), och inget skrivs över den.',
  'storage.problem.download': 'Ladda ner den oläsbara datan',
  'storage.what.workspaces': 'listan över arbetsytor',
  'storage.what.answers': 'svaren i en arbetsyta',
  'storage.what.selfcheck': 'egenkontrollen',
  'storage.what.settings': 'inställningarna',
  'storage.what.workshops': 'de sparade workshopparna',
  'storage.what.draft': 'workshoputkastet',
  'storage.what.statistics': 'statistiken i en arbetsyta',
  'storage.what.documents': 'dokumentinställningarna i en arbetsyta',
  'storage.what.run': 'en workshopkörning och dess anteckningar',

  // Limits (the same when writing as when reading)
  'storage.limit.text': 'texten har {length} tecken, högst {max} får plats',
  'storage.limit.rows': '{rows} rader, högst {max} får plats',
  'storage.limit.items': 'för många värden (högst {max})',
  'storage.limit.logo': 'logotypen är större än {max} kB',
  'storage.bad.logo': 'logotypen är inte en PNG- eller JPEG-bild',
  'storage.field.tooLong': 'Svaret är för långt: {length} tecken av högst {max}. Det sparas inte förrän du har kortat det.',
  'storage.field.counter': '{length} av högst {max} tecken.',
  'storage.field.notSaved': 'Inte allt är sparat: ett svar är för långt (högst {max} tecken). Korta det, så sparas det.',
  'storage.leave.warning': 'Lämnar du sidan nu går det som inte är sparat förlorat.',
  'storage.field.rowsFull': 'Tabellen har {max} rader, det största antalet som får plats.',

  // Full or blocked storage
  'storage.full': 'Inte sparat: lagringsutrymmet på enheten är fullt. Ladda ner dina data som fil (”Ladda ner allt”), ta bort något du inte behöver och försök igen. Det du skrev finns kvar på sidan.',
  'storage.blocked': 'Inte sparat: webbläsaren tillåter inte att något sparas på enheten.',

  // Other tabs
  'storage.tab.deleted': 'Arbetsytan ”{name}” togs bort i en annan flik. Det du har skrivit här finns kvar på sidan men sparas inte.',
  'storage.tab.keep': 'Spara texten i en ny arbetsyta',
  'storage.tab.kept': 'Texten är sparad i den nya arbetsytan ”{name}”.',
  'storage.tab.renamed': 'Arbetsytan heter nu ”{name}” (ändrat i en annan flik).',
  'storage.tab.updated': 'Svaren uppdaterades från en annan flik.',

  // Everything in one file
  'storage.ok': 'OK',
  'storage.all.title': 'Alla dina sparade data',
  'storage.all.export': 'Ladda ner allt som fil för att flytta eller spara',
  'storage.all.restore': 'Återställ från fil …',
  'storage.all.exported': 'Allt du har sparat (arbetsytor, egenkontroll, workshoppar och anteckningar) är nedladdat som fil.',
  'storage.all.restored': 'Återställt: {n} sparade poster från filen.',
  'storage.all.restoredKept': '{n} poster som redan fanns med annat innehåll har flyttats åt sidan och finns kvar att ladda ner.',
  'storage.all.refused': 'Filen kunde inte återställas: {reason}',
  'storage.all.notBackup': 'filen är inte en säkerhetskopia från Samverkanshandboken',
  'storage.all.badEntry': 'posten {key} har fel innehåll ({reason})',
  'storage.all.unknownKey': 'posten {key} hör inte till handboken',
  'storage.meter': 'Sparat på enheten: {used}. Ledigt utrymme: ungefär {free}.',
  'storage.meter.unknown': 'Sparat på enheten: {used}.',

  // Import of one arbetsyta
  'storage.import.wrongType': '{n} värden i filen har fel typ för sitt fält och importeras inte: {fields}.',
  'storage.import.tooMany': 'Filen har för många värden ({n}); högst {max} går att importera.',
  'storage.name.copy': '{name} ({n})',

  // Workshops on their own
  'storage.workshops.export': 'Ladda ner workshopparna som fil för att flytta dem',
  'storage.workshops.import': 'Hämta workshoppar från fil …',
  'storage.workshops.imported': '{n} workshoppar hämtade från filen.',
  'storage.workshops.notFile': 'filen är inte en export av workshoppar från Samverkanshandboken',
  'storage.reason.tooLarge': 'filen är större än {size}',
  'storage.reason.notText': 'ingen text',
  'storage.reason.oldCopy': 'en äldre kopia, sparad innan handboken bytte lagringsnyckel',
  'storage.reason.tooMany': 'högst {n} poster',
} as const;

export const sst = translator(storageStrings);
