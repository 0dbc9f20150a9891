import { z } from 'astro/zod';
import { AliasesSchema, DateSchema, idList } from './common';

/** A role path (content/roles/<role-id>.mdx); the file name must be a role id. */
export const RoleSchema = z.object({
  title: z.string(),
  /** Short name for badges and filters. */
  short: z.string(),
  order: z.number().int().nonnegative(),
  summary: z.string().min(20),
  /** Chapters in the order this role should read them. */
  readingPath: idList('chapters'),
  questions: z.array(z.string()).length(3),
  law: idList('law'),
  aliases: AliasesSchema,
  updated: DateSchema,
});
export type RoleData = z.infer<typeof RoleSchema>;
