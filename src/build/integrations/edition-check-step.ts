/**
 * Fails the build when a page of an archived edition says something its year could not know (a later
 * year, or the law and the reform in an edition before it): src/build/html/edition-check.ts reads each page.
 * The message names the built file, the content file it most likely comes from, and the sentence.
 * Sentences that speak of "lagen" without naming it are listed as a warning for an editor.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { EditionSchema } from '../../schemas/edition';
import { contentDir } from '../content/content-dir';
import { findLaterText, type EditionRule } from '../html/edition-check';
import { predatesLaw } from '../content/edition-text';
import { listFiles } from './pages-step';
import { urls } from '../../shared/urls';
import type { StepLogger } from './finish-build';

/** The rule for each archived edition, read from the content's editions.yaml. */
export async function archivedEditionRules(): Promise<EditionRule[]> {
  const editions = z.array(EditionSchema).parse(parse(await readFile(path.join(contentDir(), 'editions.yaml'), 'utf8')));
  const order = [...editions].sort((a, b) => a.date.getTime() - b.date.getTime()).map((e) => e.id);
  return editions
    .filter((e) => e.status === 'archived')
    .map((e) => ({ edition: e.id, year: e.date.getUTCFullYear(), predatesLaw: predatesLaw(e.id, order) }));
}

/** content/chapters/<id>.mdx for a chapter page, so the author knows where to fix it. */
function sourceOf(file: string): string {
  const chapter = /\/kapitel\/([^/]+)\/index\.html$/.exec(file)?.[1];
  return chapter ? ` (${contentDir().replace(/^\.\//, '')}/chapters/${chapter}.mdx)` : '';
}

export async function checkArchivedEditions(out: string, logger: StepLogger): Promise<void> {
  const rules = await archivedEditionRules();
  const files = await listFiles(out);
  const problems: string[] = [];
  const warnings: string[] = [];
  let pages = 0;
  for (const rule of rules) {
    const prefix = urls.edition(rule.edition);
    for (const file of files.filter((f) => f.startsWith(prefix) && f.endsWith('.html'))) {
      pages++;
      const html = await readFile(path.join(out, file), 'utf8');
      const hints: string[] = [];
      for (const hit of findLaterText(html, rule, hints)) {
        problems.push(`${file.slice(1)}${sourceOf(file)} → ${hit.where}: nämner ${hit.reason}, som utgåva ${rule.edition} inte kan känna till: ”${hit.sentence}”`);
      }
      for (const hint of hints) warnings.push(`${file.slice(1)}${sourceOf(file)}: ”${hint}”`);
    }
  }
  if (problems.length) {
    throw new Error(`Äldre utgåvor innehåller senare text (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  if (warnings.length) {
    logger.warn(`Läs igenom: ${warnings.length} meningar i utgåvor före lagen talar om lagen utan att nämna den:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
  }
  logger.info(`${pages} sidor i äldre utgåvor, ingen senare text`);
}
