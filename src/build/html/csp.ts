/**
 * Tightens the Content-Security-Policy <meta> that Astro writes. Astro lists, on every page, a hash for
 * every client script and stylesheet of the whole build (and for its island loaders), though each page
 * only inlines a few (here: none). Keeping only the hashes of this page's own inline <script>/<style>
 * makes the policy stricter and the page smaller; 'self' still allows the bundled files.
 * The page is read by the tokenizer (html-pass.ts): an inline script is what the browser runs, exactly.
 */
import { createHash } from 'node:crypto';
import { encodeAttribute, rewriteHtml, type Edit, type Scanner } from './html-pass';

const digest = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** The policy with only the inline-hash sources this page uses. */
export function tightenPolicy(policy: string, used: Record<'script-src' | 'style-src', Set<string>>): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      const kept = values.filter((v) => !v.startsWith("'sha256-") || used[name].has(v));
      return [name, ...kept].join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

/** A scanner that hashes the inline scripts and styles and rewrites the CSP meta (html-pass.ts). */
export function cspScanner(): Scanner {
  const used = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  let meta: { start: number; end: number; policy: string } | undefined;
  // The open inline <script>/<style> whose content is hashed when it closes (null: skipped, e.g. src=).
  let inline: { tag: 'script' | 'style'; from: number } | null = null;
  return {
    onopentag(cursor, name, attributes) {
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && attributes['content'] !== undefined) {
        meta ??= { start: cursor.startIndex, end: cursor.endIndex + 1, policy: attributes['content'] };
      } else if (name === 'script' || name === 'style') {
        const type = attributes['type'];
        // A script with src runs the file; data blocks (application/json) are never executed: no hash.
        const skip = name === 'script' && (attributes['src'] !== undefined || type === 'application/json' || type === 'application/ld+json');
        inline = skip ? null : { tag: name, from: cursor.endIndex + 1 };
      }
    },
    onclosetag(cursor, name, isImplied) {
      if (inline && name === inline.tag && !isImplied) used[`${inline.tag}-src`].add(digest(cursor.html.slice(inline.from, cursor.startIndex)));
      if (name === 'script' || name === 'style') inline = null;
    },
    edits(): Edit[] {
      if (!meta) return [];
      const { start, end, policy } = meta;
      return [{ start, end, text: () => `<meta http-equiv="content-security-policy" content="${encodeAttribute(tightenPolicy(policy, used))}">` }];
    },
  };
}

export function tightenCsp(html: string): string {
  return rewriteHtml(html, [cspScanner()]);
}
