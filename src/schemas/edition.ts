import { z } from 'astro/zod';

/** An edition of the handbook (content/editions.yaml). */
export const EditionSchema = z.object({
  /** The edition's id, also its URL segment for archived editions: /utgava/<id>/. */
  id: z.string().regex(/^\d{4}$/, 'ska vara ett årtal, t.ex. "2024"'),
  title: z.string(),
  date: z.coerce.date(),
  /** Exactly one edition is current; archived editions are built under /utgava/<id>/. */
  status: z.enum(['current', 'archived']),
  description: z.string(),
});
export type Edition = z.infer<typeof EditionSchema>;
