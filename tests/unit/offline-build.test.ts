import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPrecacheManifest } from '../../src/build/integrations/service-worker-step';

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
