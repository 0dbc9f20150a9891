import { z } from 'astro/zod';
import { AliasesSchema, DateSchema, SourceSchema, StepSchema, idList } from './common';

/** A good example from practice (content/examples/<id>.mdx). */
export const ExampleSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20),
  place: z.string(),
  period: z.string(),
  /** The step of the process it illustrates best. */
  step: StepSchema,
  chapters: idList('chapters'),
  methods: idList('methods'),
  actors: z.array(z.string()).min(1),
  evidenceLevel: z.enum(['stark', 'mattlig', 'begransad', 'okand']),
  keywords: z.array(z.string()).default([]),
  aliases: AliasesSchema,
  updated: DateSchema,
  sources: z.array(SourceSchema).min(1),
});
export type ExampleData = z.infer<typeof ExampleSchema>;
