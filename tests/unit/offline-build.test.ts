import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPrecacheManifest, measureAhead, transferSize } from '../../src/build/integrations/service-worker-step';

const out = mkdtempSync(path.join(tmpdir(), 'hb-precache-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
mkdirSync(path.join(out, 'kapitel/grunderna'), { recursive: true });
writeFileSync(path.join(out, 'kapitel/grunderna/index.html'), '<h1>x</h1>');
writeFileSync(path.join(out, 'pagefind-entry.json'), '{}');

describe('the precache manifest', () => {
  it('passes when every file it names exists', () => {
    const entries = [{ url: 'kapitel/grunderna/index.html', revision: 'a' }, { url: 'pagefind-entry.json', revision: null }];
    expect(checkPrecacheManifest(entries, out)).toBe(entries);
  });
  it('refuses a manifest that names a missing file, naming it', () => {
    expect(() => checkPrecacheManifest([{ url: 'kapitel/grunderna/index.html' }, { url: '_astro/borta.abc123.css' }], out)).toThrow(/_astro\/borta\.abc123\.css/);
  });
  it('reads encoded names as files on disk', () => {
    writeFileSync(path.join(out, 'å ä.json'), '{}');
    expect(() => checkPrecacheManifest([{ url: encodeURI('å ä.json') }], out)).not.toThrow();
  });
});

describe('what a file costs over the wire', () => {
  it('is the gzip size for text and the file size for the rest, and a file changed since is measured again', async () => {
    const page = path.join(out, 'kapitel/grunderna/index.html');
    const text = '<p>Samverkan i lokalt brottsförebyggande arbete.</p>'.repeat(200);
    writeFileSync(page, text);
    const first = await transferSize(page);
    expect(first).toBeLessThan(Buffer.byteLength(text) / 10); // repeated text compresses well
    expect(first).toBe(gzipSync(Buffer.from(text), { level: 6 }).length);
    // Measured ahead, then changed (a later step may rewrite a page): the new content counts.
    await measureAhead(out, ['/kapitel/grunderna/index.html']);
    const changed = `${text}<p>${'x'.repeat(3000)}</p>`.replace(/p>/g, 'p >');
    writeFileSync(page, changed);
    utimesSync(page, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    expect(await transferSize(page)).toBe(gzipSync(Buffer.from(changed), { level: 6 }).length);
    writeFileSync(path.join(out, 'bild.png'), Buffer.alloc(1234, 7));
    expect(await transferSize(path.join(out, 'bild.png'))).toBe(1234);
  });
});
