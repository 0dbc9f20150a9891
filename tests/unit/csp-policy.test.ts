/**
 * The CSP tightening (src/build/html/csp.ts) at its edges: which directives it touches, which <meta> it
 * rewrites, and which scripts count as inline. tests/unit/csp.test.ts covers a whole page.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tightenCsp, tightenPolicy } from '../../src/build/html/csp';

const hash = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
const none = () => ({ 'script-src': new Set<string>(), 'style-src': new Set<string>() });

describe('tightenPolicy', () => {
  it('keeps only the used hashes in script-src and style-src, and every other source and directive as written', () => {
    const used = none();
    used['script-src'].add("'sha256-a'");
    used['style-src'].add("'sha256-c'");
    expect(tightenPolicy("default-src 'self' 'sha256-x';  script-src  'self'   'sha256-a' 'sha256-b' ; style-src 'sha256-c' 'sha256-d';img-src  'self'  data:;", used)).toBe(
      "default-src 'self' 'sha256-x'; script-src 'self' 'sha256-a'; style-src 'sha256-c'; img-src  'self'  data:",
    );
  });
  it('leaves a directive without sources when none of its hashes is used', () => {
    expect(tightenPolicy("script-src 'sha256-a'; style-src 'self' 'sha256-b'", none())).toBe("script-src; style-src 'self'");
  });
});

describe('cspScanner through tightenCsp', () => {
  const policy = (...hashes: string[]) => `default-src 'self'; script-src 'self' ${hashes.join(' ')}`;
  const meta = (content: string, equiv = 'content-security-policy') => `<meta http-equiv="${equiv}" content="${content}">`;

  it('rewrites the first CSP meta (any case of http-equiv) exactly, tag and all, and leaves the rest of the page', () => {
    const html = `<head>${meta(policy(hash('a()'), hash('b()')), 'Content-Security-Policy')}<title>T</title></head><body><script>a()</script></body>`;
    expect(tightenCsp(html)).toBe(`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash('a()')}"><title>T</title></head><body><script>a()</script></body>`);
  });

  it('leaves other meta elements alone: another http-equiv, a CSP without content, a name', () => {
    const html = `<head>${meta("script-src 'sha256-zz'", 'refresh')}<meta http-equiv="content-security-policy"><meta name="content-security-policy" content="script-src 'sha256-zz'"></head>`;
    expect(tightenCsp(html)).toBe(html);
  });

  it('does not hash scripts that are not run inline: src, JSON data blocks, a script left open', () => {
    const empty = hash('');
    const data = hash('{"a":1}');
    const html = `<head>${meta(policy(empty, data, hash('x')))}</head><body><script src="/a.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{"a":1}</script><script>x`;
    expect(tightenCsp(html)).toContain(`content="default-src 'self'; script-src 'self'"`);
  });

  it('hashes inline styles into style-src and scripts into script-src', () => {
    const css = hash('p{color:red}');
    const js = hash('go()');
    const html = `${meta(`script-src ${css} ${js}; style-src ${css} ${js}`)}<style>p{color:red}</style><script>go()</script>`;
    expect(tightenCsp(html)).toBe(`${meta(`script-src ${js}; style-src ${css}`)}<style>p{color:red}</style><script>go()</script>`);
  });
});
