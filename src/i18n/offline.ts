/**
 * UI strings the offline code (service-worker registration, update banner) shows in the browser. Part
 * of the handbook's one string table (sv.ts spreads them in, so pages use t() for them too), kept in
 * their own module so the offline code that every page loads carries these and not the whole table.
 */
import { fill } from './fill';

export const offlineStrings = {
  'offline.persist': 'Skydda den sparade kopian',
  'offline.ready': 'Handboken finns nu tillgänglig offline (version {version}).',
  'offline.online': 'Du är ansluten igen.',
  'offline.offline': 'Du är offline.',
  'offline.offline.ready': 'Du är offline. Hela handboken finns sparad och fungerar ändå.',
  'offline.update.text': 'En ny version av handboken finns.',
  'offline.update.button': 'Uppdatera',
  'offline.update.busy': 'Uppdaterar …',
} as const;

export type OfflineKey = keyof typeof offlineStrings;

export function ot(key: OfflineKey, params: Record<string, string | number> = {}): string {
  return fill(key, offlineStrings[key], params);
}
