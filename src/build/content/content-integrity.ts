/**
 * Cross-file checks the schemas cannot make alone: every reference by id resolves, role files are
 * role ids, glossary synonyms are unique, revision blocks parse and point at known editions and law
 * provisions, link text names its target (link-text.ts). Pure: the build (src/build/content/handbook.ts) and the content tests feed it the same entries.
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { COLLECTION_NAMES, ROLE_IDS, type CollectionName } from '../../schemas/common';
import { COLLECTION_SCHEMAS } from '../../schemas/collections';
import { DEFAULT_REVISION_EDITION, parseRevisions, revisionSyntaxError, RevisionSyntaxError, type Revision } from './revisions';
import { fieldsOf } from './worksheet-fields-parse';
import { findLinkTextProblems } from './link-text';
import { elementsNamed, lineOf, mayHaveMarkup, mdxTree } from './mdx-tree';
import { referencesIn } from './references';

export type { CollectionName };

export interface IntegrityEntry {
  id: string;
  /** Path shown in messages, e.g. content/chapters/steg-1-initiera.mdx. */
  file: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}
export type IntegrityInput = Record<CollectionName, IntegrityEntry[]>;

const TERM: ReadonlySet<string> = new Set(['Term']);

/** Each <Term id> in a tree, with its line. */
export function termUses(tree: Root): { id: string; line: number }[] {
  return elementsNamed(tree, TERM).flatMap((element) => {
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    return [{ id: typeof id === 'string' ? id : '', line: lineOf(element) }];
  });
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: string[]) {
    super(`Innehållet har ${problems.length} fel:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentIntegrityError';
  }
}

export function currentEditionId(editions: IntegrityEntry[]): string {
  const current = editions.filter((e) => e.data['status'] === 'current');
  if (current.length !== 1) {
    throw new ContentIntegrityError([`content/editions.yaml: exakt en utgåva ska ha status "current" (hittade ${current.length})`]);
  }
  return current[0]!.id;
}

/** Returns every problem found (empty when the content is consistent). `schemas` defaults to the collections' own. */
export function findIntegrityProblems(input: IntegrityInput, schemas: Record<CollectionName, z.ZodType> = COLLECTION_SCHEMAS): string[] {
  const problems: string[] = [];
  const ids = Object.fromEntries(
    (Object.keys(input) as CollectionName[]).map((name) => [name, new Set(input[name].map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;

  // Every reference field the schemas declare (ref/idList in src/schemas), at any depth.
  for (const collection of COLLECTION_NAMES) {
    for (const entry of input[collection]) {
      for (const { path, target, value } of referencesIn(schemas[collection], entry.data)) {
        if (typeof value === 'string' && !ids[target].has(value)) problems.push(`${entry.file} → ${path}: okänt id "${value}" (finns inte bland ${target})`);
      }
      const byEdition = entry.data['byEdition'];
      const editions = entry.data['editions'];
      if (collection === 'chapters' && byEdition && typeof byEdition === 'object' && Array.isArray(editions)) {
        for (const edition of Object.keys(byEdition)) {
          if (!editions.includes(edition)) problems.push(`${entry.file} → byEdition.${edition}: kapitlet finns inte i utgåva ${edition} (editions)`);
        }
      }
    }
  }

  for (const role of input.roles) {
    if (!(ROLE_IDS as readonly string[]).includes(role.id)) {
      problems.push(`${role.file} → filnamn: "${role.id}" är ingen roll (${ROLE_IDS.join(', ')})`);
    }
  }

  // Synonyms are search aliases: one alias must lead to one term.
  const owner = new Map<string, string>();
  for (const term of input.glossary) owner.set(String(term.data['term']), term.id);
  for (const term of input.glossary) {
    const synonyms = term.data['synonyms'];
    if (!Array.isArray(synonyms)) continue;
    synonyms.forEach((s: string, i) => {
      const taken = owner.get(s);
      if (taken !== undefined && !(taken === term.id && s !== term.data['term'])) {
        problems.push(`${term.file} → ${term.id}.synonyms[${i}]: "${s}" används redan av "${taken}"`);
      } else owner.set(s, term.id);
    });
  }

  const editionIds = input.editions.map((e) => e.id);
  let current: string | undefined;
  try {
    current = currentEditionId(input.editions);
  } catch (error) {
    problems.push(...(error as ContentIntegrityError).problems);
  }

  for (const collection of ['chapters', 'worksheets', 'exercises', 'methods', 'examples', 'roles'] as const) {
    for (const entry of input[collection]) {
      const body = entry.body ?? '';
      // One tree per body (mdx-tree.ts), shared with the revisions, the fields and the link text below.
      let tree: Root | undefined;
      if (mayHaveMarkup(body)) {
        try {
          tree = mdxTree(body);
        } catch (error) {
          problems.push(`${entry.file} → ${collection === 'chapters' ? '<Revision> ' : ''}${revisionSyntaxError(body, error).message}`);
          continue;
        }
      }
      for (const { id, line } of tree ? termUses(tree) : []) {
        if (!ids.glossary.has(id)) problems.push(`${entry.file} → <Term id="${id}"> rad ${line}: okänt ordlisteord`);
      }
      if (collection === 'worksheets' && tree) {
        try {
          fieldsOf(tree);
        } catch (error) {
          problems.push(`${entry.file} → fält: ${(error as Error).message}`);
        }
      }
      if (collection !== 'chapters' || current === undefined) continue;
      const byEdition = entry.data['byEdition'];
      if (byEdition && typeof byEdition === 'object' && current in byEdition) {
        problems.push(`${entry.file} → byEdition.${current}: ${current} är den gällande utgåvan; skriv dess värden som vanliga fält`);
      }
      let revisions: Revision[] = [];
      try {
        revisions = parseRevisions(body, DEFAULT_REVISION_EDITION);
      } catch (error) {
        if (error instanceof RevisionSyntaxError) problems.push(`${entry.file} → <Revision> ${error.message}`);
        else throw error;
      }
      for (const r of revisions) {
        if (!editionIds.includes(r.edition)) problems.push(`${entry.file} → <Revision id="${r.id}"> edition: okänd utgåva "${r.edition}"`);
        for (const law of r.law) {
          if (!ids.law.has(law)) problems.push(`${entry.file} → <Revision id="${r.id}"> law: okänd bestämmelse "${law}"`);
        }
      }
    }
  }
  problems.push(...findLinkTextProblems(input));
  return problems;
}

export function assertContentIntegrity(input: IntegrityInput): void {
  const problems = findIntegrityProblems(input);
  if (problems.length) throw new ContentIntegrityError(problems);
}
