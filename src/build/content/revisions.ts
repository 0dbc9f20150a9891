/**
 * Revisions between editions, parsed from a chapter's MDX source. A passage changed by an edition is
 * written once:
 *
 *   <Revision id="…" law="lagesbild atgardsplan" summary="…" [edition="2024"]>
 *   <Was>
 *   old wording (Markdown)
 *   </Was>
 *   new wording (Markdown)
 *   </Revision>
 *
 * The MDX component renders it for the page's edition; this module gives the build the same passages as
 * data (for "Vad är nytt", the diff view and validation). Both read the same MDX syntax tree
 * (remark-mdx), so they agree on where a passage starts and ends.
 */
import type { Nodes, Root } from 'mdast';
import { mdxTree, syntaxErrorLine } from './mdx-tree';

export interface Revision {
  id: string;
  /** Edition that introduced the new wording. */
  edition: string;
  law: string[];
  summary: string;
  /** Wording before `edition` (empty when the passage was added). */
  oldText: string;
  /** Wording from `edition` on (empty when the passage was removed). */
  newText: string;
  kind: 'changed' | 'added' | 'removed';
  /** 1-based line of the opening tag in the body. */
  line: number;
}

export class RevisionSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`rad ${line}: ${message}`);
    this.name = 'RevisionSyntaxError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type FlowElement = Extract<Nodes, { type: 'mdxJsxFlowElement' }>;
type Parent = Extract<Nodes, { children: unknown[] }>;

/** The body as a tree; an MDX syntax error becomes a RevisionSyntaxError on its line. */
function parse(body: string): Root {
  try {
    return mdxTree(body);
  } catch (error) {
    throw revisionSyntaxError(body, error);
  }
}

/** An MDX syntax error as a RevisionSyntaxError on its line, in the author's terms where it is about <Revision>/<Was>. */
export function revisionSyntaxError(body: string, error: unknown): RevisionSyntaxError {
  const message = (error as Error).message;
  const line = syntaxErrorLine(error);
  if (/closing tag for `<(Revision|Was)>`/.test(message)) return new RevisionSyntaxError(line, `<${/<(\w+)>/.exec(message)![1]}> saknar </${/<(\w+)>/.exec(message)![1]}>`);
  if (/Unexpected closing slash/.test(message) || /Unexpected closing tag/.test(message)) {
    const tag = /<\/(\w+)>/.exec(body.split('\n')[line - 1] ?? '')?.[0] ?? 'sluttaggen';
    return new RevisionSyntaxError(line, `${tag} utan öppnande <${tag.slice(2, -1)}>`);
  }
  return new RevisionSyntaxError(line, `MDX kunde inte läsas: ${message}`);
}

const startLine = (node: Nodes) => node.position?.start.line ?? 1;

function attributes(node: FlowElement): Record<string, string> {
  const found: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
      throw new RevisionSyntaxError(startLine(node), `attributen i <Revision> måste vara enkla "citerade" strängar, fick: ${name}`);
    }
    found[attribute.name] = attribute.value;
  }
  return found;
}

/** The source text from the first to the last of `nodes` (empty when there are none). */
function sourceOf(body: string, nodes: Nodes[]): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : body.slice(first, last).trim();
}

/** Every <Revision> element with its place in the source, outermost first; nesting and misuse refused. */
function revisionElements(tree: Root): FlowElement[] {
  const found: FlowElement[] = [];
  const walk = (node: Nodes, inside: FlowElement | undefined) => {
    if (node.type === 'mdxJsxTextElement' && (node.name === 'Revision' || node.name === 'Was')) {
      throw new RevisionSyntaxError(startLine(node), `<${node.name} …> måste stå ensam på en rad`);
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Revision') {
      if (inside) throw new RevisionSyntaxError(startLine(node), '<Revision> kan inte ligga inuti en annan <Revision>');
      found.push(node);
      inside = node;
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Was' && !inside) {
      throw new RevisionSyntaxError(startLine(node), '<Was> utan öppnande <Revision>');
    } else if (node.type === 'heading' && inside) {
      throw new RevisionSyntaxError(startLine(node), 'rubriker får inte stå inuti <Revision>');
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, inside);
  };
  walk(tree, undefined);
  return found;
}

/** Parses every <Revision> block of an MDX body (from its syntax tree). Throws RevisionSyntaxError naming the line. */
export function parseRevisions(body: string, defaultEdition: string): Revision[] {
  if (!mentionsRevisions(body)) return [];
  const key = `${defaultEdition}\u0000${body}`;
  let revisions = parsed.get(key);
  if (!revisions) parsed.set(key, (revisions = withElements(body, parse(body), defaultEdition).map(([, revision]) => revision)));
  return revisions.map((r) => ({ ...r, law: [...r.law] }));
}

/**
 * A chapter with revisions is read by its page, its archived editions, its comparisons, "Vad är nytt",
 * the whole-book page and the content check: each build parses its body once, not once per reader.
 * Results only (small), not syntax trees; the key is the source itself, so an edited file is parsed anew.
 */
const parsed = new Map<string, Revision[]>();
const resolved = new Map<string, string>();

/** Most bodies have no revision at all: they skip the parse (a build of 1 000 chapters feels it). */
const mentionsRevisions = (body: string) => body.includes('<Revision') || body.includes('<Was') || body.includes('</Revision');

function withElements(body: string, tree: Root, defaultEdition: string): [FlowElement, Revision][] {
  const seen = new Set<string>();
  return revisionElements(tree).map((node) => {
    const children = node.children as Nodes[];
    const was = children.filter((c): c is FlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Was');
    if (was.length > 1) throw new RevisionSyntaxError(startLine(was[1]!), 'bara ett <Was> per <Revision>');
    const rest = children.filter((c) => !was.includes(c as FlowElement));
    if (was[0] && rest.some((c) => (c.position?.start.offset ?? 0) < (was[0]!.position?.start.offset ?? 0))) {
      throw new RevisionSyntaxError(startLine(was[0]), '<Was> måste komma före den nya texten');
    }
    const revision = finish(
      { attrs: attributes(node), line: startLine(node), oldText: sourceOf(body, (was[0]?.children ?? []) as Nodes[]), newText: sourceOf(body, rest) },
      defaultEdition,
      seen,
    );
    return [node, revision] as [FlowElement, Revision];
  });
}

function finish(
  block: { attrs: Record<string, string>; line: number; oldText: string; newText: string },
  defaultEdition: string,
  seen: Set<string>,
): Revision {
  const { attrs, line } = block;
  const id = attrs['id'];
  if (!id || !ID.test(id)) throw new RevisionSyntaxError(line, `id saknas eller är ogiltigt (${id ?? 'saknas'}); använd gemena a–z, siffror och bindestreck`);
  if (seen.has(id)) throw new RevisionSyntaxError(line, `id "${id}" används redan i filen`);
  seen.add(id);
  const summary = attrs['summary']?.trim();
  if (!summary) throw new RevisionSyntaxError(line, `summary saknas för "${id}"`);
  const law = (attrs['law'] ?? '').split(/\s+/).filter(Boolean);
  if (law.length === 0) throw new RevisionSyntaxError(line, `law saknas för "${id}"`);
  const unknown = Object.keys(attrs).filter((k) => !['id', 'summary', 'law', 'edition'].includes(k));
  if (unknown.length) throw new RevisionSyntaxError(line, `okänt attribut ${unknown.join(', ')} på "${id}"`);
  const { oldText, newText } = block;
  if (!oldText && !newText) throw new RevisionSyntaxError(line, `"${id}" har varken gammal eller ny text`);
  const kind = !oldText ? 'added' : !newText ? 'removed' : 'changed';
  return { id, edition: attrs['edition'] ?? defaultEdition, law, summary, oldText, newText, kind, line };
}

/**
 * The edition a <Revision> without `edition` belongs to: the 2024 revision for Kommuner mot brott, when
 * revisions were introduced. Fixed, not "the current edition": when a newer edition becomes current,
 * the existing revisions still belong to 2024, and the new ones name their edition.
 */
export const DEFAULT_REVISION_EDITION = '2024';

/** Ordered edition ids, oldest first, as the resolver needs them. */
export type EditionOrder = readonly string[];

/** True when a reader of `viewed` sees the new wording of a revision made in `introduced`. */
export function showsNewText(viewed: string, introduced: string, order: EditionOrder): boolean {
  const v = order.indexOf(viewed);
  const i = order.indexOf(introduced);
  if (v < 0) throw new Error(`Okänd utgåva: ${viewed}`);
  if (i < 0) throw new Error(`Okänd utgåva: ${introduced}`);
  return v >= i;
}

/** The body as it reads in one edition: each <Revision> element replaced by the wording of that edition. */
export function resolveEditionSource(body: string, viewed: string, order: EditionOrder, defaultEdition: string = DEFAULT_REVISION_EDITION): string {
  if (!mentionsRevisions(body)) return body.replace(/\n{3,}/g, '\n\n').trim();
  const key = `${viewed}\u0000${order.join(' ')}\u0000${defaultEdition}\u0000${body}`;
  let source = resolved.get(key);
  if (source === undefined) resolved.set(key, (source = resolveRevisions(body, viewed, order, defaultEdition)));
  return source;
}

function resolveRevisions(body: string, viewed: string, order: EditionOrder, defaultEdition: string): string {
  let out = '';
  let at = 0;
  withElements(body, parse(body), defaultEdition).forEach(([node, revision]) => {
    const text = showsNewText(viewed, revision.edition, order) ? revision.newText : revision.oldText;
    out += body.slice(at, node.position!.start.offset) + (text ? `\n\n${text}\n\n` : '\n\n');
    at = node.position!.end.offset!;
  });
  out += body.slice(at);
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
