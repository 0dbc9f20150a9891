/**
 * UI strings the search code shows in the browser. Part of the handbook's one string table (sv.ts
 * spreads them in, so pages use t() for them too), kept in their own module so the search code that
 * a first search downloads carries these and not the whole table.
 */
import { translator } from './fill';

export const searchStrings = {
  'search.loading': 'Söker …',
  'search.filters.toggle': 'Filtrera',
  'search.filters.active.one': '1 valt',
  'search.filters.active': '{n} valda',
  'search.error': 'Sökningen kunde inte laddas. Ladda om sidan och försök igen.',
  'search.count': '{n} träffar för ”{q}”',
  'search.count.one': '1 träff för ”{q}”',
  'search.count.filters': '{n} träffar för de valda avgränsningarna',
  'search.count.filters.one': '1 träff för de valda avgränsningarna',
  'search.empty': 'Inga träffar för ”{q}”.',
  'search.empty.filtersOnly': 'Inga träffar för de valda avgränsningarna.',
  'search.empty.filters': 'Prova att ta bort några avgränsningar.',
  'search.empty.fewerWords': 'Prova med färre ord, eller sök på ett ord i taget.',
  'search.partial.each': 'Sök på varje ord för sig:',
  'search.partial.eachPart': 'Sök på varje del för sig:',
  'search.partial.parts': 'Få sidor innehöll hela ordet. Efter dem visas sidor med delar av det.',
  'search.partial.none': 'Inga sidor innehöll alla orden. Visar sidor med några av dem.',
  'search.partial.few': 'Bara {n} sidor innehöll alla orden; de visas först. Efter dem kommer sidor med några av orden.',
  'search.partial.few.one': 'Bara en sida innehöll alla orden; den visas först. Efter den kommer sidor med några av orden.',
  'search.hit.failed': 'En träff kunde inte hämtas. Kontrollera anslutningen och sök igen.',
  'search.hit.excerptFailed': 'Utdraget kunde inte hämtas. Kontrollera anslutningen och sök igen.',
  'search.hit.sections': 'Avsnitt med träffar i {title}',
  'search.hit.step': 'Steg {n}',
  'search.hit.edition': 'Utgåva {edition}',
  'search.quick': 'Snabbträffar',
  'search.quick.all': 'Visa alla {n} träffar för ”{q}”',
  'search.quick.failed': 'Träffarna kunde inte hämtas just nu.',
  'search.quick.count': '{n} träffar',
  'search.quick.none': 'Inga träffar',
  'type.chapter': 'Kapitel',
  'type.worksheet': 'Arbetsblad',
  'type.exercise': 'Övning',
  'type.method': 'Metod',
  'type.glossary': 'Ordlista',
  'type.example': 'Gott exempel',
  'type.role': 'Din roll',
  'type.law': 'Lagen',
  'type.page': 'Sida',
} as const;

export type SearchKey = keyof typeof searchStrings;

export const st = translator(searchStrings);

/** The type a page has in the search index (its `typ` filter value) → its string key. */
export const SEARCH_TYPE_KEYS: Record<string, SearchKey> = {
  kapitel: 'type.chapter',
  arbetsblad: 'type.worksheet',
  övning: 'type.exercise',
  metod: 'type.method',
  ordlista: 'type.glossary',
  'gott exempel': 'type.example',
  'din roll': 'type.role',
  lagen: 'type.law',
};
