/**
 * The string table, checked (issue 21, point 2). Every bundle in src/i18n/ is validated by one zod schema
 * (every value a non-empty text, or a list or record of them; placeholders well-formed); every call of a
 * translator passes exactly the placeholders its string has; every key is used somewhere in src/ (a dead
 * string is dead code); and one text is not kept under two keys unless the list below says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import ts from 'typescript';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

type Table = Record<string, unknown>;
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });

/** Export names that are not string tables: the aggregate of the chrome strings, and a map of filter values to keys. */
const NOT_BUNDLES = new Set(['sv', 'SEARCH_TYPE_KEYS']);
/** Tables keyed by a type's values (every document kind), read with a variable key: the type keeps them complete. */
const KEYED_BY_TYPE = new Set(['GUIDES', 'stepTexts', 'roleNames', 'methodKindNames', 'evidenceNames']);

interface Bundle {
  file: string;
  name: string;
  table: Table;
}
const bundles: Bundle[] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => !NOT_BUNDLES.has(name) && typeof value === 'object' && value !== null)
    .map(([name, value]) => ({ file: `src/i18n/${path.basename(file)}`, name, table: value as Table })),
);
const sv = (modules['../../src/i18n/sv.ts'] as { sv: Table }).sv;
/** sv.ts's own keys (the rest of `sv` is spread in from the feature bundles). */
const spread = new Set(bundles.flatMap((b) => (b.name === 'sv' ? [] : Object.keys(b.table))));
const svOwn: Bundle = { file: 'src/i18n/sv.ts', name: 'sv', table: Object.fromEntries(Object.entries(sv).filter(([key]) => !spread.has(key))) };
const allBundles = [...bundles, svOwn];

/** A placeholder is {name}; any other brace is a typo that would be shown to readers. */
const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
const text = z
  .string()
  .refine((s) => s.trim().length > 0, 'tom text')
  .refine((s) => !/[{}]/.test(s.replace(PLACEHOLDER, '')), 'klammer utanför en {platshållare}')
  .refine((s) => !/\s{2,}|\n/.test(s), 'dubbla mellanslag eller radbrytning');
type Value = string | Value[] | { [key: string]: Value };
const value: z.ZodType<Value> = z.lazy(() => z.union([text, z.array(value).nonempty(), z.record(z.string(), value)]));
const BundleSchema = z.record(z.string().min(1), value);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.astro$|(?<!\.d)\.ts$/.test(entry.name) ? [full] : [];
  });
}
const files = sourceFiles(SRC).map((full) => ({ file: path.relative(ROOT, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }));

/** The translators and the table each fills from. */
const TRANSLATORS: Record<string, Table> = {};
for (const [file, exports] of Object.entries(modules)) {
  const source = readFileSync(path.join(ROOT, 'src/i18n', path.basename(file)), 'utf8');
  for (const m of source.matchAll(/export const (\w+) = translator\((\w+)\)/g)) TRANSLATORS[m[1]!] = exports[m[2]!] as Table;
}

interface Call {
  file: string;
  line: number;
  fn: string;
  key: string;
  /** Names in the params object literal, or undefined when it is not a literal (then it is not checked). */
  params: string[] | undefined;
}

/** Every translator call with a literal key, from TypeScript modules and from .astro files (frontmatter, template, scripts). */
function translatorCalls(): Call[] {
  const calls: Call[] = [];
  for (const { file, text: source } of files) {
    if (file.endsWith('.astro')) {
      const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (typeof node !== 'object' || node === null) return;
        const n = node as Record<string, any>;
        if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name in TRANSLATORS) {
          const [key, params] = n.arguments as Record<string, any>[];
          if (key?.type === 'Literal' && typeof key.value === 'string') {
            calls.push({
              file,
              line: lineOf(n.start),
              fn: n.callee.name,
              key: key.value,
              params: !params ? [] : params.type === 'ObjectExpression' && params.properties.every((p: any) => p.type === 'Property') ? params.properties.map((p: any) => p.key.name ?? p.key.value) : undefined,
            });
          }
        }
        for (const child of Object.values(n)) walk(child);
      };
      walk(parseAstro(source).ast);
    } else {
      const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in TRANSLATORS) {
          const [key, params] = node.arguments;
          if (key && ts.isStringLiteralLike(key)) {
            calls.push({
              file,
              line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
              fn: node.expression.text,
              key: key.text,
              params: !params
                ? []
                : ts.isObjectLiteralExpression(params) && params.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
                  ? params.properties.map((p) => p.name!.getText(sf))
                  : undefined,
            });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return calls;
}

describe('strängtabellen (src/i18n)', () => {
  it('hittar buntarna', () => {
    expect(allBundles.length).toBeGreaterThan(20);
    expect(Object.keys(TRANSLATORS)).toEqual(expect.arrayContaining(['t', 'wt', 'pt', 'stept']));
  });

  it('varje bunt följer schemat: icke-tomma texter, hela platshållare', () => {
    const problems = allBundles.flatMap((b) => {
      const result = BundleSchema.safeParse(b.table);
      return result.success ? [] : result.error.issues.map((i) => `${b.file} ${b.name}.${i.path.join('.')}: ${i.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('schemat underkänner tom text, lös klammer och fel nyckel', () => {
    expect(BundleSchema.safeParse({ 'a.b': 'Spara' }).success).toBe(true);
    expect(BundleSchema.safeParse({ 'a.b': 'Steg {n}', c: ['Ett', 'Två'], d: { e: 'Tre' } }).success).toBe(true);
    expect(BundleSchema.safeParse({ 'a.b': ' ' }).success).toBe(false);
    expect(BundleSchema.safeParse({ 'a.b': 'Steg {n' }).success).toBe(false);
    expect(BundleSchema.safeParse({ 'a.b': 'Steg { n }' }).success).toBe(false);
    expect(BundleSchema.safeParse({ '': 'Spara' }).success).toBe(false);
    expect(BundleSchema.safeParse({ 'a.b': ['Ett', ''] }).success).toBe(false);
  });

  it('varje anrop ger exakt de platshållare strängen har', () => {
    const calls = translatorCalls();
    expect(calls.length).toBeGreaterThan(300);
    const problems = calls.flatMap((call) => {
      const template = TRANSLATORS[call.fn]![call.key];
      if (typeof template !== 'string') return [`${call.file}:${call.line}: ${call.fn}('${call.key}') finns inte`];
      if (!call.params) return [];
      const want = [...placeholders(template)].sort();
      const got = [...call.params].sort();
      return want.join() === got.join() ? [] : [`${call.file}:${call.line}: ${call.fn}('${call.key}') ger {${got.join(', ')}}, strängen har {${want.join(', ')}}`];
    });
    expect(problems).toEqual([]);
  });

  it('varje nyckel används någonstans i src/', () => {
    // Keys built at run time (`doc.title.${kind}`) count through their literal prefix.
    const prefixes = new Set(files.flatMap(({ text: source }) => [...source.matchAll(/[`'"]([\w.-]+[.-])(?:\$\{|['"]\s*\+)/g)].map((m) => m[1]!)));
    const unused = allBundles.filter((b) => !KEYED_BY_TYPE.has(b.name)).flatMap((b) => {
      const dotted = Object.keys(b.table).some((key) => key.includes('.'));
      return Object.keys(b.table).filter((key) => {
        if (dotted) {
          const quoted = new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`, 'g');
          // One occurrence is the definition itself.
          const uses = files.reduce((sum, { text: source }) => sum + (source.match(quoted)?.length ?? 0), 0) - 1;
          return uses < 1 && ![...prefixes].some((prefix) => prefix.length > 2 && key.startsWith(prefix));
        }
        // Identifier keys are read as properties of the exported object, or of a local name for it.
        return !files.some(({ text: source }) => {
          const names = [b.name, ...[...source.matchAll(new RegExp(`const (\\w+) = ${b.name};|\\b${b.name} as (\\w+)`, 'g'))].map((m) => (m[1] ?? m[2])!)];
          return names.some((name) => new RegExp(`\\b${name}(?:\\.${key}\\b|\\[['"]${key}['"]\\])`).test(source));
        });
      }).map((key) => `${b.file} ${b.name}: ${key}`);
    });
    expect(unused).toEqual([]);
  });

  it('kod i webbläsaren laddar sin egen bunt, aldrig hela sv.ts', () => {
    // Browser code: src/client, src/shared, src/sw, and the <script> blocks of .astro files.
    const browserSources = files.flatMap(({ file, text: source }) => {
      if (/^src\/(client|shared|sw)\//.test(file)) return [{ file, source }];
      if (file.endsWith('.astro')) return [...source.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({ file, source: m[1]! }));
      return [];
    });
    const importsSv = (source: string) => {
      const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
      return sf.statements.some((s) => ts.isImportDeclaration(s) && !s.importClause?.getText(sf).startsWith('type ') && ts.isStringLiteral(s.moduleSpecifier) && /\/i18n\/sv(\.ts)?$/.test(s.moduleSpecifier.text));
    };
    expect(browserSources.length).toBeGreaterThan(50);
    expect(browserSources.filter(({ source }) => importsSv(source)).map(({ file }) => file)).toEqual([]);
    expect(importsSv("import { t } from '../../i18n/sv';")).toBe(true);
    expect(importsSv("import type { UiKey } from '../../i18n/sv';\nimport { st } from '../../i18n/search';")).toBe(false);
  });

  it('en text finns under en nyckel i varje tabell, utom där listan säger varför', () => {
    // Per table a script loads (sv with everything spread into it counts as one): a feature's own bundle
    // may repeat a word another bundle has, so that a page downloads only its own strings.
    const tables = [...bundles.filter((b) => !Object.keys(b.table).every((key) => key in sv)), { ...svOwn, table: sv }];
    const duplicates = tables.flatMap((b) => {
      const byText = new Map<string, string[]>();
      for (const [key, v] of Object.entries(b.table)) if (typeof v === 'string') byText.set(v, [...(byText.get(v) ?? []), key]);
      return [...byText].filter(([, keys]) => keys.length > 1).map(([t, keys]) => `${b.name}: ${t} = ${keys.sort().join(' ')}`);
    });
    expect(duplicates.sort()).toEqual(DELIBERATE_DUPLICATES.map(([line]) => line).sort());
  });
});

/** The same words under two keys of one table on purpose: two places where a wording may change on its own. */
const DELIBERATE_DUPLICATES: [line: string, reason: string][] = [
  ['chainStrings: Orsak = chain.diagram.cause chain.table.cause', 'a box in the diagram and a table column'],
  ['chainStrings: Problem = chain.diagram.problem chain.table.problem', 'a box in the diagram and a table column'],
  ['chainStrings: Åtgärd = chain.diagram.measure chain.table.measure', 'a box in the diagram and a table column'],
  ['documentStrings: Bilagor = doc.b.annexes doc.s.annexes', 'section headings of two different documents'],
  ['documentStrings: Datum = doc.col.date doc.l.date', 'a table column and a field label'],
  ['documentStrings: Datum: {date} = doc.md.date doc.s.signed', 'the Markdown header and the signature line'],
  ['documentStrings: Fokusproblem = doc.col.focusProblem doc.s.focus', 'a table column and a section heading'],
  ['documentStrings: Område och period = doc.col.areaPeriod doc.l.areaPeriod', 'a table column and a field label'],
  ['documentStrings: Period = doc.m.period doc.s.period', 'field labels of two different documents'],
  ['documentStrings: Underskrifter = doc.m.signatures doc.s.signatures', 'section headings of two different documents'],
  ['documentStrings: Åtgärd = doc.col.action doc.r.log.measure', 'a table column and a log entry label'],
  ['documentStrings: Åtgärdsplan = doc.b.annex.plan doc.title.atgardsplan', 'an annex name and the document type'],
  ['pageStrings: Lagen = filter.type.law part.lagen', 'a search filter label (one per index type) and a part of the book'],
  ['pageStrings: Metoder = docs.methods filter.type.method', 'a related-links heading and a search filter label (one per index type)'],
  ['statisticsStrings: Område = stats.map.place stats.table.place', 'a column-mapping choice and a table column'],
  ['statisticsStrings: Värde = stats.map.value stats.unit.annat', 'a column-mapping choice and the unit of an unnamed measure'],
  ['sv: Arbetsblad = nav.worksheets type.worksheet', 'a menu entry and a search result type'],
  ['sv: Din roll = nav.roles type.role', 'a menu entry and a search result type'],
  ['sv: Kapitel = nav.chapters type.chapter', 'a menu entry and a search result type'],
  ['sv: Lagen = nav.law type.law', 'a menu entry and a search result type'],
  ['sv: Ordlista = nav.glossary type.glossary', 'a menu entry and a search result type'],
  ['sv: Ny arbetsyta = worksheet.new.title worksheet.workspace.new', 'a dialog title and a button'],
  ['sv: Roll = methods.filter.roll search.filter.roll', 'filters of two pages (method bank, search)'],
  ['sv: Steg = methods.filter.steg search.filter.steg', 'filters of two pages (method bank, search)'],
  ['sv: Typ = methods.filter.typ search.filter.typ', 'filters of two pages (method bank, search)'],
  ['sv: Samverkansprocessen i fem steg = process.page.title process.title', "the process page's title and the diagram's caption"],
  ['sv: Sök i handboken = search.label search.title', "the header field's label and the search page's title"],
  ['sv: Utgåva = edition.switch search.filter.utgava', 'the edition switcher and a search filter'],
  ['workshopStrings: Avbryt = builder.confirm.cancel builder.saved.cancel', 'a confirmation dialog and the rename form'],
  ['workshopStrings: Deltagare = doc.participants print.participants', 'the documentation page and the print view'],
  ['workshopStrings: Ta bort = builder.confirm.delete.ok builder.item.remove builder.saved.delete', 'confirming, an agenda item and a saved workshop'],
  ['workshopStrings: Tid = doc.time print.time', 'the documentation page and the print view'],
  ['workshopStrings: {n} steg = builder.item.steps runner.plan.steps', 'the builder and the runner'],
  ['workshopStrings: Övning = kind.exercise runner.plan.exercise', "an agenda item's kind and the runner's plan line"],
];
