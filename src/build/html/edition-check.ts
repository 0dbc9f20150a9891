/**
 * An archived edition must read as it did in its own year. This check reads a built page of such an
 * edition (parsed to a hast tree, not matched as a string) and reports every sentence that names a
 * later year, or, in editions written before Lag (2023:196), the law or the reform. It covers what a
 * reader or a search engine sees: the text (hidden search-only text too), the <title>, the meta
 * description and the Pagefind metadata and filters. Elements marked `data-edition-exempt` (the banner
 * saying the edition is archived, links to newer editions) are skipped: pointing to newer text is
 * their job.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export interface EditionRule {
  edition: string;
  /** The last year whose facts the edition may state. */
  year: number;
  /** True when the edition was written before Lag (2023:196) came into force. */
  predatesLaw: boolean;
}

export interface LaterText {
  /** Where on the page: text, title, description, or the Pagefind attribute's name. */
  where: string;
  sentence: string;
  /** What the sentence mentions, e.g. "2024" or "Lag (2023:196)". */
  reason: string;
}

/** Names of the law and the reform that have no place in an edition written before it. */
const LAW_PATTERNS: { pattern: RegExp; reason: string }[] = [
  { pattern: /2023\s*:\s*196/, reason: 'Lag (2023:196)' },
  { pattern: /kommuner mot brott/i, reason: '”Kommuner mot brott”' },
  { pattern: /kommuners ansvar för brottsförebyggande arbete/i, reason: 'lagens namn' },
  { pattern: /\b(?:reformen|lagreformen|den nya lagen)\b/i, reason: 'reformen' },
];
/**
 * Words that point to the law without naming it. An edition before the law may use them honestly ("det
 * finns ingen lag…" is not matched), so they do not fail the build; they are reported for an editor.
 */
const LAW_HINTS = /\b(?:lagen|lagens|lagkrav\w*|lagstadga\w*|samordningsfunktion\w*)\b/i;
const YEAR = /(?<![\d:.,])(19\d\d|20\d\d)(?![\d:])/g;

/** Elements that end a run of text: their text is a sentence source of its own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'label',
  'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** What the sentence mentions that the edition's year cannot know, or undefined. */
export function laterMention(sentence: string, rule: EditionRule): string | undefined {
  if (rule.predatesLaw) {
    for (const { pattern, reason } of LAW_PATTERNS) if (pattern.test(sentence)) return reason;
  }
  for (const match of sentence.matchAll(YEAR)) {
    if (Number(match[1]) > rule.year) return match[1];
  }
  return undefined;
}

/** Splits a run of text into sentences (at . ! ? followed by a space and a capital or digit). */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"”'(–-])/u)
    .filter(Boolean);
}

/** Text runs of an element tree, split at block boundaries; exempt and non-text elements skipped. */
function textRuns(root: Nodes): string[] {
  const runs: string[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer.trim()) runs.push(buffer);
    buffer = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      buffer += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName) || node.properties['dataEditionExempt'] !== undefined) return;
      if (BLOCKS.has(node.tagName)) flush();
    }
    for (const child of node.children) walk(child as Nodes);
    if (node.type === 'element' && BLOCKS.has(node.tagName)) flush();
  };
  walk(root);
  flush();
  return runs;
}

function elements(root: Root, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      if (node.properties['dataEditionExempt'] !== undefined) return;
      if (test(node)) found.push(node);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  return found;
}

const attr = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** Every sentence on the page that the edition's year cannot know (`hints`: sentences an editor should read). */
export function findLaterText(html: string, rule: EditionRule, hints: string[] = []): LaterText[] {
  const tree = fromHtml(html);
  const found: LaterText[] = [];
  const check = (where: string, text: string) => {
    for (const sentence of sentences(text)) {
      const reason = laterMention(sentence, rule);
      if (reason) found.push({ where, sentence, reason });
    }
  };
  for (const title of elements(tree, (el) => el.tagName === 'title')) textRuns(title).forEach((t) => check('titel', t));
  for (const meta of elements(tree, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description')) {
    check('beskrivning', attr(meta, 'content') ?? '');
  }
  for (const el of elements(tree, (e) => e.properties['dataPagefindMeta'] !== undefined || e.properties['dataPagefindFilter'] !== undefined)) {
    for (const name of ['dataPagefindMeta', 'dataPagefindFilter'] as const) {
      const value = attr(el, name);
      // "key:value" carries its value in the attribute; a bare key takes the element's text (checked below).
      if (value?.includes(':')) check(name === 'dataPagefindMeta' ? 'data-pagefind-meta' : 'data-pagefind-filter', value.slice(value.indexOf(':') + 1));
    }
  }
  const body = elements(tree, (el) => el.tagName === 'body')[0];
  if (body) for (const run of textRuns(body)) check('text', run);
  // Hints come from the page's own text, not the site's navigation (its "Lagen" link).
  const main = elements(tree, (el) => el.tagName === 'main')[0];
  if (main && rule.predatesLaw) {
    for (const sentence of textRuns(main).flatMap(sentences)) {
      if (!laterMention(sentence, rule) && LAW_HINTS.test(sentence)) hints.push(sentence);
    }
  }
  return found;
}
