/**
 * Pagefind over the built pages. Only elements marked data-pagefind-body are indexed (the main
 * content); navigation, TOCs and chrome carry data-pagefind-ignore or sit outside it. The UI bundles
 * Pagefind always writes are removed: the handbook has its own search UI (src/client/search/).
 *
 * Two indexes: the current edition in /pagefind/ and the archived editions in ARCHIVE_INDEX. A first
 * search (almost always in the current edition) then loads index chunks without the archived chapters'
 * words and positions (a fifth of the indexed text), and the archive index, like the archived pages, is
 * fetched only by a reader who searches an older edition (never part of the offline copy).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ARCHIVE_INDEX } from '../../shared/search-hit';
import { ARCHIVE_PREFIX } from '../../shared/urls';
import type { StepLogger } from './finish-build';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

function fail(stage: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${stage}): ${errors.join('; ')}`);
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function createIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'sv',
    excludeSelectors: ['[data-pagefind-ignore]', '.heading-anchor', 'nav', '.toc'],
  });
  fail('createIndex', errors);
  if (!index) throw new Error('Pagefind: inget index skapades');
  return index;
}

/**
 * The current edition's index and, when the site has archived pages, theirs: pages are added one by one
 * (as Astro wrote them, see finish-build.ts), then both indexes are written.
 */
export class SearchIndexes {
  private readonly pages = { current: 0, archived: 0 };
  private constructor(
    private readonly current: PagefindIndex,
    private readonly archive: PagefindIndex | undefined,
  ) {}

  /** Opens the indexes for a site whose HTML files are `files` (paths below the output folder). */
  static async open(files: readonly string[]): Promise<SearchIndexes> {
    try {
      const current = await createIndex();
      return new SearchIndexes(current, files.some(isArchived) ? await createIndex() : undefined);
    } catch (error) {
      await pagefind.close();
      throw error;
    }
  }

  /** Adds one page: `file` is its path below the output folder (as listFiles gives it), `content` its HTML. */
  async add(file: string, content: string): Promise<void> {
    // Pagefind would parse a page without data-pagefind-body only to leave it out (every chapter page,
    // current or archived, has one), and such pages can be large: the whole book on one page is 29 MB at
    // 1 000 chapters. They are not sent.
    if (!content.includes('data-pagefind-body')) return;
    const archived = isArchived(file);
    const index = archived ? this.archive : this.current;
    if (!index) throw new Error(`Pagefind: ${file} hör till en äldre utgåva, men indexet för dem öppnades inte`);
    // Pagefind makes the page's URL from this path, relative to the site's root.
    const added = await index.addHTMLFile({ sourcePath: relative(file), content });
    fail(`addHTMLFile ${file}`, added.errors);
    // Pages without data-pagefind-body are left out by Pagefind itself.
    if ((added.file?.uniqueWords ?? 0) > 0) this.pages[archived ? 'archived' : 'current']++;
  }

  /** Writes both indexes into `out` (the current one in /pagefind/, the archived editions' in ARCHIVE_INDEX). */
  async write(out: string, logger: StepLogger): Promise<void> {
    if (this.pages.current === 0) throw new Error('Pagefind: inga sidor indexerades');
    await writeIndex(this.current, path.join(out, 'pagefind'));
    if (this.archive) await writeIndex(this.archive, path.join(out, ARCHIVE_INDEX));
    logger.info(`${this.pages.current} sidor i sökindexet, ${this.pages.archived} i äldre utgåvors index (${ARCHIVE_INDEX}/)`);
  }

  async close(): Promise<void> {
    await pagefind.close();
  }
}

/** A path below the output folder without its leading slash, as Pagefind and the archive check read it. */
const relative = (file: string): string => file.replace(/^\/+/, '');
const isArchived = (file: string): boolean => `/${relative(file)}`.startsWith(ARCHIVE_PREFIX);

async function writeIndex(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  fail('writeFiles', written.errors);
  await Promise.all(UNUSED.map((file) => rm(path.join(outputPath, file), { force: true })));
}
