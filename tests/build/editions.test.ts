/**
 * Editions are data: the real build, run on a copy of the content changed only in content files, must
 * refuse later text in an archived edition (naming file and sentence), and must turn a third edition
 * into switchers, archive banners, "Vad är nytt" and comparisons for each neighbouring pair.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const temp = mkdtempSync(path.join(tmpdir(), 'hb-editions-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildWith(name: string, change: (dir: string) => void): { status: number | null; output: string; dist: string } {
  const content = path.join(temp, name, 'content');
  const dist = path.join(temp, name, 'dist');
  cpSync('content', content, { recursive: true });
  change(content);
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: dist },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dist };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture: "${from.slice(0, 40)}…" saknas i innehållet`);
  return text.replace(from, to);
};

/** A built page as a tree, with helpers for what a reader sees. */
function page(dist: string, route: string) {
  const tree = fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
  const all: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element') all.push(n);
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(tree);
  const text = (n: Nodes): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => text(c as Nodes)).join('') : '');
  const cls = (el: Element) => (Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : []);
  return {
    text: text(tree).replace(/\s+/g, ' '),
    h1: text(all.find((el) => el.tagName === 'h1')!).trim(),
    byClass: (name: string) => all.filter((el) => cls(el).includes(name)).map((el) => text(el).replace(/\s+/g, ' ').trim()),
    links: all.filter((el) => el.tagName === 'a').map((el) => ({ href: String(el.properties['href']), text: text(el).replace(/\s+/g, ' ').trim() })),
  };
}

const CHAPTER = 'steg-2-egna-forberedelser';

describe('an archived edition that mentions a later year', { timeout: 300_000 }, () => {
  it('fails the build, naming the built file, the content file and the sentence', () => {
    const sentence = 'Arbetet följdes upp igen hösten 2024.';
    const { status, output } = buildWith('later-year', (dir) =>
      edit(path.join(dir, `chapters/${CHAPTER}.mdx`), (t) =>
        replaceOnce(t, 'Den som har bidragit till lägesbilden känner större ansvar för de åtgärder som sedan följer.', `Den som har bidragit till lägesbilden känner större ansvar för de åtgärder som sedan följer. ${sentence}`),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Äldre utgåvor innehåller senare text (1)');
    expect(output).toContain(`utgava/2020/kapitel/${CHAPTER}/index.html (${path.join(temp, 'later-year', 'content')}/chapters/${CHAPTER}.mdx) → text: nämner 2024, som utgåva 2020 inte kan känna till: ”${sentence}”`);
  });
});

describe('a third edition, added as data only', { timeout: 300_000 }, () => {
  let build: ReturnType<typeof buildWith>;
  beforeAll(() => {
    build = buildWith('three-editions', (dir) => {
      edit(path.join(dir, 'editions.yaml'), (t) =>
        // The 2024 text follows Strandvik into spring 2025, so as an archived edition it is dated then.
        replaceOnce(replaceOnce(t, 'date: 2024-06-01\n  status: current', 'date: 2025-06-01\n  status: archived'), '- id: "2024"', `- id: "2026"
  title: "Utgåva 2026"
  date: 2026-06-01
  status: current
  description: "Uppdaterad efter de första åren med lagen."
- id: "2024"`),
      );
      // Chapters that list their editions carry on into 2026; those written in 2026 belong to it alone.
      for (const file of readdirSync(path.join(dir, 'chapters'))) {
        edit(path.join(dir, 'chapters', file), (t) =>
          /^updated: 2026-/m.test(t)
            ? t.replace(/^editions: \[.*\]$/m, 'editions: ["2026"]').replace(/edition: "2024"/g, 'edition: "2026"')
            : t.replace(/^editions: \[(.*)"2024"\]$/m, 'editions: [$1"2024", "2026"]'),
        );
      }
      edit(path.join(dir, `chapters/${CHAPTER}.mdx`), (t) =>
        replaceOnce(
          replaceOnce(t, 'revisions:\n', 'revisions:\n  - { date: 2026-06-01, edition: "2026", summary: "Erfarenheterna från de första lägesbilderna är inarbetade." }\n'),
          'Egna förberedelser ger också varje part en chans att förankra arbetet internt. Den som har bidragit till lägesbilden känner större ansvar för de åtgärder som sedan följer.',
          `<Revision id="forankring-2026" edition="2026" law="lagesbild" summary="Erfarenheten visar att förankringen avgör om underlagen kommer in i tid.">
<Was>

Egna förberedelser ger också varje part en chans att förankra arbetet internt. Den som har bidragit till lägesbilden känner större ansvar för de åtgärder som sedan följer.

</Was>

Egna förberedelser ger också varje part en chans att förankra arbetet internt. Erfarenheten från de första åren är att förvaltningar som har fått vara med från början lämnar sina underlag i tid.

</Revision>`,
        ),
      );
      writeFileSync(
        path.join(dir, 'chapters/erfarenheter-2026.mdx'),
        `---
title: "Erfarenheter från de första åren"
summary: "Vad kommunerna har lärt sig av de första lägesbilderna och åtgärdsplanerna enligt lagen."
part: fordjupning
order: 999
audience: [samordnare]
updated: 2026-06-01
editions: ["2026"]
---

Ett nytt kapitel som bara finns i utgåva 2026.

## Vad som fungerade

Tidiga uppdrag till förvaltningarna gav bättre underlag.
`,
      );
    });
  }, 300_000);

  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('gives each edition its own page of the chapter, with a switcher to all three and a banner on the archived ones', () => {
    for (const [route, edition] of [[`kapitel/${CHAPTER}`, '2026'], [`utgava/2024/kapitel/${CHAPTER}`, '2024'], [`utgava/2020/kapitel/${CHAPTER}`, '2020']] as const) {
      const p = page(build.dist, route);
      const switcher = p.links.filter((l) => /^Utgåva \d{4}/.test(l.text)).map((l) => l.text);
      expect(switcher, route).toEqual(['Utgåva 2026 (gällande utgåva)', 'Utgåva 2024', 'Utgåva 2020']);
      expect(p.byClass('edition-banner'), route).toEqual(edition === '2026' ? [] : [`Du läser en äldre utgåva (Utgåva ${edition}). Läs gällande text`]);
    }
    expect(page(build.dist, `kapitel/${CHAPTER}`).text).toContain('lämnar sina underlag i tid');
    const archived = page(build.dist, `utgava/2024/kapitel/${CHAPTER}`);
    expect(archived.text).toContain('Den som har bidragit till lägesbilden känner större ansvar');
    expect(archived.text).not.toContain('lämnar sina underlag i tid');
    // The 2024 page keeps its own revision history: the 2026 entry is not there yet.
    expect(archived.text).not.toContain('Erfarenheterna från de första lägesbilderna är inarbetade.');
    expect(archived.links.map((l) => l.href)).toContain(`/kapitel/${CHAPTER}/jamfor/2020-2024/`);
  });

  it('has the new chapter in 2026 only', () => {
    expect(existsSync(path.join(build.dist, 'kapitel/erfarenheter-2026/index.html'))).toBe(true);
    expect(existsSync(path.join(build.dist, 'utgava/2024/kapitel/erfarenheter-2026'))).toBe(false);
  });

  it('says what is new in 2026 and, in its archive, what was new in 2024', () => {
    const current = page(build.dist, 'vad-ar-nytt');
    expect(current.h1).toBe('Vad är nytt i utgåva 2026?');
    expect(current.links).toContainEqual({ href: '/kapitel/erfarenheter-2026/', text: 'Erfarenheter från de första åren' });
    expect(current.links).toContainEqual({ href: `/kapitel/${CHAPTER}/#andring-forankring-2026`, text: 'Ändrad text: Erfarenheten visar att förankringen avgör om underlagen kommer in i tid.' });
    expect(current.text).toContain('alla 1 ändrade passager');
    const archived = page(build.dist, 'utgava/2024/vad-ar-nytt');
    expect(archived.h1).toBe('Vad är nytt i utgåva 2024?');
    expect(archived.links.some((l) => l.href.startsWith(`/utgava/2024/kapitel/${CHAPTER}/#andring-`))).toBe(true);
    expect(archived.links.map((l) => l.href)).toContain(`/kapitel/${CHAPTER}/jamfor/2020-2024/`);
  });

  it('compares each neighbouring pair of editions', () => {
    const newest = page(build.dist, `kapitel/${CHAPTER}/jamfor/2024-2026`);
    expect(newest.byClass('diff-summary')[0]).toContain('Erfarenheten visar att förankringen avgör om underlagen kommer in i tid.');
    expect(newest.text).toContain('Från utgåva 2024 till utgåva 2026');
    const older = page(build.dist, `kapitel/${CHAPTER}/jamfor/2020-2024`);
    expect(older.byClass('diff-summary')[0]).toContain('Kommunens lägesbild är sedan 2023 ett lagkrav');
    expect(older.byClass('diff-summary')[0]).not.toContain('förankringen avgör');
  });
});
