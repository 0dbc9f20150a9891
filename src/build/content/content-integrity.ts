/**
 * Cross-file checks the schemas cannot make alone: every reference by id resolves, role files are
 * role ids, glossary synonyms are unique, revision blocks parse and point at known editions and law
 * provisions, link text names its target (link-text.ts). Pure: the build (src/build/content/handbook.ts) and the content tests feed it the same entries.
 */
import { ROLE_IDS } from '../../schemas/common';
import { DEFAULT_REVISION_EDITION, parseRevisions, RevisionSyntaxError, type Revision } from './revisions';
import { parseFields } from './worksheet-fields-parse';
import { findLinkTextProblems } from './link-text';

export type CollectionName =
  | 'chapters'
  | 'worksheets'
  | 'exercises'
  | 'methods'
  | 'examples'
  | 'roles'
  | 'editions'
  | 'glossary'
  | 'law';

export interface IntegrityEntry {
  id: string;
  /** Path shown in messages, e.g. content/chapters/steg-1-initiera.mdx. */
  file: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}
export type IntegrityInput = Record<CollectionName, IntegrityEntry[]>;

/** Which frontmatter field points at which collection. */
const REFERENCES: Partial<Record<CollectionName, Record<string, CollectionName>>> = {
  chapters: { methods: 'methods', worksheets: 'worksheets', exercises: 'exercises', law: 'law', editions: 'editions' },
  worksheets: { chapters: 'chapters', methods: 'methods', law: 'law' },
  exercises: { worksheets: 'worksheets', chapters: 'chapters', methods: 'methods', law: 'law' },
  methods: { chapters: 'chapters', worksheets: 'worksheets' },
  examples: { chapters: 'chapters', methods: 'methods' },
  roles: { readingPath: 'chapters', law: 'law' },
  glossary: { related: 'glossary' },
};

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

/** Returns every problem found (empty when the content is consistent). */
export function findIntegrityProblems(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const ids = Object.fromEntries(
    (Object.keys(input) as CollectionName[]).map((name) => [name, new Set(input[name].map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;

  const checkId = (entry: IntegrityEntry, field: string, target: CollectionName, value: unknown) => {
    if (typeof value === 'string' && !ids[target].has(value)) {
      problems.push(`${entry.file} → ${field}: okänt id "${value}" (finns inte bland ${target})`);
    }
  };

  for (const [collection, fields] of Object.entries(REFERENCES) as [CollectionName, Record<string, CollectionName>][]) {
    for (const entry of input[collection]) {
      for (const [field, target] of Object.entries(fields)) {
        const value = entry.data[field];
        if (Array.isArray(value)) value.forEach((v, i) => checkId(entry, `${field}[${i}]`, target, v));
      }
      if (collection === 'chapters') {
        checkByEdition(entry, fields, checkId, (problem) => problems.push(problem));
        const revisions = entry.data['revisions'];
        if (Array.isArray(revisions)) {
          revisions.forEach((r: Record<string, unknown>, i) => {
            checkId(entry, `revisions[${i}].edition`, 'editions', r['edition']);
            if (Array.isArray(r['law'])) r['law'].forEach((l, j) => checkId(entry, `revisions[${i}].law[${j}]`, 'law', l));
          });
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
      for (const match of body.matchAll(/<Term\s+id="([^"]*)"/g)) {
        if (!ids.glossary.has(match[1]!)) problems.push(`${entry.file} → <Term id="${match[1]}">: okänt ordlisteord`);
      }
      if (collection === 'worksheets') {
        try {
          parseFields(body);
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

/**
 * A chapter's `byEdition` (src/build/content/edition-data.ts): each key an archived edition the chapter exists in,
 * each reference in it known, like the top-level fields.
 */
function checkByEdition(
  entry: IntegrityEntry,
  fields: Record<string, CollectionName>,
  checkId: (entry: IntegrityEntry, field: string, target: CollectionName, value: unknown) => void,
  report: (problem: string) => void,
): void {
  const byEdition = entry.data['byEdition'];
  if (!byEdition || typeof byEdition !== 'object') return;
  for (const [edition, overrides] of Object.entries(byEdition as Record<string, Record<string, unknown>>)) {
    const at = `byEdition.${edition}`;
    checkId(entry, at, 'editions', edition);
    const editions = entry.data['editions'];
    if (Array.isArray(editions) && !editions.includes(edition)) report(`${entry.file} → ${at}: kapitlet finns inte i utgåva ${edition} (editions)`);
    for (const [field, target] of Object.entries(fields)) {
      const value = overrides[field];
      if (Array.isArray(value)) value.forEach((v, i) => checkId(entry, `${at}.${field}[${i}]`, target, v));
    }
  }
}

export function assertContentIntegrity(input: IntegrityInput): void {
  const problems = findIntegrityProblems(input);
  if (problems.length) throw new ContentIntegrityError(problems);
}
