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
  'offline.offline.ready': 'Du är offline. Hela handboken finns sparad och fungerar ändå.',
  'offline.update.text': 'En ny version av handboken finns.',
  'offline.update.button': 'Uppdatera',
  'offline.update.busy': 'Uppdaterar …',

  // The offline control's label and details (src/lib/offline-state.ts)
  'offline.network.on': 'Ansluten till internet',
  'offline.network.off': 'Ingen internetanslutning',
  'offline.copy.unsupported': 'Webbläsaren kan inte spara handboken för läsning utan nät.',
  'offline.copy.installing': 'Handboken sparas för läsning utan nät …',
  'offline.copy.ready': 'Hela handboken finns sparad på enheten och fungerar utan nät.',
  'offline.copy.error': 'Handboken kunde inte sparas för läsning utan nät. Försök igen senare.',
  'offline.detail.version': 'Version: {version}',
  'offline.detail.versionFiles': 'Version: {version} ({files} filer)',
  'offline.detail.usage': 'Använder {size} på enheten.',
  'offline.detail.usagePersisted': 'Använder {size} på enheten, skyddat från automatisk rensning.',
  'offline.detail.update': 'En ny version finns och väntar på att du uppdaterar.',
  'offline.label.offlineReady': 'Offline – allt finns sparat',
  'offline.label.offline': 'Offline',
  'offline.label.ready': 'Sparad för offline',
  'offline.label.installing': 'Sparar för offline …',
  'offline.label.online': 'Online',
} as const;

export type OfflineKey = keyof typeof offlineStrings;

export const ot = translator(offlineStrings);
