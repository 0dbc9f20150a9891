/**
 * Spell check of the handbook's Swedish text with a real Swedish dictionary (cspell + @cspell/dict-sv),
 * configured in cspell.config.yaml; correct words the dictionary lacks are in content/ordlista-stavning.txt.
 * Runs the cspell CLI from node_modules with the project config, exactly like `npm run spell`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, 'cspell.config.yaml');
const CSPELL = join(ROOT, 'node_modules/cspell/bin.mjs');
const GLOB = 'content/**/*.{mdx,yaml}';

interface SpellResult {
  status: number | null;
  /** One line per unknown word: "content/…/x.mdx:12:5 - Unknown word (ordet)". */
  issues: string[];
  output: string;
}

/** Spell-checks `content/**` under `root` with the project's config. */
function spellCheck(root: string): SpellResult {
  const run = spawnSync(process.execPath, [CSPELL, '--no-progress', '--no-summary', '--no-color', '--config', CONFIG, '--root', root, GLOB], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const issues = output.split('\n').filter((line) => /Unknown word|Forbidden word/.test(line));
  return { status: run.status, issues, output };
}

describe('stavning (cspell, svensk ordlista)', () => {
  it('hittar inga okända ord i content/', () => {
    const result = spellCheck(ROOT);
    if (result.issues.length) {
      console.error(
        `Stavningskontrollen hittade ${result.issues.length} okända ord. Rätta felstavningar i texten; lägg bara till ` +
          `korrekta ord i content/ordlista-stavning.txt.\n${result.issues.join('\n')}`,
      );
    }
    expect(result.issues, result.issues.join('\n')).toEqual([]);
    expect(result.status, result.output).toBe(0);
  }, 60_000);

  it('underkänner en felstavning (kopia av ett kapitel)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stavning-'));
    try {
      mkdirSync(join(dir, 'content/chapters'), { recursive: true });
      const chapter = readFileSync(join(ROOT, 'content/chapters/steg-1-initiera.mdx'), 'utf8');
      writeFileSync(join(dir, 'content/chapters/steg-1-initiera.mdx'), `${chapter}\nDet brotsförebyggande arbetet.\n`);
      const result = spellCheck(dir);
      expect(result.status).not.toBe(0);
      expect(result.issues.some((line) => line.includes('(brotsförebyggande)')), result.output).toBe(true);
      expect(result.issues).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
