import type { AstroIntegrationLogger } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { findBrokenLinks, type BuiltSite } from '../lib/link-check';

/** Every file below `dir`, as URL paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

export async function checkLinks(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const files = await listFiles(out);
  const site: BuiltSite = { pages: new Map(), files: new Set(files) };
  await Promise.all(
    files
      .filter((f) => f.endsWith('.html'))
      .map(async (f) => {
        const route = f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f;
        site.pages.set(route, await readFile(path.join(out, f), 'utf8'));
      }),
  );
  const problems = findBrokenLinks(site);
  if (problems.length) {
    throw new Error(`Trasiga interna länkar (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  logger.info(`${site.pages.size} sidor, inga trasiga interna länkar`);
}
