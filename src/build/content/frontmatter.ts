/**
 * Frontmatter outside Astro's content layer: split an MDX file into YAML and body, and validate data
 * against a content schema with an error that names the file and every failing field. Used by the content
 * tests, which read content/ directly (astro:content is not available in Vitest).
 */
import { parse } from 'yaml';
import type { z } from 'astro/zod';

export interface FrontmatterSource {
  /** The parsed YAML between the two `---` lines (an empty object when there is none). */
  data: Record<string, unknown>;
  /** Everything after the second `---` line. */
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX source into parsed frontmatter and body (the text after the second `---`). */
export function parseFrontmatter(source: string): FrontmatterSource {
  const match = FENCE.exec(source);
  if (!match) return { data: {}, body: source };
  const data: unknown = parse(match[1] ?? '');
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: source.slice(match[0].length),
  };
}

/** "sources[0].url" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export class FrontmatterError extends Error {
  constructor(
    readonly file: string,
    /** One entry per failing field: path and zod's message. */
    readonly issues: { path: string; message: string }[],
  ) {
    super(`${file}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'FrontmatterError';
  }
}

/**
 * Validates `data` against `schema` and returns the parsed value. On failure throws a FrontmatterError
 * whose message names the file and each failing field path, e.g.
 * `content/chapters/x.mdx: title: Invalid input…; order: Invalid input…`.
 */
export function validateFrontmatter<S extends z.ZodType>(file: string, data: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new FrontmatterError(
    file,
    result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
  );
}
