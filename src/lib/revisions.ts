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
 * data (for "Vad är nytt", the diff view and validation). Syntax is strict so that both agree.
 */

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

const OPEN = /^<Revision(\s[^>]*)?>\s*$/;
const CLOSE = /^<\/Revision>\s*$/;
const WAS_OPEN = /^<Was>\s*$/;
const WAS_CLOSE = /^<\/Was>\s*$/;
const ATTRIBUTE = /([a-zA-Z]+)="([^"]*)"/g;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseAttributes(source: string, line: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  const rest = source.replace(ATTRIBUTE, (_, name: string, value: string) => {
    attributes[name] = value;
    return '';
  });
  if (rest.trim() !== '') {
    throw new RevisionSyntaxError(line, `attributen i <Revision> måste vara enkla "citerade" strängar, fick: ${rest.trim()}`);
  }
  return attributes;
}

/** Parses every <Revision> block of an MDX body. Throws RevisionSyntaxError naming the line. */
export function parseRevisions(body: string, defaultEdition: string): Revision[] {
  const lines = body.split('\n');
  const revisions: Revision[] = [];
  const seen = new Set<string>();
  let current: { attrs: Record<string, string>; line: number; old: string[]; neu: string[]; inWas: boolean; hadWas: boolean } | null = null;

  lines.forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (/^<Revision[\s>]/.test(trimmed)) {
      if (current) throw new RevisionSyntaxError(line, '<Revision> kan inte ligga inuti en annan <Revision>');
      const match = OPEN.exec(trimmed);
      if (!match) throw new RevisionSyntaxError(line, '<Revision …> måste stå ensam på en rad och avslutas med >');
      current = { attrs: parseAttributes(match[1] ?? '', line), line, old: [], neu: [], inWas: false, hadWas: false };
      return;
    }
    if (!current) {
      if (CLOSE.test(trimmed) || WAS_OPEN.test(trimmed) || WAS_CLOSE.test(trimmed)) {
        throw new RevisionSyntaxError(line, `${trimmed} utan öppnande <Revision>`);
      }
      return;
    }
    if (WAS_OPEN.test(trimmed)) {
      if (current.inWas || current.hadWas) throw new RevisionSyntaxError(line, 'bara ett <Was> per <Revision>');
      if (current.neu.some((l) => l.trim())) throw new RevisionSyntaxError(line, '<Was> måste komma före den nya texten');
      current.inWas = true;
      current.hadWas = true;
      return;
    }
    if (WAS_CLOSE.test(trimmed)) {
      if (!current.inWas) throw new RevisionSyntaxError(line, '</Was> utan <Was>');
      current.inWas = false;
      return;
    }
    if (CLOSE.test(trimmed)) {
      if (current.inWas) throw new RevisionSyntaxError(line, '</Revision> innan </Was>');
      revisions.push(finish(current, defaultEdition, seen));
      current = null;
      return;
    }
    if (/^#{1,6}\s/.test(trimmed)) throw new RevisionSyntaxError(line, 'rubriker får inte stå inuti <Revision>');
    (current.inWas ? current.old : current.neu).push(text);
  });
  if (current) throw new RevisionSyntaxError((current as { line: number }).line, '<Revision> saknar </Revision>');
  return revisions;
}

function finish(
  block: { attrs: Record<string, string>; line: number; old: string[]; neu: string[] },
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
  const oldText = block.old.join('\n').trim();
  const newText = block.neu.join('\n').trim();
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

/** The body as it reads in one edition: each <Revision> block replaced by the wording of that edition. */
export function resolveEditionSource(body: string, viewed: string, order: EditionOrder, defaultEdition: string = DEFAULT_REVISION_EDITION): string {
  const revisions = parseRevisions(body, defaultEdition);
  const lines = body.split('\n');
  const out: string[] = [];
  let r = 0;
  for (let i = 0; i < lines.length; i++) {
    const revision = revisions[r];
    if (revision && i + 1 === revision.line) {
      const text = showsNewText(viewed, revision.edition, order) ? revision.newText : revision.oldText;
      if (text) out.push('', text, '');
      while (i < lines.length && !CLOSE.test((lines[i] ?? '').trim())) i++;
      r++;
      continue;
    }
    out.push(lines[i] ?? '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
