/**
 * No reader text written into code (issue 21, point 2): every word a reader sees comes from a bundle in
 * src/i18n/. Templates (.astro) are read with Astro's parser, TypeScript with the TypeScript compiler
 * (tests/unit/support/swedish-literals.ts says what counts as text). Put one literal back and this fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksSwedish, swedishInAstro, swedishInTs, type Finding } from './support/swedish-literals';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['components', 'layouts', 'pages', 'shared', 'client', 'build', 'sw'];

/**
 * Swedish that is not reader-facing UI text, one reason each: a whole file (a string), or only the listed
 * literals of a file ([reason, texts]), so a new reader string in that file still fails.
 */
const ALLOWED: Record<string, string | [reason: string, texts: string[]]> = {
  // Build-time messages name a content file and field for the handbook's authors and editors, in their language.
  'src/build/content/content-integrity.ts': 'build errors for content authors',
  'src/build/content/revisions.ts': 'build errors for content authors (<Revision> markup)',
  'src/build/content/frontmatter.ts': 'build errors for content authors (frontmatter, with the line)',
  'src/build/content/mdx-tree.ts': 'build errors for content authors (MDX attributes that cannot be read)',
  'src/build/content/worksheet-fields-parse.ts': 'build errors for content authors (worksheet fields)',
  'src/build/content/link-text.ts': 'link-text check: Swedish function words it ignores, and its build error',
  'src/build/html/link-check.ts': 'build errors for broken links',
  'src/build/html/edition-check.ts': "the law's name and words the edition check looks for in older editions (data)",
  'src/build/integrations/build-profile.ts': 'build log for the team',
  'src/build/integrations/edition-check-step.ts': 'build log and errors',
  'src/build/integrations/finish-build.ts': 'names of build steps in the build log',
  'src/build/integrations/handbook-build.ts': "names of Astro's phases in the build log, and its error",
  'src/build/integrations/no-preload-helper.ts': 'build error',
  'src/build/integrations/pagefind-step.ts': 'build log and errors',
  'src/build/integrations/pages-step.ts': 'build log and errors',
  'src/build/integrations/search-shards-step.ts': 'build log and errors',
  'src/build/integrations/service-worker-step.ts': 'build log and errors',
  'src/build/integrations/book-pdf-step.ts': 'build log and errors',
  // Word lists are data the search works on, not text anyone reads.
  'src/shared/search-terms.ts': 'synonym lists for search (data)',
  'src/shared/search-ask.ts': 'question words and phrases search strips from a query (data)',
  'src/shared/statistics/bra.ts': "the column labels of Brå's table export, which the reader matches (data)",
  'src/client/statistics/page.ts': ['the measure the Strandvik sample (content/statistics/) is shown with first (data)', ['Rån']],
  // Programming errors in shared code that only the build reaches with real ids (a wrong id fails the build).
  'src/shared/roles.ts': ['an unknown role id stops the build', ['Okänd roll:']],
  'src/shared/steps.ts': ['an unknown step number stops the build', ['Okänt steg:']],
  'src/shared/navigation.ts': ['a chapter missing from the reading order stops the build', ['" finns inte i läsordningen']],
  'src/shared/role-path.ts': ["a role's readingPath naming a missing chapter stops the build", ['" i readingPath finns inte i gällande utgåva']],
  'src/shared/worksheet-fields.ts': ['a malformed field in worksheet content stops the build, naming file and field', ['Fält på', '" är ogiltigt. Förväntade gemena a–z, siffror och bindestreck.', '"> på', 'ska vara en lista med text, fick']],
  'src/shared/search-shards.ts': ["a Pagefind index of an unknown shape stops the build (and the service worker's rebuild, which logs it)", [': saknar Pagefinds signatur – okänt format', ': fältet "', '" saknas eller är inte text', ': fältet "meta" saknas', ': fältet "anchors" saknas']],
  'src/shared/storage/settings.ts': ["the chapter page's settings reader stays free of the string table (its JS budget); a quarantine reason", ['inte ett objekt']],
  'src/shared/chain/spec.ts': ['the decision values stored in answers and written in the worksheet content (data)', ['Prioriteras nu', 'Inte nu']],
  'src/client/statistics/chart.ts': ['a programming error (Plot changed its output), never shown: the page shows its own message', ['Plot gav inte en SVG']],
  'src/client/workshop/data.ts': ['a programming error about the build output, never shown: the page shows error.data', ['data.json: okänt format']],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.astro$|(?<!\.d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Modules that run only in the build (src/build, and the endpoints under src/pages that output files). */
const buildTime = (file: string) => file.startsWith('src/build/') || file.startsWith('src/pages/');
const scan = (file: string, text: string): Finding[] =>
  file.endsWith('.astro') ? swedishInAstro(text) : swedishInTs(file, text, buildTime(file));

const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, 'src', dir))).map((full) => path.relative(ROOT, full).split(path.sep).join('/'));

describe('inga svenska texter i koden', () => {
  it('mallar och moduler hämtar all text ur src/i18n', () => {
    const breaches = files
      .filter((file) => typeof ALLOWED[file] !== 'string')
      .flatMap((file) => {
        const allowed = ALLOWED[file]?.[1] ?? [];
        return scan(file, readFileSync(path.join(ROOT, file), 'utf8'))
          .filter((f) => !allowed.includes(f.text))
          .map((f) => `${file}:${f.line} [${f.where}] ${f.text}`);
      });
    expect(breaches, 'Flytta texten till en bunt i src/i18n/').toEqual([]);
  });

  it('undantagen nämner bara filer som finns, och bara texter som finns kvar', () => {
    for (const file of Object.keys(ALLOWED)) expect(files, file).toContain(file);
    // An allowance that no longer matches anything is stale: it would let a new string through unseen.
    const stale = Object.entries(ALLOWED).flatMap(([file, allowed]) => {
      const texts = scan(file, readFileSync(path.join(ROOT, file), 'utf8')).map((f) => f.text);
      if (typeof allowed === 'string') return texts.length ? [] : [file];
      return allowed[1].filter((text) => !texts.includes(text)).map((text) => `${file}: ${text}`);
    });
    expect(stale, 'ta bort inaktuella undantag ur ALLOWED').toEqual([]);
  });
});

describe('vad som räknas som text', () => {
  it('text i en mall, och läsbara attribut, räknas', () => {
    const found = swedishInAstro('---\nimport X from "./X.astro";\n---\n<p class="lead content">Sidan finns inte</p>\n<button aria-label="Close"></button>');
    expect(found.map((f) => [f.line, f.where, f.text])).toEqual([
      [4, 'text', 'Sidan finns inte'],
      [5, 'attribute aria-label', 'Close'],
    ]);
  });

  it('uttryck, frontmatter och skript i en mall läses också', () => {
    const source = '---\nconst label = "Spara";\n---\n<p data-state={x ? "Klar" : `${n} kvar`}>{t("a.b")}</p>\n<script>const m = `Stäng ${x}`;</script>';
    expect(swedishInAstro(source).map((f) => f.text)).toEqual(['Spara', 'Klar', 'Stäng']);
  });

  it('kod räknas inte: klasser, id, nycklar, adresser, stilar, kommentarer', () => {
    const source =
      '---\nimport { t } from "../i18n/sv";\nconst o = { "Öppna": 1 };\n// Spara här\n---\n' +
      '<a class="steg kapitel" id="sok" href="/övningar/" data-kind="paus">{t("nav.home")}</a><style>.a::after { content: "Steg"; }</style><!-- Öppna -->';
    expect(swedishInAstro(source)).toEqual([]);
  });

  it('TypeScript: strängar och mallsträngar, inte importer, nycklar eller typer', () => {
    const source = 'import x from "./här";\ntype K = "övning";\nconst a = { "nästa.steg": "kapitel" };\nconst b = `Steg ${n} av ${m}`;\nconst c = "Paus";\n';
    expect(swedishInTs('x.ts', source).map((f) => [f.line, f.text])).toEqual([
      [4, 'Steg'],
      [5, 'Paus'],
    ]);
  });

  it('ett enstaka gement ord eller en väljare är kod; svenska bokstäver eller vanliga ord är text', () => {
    for (const code of ['kapitel', 'search.filter.steg', '[data-doc-kommun]', 'keydown', '<p class="kommun">', 'https://bra.se/om-oss', '{n}']) {
      expect(looksSwedish(code), code).toBe(false);
    }
    for (const text of ['Tips', 'Ta bort', 'lägesbild', 'Kommuner mot brott', 'ingen text', 'Struken text']) expect(looksSwedish(text), text).toBe(true);
  });
});

describe('en text tillbaka i koden', () => {
  it('underkänns i en riktig mall och i en riktig modul', () => {
    const page = readFileSync(path.join(ROOT, 'src/pages/404.astro'), 'utf8');
    expect(swedishInAstro(page)).toEqual([]);
    const reverted = page.replace("{pt('notfound.lead')}", 'Sidan du letar efter finns inte, eller så har den flyttats.');
    expect(reverted).not.toBe(page);
    expect(swedishInAstro(reverted).map((f) => f.text)).toEqual(['Sidan du letar efter finns inte, eller så har den flyttats.']);

    const module = readFileSync(path.join(ROOT, 'src/shared/workshop-run.ts'), 'utf8');
    expect(swedishInTs('workshop-run.ts', module)).toEqual([]);
    const put = module.replace("return wt('runner.deviation.none');", "return 'I fas med planen';");
    expect(put).not.toBe(module);
    expect(swedishInTs('workshop-run.ts', put).map((f) => f.text)).toEqual(['I fas med planen']);
  });
});

describe('fel som stoppar bygget', () => {
  it('är inte lästext i en malls frontmatter eller i byggkod, men väl i webbläsarkod', () => {
    const astro = '---\nif (!x) throw new Error(`<TableField id="${id}">: kolumnen finns inte`);\n---\n<script>throw new Error("Filen finns inte");</script>';
    expect(swedishInAstro(astro).map((f) => f.text)).toEqual(['Filen finns inte']);
    const ts = 'throw new Error(`Okänt steg: ${n}`);';
    expect(swedishInTs('x.ts', ts, true)).toEqual([]);
    expect(swedishInTs('x.ts', ts, false).map((f) => f.text)).toEqual(['Okänt steg:']);
  });
});
