/**
 * Tightens the Content-Security-Policy <meta> that Astro writes. Astro lists, on every page, a hash for
 * every client script and stylesheet of the whole build (and for its island loaders), though each page
 * only inlines a few (here: none). Keeping only the hashes of this page's own inline <script>/<style>
 * makes the policy stricter and the page smaller; 'self' still allows the bundled files.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

const digest = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    const attributes = match[1] ?? '';
    if (tag === 'script' && /\ssrc=/.test(attributes)) continue;
    // Data blocks (application/json) are never executed and need no hash.
    if (tag === 'script' && /type="application\/(?:ld\+)?json"/.test(attributes)) continue;
    hashes.add(digest(match[2] ?? ''));
  }
  return hashes;
}

export function tightenCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const used = { 'script-src': inlineHashes(html, 'script'), 'style-src': inlineHashes(html, 'style') };
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      const kept = values.filter((v) => !v.startsWith("'sha256-") || used[name].has(v));
      return [name, ...kept].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policy}">`);
}
