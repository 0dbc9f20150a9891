/**
 * Content collections over the top-level content/ folder. HANDBOOK_CONTENT_DIR points the build at
 * another folder (the benchmark's 1 000-chapter corpus, the build tests' broken fixtures).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  ChapterSchema,
  EditionSchema,
  ExampleSchema,
  ExerciseSchema,
  GlossaryTermSchema,
  LawProvisionSchema,
  MethodSchema,
  RoleSchema,
  WorksheetSchema,
  COLLECTION_SOURCES,
  type CollectionName,
} from './schemas';
import { contentDir } from './build/content/content-dir';

const base = contentDir();
/** The loader for a collection's declared source (src/schemas/collections.ts): a folder of MDX pages or a YAML list. */
const load = (name: CollectionName) => {
  const source = COLLECTION_SOURCES[name];
  return 'folder' in source ? glob({ pattern: '*.{md,mdx}', base: `${base}/${source.folder}` }) : file(`${base}/${source.file}`);
};

export const collections = {
  chapters: defineCollection({ loader: load('chapters'), schema: ChapterSchema }),
  worksheets: defineCollection({ loader: load('worksheets'), schema: WorksheetSchema }),
  exercises: defineCollection({ loader: load('exercises'), schema: ExerciseSchema }),
  methods: defineCollection({ loader: load('methods'), schema: MethodSchema }),
  examples: defineCollection({ loader: load('examples'), schema: ExampleSchema }),
  roles: defineCollection({ loader: load('roles'), schema: RoleSchema }),
  editions: defineCollection({ loader: load('editions'), schema: EditionSchema }),
  glossary: defineCollection({ loader: load('glossary'), schema: GlossaryTermSchema }),
  law: defineCollection({ loader: load('law'), schema: LawProvisionSchema }),
};
