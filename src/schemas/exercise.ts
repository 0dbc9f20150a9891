import { z } from 'astro/zod';
import { DocumentBaseSchema, StepSchema, idList } from './common';

/** One timed step of an exercise. */
export const ExerciseStepSchema = z.object({
  title: z.string(),
  minutes: z.number().int().positive().max(240),
  /** What participants see (projector view). Plain text; blank lines split paragraphs, "- " starts a list item. */
  instructions: z.string().min(10),
  /** Facilitator notes: what to say, pitfalls, silence or conflict. Never shown on the projector. */
  facilitator: z.string().min(10),
});
export type ExerciseStep = z.infer<typeof ExerciseStepSchema>;

/** A workshop exercise (content/exercises/<id>.mdx). */
export const ExerciseSchema = DocumentBaseSchema.extend({
  step: StepSchema,
  order: z.number().int().nonnegative(),
  purpose: z.string().min(10),
  /** What the group has afterwards. */
  outcome: z.string().min(10),
  groupSize: z.string(),
  /** Who takes part, in words (e.g. "Kommunpolis"). */
  participants: z.array(z.string()).min(1),
  materials: z.array(z.string()).default([]),
  preparation: z.array(z.string()).default([]),
  worksheets: idList('worksheets'),
  chapters: idList('chapters'),
  methods: idList('methods'),
  law: idList('law'),
  steps: z.array(ExerciseStepSchema).min(3).max(8),
});
export type ExerciseData = z.infer<typeof ExerciseSchema>;
