import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_HEADERS, CACHE_IMMUTABLE, generated, HSTS, SECURITY_HEADERS } from '../../deploy/headers.mjs';

const read = (file: string) => readFileSync(new URL(`../../deploy/${file}`, import.meta.url), 'utf8');
const expected: Record<string, string> = { ...SECURITY_HEADERS, [HSTS.name]: HSTS.value };
const expectedForAssets: Record<string, string> = { ...ASSET_HEADERS, [HSTS.name]: HSTS.value };

/** nginx's blocks of one kind ("security": pages and sw.js; "asset": subresources), name → value each. */
const nginxBlocks = (text: string, kind: 'security' | 'asset') =>
  text
    .split(`# ${kind} headers: begin`)
    .slice(1)
    .map((block) => Object.fromEntries([...block.split(`# ${kind} headers: end`)[0]!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1]!, m[2]!])));

/** name → value of every security header a file sets (each parser reads its host's own syntax). */
const parsers: Record<string, (text: string) => Array<Record<string, string>>> = {
  // Each server/location block carries its own full set (add_header does not inherit).
  'nginx.conf': (text) => nginxBlocks(text, 'security'),
  '.htaccess': (text) => [Object.fromEntries([...text.matchAll(/^\s*Header always set (\S+) "([^"]*)"/gm)].map((m) => [m[1]!, m[2]!]))],
  'web.config': (text) =>
    [Object.fromEntries([...text.matchAll(/<add name="([^"]+)" value="([^"]*)" \/>/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&')]))],
  _headers: (text) => [Object.fromEntries([...text.split(/^\/\*$/m)[1]!.split(/^\//m)[0]!.matchAll(/^ {2}([\w-]+): (.*)$/gm)].filter((m) => m[1] !== 'Cache-Control').map((m) => [m[1]!, m[2]!]))],
};

describe('deploy header files', () => {
  it('are up to date with deploy/headers.mjs (npm run deploy:headers)', () => {
    for (const [file, content] of Object.entries(generated() as Record<string, string>)) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });
  it.each(Object.keys(parsers))('%s carries exactly the shared policy in every block', (file) => {
    const blocks = parsers[file]!(read(file));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).toEqual(expected);
  });
  it('nginx sends the document-only headers with pages and sw.js, and the rest with every subresource', () => {
    const conf = read('nginx.conf');
    const assets = nginxBlocks(conf, 'asset');
    expect(assets.length).toBe(3);
    for (const block of assets) expect(block).toEqual(expectedForAssets);
    // Every asset header is in the document set with the same value: assets lose only what acts on documents.
    for (const [name, value] of Object.entries(expectedForAssets)) expect(expected[name]).toBe(value);
    // The server level, `location /` (pages), manifest and sw.js keep the full set.
    expect(nginxBlocks(conf, 'security').length).toBe(4);
    const swBlock = conf.slice(conf.indexOf('location = /sw.js'));
    expect(nginxBlocks(swBlock, 'security')[0]).toEqual(expected);
  });
  it('nginx caches hashed files with the shared rule and sends them without validators', () => {
    const block = read('nginx.conf').split('location ~ ^/(_astro/|sokdata/')[1]!.split('}')[0]!;
    expect(block).toContain(`add_header Cache-Control "${CACHE_IMMUTABLE}" always;`);
    expect(block).toMatch(/etag off;/);
    expect(block).toMatch(/add_header Last-Modified "" always;/);
  });
  it('forbid framing, keep HSTS, and name no obsolete Permissions-Policy feature', () => {
    expect(expected['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(expected['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
    expect(expected['Permissions-Policy']).not.toMatch(/interest-cohort|document-domain|vr=|speaker=/);
  });
  it('Apache sends HSTS only over HTTPS', () => {
    expect(read('.htaccess')).toMatch(/Strict-Transport-Security "[^"]+" "expr=%\{HTTPS\} == 'on'"/);
  });
});
