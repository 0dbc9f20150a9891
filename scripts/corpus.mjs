// The shared 1 000-chapter synthetic corpus (/work/shared/bench/gen-corpus.mjs, html callouts) as chapters of
// the real book: the content folder that `npm run bench` builds to measure the build at scale. Also usable
// alone: `node scripts/corpus.mjs DIR` writes DIR/content (and DIR/korpus, the generator's output).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR = '/work/shared/bench/gen-corpus.mjs';

/** Writes `dir`/content: the book's content plus the corpus' chapters. Returns the content folder and chapter files. */
export function makeCorpusContent(dir, chapterCount = 1000) {
  const corpus = path.join(dir, 'korpus');
  const generated = spawnSync('node', [GENERATOR, '--n', String(chapterCount), '--out', corpus, '--callouts', 'html'], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`gen-corpus misslyckades: ${generated.stderr}`);
  const content = path.join(dir, 'content');
  cpSync('content', content, { recursive: true });
  const chapters = readdirSync(corpus).filter((f) => f.endsWith('.mdx')).sort();
  chapters.forEach((file, i) => {
    const text = readFileSync(path.join(corpus, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const title = /^title: (.*)$/m.exec(front)?.[1] ?? `"Kapitel ${i + 1}"`;
    const summary = /^description: (.*)$/m.exec(front)?.[1] ?? '"Ett genererat kapitel."';
    writeFileSync(
      path.join(content, 'chapters', `korpus-${file}`),
      `---\ntitle: ${title}\nsummary: ${summary}\npart: fordjupning\norder: ${1000 + i}\nupdated: 2024-06-01\neditions: ["2024"]\n---\n${body}`,
    );
  });
  return { content, chapters };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('Användning: node scripts/corpus.mjs MAPP');
  const { content, chapters } = makeCorpusContent(path.resolve(dir));
  console.log(`${chapters.length} kapitel i ${content}`);
}
