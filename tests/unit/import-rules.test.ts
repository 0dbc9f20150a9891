/**
 * The folder boundaries, enforced (issue 21): src/shared is browser-safe code any side may use,
 * src/build runs only in the build (astro:content, node:*, process.env, MDX and HTML processing),
 * src/client runs in the reader's browser, src/sw is the service worker. Imports are read with
 * TypeScript's own parser, not a regex, so comments, strings and `import type` are told apart.
 * `import type` is exempt everywhere: it is erased and cannot pull code into a bundle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

interface Import {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

/** Every static import, re-export and dynamic import() of a module's source. */
export function importsOf(fileName: string, text: string): Import[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteral(specifier)) {
      found.push({ specifier: specifier.text, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node, node.moduleSpecifier, node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword);
    else if (ts.isExportDeclaration(node)) add(node, node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A relative specifier as the file it names (as Vite and esbuild resolve it), or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  // A Vite query (`style.css?inline`) names the same file.
  const base = path.resolve(path.dirname(from), specifier.replace(/\?[\w=&]*$/, ''));
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${specifier}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const area = (file: string): string => path.relative(SRC, file).split(path.sep)[0] ?? '';

interface Rule {
  /** Which folder's modules the rule applies to. */
  area: string;
  /** Why an import breaks the rule, or undefined when it may stay. */
  forbids(specifier: string, target: string | undefined): string | undefined;
}

const platform = (specifier: string) =>
  specifier.startsWith('astro:') || specifier.startsWith('node:') ? `imports ${specifier}, which only the build has` : undefined;

export const RULES: Rule[] = [
  {
    area: 'client',
    forbids: (specifier, target) =>
      platform(specifier) ??
      (target && ['build', 'schemas', 'pages', 'components', 'layouts', 'sw'].includes(area(target) ?? '')
        ? `imports ${path.relative(ROOT, target)}, which does not run in the browser page`
        : undefined),
  },
  {
    area: 'shared',
    forbids: (specifier, target) =>
      platform(specifier) ??
      (target && !['shared', 'i18n'].includes(area(target) ?? '')
        ? `imports ${path.relative(ROOT, target)}; shared code may import only shared code and strings`
        : undefined),
  },
];

/** Breaches of the rules by one module, as "file:line: reason". */
export function breaches(file: string, text: string, rules: readonly Rule[] = RULES): string[] {
  const rule = rules.filter((r) => r.area === area(file));
  return importsOf(file, text)
    .filter((i) => !i.typeOnly)
    .flatMap((i) => {
      const target = resolveLocal(file, i.specifier);
      return rule.map((r) => r.forbids(i.specifier, target)).filter((why): why is string => why !== undefined)
        .map((why) => `${path.relative(ROOT, file)}:${i.line}: ${why}`);
    });
}

/** Every module and package the service worker's bundle holds, following local imports. */
function bundleOf(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const i of importsOf(file, readFileSync(file, 'utf8'))) {
      if (i.typeOnly) continue;
      const target = resolveLocal(file, i.specifier);
      if (target) walk(target);
      else packages.add(i.specifier);
    }
  };
  walk(entry);
  return { modules: [...modules].map((m) => path.relative(ROOT, m)).sort(), packages: [...packages].sort() };
}

/**
 * What the service worker may hold: it runs on every reader's device for every request, so a new
 * import is a decision, not an accident. Add to this list on purpose.
 */
const SERVICE_WORKER_IMPORTS = {
  modules: ['src/shared/search-hit.ts', 'src/shared/search-shards.ts', 'src/shared/urls.ts', 'src/sw/sw.ts'],
  packages: ['workbox-precaching', 'workbox-routing', 'workbox-strategies'],
};

describe('import rules', () => {
  it('finds imports with a parser: type-only, re-exports and dynamic imports, not comments or strings', () => {
    const text = [
      "import type { A } from '../build/a';",
      "// import { B } from '../build/b';",
      "const s = \"import { C } from '../build/c'\";",
      "export { D } from './d';",
      "const e = await import('node:fs');",
      "import { type F } from './f';",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { specifier: '../build/a', typeOnly: true, line: 1 },
      { specifier: './d', typeOnly: false, line: 4 },
      { specifier: 'node:fs', typeOnly: false, line: 5 },
      // `import { type F }` keeps a side-effect import under verbatimModuleSyntax, so it counts
      { specifier: './f', typeOnly: false, line: 6 },
    ]);
  });

  it('reports each kind of breach with file and line', () => {
    const client = path.join(SRC, 'client/example.ts');
    const shared = path.join(SRC, 'shared/example.ts');
    expect(breaches(client, "import { x } from '../build/content/handbook';\nimport 'astro:content';")).toEqual([
      'src/client/example.ts:1: imports src/build/content/handbook.ts, which does not run in the browser page',
      'src/client/example.ts:2: imports astro:content, which only the build has',
    ]);
    expect(breaches(client, "import { x } from '../shared/slug';\nimport type { H } from '../build/content/handbook';")).toEqual([]);
    expect(breaches(shared, "import { createHash } from 'node:crypto';")).toEqual([
      'src/shared/example.ts:1: imports node:crypto, which only the build has',
    ]);
    expect(breaches(shared, "import { storage } from '../client/storage/index';")).toEqual([
      'src/shared/example.ts:1: imports src/client/storage/index.ts; shared code may import only shared code and strings',
    ]);
    expect(breaches(shared, "import { sv } from '../i18n/sv';\nimport { slug } from './slug';")).toEqual([]);
  });

  it('client code never imports build code, and shared code never imports astro:*, node:* or any other side', () => {
    const files = [...sourceFiles(path.join(SRC, 'client')), ...sourceFiles(path.join(SRC, 'shared'))];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => breaches(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the service worker holds only the modules and packages it declares', () => {
    expect(bundleOf(path.join(SRC, 'sw/sw.ts'))).toEqual(SERVICE_WORKER_IMPORTS);
  });
});
