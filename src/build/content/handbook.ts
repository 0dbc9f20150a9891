/**
 * The handbook as the pages see it: every collection loaded once per build, checked for consistency
 * (content-integrity.ts) and put in reading order. Any page that imports this fails the build on a
 * broken reference, naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity, currentEditionId, type IntegrityEntry, type IntegrityInput } from './content-integrity';
import { contentDir } from './content-dir';
import { urls } from '../../shared/urls';
import { pt } from '../../i18n/pages';

export type Chapter = CollectionEntry<'chapters'>;
export type Worksheet = CollectionEntry<'worksheets'>;
export type Exercise = CollectionEntry<'exercises'>;
export type Method = CollectionEntry<'methods'>;
export type Example = CollectionEntry<'examples'>;
export type Role = CollectionEntry<'roles'>;
export type Edition = CollectionEntry<'editions'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type LawEntry = CollectionEntry<'law'>;

export interface Handbook {
  chapters: Chapter[];
  worksheets: Worksheet[];
  exercises: Exercise[];
  methods: Method[];
  examples: Example[];
  roles: Role[];
  /** Oldest first. */
  editions: Edition[];
  currentEdition: Edition;
  glossary: GlossaryEntry[];
  law: LawEntry[];
}

const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);
const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'sv');

let loading: Promise<Handbook> | undefined;

export function getHandbook(): Promise<Handbook> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Handbook> {
  const [chapters, worksheets, exercises, methods, examples, roles, editions, glossary, law] = await Promise.all([
    getCollection('chapters'),
    getCollection('worksheets'),
    getCollection('exercises'),
    getCollection('methods'),
    getCollection('examples'),
    getCollection('roles'),
    getCollection('editions'),
    getCollection('glossary'),
    getCollection('law'),
  ]);
  const base = contentDir().replace(/^\.\//, '');
  const docs = (folder: string, list: { id: string; data: object; body?: string | undefined; filePath?: string | undefined }[]): IntegrityEntry[] =>
    list.map((e) => ({ id: e.id, file: e.filePath ?? `${base}/${folder}/${e.id}.mdx`, data: e.data as Record<string, unknown>, body: e.body }));
  const data = (file: string, list: { id: string; data: object }[]): IntegrityEntry[] =>
    list.map((e) => ({ id: e.id, file: `${base}/${file}`, data: e.data as Record<string, unknown> }));
  const input: IntegrityInput = {
    chapters: docs('chapters', chapters),
    worksheets: docs('worksheets', worksheets),
    exercises: docs('exercises', exercises),
    methods: docs('methods', methods),
    examples: docs('examples', examples),
    roles: docs('roles', roles),
    editions: data('editions.yaml', editions),
    glossary: data('glossary.yaml', glossary),
    law: data('law.yaml', law),
  };
  assertContentIntegrity(input);
  const currentId = currentEditionId(input.editions);
  const sortedEditions = [...editions].sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
  return {
    chapters: chapters.sort(byOrder),
    worksheets: worksheets.sort(byOrder),
    exercises: exercises.sort(byOrder),
    methods: methods.sort(byTitle),
    examples: examples.sort((a, b) => a.data.step - b.data.step || byTitle(a, b)),
    roles: roles.sort(byOrder),
    editions: sortedEditions,
    currentEdition: sortedEditions.find((e) => e.id === currentId)!,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv')),
    law,
  };
}

/** Edition ids oldest first. */
export const editionOrder = (hb: Handbook) => hb.editions.map((e) => e.id);

/** Whether a chapter exists in an edition (frontmatter `editions`, default all). */
export const chapterInEdition = (chapter: Chapter, edition: string) => !chapter.data.editions || chapter.data.editions.includes(edition);

const inEditionLists = new WeakMap<Handbook, Map<string, Chapter[]>>();
/** The chapters of an edition in reading order, once per build: every chapter page asks for its edition's list. */
export function chaptersInEdition(hb: Handbook, edition: string): Chapter[] {
  let lists = inEditionLists.get(hb);
  if (!lists) inEditionLists.set(hb, (lists = new Map()));
  let list = lists.get(edition);
  if (!list) lists.set(edition, (list = hb.chapters.filter((c) => chapterInEdition(c, edition))));
  return list;
}

/** URL of a chapter in an edition: the current edition has the root URL space. */
export function chapterUrl(hb: Handbook, id: string, edition: string = hb.currentEdition.id): string {
  return edition === hb.currentEdition.id ? urls.chapter(id) : urls.chapter(id, edition);
}

/** How readers see a law provision's name: the paragraph number only when it is verified. */
export function lawLabel(provision: LawEntry): string {
  return provision.data.verified && /§/.test(provision.data.paragraph)
    ? `${provision.data.paragraph} ${provision.data.heading.toLowerCase()}`
    : pt('law.provision', { heading: provision.data.heading.toLowerCase() });
}
