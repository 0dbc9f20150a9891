import { z } from 'astro/zod';
import { DocumentBaseSchema, StepSchema, idList } from './common';

/** A worksheet (content/worksheets/<id>.mdx): fillable fields in MDX, described here. */
export const WorksheetSchema = DocumentBaseSchema.extend({
  step: StepSchema,
  order: z.number().int().nonnegative(),
  /** What the sheet helps the group do. */
  purpose: z.string().min(10),
  durationMinutes: z.number().int().positive(),
  groupSize: z.string(),
  chapters: idList('chapters'),
  methods: idList('methods'),
  law: idList('law'),
});
export type WorksheetData = z.infer<typeof WorksheetSchema>;
