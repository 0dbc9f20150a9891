/**
 * Finds Swedish text written straight into code instead of src/i18n (issue 21): `.astro` files are read
 * with Astro's own parser (@astrojs/compiler-rs, an ESTree AST of frontmatter, template and scripts),
 * TypeScript with the TypeScript compiler, so comments, imports and code tokens are told apart from text.
 *
 * What counts as reader text:
 * - a template text node with a word in it (every word a reader sees comes from a bundle, English too);
 * - a literal in a reader-facing attribute (aria-label, title, placeholder, alt …) with a word in it;
 * - any other string or template literal that looks Swedish: å, ä or ö, or a common Swedish word.
 * Not text: the message of an Error thrown at build time (in an .astro file's frontmatter, or in a module
 * that runs only in the build): it stops the build and speaks to the handbook's authors, never to a reader.
 *   A single lower-case token (`kapitel`, `search.filter.steg`, `ledning`) is a key or a URL part, not text.
 */
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

export interface Finding {
  line: number;
  text: string;
  /** What kind of place it was found in: text, attribute name, or literal. */
  where: string;
}

/** Attributes a reader sees or hears (screen readers read aria-*, title shows as a tooltip). */
const READER_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Frequent Swedish words that are not English and not code: function words and the handbook's UI verbs
 * and nouns. Only whole words count, case-insensitively.
 */
const SWEDISH_WORDS = new Set(
  (
    'och att det som inte eller med av den ett har kan du din ditt dina ni er vi sig om vid alla finns utan efter sedan ' +
    'också bara där nu mer fler inga ingen inget hela samt eller ska skall eller sina sin sitt hos mot ur ut upp ner ' +
    'spara sparad sparat sparade skriv visa ladda avbryt kopiera klistra ta bort lägg ny nytt nya klar paus tips ' +
    'exempel checklista lagkrav kapitel arbetsblad metod metoder roll roller steg sida sidan minuter sekunder timme ' +
    'dag dagar tid datum namn rad rader kolumn tabell fil filen filer sök sökord hem tom egen eget egna punkt ' +
    'starta stoppa nollställ nästa förra tillbaka fortsätt öppna stäng dölj byt anteckningar övning övningar ' +
    'workshoppen workshoppar mall mallar lagen kommun kommuner polis polisen'
  ).split(/\s+/),
);

const URL_LIKE = /\b(?:https?|mailto):\S+|(?:^|\s)\/[\w\-./#?=&%]*/g;
const PLACEHOLDER = /\{\w+\}|&\w+;/g;

/** True when a string has a letter word in it. */
export const hasWord = (text: string): boolean => /\p{L}{2,}/u.test(text.replace(URL_LIKE, ' ').replace(PLACEHOLDER, ' '));

/** True when a string literal in code reads as Swedish text (see the module comment). */
export function looksSwedish(value: string): boolean {
  // Markup in a template literal is code; the text between its tags is not.
  const text = value.replace(/<[^<>]*>/g, ' ').replace(URL_LIKE, ' ').replace(PLACEHOLDER, ' ').trim();
  if (!/\p{L}/u.test(text)) return false;
  // A key, id, class, selector, JSON key, URL segment or event name: one lower-case token without Swedish letters.
  if (/^[a-z0-9_.:#\-/[\]="'{},]+$/.test(text)) return false;
  if (/[åäöÅÄÖ]/.test(text)) return true;
  // A label or sentence: a capitalised word and more words ("Struken text"), which code never is.
  if (/^[A-Z][a-z]+(?: [a-z]+)+[.:!?]?$/.test(text)) return true;
  return (text.match(/\p{L}+/gu) ?? []).some((word) => SWEDISH_WORDS.has(word.toLowerCase()));
}

const snippet = (text: string): string => text.trim().replace(/\s+/g, ' ').slice(0, 80);

function lineAt(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

type EsNode = { type?: unknown; start?: number; [key: string]: unknown };
const isNode = (value: unknown): value is EsNode => typeof value === 'object' && value !== null && typeof (value as EsNode).type === 'string';

/**
 * Attributes whose literal values are code, whatever they contain (expressions in them are still read).
 * `searchType` is the search filter's key; src/i18n/search.ts maps it to the label readers see.
 */
const CODE_ATTRIBUTES = /^(searchType|class|class:list|id|href|src|srcset|for|name|type|rel|lang|style|is:.*|set:.*|aria-(controls|describedby|labelledby|live|current|hidden|expanded|pressed|haspopup)|role|pattern|autocomplete|inputmode|accept|media|sizes|method|action|target|form|list)$/;

/** Reader text written into an `.astro` file (frontmatter, template and its scripts). */
export function swedishInAstro(source: string): Finding[] {
  const { ast, diagnostics } = parseAstro(source);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`cannot parse: ${errors.map((d) => d.text).join('; ')}`);
  const line = lineAt(source);
  const found: Finding[] = [];
  const add = (node: EsNode, text: string, where: string) => found.push({ line: line(node.start ?? 0), text: snippet(text), where });

  const visit = (node: EsNode, context: { style: boolean; frontmatter?: boolean }): void => {
    switch (node.type) {
      case 'AstroFrontmatter':
        visit(node.program as EsNode, { ...context, frontmatter: true });
        return;
      case 'NewExpression':
        if (context.frontmatter && (node.callee as EsNode).name === 'Error') return;
        break;
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
        if (node.type !== 'ExportNamedDeclaration' || !node.declaration) return;
        break;
      case 'JSXText':
        if (!context.style && hasWord(String(node.value))) add(node, String(node.value), 'text');
        return;
      case 'JSXElement': {
        const opening = node.openingElement as EsNode & { name: EsNode };
        const style = opening.name.name === 'style';
        visit(opening, context);
        for (const child of node.children as EsNode[]) visit(child, { style });
        return;
      }
      case 'JSXAttribute': {
        const name = String((node.name as EsNode).name ?? (node.name as EsNode & { name: EsNode }).name?.name);
        const value = node.value as EsNode | null;
        if (!value) return;
        if (value.type === 'Literal') {
          if (CODE_ATTRIBUTES.test(name)) return;
          const text = String(value.value);
          if (READER_ATTRIBUTES.has(name) ? hasWord(text) : looksSwedish(text)) add(value, text, `attribute ${name}`);
          return;
        }
        visit(value, context);
        return;
      }
      case 'Property':
        // An object key is code; only its value can be text.
        if (node.computed) visit(node.key as EsNode, context);
        visit(node.value as EsNode, context);
        return;
      case 'Literal':
        if (typeof node.value === 'string' && looksSwedish(node.value)) add(node, node.value, 'literal');
        return;
      case 'TemplateElement': {
        const value = node.value as { cooked?: string; raw: string };
        if (looksSwedish(value.cooked ?? value.raw)) add(node, value.cooked ?? value.raw, 'template literal');
        return;
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'type') continue;
      if (Array.isArray(child)) for (const item of child) isNode(item) && visit(item, context);
      else if (isNode(child)) visit(child, context);
    }
  };
  visit(ast as EsNode, { style: false });
  return found;
}

/** Swedish string and template literals in a TypeScript module; `buildTime` for modules only the build runs. */
export function swedishInTs(fileName: string, source: string, buildTime = false): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string, where: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: snippet(text), where });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (buildTime && ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Error') return;
    if (ts.isPropertyAssignment(node)) {
      // An object key is code; only its value can be text.
      if (ts.isComputedPropertyName(node.name)) visit(node.name);
      visit(node.initializer);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksSwedish(node.text)) add(node, node.text, 'literal');
      return;
    }
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (looksSwedish(node.text)) add(node, node.text, 'template literal');
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
