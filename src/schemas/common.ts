/**
 * Building blocks shared by every content schema. Each frontmatter field carries a JSDoc line:
 * the schema is the documentation (see content/README.md for the author's view).
 */
import { z } from 'astro/zod';

/** Lowercase ASCII words joined by hyphens: the shape of every id and every field id. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ska vara gemena a–z, siffror och bindestreck (t.ex. "steg-1-initiera")');

/** The five steps of the collaboration process. */
export const StepSchema = z.number().int().min(1).max(5);

/** Audience roles; content tagged with a role appears on that role's path. */
export const ROLE_IDS = [
  'fortroendevald',
  'kommunledning',
  'samordnare',
  'socialtjanst',
  'skola',
  'samhallsbyggnad',
  'kultur-fritid',
  'kommunpolis',
  'lansstyrelse',
] as const;
export const RoleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof RoleIdSchema>;

/** A date written as YYYY-MM-DD in YAML (js-yaml may already have made it a Date). */
export const DateSchema = z.coerce.date();

/** A source a reader may want to check. */
export const SourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** Other names a link may use for a page ("Att organisera arbetet"); checked by src/build/content/link-text.ts. */
export const AliasesSchema = z.array(z.string().min(2)).default([]);

/** Fields every readable document has. */
export const DocumentBaseSchema = z.object({
  /** Title; becomes the page's only h1. */
  title: z.string().min(3),
  /** One or two sentences shown under the title, in lists and in search results. */
  summary: z.string().min(20),
  /** Roles for whom the document matters (drives "Din roll" and the search role filter). */
  audience: z.array(RoleIdSchema).default([]),
  /** Words readers search with that may not be in the text. */
  keywords: z.array(z.string()).default([]),
  aliases: AliasesSchema,
  /** Last substantive change. */
  updated: DateSchema,
});

/** The content collections (src/content.config.ts). */
export const COLLECTION_NAMES = ['chapters', 'worksheets', 'exercises', 'methods', 'examples', 'roles', 'editions', 'glossary', 'law'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * Which collection a reference schema points at. The schemas are the one list of references:
 * src/build/content/references.ts walks a schema to find them, and the content check resolves each.
 */
const referenceTargets = new WeakMap<z.ZodType, CollectionName>();

/** Marks `schema` (an id string, by default IdSchema's shape) as a reference to an entry of `target`. */
export function ref<S extends z.ZodType = typeof IdSchema>(target: CollectionName, schema?: S): S {
  const marked = (schema ?? IdSchema.clone()) as S;
  referenceTargets.set(marked, target);
  return marked;
}

/** The collection a schema refers to, if it was made by `ref`. */
export const referenceTarget = (schema: z.ZodType): CollectionName | undefined => referenceTargets.get(schema);

/** A list of references by id to `target`; resolved and checked by `src/build/content/content-integrity.ts`. */
export const idList = (target: CollectionName) => z.array(ref(target)).default([]);
