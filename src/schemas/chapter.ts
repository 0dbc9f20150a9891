import { z } from 'astro/zod';
import { DateSchema, DocumentBaseSchema, RoleIdSchema, SourceSchema, StepSchema, idList, ref } from './common';

export const PARTS = ['grunder', 'lagen', 'organisation', 'process', 'fordjupning'] as const;

/** One entry in a chapter's revision history. */
export const RevisionEntrySchema = z.object({
  date: DateSchema,
  /** Edition id from content/editions.yaml. */
  edition: ref('editions', z.string()),
  summary: z.string().min(10),
  /** Law provision ids that motivated the change. */
  law: idList('law'),
});

/**
 * The frontmatter fields that may read differently in an older edition. Each is optional: a field left
 * out reads as in the next newer edition (see src/build/content/edition-data.ts). No defaults here, on purpose:
 * a default would silently replace the newer value.
 */
export const EditionFieldsSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(20),
    updated: DateSchema,
    audience: z.array(RoleIdSchema),
    keywords: z.array(z.string()),
    methods: z.array(ref('methods')),
    worksheets: z.array(ref('worksheets')),
    exercises: z.array(ref('exercises')),
    law: z.array(ref('law')),
    sources: z.array(SourceSchema),
    revisions: z.array(RevisionEntrySchema),
  })
  .partial()
  .strict();
export type EditionFields = z.infer<typeof EditionFieldsSchema>;

/** A chapter (content/chapters/<id>.mdx). */
export const ChapterSchema = DocumentBaseSchema.extend({
  /** The part of the book the chapter belongs to. */
  part: z.enum(PARTS),
  /** The process step the chapter belongs to, if any. */
  step: StepSchema.optional(),
  /** Position in the reading order across the whole book. */
  order: z.number().int().nonnegative(),
  /** Editions the chapter exists in; default: all. */
  editions: z.array(ref('editions', z.string())).optional(),
  methods: idList('methods'),
  worksheets: idList('worksheets'),
  exercises: idList('exercises'),
  /** Law provision ids the chapter helps fulfil. */
  law: idList('law'),
  sources: z.array(SourceSchema).default([]),
  revisions: z.array(RevisionEntrySchema).default([]),
  /**
   * How the frontmatter read in older editions, by edition id: `byEdition: { "2020": { summary: …, updated: … } }`.
   * The top-level fields are the current edition's.
   */
  byEdition: z.record(ref('editions', z.string().regex(/^\d{4}$/, 'ska vara ett årtal, t.ex. "2020"')), EditionFieldsSchema).default({}),
});
export type ChapterData = z.infer<typeof ChapterSchema>;
