/**
 * Frontmatter outside Astro's content layer: split an MDX file into YAML and body, and validate data
 * against a content schema with an error that names the file and every failing field. Used by the content
 * tests, which read content/ directly (astro:content is not available in Vitest).
 */
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';

export interface FrontmatterSource {
  /** The parsed YAML between the two `---` lines (an empty object when there is none). */
  data: Record<string, unknown>;
  /** Everything after the second `---` line. */
  body: string;
  /** The file's line of a field ("sources", 0, "url"), or of the nearest field above it that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX source into parsed frontmatter and body (the text after the second `---`). */
export function parseFrontmatter(source: string): FrontmatterSource {
  const match = FENCE.exec(source);
  if (!match) return { data: {}, body: source, lineOf: () => undefined };
  const yaml = match[1] ?? '';
  const document = parseDocument(yaml);
  const data: unknown = document.toJS();
  // Line 1 is the opening `---`; an offset in the YAML is on line 2 + the newlines before it.
  const lineAt = (offset: number) => 2 + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const keys = path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    for (let depth = keys.length; depth > 0; depth--) {
      const node: unknown = document.getIn(keys.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineAt(range[0]);
    }
    return undefined;
  };
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: source.slice(match[0].length),
    lineOf,
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
    /** One entry per failing field: path, zod's message and, when the source was given, the field's line. */
    readonly issues: { path: string; message: string; line?: number | undefined }[],
  ) {
    super(`${file}: ${issues.map((issue) => `${issue.path}${issue.line ? ` (rad ${issue.line})` : ''}: ${issue.message}`).join('; ')}`);
    this.name = 'FrontmatterError';
  }
}

/**
 * Validates `data` against `schema` and returns the parsed value. On failure throws a FrontmatterError
 * whose message names the file and each failing field path, e.g.
 * `content/chapters/x.mdx: title: Invalid input…; order (rad 7): Invalid input…` (the line when `lineOf`
 * from parseFrontmatter is given; a missing field has none).
 */
export function validateFrontmatter<S extends z.ZodType>(file: string, data: unknown, schema: S, lineOf?: FrontmatterSource['lineOf']): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new FrontmatterError(
    file,
    result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message, line: lineOf?.(issue.path) })),
  );
}
