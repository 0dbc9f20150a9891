import type { AstroIntegrationLogger } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findBrokenLinks, type BuiltSite } from '../html/link-check';
import { tightenCsp } from '../html/csp';

/** Every file below `dir`, as URL paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

/** Reads every page once: tightens its CSP (src/build/html/csp.ts) and checks its internal links. */
export async function checkLinks(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const files = await listFiles(out);
  const site: BuiltSite = { pages: new Map(), files: new Set(files) };
  await Promise.all(
    files
      .filter((f) => f.endsWith('.html'))
      .map(async (f) => {
        const route = f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f;
        const file = path.join(out, f);
        const html = await readFile(file, 'utf8');
        const tightened = tightenCsp(html);
        if (tightened !== html) await writeFile(file, tightened);
        site.pages.set(route, tightened);
      }),
  );
  const problems = findBrokenLinks(site);
  if (problems.length) {
    throw new Error(`Trasiga interna länkar (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  logger.info(`${site.pages.size} sidor, inga trasiga interna länkar`);
}
