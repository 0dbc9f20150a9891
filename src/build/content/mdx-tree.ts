/**
 * One syntax tree per MDX body per build. The content check (revisions, worksheet fields, <Term> uses,
 * link text), the revision parser the pages call, the comparison pages and the edition text all read the
 * same mdast tree (Sätteri's, the parser Astro renders with: src/build/content/mdx-text.ts) from here, so
 * a body is parsed once, not once per reader.
 *
 * A parse costs about 5 ms of CPU for a 20 KB chapter; at 1 000 chapters that is felt. So a body that
 * has neither a component tag nor an inline link is not parsed at all: it has no revision, field, term or
 * link to derive, and `mayHaveMarkup` answers that without a tree.
 */
import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import { parseExpressionAt } from 'acorn';
import { parseMdx } from './mdx-text';

/**
 * Trees by content hash: an edited file is parsed anew, the same text (a page and the check) once.
 * Bounded, oldest first out: a tree weighs far more than its text, and after the content check only the
 * chapters with revisions or older editions are read again (their derived revisions are cached apart).
 */
const trees = new Map<string, Root>();
export const TREE_CACHE_SIZE = 400;

const hash = (body: string) => createHash('sha1').update(body, 'utf8').digest('base64');

/** The body's mdast tree, parsed on first use. Throws micromark's error (with `line`) on invalid MDX. */
export function mdxTree(body: string): Root {
  const key = hash(body);
  let tree = trees.get(key);
  if (!tree) {
    tree = parseMdx(body);
    trees.set(key, tree);
    if (trees.size > TREE_CACHE_SIZE) trees.delete(trees.keys().next().value!);
  }
  return tree;
}

/** True when the body may hold a component (`<Name`, `</Name`) or an inline link (`](`): only then is a tree needed. */
export function mayHaveMarkup(body: string): boolean {
  return /<\/?[A-Z]|\]\(/.test(body);
}

/** The line an MDX parse error points at: Sätteri's message opens with "line:column:". */
export function syntaxErrorLine(error: unknown): number {
  const line = (error as { line?: unknown }).line;
  if (typeof line === 'number') return line;
  return Number(/^(\d+):\d+/.exec(String((error as Error).message))?.[1] ?? 1);
}

export const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

type Parent = Extract<Nodes, { children: unknown[] }>;

/** Calls `visit` for every node in document order. */
export function walk(tree: Nodes, visit: (node: Nodes) => void): void {
  visit(tree);
  if ('children' in tree) for (const child of (tree as Parent).children) walk(child as Nodes, visit);
}

export type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** Every JSX element named one of `names`, flow or inline, in document order. */
export function elementsNamed(tree: Root, names: ReadonlySet<string>): JsxElement[] {
  const found: JsxElement[] = [];
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && names.has(node.name)) found.push(node);
  });
  return found;
}

export class AttributeError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`rad ${line}: ${message}`);
    this.name = 'AttributeError';
  }
}

type EstreeNode = { type: string; [key: string]: unknown };

/**
 * The value of a literal JavaScript expression, read from its estree: strings, numbers, booleans, null,
 * arrays and plain objects of those, and a negative number. Anything else (a variable, a call) is refused:
 * the build reads content as data and never evaluates it.
 */
export function literalValue(node: EstreeNode, line: number): unknown {
  switch (node.type) {
    case 'Literal':
      return node['value'];
    case 'ArrayExpression':
      return (node['elements'] as (EstreeNode | null)[]).map((element) => {
        if (!element || element.type === 'SpreadElement') throw new AttributeError(line, 'listan får bara innehålla värden');
        return literalValue(element, line);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node['properties'] as EstreeNode[]) {
        const key = property['key'] as EstreeNode | undefined;
        if (property.type !== 'Property' || property['computed'] || !key) throw new AttributeError(line, 'objektet får bara ha enkla nycklar');
        // A key that is not computed is a name or a literal (estree); nothing else can stand there.
        const name = key.type === 'Identifier' ? String(key['name']) : String(key['value']);
        out[name] = literalValue(property['value'] as EstreeNode, line);
      }
      return out;
    }
    case 'UnaryExpression': {
      const argument = node['argument'] as EstreeNode;
      if (node['operator'] === '-' && argument.type === 'Literal' && typeof argument['value'] === 'number') return -argument['value'];
      break;
    }
    case 'TemplateLiteral': {
      const quasis = node['quasis'] as { value: { cooked: string } }[];
      if ((node['expressions'] as unknown[]).length === 0) return quasis.map((q) => q.value.cooked).join('');
      break;
    }
  }
  throw new AttributeError(line, `värdet måste vara en bokstavlig sträng, siffra, lista eller ett objekt (fick ${node.type})`);
}

/**
 * An attribute expression's tree, from its source (Sätteri checks the expression but hands over only its
 * text): acorn reads plain JavaScript; what it cannot read (JSX, which Sätteri lets through) is refused.
 */
function expressionOf(source: string, element: string, attribute: string, line: number): EstreeNode {
  try {
    return parseExpressionAt(source, 0, { ecmaVersion: 'latest' }) as unknown as EstreeNode;
  } catch {
    throw new AttributeError(line, `<${element}> ${attribute}: uttrycket går inte att läsa`);
  }
}

/**
 * An element's attributes as data: `name="text"` a string, `name` alone true, `name={…}` the literal
 * value of the expression. A spread `{...x}` is refused.
 */
export function attributesOf(element: JsxElement): Record<string, unknown> {
  const line = lineOf(element);
  const out: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') throw new AttributeError(line, `<${element.name}>: {…}-attribut går inte att läsa`);
    const value = attribute.value;
    if (value === null || value === undefined) out[attribute.name] = true;
    else if (typeof value === 'string') out[attribute.name] = value;
    else out[attribute.name] = literalValue(expressionOf(value.value, element.name ?? '', attribute.name, line), line);
  }
  return out;
}
