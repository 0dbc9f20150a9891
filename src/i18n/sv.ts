/**
 * Every UI string readers see, in one table, with flat dotted keys. Content text lives in content/;
 * this is the handbook's own chrome. `t()` fills {placeholders}; a missing key is a type error.
 * The strings the search code shows in the browser live in search.ts and are spread in here, so that
 * code does not download the whole table; workshop mode's are in workshop.ts (wt()).
 */
import { translator } from './fill';
import { searchStrings } from './search';
import { worksheetStrings } from './worksheet';
import { offlineStrings } from './offline';
import { designStrings } from './design';
import { revisionStrings } from './revisions';
import { methodFilterStrings } from './method-filters';
import { diffStrings } from './diff';
import { siteStrings } from './site';

export const sv = {
  ...searchStrings,
  ...worksheetStrings,
  ...offlineStrings,
  ...designStrings,
  ...revisionStrings,
  ...methodFilterStrings,
  ...diffStrings,
  ...siteStrings,
  'site.tagline': 'Samverkan i lokalt brottsförebyggande arbete – med Kommuner mot brott',
  'site.description':
    'En fri, digital handbok för kommuner, polis och länsstyrelser om samverkan i lokalt brottsförebyggande arbete, uppdaterad för Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
  'a11y.skip': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.chapters': 'Kapitel',
  'nav.worksheets': 'Arbetsblad',
  'nav.exercises': 'Övningar',
  'nav.workshop': 'Workshop',
  'nav.methods': 'Metodbank',
  'nav.glossary': 'Ordlista',
  'nav.law': 'Lagen',
  'nav.roles': 'Din roll',
  'nav.examples': 'Goda exempel',
  'nav.news': 'Vad är nytt',
  'nav.home': 'Startsida',
  'breadcrumb.label': 'Du är här',
  'search.label': 'Sök i handboken',
  'search.placeholder': 'Sök, t.ex. lägesbild',
  'search.submit': 'Sök',
  'search.title': 'Sök i handboken',
  'search.query': 'Sökord',
  'search.filter.typ': 'Typ',
  'search.filter.steg': 'Steg',
  'search.filter.roll': 'Roll',
  'search.filter.utgava': 'Utgåva',
  'search.prompt': 'Skriv ett eller flera ord. Böjningar, sammansättningar och stavning utan å, ä och ö hittas också.',
  'search.empty.suggest': 'Menade du något av det här från ordlistan?',
  'search.empty.tips': 'Prova ett kortare ord, en annan böjning eller ett ord från ordlistan.',
  'search.more': 'Visa fler träffar',
  'footer.about': 'Om handboken',
  'footer.a11y': 'Tillgänglighetsredogörelse',
  'footer.privacy': 'Allt du fyller i sparas bara på din enhet. Handboken använder inga kakor och skickar inga uppgifter vidare.',
  'chapter.updated': 'Senast uppdaterad',
  'chapter.toc': 'Innehåll i kapitlet',
  'chapter.prev': 'Föregående kapitel',
  'chapter.next': 'Nästa kapitel',
  'chapter.sources': 'Källor och vidare läsning',
  'chapter.related': 'Hör ihop med kapitlet',
  'chapter.history': 'Ändringar i kapitlet',
  'chapter.examples': 'Goda exempel till steget',
  'chapter.audience': 'Särskilt för',
  'callout.tips': 'Tips',
  'callout.exempel': 'Exempel',
  'callout.checklista': 'Checklista',
  'callout.lagkrav': 'Lagkrav',
  'process.title': 'Samverkansprocessen i fem steg',
  'process.cycle': 'Efter steg 5 börjar arbetet om från steg 1 med ny kunskap.',
  'process.current': 'du är här',
  'home.jobs': 'Vad vill du göra?',
  'home.read': 'Läsa handboken',
  'home.read.text': 'Kapitel för kapitel, från grunderna till uppföljning.',
  'home.search': 'Söka',
  'home.search.text': 'Hitta metoder, kapitel och arbetsblad – även utan nät.',
  'home.worksheets': 'Fylla i arbetsblad',
  'home.worksheets.text': 'Fyll i på skärmen, spara på enheten och skriv ut på A4.',
  'home.workshop': 'Leda en workshop',
  'home.workshop.text': 'Övningar med tidtagning, anteckningar och projektorvy.',
  'home.roles': 'Jag arbetar med …',
  'home.law': 'Kommuner mot brott',
  'notfound.title': 'Sidan finns inte',
  'edition.current': 'Gällande utgåva',
  'edition.archived.banner': 'Du läser en äldre utgåva ({title}).',
  'edition.archived.link': 'Läs gällande text',
  'edition.switch': 'Utgåva',
  'revision.badge': 'Ny text {edition}',
  'revision.badge.removed': 'Struken {edition}',
  'revision.law': 'Lagstöd',
  'revision.old': 'Tidigare lydelse (utgåva {edition})',
  'revision.none': 'Passagen fanns inte i utgåva {edition}.',
} as const;

export type UiKey = keyof typeof sv;

export const t = translator(sv);
