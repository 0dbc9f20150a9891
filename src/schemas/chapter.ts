import { z } from 'astro/zod';
import { DateSchema, DocumentBaseSchema, SourceSchema, StepSchema, idList } from './common';

export const PARTS = ['grunder', 'lagen', 'organisation', 'process', 'fordjupning'] as const;

/** One entry in a chapter's revision history. */
export const RevisionEntrySchema = z.object({
  date: DateSchema,
  /** Edition id from content/editions.yaml. */
  edition: z.string(),
  summary: z.string().min(10),
  /** Law provision ids that motivated the change. */
  law: idList(),
});

/** A chapter (content/chapters/<id>.mdx). */
export const ChapterSchema = DocumentBaseSchema.extend({
  /** The part of the book the chapter belongs to. */
  part: z.enum(PARTS),
  /** The process step the chapter belongs to, if any. */
  step: StepSchema.optional(),
  /** Position in the reading order across the whole book. */
  order: z.number().int().nonnegative(),
  /** Editions the chapter exists in; default: all. */
  editions: z.array(z.string()).optional(),
  methods: idList(),
  worksheets: idList(),
  exercises: idList(),
  /** Law provision ids the chapter helps fulfil. */
  law: idList(),
  sources: z.array(SourceSchema).default([]),
  revisions: z.array(RevisionEntrySchema).default([]),
});
export type ChapterData = z.infer<typeof ChapterSchema>;
