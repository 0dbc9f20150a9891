import { z } from 'astro/zod';
import { IdSchema, idList } from './common';

/** A glossary term (content/glossary.yaml). Synonyms feed search and must be unique across the file. */
export const GlossaryTermSchema = z.object({
  id: IdSchema,
  term: z.string(),
  definition: z.string().min(10),
  /** Other names and abbreviations, e.g. "KmB". Case-sensitive: "BRÅ" (lokalt råd) is not "Brå" (myndigheten). */
  synonyms: z.array(z.string()).default([]),
  related: idList('glossary'),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
