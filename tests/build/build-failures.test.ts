/**
 * Bad content must stop the build with a message that names the file and the field (or the page and
 * the link). Each case copies the real content, breaks one thing and runs the real build on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const temp = mkdtempSync(path.join(tmpdir(), 'hb-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Each build's output folder already holds a previous build's file: scripts/build.mjs moves it aside and
// must put it back when the build fails before writing anything, or remove it once a new output exists.
const PREVIOUS = 'forra-bygget.txt';

function buildWith(name: string, breakIt: (dir: string) => void): { status: number | null; output: string } {
  const content = path.join(temp, name, 'content');
  cpSync('content', content, { recursive: true });
  breakIt(content);
  mkdirSync(path.join(temp, name, 'dist'), { recursive: true });
  writeFileSync(path.join(temp, name, 'dist', PREVIOUS), 'förra bygget');
  // What a build that was killed midway leaves beside its output folder.
  mkdirSync(path.join(temp, name, '.dist-forra-1'), { recursive: true });
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: path.join(temp, name, 'dist') },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the build refuses bad content', { timeout: 200_000 }, () => {
  it('a malformed frontmatter: names the file and each field', () => {
    const { status, output } = buildWith('frontmatter', (dir) =>
      edit(path.join(dir, 'chapters/grunderna.mdx'), (t) => t.replace(/^title: .*$/m, '').replace(/^order: .*$/m, 'order: "tjugo"')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('grunderna');
    expect(output).toMatch(/chapters\/grunderna\.mdx/);
    expect(output).toMatch(/title/);
    expect(output).toMatch(/order/);
    // It failed before Astro wrote anything: the previous output is still there, nothing else is left.
    expect(readFileSync(path.join(temp, 'frontmatter', 'dist', PREVIOUS), 'utf8')).toBe('förra bygget');
    expect(readdirSync(path.join(temp, 'frontmatter')).sort()).toEqual(['content', 'dist']);
  });

  it('a reference to a method that does not exist: names the file and the field', () => {
    const { status, output } = buildWith('reference', (dir) =>
      edit(path.join(dir, 'chapters/grunderna.mdx'), (t) => t.replace(/^methods: \[/m, 'methods: [finns-inte, ')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/chapters\/grunderna\.mdx → methods\[0\]: okänt id "finns-inte"/);
  });

  it('a broken internal link or anchor: names the page and the link', () => {
    const { status, output } = buildWith('link', (dir) =>
      edit(path.join(dir, 'chapters/grunderna.mdx'), (t) => `${t}\n\nSe [ett kapitel som saknas](/kapitel/saknas/) och [ett avsnitt som saknas](/kapitel/om-handboken/#inget-sadant-avsnitt).\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('/kapitel/grunderna/: länken /kapitel/saknas/ leder till en sida som inte finns');
    expect(output).toContain('/kapitel/grunderna/: länken /kapitel/om-handboken/#inget-sadant-avsnitt pekar på #inget-sadant-avsnitt');
    // It failed after Astro wrote the new site: that stays, the previous output is gone.
    expect(existsSync(path.join(temp, 'link', 'dist', 'kapitel', 'grunderna', 'index.html'))).toBe(true);
    expect(existsSync(path.join(temp, 'link', 'dist', PREVIOUS))).toBe(false);
    expect(readdirSync(path.join(temp, 'link')).sort()).toEqual(['content', 'dist']);
  });

  it('a malformed revision block: names the file and the line', () => {
    const { status, output } = buildWith('revision', (dir) =>
      edit(path.join(dir, 'chapters/steg-2-egna-forberedelser.mdx'), (t) => t.replace(/<Revision id="([^"]+)" law="[^"]+"/, '<Revision id="$1" law="okand-paragraf"')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/chapters\/steg-2-egna-forberedelser\.mdx → <Revision id="[^"]+"> law: okänd bestämmelse "okand-paragraf"/);
  });
});
