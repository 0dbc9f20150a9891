import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { STATIC_PAGES, chapterUrl, urls } from '../../src/shared/urls';

const PAGES = path.resolve(import.meta.dirname, '../../src/pages');

/** The page file Astro builds an address from (file-based routing). */
function pageFileExists(url: string): boolean {
  const route = url.split('#')[0]!.replace(/^\//, '');
  if (route.endsWith('.json')) return existsSync(path.join(PAGES, `${route}.ts`));
  if (route.endsWith('/index.html')) return pageFileExists(`/${route.slice(0, -'index.html'.length)}`);
  const dir = route.replace(/\/$/, '');
  return [path.join(PAGES, dir, 'index.astro'), path.join(PAGES, `${dir}.astro`)].some((f) => existsSync(f));
}

describe('urls', () => {
  it('puts the current edition at the root and archived editions under /utgava/', () => {
    expect(chapterUrl('steg-1-initiera')).toBe('/kapitel/steg-1-initiera/');
    expect(chapterUrl('steg-1-initiera', '2020')).toBe('/utgava/2020/kapitel/steg-1-initiera/');
    expect(urls.comparison('steg-1-initiera', '2020', '2026')).toBe('/kapitel/steg-1-initiera/jamfor/2020-2026/');
    expect(urls.term('lagesbild')).toBe('/ordlista/#lagesbild');
    expect(urls.stepWorksheets(3)).toBe('/arbetsblad/steg-3/');
  });

  it('names only addresses that a page file builds', () => {
    const fixed = Object.values(urls).flatMap((u) => (typeof u === 'string' ? [u] : []));
    expect(fixed.filter((u) => !pageFileExists(u))).toEqual([]);
    expect(STATIC_PAGES.filter((u) => !pageFileExists(u) && !/^\/(steg\/|arbetsblad\/steg-)\d\/$/.test(u))).toEqual([]);
    // The dynamic ones: one instance of each shape against its [param] file.
    expect(existsSync(path.join(PAGES, 'steg/[step].astro'))).toBe(true);
    expect(existsSync(path.join(PAGES, 'arbetsblad/steg-[step].astro'))).toBe(true);
    expect(pageFileExists('/hela-handboken/')).toBe(true);
    expect(pageFileExists('/finns-inte/')).toBe(false);
  });
});

describe('the list of pages content may link to, as the module builds it', () => {
  // Read from a fresh import: the list and the archive prefix are built when the module loads.
  it('has every step page and every step worksheet page, and the archive prefix', async () => {
    vi.resetModules();
    const fresh = await import('../../src/shared/urls');
    for (const n of [1, 2, 3, 4, 5]) {
      expect(fresh.STATIC_PAGES).toContain(fresh.urls.step(n));
      expect(fresh.STATIC_PAGES).toContain(fresh.urls.stepWorksheets(n));
    }
    expect(fresh.STATIC_PAGES).toContain(fresh.urls.chapters);
    expect(new Set(fresh.STATIC_PAGES).size).toBe(fresh.STATIC_PAGES.length);
    expect(fresh.ARCHIVE_PREFIX).toBe('/utgava/');
    expect(fresh.urls.edition('2020').startsWith(fresh.ARCHIVE_PREFIX)).toBe(true);
  });
});
