/** Each content collection's schema, by collection name: what src/content.config.ts loads and the content check walks. */
import type { z } from 'astro/zod';
import type { CollectionName } from './common';
import { ChapterSchema } from './chapter';
import { EditionSchema } from './edition';
import { ExampleSchema } from './example';
import { ExerciseSchema } from './exercise';
import { GlossaryTermSchema } from './glossary';
import { LawProvisionSchema } from './law';
import { MethodSchema } from './method';
import { RoleSchema } from './role';
import { WorksheetSchema } from './worksheet';

export const COLLECTION_SCHEMAS: Record<CollectionName, z.ZodType> = {
  chapters: ChapterSchema,
  worksheets: WorksheetSchema,
  exercises: ExerciseSchema,
  methods: MethodSchema,
  examples: ExampleSchema,
  roles: RoleSchema,
  editions: EditionSchema,
  glossary: GlossaryTermSchema,
  law: LawProvisionSchema,
};

/** Where a collection's entries live in the content folder: a folder of MDX pages, or one YAML file holding a list. */
export type CollectionSource = { folder: string } | { file: string };

/** Each collection's source, by collection name: what src/content.config.ts loads and the content check reads. */
export const COLLECTION_SOURCES: Record<CollectionName, CollectionSource> = {
  chapters: { folder: 'chapters' },
  worksheets: { folder: 'worksheets' },
  exercises: { folder: 'exercises' },
  methods: { folder: 'methods' },
  examples: { folder: 'examples' },
  roles: { folder: 'roles' },
  editions: { file: 'editions.yaml' },
  glossary: { file: 'glossary.yaml' },
  law: { file: 'law.yaml' },
};

/** The file names a folder collection reads (Astro's glob loader in src/content.config.ts). */
export const PAGE_FILE = /\.mdx?$/;
