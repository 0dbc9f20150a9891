import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tightenCsp } from '../../src/build/html/csp';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('tightenCsp', () => {
  it('keeps only the hashes of the page’s own inline scripts and styles', () => {
    const inline = "document.documentElement.dataset.x='1';";
    const css = 'body{color:red}';
    const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(inline)} ${hash('other')} ${hash('{"a":1}')} ${hash('{"b":2}')}; style-src 'self' ${hash(css)} ${hash('unused')}">`;
    const html = `<html><head>${meta}<style>${css}</style></head><body><script type="module" src="/a.js"></script><script>${inline}</script><script type="application/json">{"a":1}</script><script type="application/ld+json">{"b":2}</script></body></html>`;
    const out = tightenCsp(html);
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(inline)};`);
    expect(out).toContain(`style-src 'self' ${hash(css)}"`);
    expect(out).not.toContain(hash('other'));
    // Data blocks never run: their hashes go too.
    expect(out).not.toContain(hash('{"a":1}'));
    expect(out).not.toContain(hash('{"b":2}'));
    expect(out).not.toContain(hash('unused'));
    expect(out).toContain("default-src 'self'");
  });
  it('hashes what the browser runs: a tag spelled inside a script is not a style, attributes in any quoting', () => {
    const inline = 'const s = "<style>x</style>";';
    const meta = `<META HTTP-EQUIV="Content-Security-Policy" content="script-src 'self' ${hash(inline)}; style-src 'self' ${hash('x')}">`;
    const out = tightenCsp(`<head>${meta}</head><body><script type='module'>${inline}</script><script src=/a.js>ignored</script></body>`);
    expect(out).toContain(`<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(inline)}; style-src 'self'">`);
    expect(out).toContain(`<script type='module'>${inline}</script>`);
  });
  it('leaves a page without a CSP meta alone', () => {
    expect(tightenCsp('<p>hej</p>')).toBe('<p>hej</p>');
  });
});
