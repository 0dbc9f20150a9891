/**
 * Every address on the site, in one place: pages link with these, the client and the service worker
 * fetch and compare with them, and the content test checks links against them. A page that moves
 * changes here and nowhere else (the page files under src/pages/ must move with it).
 */

/** A chapter in the current edition, or in an archived edition (which has its own URL space). */
export function chapterUrl(id: string, archivedEdition?: string): string {
  return archivedEdition ? `/utgava/${archivedEdition}/kapitel/${id}/` : `/kapitel/${id}/`;
}

/** Where archived editions live; no page of its own, a prefix to tell their pages apart. */
export const ARCHIVE_PREFIX = '/utgava/';

export const urls = {
  home: '/',
  chapters: '/kapitel/',
  chapter: chapterUrl,
  /** A chapter's text compared between two editions. */
  comparison: (chapterId: string, from: string, to: string) => `/kapitel/${chapterId}/jamfor/${from}-${to}/`,
  edition: (edition: string) => `/utgava/${edition}/`,
  editionNews: (edition: string) => `/utgava/${edition}/vad-ar-nytt/`,
  news: '/vad-ar-nytt/',
  steps: '/steg/',
  step: (step: number | string) => `/steg/${step}/`,
  methods: '/metoder/',
  method: (id: string) => `/metoder/${id}/`,
  worksheets: '/arbetsblad/',
  worksheet: (id: string) => `/arbetsblad/${id}/`,
  stepWorksheets: (step: number | string) => `/arbetsblad/steg-${step}/`,
  /** The field catalogue an import reads (src/pages/arbetsblad/falt.json.ts). */
  worksheetFields: '/arbetsblad/falt.json',
  exercises: '/ovningar/',
  exercise: (id: string) => `/ovningar/${id}/`,
  examples: '/goda-exempel/',
  example: (id: string) => `/goda-exempel/${id}/`,
  roles: '/roller/',
  role: (id: string) => `/roller/${id}/`,
  glossary: '/ordlista/',
  term: (id: string) => `/ordlista/#${id}`,
  law: '/lagen/',
  provision: (id: string) => `/lagen/#${id}`,
  search: '/sok/',
  statistics: '/statistik/',
  /** The röd tråd of an arbetsyta: problem → orsak → åtgärd → indikator, with its gaps. */
  chain: '/dokument/rod-trad/',
  /** Documents assembled from an arbetsyta's worksheets (lägesbild, åtgärdsplan, …). */
  documents: '/dokument/',
  document: (kind: string) => `/dokument/${kind}/`,
  offline: '/offline/',
  /** The page the service worker answers with when a page is neither saved nor reachable. */
  offlineFallback: '/offline/index.html',
  accessibility: '/tillganglighet/',
  wholeBook: '/hela-handboken/',
  workshop: '/workshop/',
  workshopRun: '/workshop/kor/',
  workshopProjector: '/workshop/projektor/',
  workshopPrint: '/workshop/utskrift/',
  workshopDocumentation: '/workshop/dokumentation/',
  workshopData: '/workshop/data.json',
} as const;

/** The workshop pages a saved workshop or an exercise opens in (workshopHref in workshop.ts). */
export type WorkshopPage = typeof urls.workshopRun | typeof urls.workshopPrint | typeof urls.workshopDocumentation | typeof urls.workshopProjector;

/** Pages without an id that content may link to. */
export const STATIC_PAGES: readonly string[] = [
  urls.home,
  urls.chapters,
  urls.methods,
  urls.worksheets,
  urls.exercises,
  urls.examples,
  urls.roles,
  urls.glossary,
  urls.statistics,
  urls.chain,
  urls.documents,
  urls.law,
  urls.search,
  urls.news,
  urls.workshop,
  ...[1, 2, 3, 4, 5].flatMap((n) => [urls.step(n), urls.stepWorksheets(n)]),
];
