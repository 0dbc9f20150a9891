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
} from './schemas';
import { contentDir } from './build/content/content-dir';

const base = contentDir();
const mdx = (folder: string) => glob({ pattern: '*.{md,mdx}', base: `${base}/${folder}` });

export const collections = {
  chapters: defineCollection({ loader: mdx('chapters'), schema: ChapterSchema }),
  worksheets: defineCollection({ loader: mdx('worksheets'), schema: WorksheetSchema }),
  exercises: defineCollection({ loader: mdx('exercises'), schema: ExerciseSchema }),
  methods: defineCollection({ loader: mdx('methods'), schema: MethodSchema }),
  examples: defineCollection({ loader: mdx('examples'), schema: ExampleSchema }),
  roles: defineCollection({ loader: mdx('roles'), schema: RoleSchema }),
  editions: defineCollection({ loader: file(`${base}/editions.yaml`), schema: EditionSchema }),
  glossary: defineCollection({ loader: file(`${base}/glossary.yaml`), schema: GlossaryTermSchema }),
  law: defineCollection({ loader: file(`${base}/law.yaml`), schema: LawProvisionSchema }),
};
