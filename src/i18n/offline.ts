/**
 * UI strings the offline code (service-worker registration, update banner) shows in the browser. Part
 * of the handbook's one string table (sv.ts spreads them in, so pages use t() for them too), kept in
 * their own module so the offline code that every page loads carries these and not the whole table.
 */
import { translator } from './fill';

export const offlineStrings = {
  'offline.persist': 'Skydda den sparade kopian',
  'offline.ready': 'Handboken finns nu tillgänglig offline (version {version}).',
  'offline.online': 'Du är ansluten igen.',
  'offline.offline': 'Du är offline.',
  'offline.offline.ready': 'Du är offline. Den gällande utgåvan finns sparad och fungerar ändå.',
  'offline.update.text': 'En ny version av handboken finns.',
  'offline.update.button': 'Uppdatera',
  'offline.update.busy': 'Uppdaterar …',
  'offline.update.elsewhere': 'Handboken har uppdaterats i en annan flik. Uppdatera den här sidan också.',
  'offline.retry': 'Försök igen',
  'offline.save': 'Spara handboken offline',
  'offline.save.size': 'Spara handboken offline ({size})',

  // The offline control's label and details (src/shared/offline-state.ts)
  'offline.network.on': 'Ansluten till internet',
  'offline.network.off': 'Ingen internetanslutning',
  'offline.copy.unsupported': 'Webbläsaren kan inte spara handboken för läsning utan nät.',
  'offline.copy.ask': 'Handboken är inte sparad för läsning utan nät. Webbläsaren sparar data, så handboken laddas inte ned förrän du ber om det.',
  'offline.copy.installing': 'Handboken sparas för läsning utan nät …',
  'offline.copy.ready': 'Den gällande utgåvan finns sparad på enheten och fungerar utan nät.',
  'offline.copy.error': 'Handboken är inte sparad för läsning utan nät.',
  'offline.failed.install': 'Det gick inte att spara handboken: {why}.',
  'offline.failed.update': 'Den nya versionen kunde inte sparas: {why}. Den sparade kopian fungerar som förut.',
  'offline.problem.network': 'anslutningen bröts medan filerna hämtades',
  'offline.problem.missing': 'en fil saknas på webbplatsen, som troligen har publicerats ofullständigt',
  'offline.problem.quota': 'det finns inte tillräckligt med lagringsutrymme på enheten',
  'offline.problem.sw-missing': 'webbplatsens offlinefil (sw.js) saknas',
  'offline.problem.sw-broken': 'webbplatsens offlinefil (sw.js) är trasig',
  'offline.problem.unknown': 'ett okänt fel inträffade',
  'offline.archive.none': 'Sidor ur äldre utgåvor sparas när du öppnar dem.',
  'offline.archive.one': 'Ur äldre utgåvor finns den sida du har öppnat sparad.',
  'offline.archive.some': 'Ur äldre utgåvor finns de {pages} sidor du har öppnat sparade.',
  'offline.copy.partial': 'Den gällande utgåvan finns sparad på enheten, utom {parts}.',
  'offline.save.all': 'Spara hela handboken offline ({size})',
  'offline.save.part': 'Spara {part} ({size})',
  'offline.progress': 'Sparar … {done} av {total} filer ({bytes} av {totalBytes}).',
  'offline.progress.label': 'Sparat hittills',
  'offline.parts.failed': 'Det gick inte att spara allt du valde: {why}.',
  'offline.part.kapitel': 'kapitlen',
  'offline.part.lagen': 'lagtexten',
  'offline.part.ordlista': 'ordlistan',
  'offline.part.steg': 'stegen',
  'offline.part.metoder': 'metoderna',
  'offline.part.arbetsblad': 'arbetsbladen',
  'offline.part.ovningar': 'övningarna',
  'offline.part.roller': 'rollerna',
  'offline.part.goda-exempel': 'de goda exemplen',
  'offline.part.vad-ar-nytt': 'nyheterna',
  'offline.part.workshop': 'workshopläget',
  'offline.part.sokutdrag': 'sökträffarnas utdrag',
  'offline.part.hela-handboken': 'hela handboken på en sida, för utskrift',
  'offline.compare': 'Jämförelserna mellan utgåvorna finns inte offline.',
  'offline.detail.version': 'Version: {version}',
  'offline.detail.versionFiles': 'Version: {version} ({files} filer)',
  'offline.detail.usage': 'Använder {size} på enheten.',
  'offline.detail.usagePersisted': 'Använder {size} på enheten, skyddat från automatisk rensning.',
  'offline.detail.update': 'En ny version finns och väntar på att du uppdaterar.',
  'offline.detail.updatedElsewhere': 'En ny version har öppnats i en annan flik; uppdatera den här sidan.',
  'offline.label.offlineReady': 'Offline – utgåvan finns sparad',
  'offline.label.failed': 'Kunde inte sparas för offline',
  'offline.label.updateFailed': 'Uppdateringen misslyckades',
  'offline.label.ask': 'Inte sparad för offline',
  'offline.label.offline': 'Offline',
  'offline.label.ready': 'Sparad för offline',
  'offline.label.installing': 'Sparar för offline …',
  'offline.label.online': 'Online',
} as const;

export type OfflineKey = keyof typeof offlineStrings;

export const ot = translator(offlineStrings);
