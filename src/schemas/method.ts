import { z } from 'astro/zod';
import { DocumentBaseSchema, SourceSchema, StepSchema, idList } from './common';

export const METHOD_KINDS = ['social', 'situationell', 'bada', 'arbetssatt'] as const;
export const EVIDENCE_LEVELS = ['stark', 'mattlig', 'begransad', 'ej-tillamplig'] as const;

/** A method in the method bank (content/methods/<id>.mdx). */
export const MethodSchema = DocumentBaseSchema.extend({
  /** Social or situational prevention, both, or a working/analysis method. */
  kind: z.enum(METHOD_KINDS),
  steps: z.array(StepSchema).min(1),
  /** One sentence on what is known about effects. */
  evidence: z.string().min(10),
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
  chapters: idList('chapters'),
  worksheets: idList('worksheets'),
  sources: z.array(SourceSchema).min(1),
});
export type MethodData = z.infer<typeof MethodSchema>;
