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
