import { z } from 'astro/zod';
import { IdSchema } from './common';

/** One provision of Lag (2023:196) (content/law.yaml). */
export const LawProvisionSchema = z.object({
  id: IdSchema,
  /** Paragraph as printed in SFS, e.g. "4 §". Shown to readers only when `verified` is true. */
  paragraph: z.string(),
  /** True when the paragraph number has been checked against the SFS text. */
  verified: z.boolean(),
  heading: z.string(),
  /** What the provision requires, in plain Swedish. */
  summary: z.string().min(20),
  /** Checkable items for the municipality's self-check list on /lagen/. */
  duties: z.array(z.string()).min(1),
  source: z.url(),
});
export type LawProvision = z.infer<typeof LawProvisionSchema>;
