import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
