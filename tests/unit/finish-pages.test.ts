// The last pass over the pages hands each page to the search index as Astro wrote it, in path order (the
// same site gives the same index), while it writes the finished page (src/build/integrations/pages-step.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks, finishPages, listFiles } from '../../src/build/integrations/pages-step';
import { SOFT_HYPHEN } from '../../src/build/html/typeset';

const LONG = 'Samverkansöverenskommelsen';
const logger = { info: () => {}, warn: () => {} };
let out = '';
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** A site of `n` pages whose sizes differ a lot, so their reads finish out of order. */
function site(n: number): string[] {
  out = mkdtempSync(path.join(tmpdir(), 'hb-finish-'));
  const files: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const dir = path.join(out, `sida-${String(i).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    const filler = '<p>kort</p>'.repeat(i % 3 === 0 ? 200_000 : 1);
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="sv"><body><main><h1>${LONG}</h1>${filler}<a href="/sida-00/">första</a><a href="/filer/blad.pdf">blad</a></main></body></html>`);
    files.push(`/sida-${String(i).padStart(2, '0')}/index.html`);
  }
  mkdirSync(path.join(out, 'filer'));
  writeFileSync(path.join(out, 'filer', 'blad.pdf'), '%PDF');
  return files.sort();
}

describe('finishPages', () => {
  it('hands every page over once, in path order, unfinished, and writes it finished', async () => {
    const files = site(24);
    const seen: string[] = [];
    await finishPages(out, await listFiles(out), logger, async (file, html) => {
      expect(html).not.toContain(SOFT_HYPHEN);
      expect(html).toContain(LONG);
      seen.push(file);
      await new Promise((r) => setTimeout(r, 1));
    });
    expect(seen).toEqual(files);
    const written = readFileSync(path.join(out, files[5]!), 'utf8');
    expect(written).toContain(SOFT_HYPHEN);
    expect(written.replaceAll(SOFT_HYPHEN, '')).toContain(LONG);
  });
  it('fails when the index refuses a page, naming the error', async () => {
    site(6);
    await expect(
      finishPages(out, await listFiles(out), logger, async (file) => {
        if (file.includes('sida-03')) throw new Error('Pagefind: trasig sida');
      }),
    ).rejects.toThrow('Pagefind: trasig sida');
  });
  it('returns the links and ids for the link check, which finds a broken one', async () => {
    site(3);
    const links = await finishPages(out, await listFiles(out), logger);
    expect([...links.keys()].sort()).toEqual(['/sida-00/', '/sida-01/', '/sida-02/']);
    await expect(checkLinks(out, links, logger)).resolves.toBeUndefined();
    // The files are listed when the check runs: one removed after the pages were finished is missed.
    rmSync(path.join(out, 'filer', 'blad.pdf'));
    await expect(checkLinks(out, links, logger)).rejects.toThrow(/Trasiga interna länkar \(3\)/);
  });
});
