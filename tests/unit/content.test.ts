/**
 * The handbook's content minimums and cross-file consistency, read straight from content/ (no astro:content):
 * every file's frontmatter against the zod schemas, the book's size (chapters, words, methods, terms, …),
 * references and internal links, the law's unverified paragraph numbers and the revision blocks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, COLLECTION_SOURCES, MethodSchema, PAGE_FILE, ROLE_IDS } from '../../src/schemas';
import { findIntegrityProblems, type CollectionName, type IntegrityInput } from '../../src/build/content/content-integrity';
import { chapterTextForEdition } from '../../src/build/content/edition-text';
import { parseRevisions } from '../../src/build/content/revisions';
import { ANCHOR_TARGETS, PAGE_TARGETS } from '../../src/build/content/link-text';
import { FrontmatterError, parseFrontmatter, validateFrontmatter } from '../../src/build/content/frontmatter';
import { STATIC_PAGES } from '../../src/shared/urls';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = 'content';

/** Pages without an id that content may link to (the site's own list). */
const STATIC_ROUTES = new Set(STATIC_PAGES);

const LAW_IDS = [
  'lag-innehall',
  'lag-uppgift',
  'lag-syfte',
  'lagesbild',
  'atgardsplan',
  'uppfoljning',
  'samordning',
  'overenskommelser',
  'samordningsfunktion',
  'ledning',
  'ikrafttradande',
];

/** Each file's (each YAML entry's) field → line lookup, so a schema error names the line too. */
const fieldLines = new Map<string, ReturnType<typeof parseFrontmatter>['lineOf']>();

/**
 * Every collection declared in src/schemas/collections.ts, read from its declared source: a new
 * collection is loaded and checked here without a change to this file.
 */
function loadContent(): IntegrityInput {
  const input = {} as IntegrityInput;
  for (const collection of COLLECTION_NAMES) {
    const source = COLLECTION_SOURCES[collection];
    if ('folder' in source) {
      input[collection] = readdirSync(join(ROOT, CONTENT, source.folder))
        .filter((name) => PAGE_FILE.test(name))
        .sort()
        .map((name) => {
          const file = `${CONTENT}/${source.folder}/${name}`;
          const { data, body, lineOf } = parseFrontmatter(readFileSync(join(ROOT, file), 'utf8'));
          fieldLines.set(file, lineOf);
          return { id: name.replace(PAGE_FILE, ''), file, data, body };
        });
    } else {
      const yaml = readFileSync(join(ROOT, CONTENT, source.file), 'utf8');
      const document = parseDocument(yaml);
      const list: unknown = document.toJS();
      if (!Array.isArray(list)) throw new Error(`${CONTENT}/${source.file}: ska vara en lista`);
      input[collection] = list.map((data: Record<string, unknown>, i) => {
        const file = `${CONTENT}/${source.file}#${i}`;
        fieldLines.set(file, (path) => {
          for (let depth = path.length; depth >= 0; depth--) {
            const range = (document.getIn([i, ...path.slice(0, depth)], true) as { range?: [number, number, number] } | undefined)?.range;
            if (range) return 1 + (yaml.slice(0, range[0]).match(/\n/g)?.length ?? 0);
          }
          return undefined;
        });
        return { id: String(data['id']), file, data };
      });
    }
  }
  return input;
}

/** Every entry checked against its collection's schema: one message per failing file (file, field and line). */
function schemaFailures(input: IntegrityInput): string[] {
  const failures: string[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of input[collection]) {
      try {
        validateFrontmatter(entry.file, entry.data, COLLECTION_SCHEMAS[collection], fieldLines.get(entry.file));
      } catch (error) {
        if (error instanceof FrontmatterError) failures.push(error.message);
        else throw error;
      }
    }
  }
  return failures;
}

const content = loadContent();

const editionOrder = [...content.editions]
  .sort((a, b) => new Date(String(a.data['date'])).getTime() - new Date(String(b.data['date'])).getTime())
  .map((e) => e.id);
const currentEdition = content.editions.find((e) => e.data['status'] === 'current')?.id ?? '';

/** Every string in a frontmatter value, with its field path (for reader-facing text scans). */
function strings(value: unknown, path: string, skip: (path: string) => boolean = () => false): [string, string][] {
  if (skip(path)) return [];
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`, skip));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k, skip));
  }
  return [];
}

/** Reader-facing text of every file: bodies and all frontmatter/YAML strings (not law.yaml's `paragraph`). */
function readerTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const collection of Object.keys(content) as CollectionName[]) {
    for (const entry of content[collection]) {
      if (entry.body) texts.push({ where: `${entry.file} (brödtext)`, text: entry.body });
      const skip = (path: string) => collection === 'law' && path === 'paragraph';
      for (const [path, text] of strings(entry.data, '', skip)) texts.push({ where: `${entry.file} → ${path}`, text });
    }
  }
  return texts;
}

function words(blocks: { text: string }[]): number {
  return blocks.reduce((sum, b) => sum + b.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}

describe('frontmatter följer schemana', () => {
  it('varje fil klarar sitt zod-schema (fel anges med fil och fält)', () => {
    const failures = schemaFailures(content);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('läser varje samling som src/schemas/collections.ts deklarerar, och varje samling har innehåll', () => {
    expect(Object.keys(content).sort()).toEqual(Object.keys(COLLECTION_SCHEMAS).sort());
    for (const collection of COLLECTION_NAMES) expect(content[collection].length, collection).toBeGreaterThan(0);
  });

  it('en trasig post i vilken samling som helst fäller kontrollen, med fil, fält och rad', () => {
    for (const collection of COLLECTION_NAMES) {
      const [first, ...rest] = content[collection];
      // The first field the file writes, given a value no schema field accepts (an object where text, a number, a list or a date belongs).
      const field = Object.keys(first!.data)[0]!;
      const broken = { ...content, [collection]: [{ ...first!, data: { ...first!.data, [field]: { trasig: true } } }, ...rest] };
      const failures = schemaFailures(broken);
      expect(failures, collection).toHaveLength(1);
      expect(failures[0], collection).toContain(`${first!.file}: ${field} (rad `);
    }
  });
});

describe('kapitel', () => {
  it('finns minst 14 kapitel', () => {
    expect(content.chapters.length).toBeGreaterThanOrEqual(14);
  });

  it('utgåvorna är 2020 och 2024, med 2024 som aktuell', () => {
    expect(editionOrder).toEqual(['2020', '2024']);
    expect(currentEdition).toBe('2024');
  });

  it('varje kapitel har minst 1 200 ord brödtext som det läses i den aktuella utgåvan', () => {
    const short: string[] = [];
    for (const chapter of content.chapters) {
      const editions = chapter.data['editions'];
      const inCurrent = !Array.isArray(editions) || editions.includes(currentEdition);
      // A chapter that only exists in an older edition is measured as it reads there.
      const edition = inCurrent ? currentEdition : String((editions as string[]).at(-1));
      const count = words(chapterTextForEdition(chapter.body ?? '', edition, editionOrder, currentEdition));
      if (count < 1200) short.push(`${chapter.file}: ${count} ord i utgåva ${edition}`);
    }
    expect(short, short.join('\n')).toEqual([]);
  });

  it('varje steg 1–5 har ett processkapitel', () => {
    for (const step of [1, 2, 3, 4, 5]) {
      const chapters = content.chapters.filter((c) => c.data['part'] === 'process' && c.data['step'] === step);
      expect(chapters.length, `steg ${step}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('har minst 25 <Revision>-block i minst 8 kapitel', () => {
    let total = 0;
    let chapters = 0;
    for (const chapter of content.chapters) {
      const revisions = parseRevisions(chapter.body ?? '', currentEdition);
      total += revisions.length;
      if (revisions.length) chapters++;
    }
    expect(total).toBeGreaterThanOrEqual(25);
    expect(chapters).toBeGreaterThanOrEqual(8);
  });
});

describe('metoder, arbetsblad, övningar, exempel, roller', () => {
  it('minst 30 metoder, var och en med källa och obligatoriska fält', () => {
    expect(content.methods.length).toBeGreaterThanOrEqual(30);
    for (const method of content.methods) {
      const data = MethodSchema.parse(method.data);
      expect(data.sources.length, method.file).toBeGreaterThanOrEqual(1);
      expect(data.title.trim(), method.file).not.toBe('');
      expect(data.summary.trim(), method.file).not.toBe('');
      expect(data.evidence.trim(), method.file).not.toBe('');
      expect(data.steps.length, method.file).toBeGreaterThanOrEqual(1);
    }
  });

  it('minst 14 arbetsblad och minst 10 övningar', () => {
    expect(content.worksheets.length).toBeGreaterThanOrEqual(14);
    expect(content.exercises.length).toBeGreaterThanOrEqual(10);
  });

  it('minst 12 goda exempel, vart och ett med källa och giltigt steg', () => {
    expect(content.examples.length).toBeGreaterThanOrEqual(12);
    for (const example of content.examples) {
      const sources = example.data['sources'];
      expect(Array.isArray(sources) ? sources.length : 0, example.file).toBeGreaterThanOrEqual(1);
      expect([1, 2, 3, 4, 5], `${example.file} → step`).toContain(example.data['step']);
    }
  });

  it('rollerna är exakt de nio roll-id:na i ROLE_IDS', () => {
    expect(content.roles.map((r) => r.id).sort()).toEqual([...ROLE_IDS].sort());
    expect(content.roles).toHaveLength(9);
  });
});

describe('ordlistan', () => {
  const glossary = content.glossary;

  it('har minst 50 termer med unika id', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(50);
    const ids = glossary.map((t) => t.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('varje synonym är unik i filen och inte en annan terms namn (skiftlägeskänsligt)', () => {
    const problems: string[] = [];
    const terms = new Map(glossary.map((t) => [String(t.data['term']), t.id]));
    const seen = new Map<string, string>();
    for (const entry of glossary) {
      const synonyms = (entry.data['synonyms'] as string[] | undefined) ?? [];
      for (const synonym of synonyms) {
        const owner = terms.get(synonym);
        if (owner !== undefined && owner !== entry.id) problems.push(`${entry.id}: synonymen "${synonym}" är termen ${owner}`);
        const earlier = seen.get(synonym);
        if (earlier !== undefined) problems.push(`${entry.id}: synonymen "${synonym}" finns redan hos ${earlier}`);
        seen.set(synonym, entry.id);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('lagen', () => {
  it('law.yaml har de elva bestämmelserna', () => {
    expect(content.law.map((p) => p.id).sort()).toEqual([...LAW_IDS].sort());
  });

  it('bara de verifierade paragraferna 1–4 § nämns i text som läsaren ser', () => {
    // Readers see a paragraph number only for verified provisions (lawLabel); those are exactly 1–4 §.
    const shown = content.law
      .filter((p) => p.data['verified'] === true && /§/.test(String(p.data['paragraph'])))
      .map((p) => String(p.data['paragraph']));
    expect(shown.sort()).toEqual(['1 §', '2 §', '3 §', '4 §']);
    const problems: string[] = [];
    // "5 §", "5–6 §§", "5 och 6 §§", "§ 5", "§§ 5–6"
    const numbered = [/(\d+(?:\s*(?:[–—-]|och|,)\s*\d+)*)\s*§/g, /§§?\s*(\d+(?:\s*(?:[–—-]|och|,)\s*\d+)*)/g];
    for (const { where, text } of readerTexts()) {
      for (const pattern of numbered) {
        for (const match of text.matchAll(pattern)) {
          const numbers = (match[1] ?? '').split(/\D+/).filter(Boolean).map(Number);
          if (numbers.some((n) => n < 1 || n > 4)) problems.push(`${where}: "${match[0]}"`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('referenser', () => {
  it('alla id-referenser, <Term id> och <Revision> stämmer (content-integrity)', () => {
    const problems = findIntegrityProblems(content);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('alla interna länkar leder till något som finns', () => {
    const ids = Object.fromEntries(
      (Object.keys(content) as CollectionName[]).map((c) => [c, new Set(content[c].map((e) => e.id))]),
    ) as Record<CollectionName, Set<string>>;
    const problems: string[] = [];
    let checked = 0;
    for (const { where, text } of readerTexts()) {
      for (const match of text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
        const link = match[1] ?? match[2] ?? '';
        checked++;
        if (STATIC_ROUTES.has(link)) continue;
        const page = /^\/([a-z-]+)\/([a-z0-9-]+)\/$/.exec(link);
        const anchor = /^\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(link);
        if (page && PAGE_TARGETS[page[1]!]) {
          if (!ids[PAGE_TARGETS[page[1]!]!].has(page[2]!)) problems.push(`${where}: ${link} (okänt id "${page[2]}")`);
        } else if (anchor && ANCHOR_TARGETS[anchor[1]!]) {
          if (!ids[ANCHOR_TARGETS[anchor[1]!]!].has(anchor[2]!)) problems.push(`${where}: ${link} (okänt id "${anchor[2]}")`);
        } else {
          problems.push(`${where}: ${link} (inte en länk till kapitel, metod, arbetsblad, övning, gott exempel, roll, ordlista eller lag)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
