/**
 * Strandviks kommun is one story: names, numbers and dates in content/ must agree with the story bible
 * (content/strandvik.md, its YAML block). The checker is pure; the last tests pin its branches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Bible {
  people: { name: string; titles: string[] }[];
  places: string[];
  checks: { id: string; pattern: string; allowed: string[][]; min: number }[];
  forbidden: { pattern: string; why: string }[];
}

interface SourceFile {
  file: string;
  text: string;
}

export function readBible(markdown: string): Bible {
  const block = /```yaml\n([\s\S]*?)\n```/.exec(markdown);
  if (!block) throw new Error('content/strandvik.md: YAML-blocket saknas');
  return parse(block[1]!) as Bible;
}

/**
 * The lines that tell the Strandvik story in the current edition: they name a place or person, or sit in a
 * Strandvik example callout; an archived edition's wording (<Was>) is not part of it.
 */
export function storyLines(file: SourceFile, bible: Bible): { line: number; text: string }[] {
  const names = [...bible.places, ...bible.people.map((p) => p.name)];
  const mentions = (s: string) => names.some((n) => s.includes(n));
  const lines = file.text.split('\n');
  const out: { line: number; text: string }[] = [];
  let callout: { start: number; story: boolean } | undefined;
  let archived = false;
  lines.forEach((text, i) => {
    // <Was> holds the archived edition's wording; the bible tells the current edition's story.
    if (text.trim() === '<Was>') archived = true;
    if (text.trim() === '</Was>') archived = false;
    if (archived) return;
    if (/^<Callout\b/.test(text)) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith('</Callout>'));
      callout = { start: i, story: mentions(lines.slice(i, end === -1 ? undefined : end).join('\n')) };
    } else if (text.startsWith('</Callout>')) callout = undefined;
    if (mentions(text) || callout?.story) out.push({ line: i + 1, text });
  });
  return out;
}

export function checkStory(bible: Bible, files: SourceFile[]): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const titleOf = new Map<string, string>();
  for (const p of bible.people) for (const t of p.titles) titleOf.set(t, p.name);

  for (const file of files) {
    for (const { line, text } of storyLines(file, bible)) {
      const where = `${file.file}:${line}`;
      for (const person of bible.people) {
        const first = person.name.split(' ')[0]!;
        for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${first} (\\p{Lu}\\p{L}+)`, 'gu'))) {
          const full = `${first} ${m[1]}`;
          if (full !== person.name && full !== `${person.name}s`) problems.push(`${where}: "${full}" – personen heter ${person.name}`);
        }
        // A title right before the name must be this person's title.
        for (const [title, owner] of titleOf) {
          if (owner !== person.name && new RegExp(`(?<![\\p{L}])${title} ${person.name}`, 'iu').test(text)) {
            problems.push(`${where}: "${title} ${person.name}" – ${title} är ${owner}`);
          }
        }
      }
      for (const check of bible.checks) {
        for (const m of text.matchAll(new RegExp(check.pattern, 'gu'))) {
          counts.set(check.id, (counts.get(check.id) ?? 0) + 1);
          const got = m.slice(1);
          if (!check.allowed.some((a) => a.length === got.length && a.every((v, k) => v === got[k]))) {
            problems.push(`${where}: ${check.id} "${m[0]}" – berättelsen säger ${check.allowed.map((a) => a.join(' / ')).join(' eller ')}`);
          }
        }
      }
      for (const f of bible.forbidden) {
        const m = new RegExp(f.pattern, 'u').exec(text);
        if (m) problems.push(`${where}: "${m[0]}" – ${f.why}`);
      }
    }
  }
  for (const check of bible.checks) {
    const n = counts.get(check.id) ?? 0;
    if (n < check.min) problems.push(`content/strandvik.md: ${check.id} hittades ${n} gånger, minst ${check.min} väntades`);
  }
  return problems;
}

function contentFiles(): SourceFile[] {
  const files: SourceFile[] = [{ file: 'content/glossary.yaml', text: readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8') }];
  for (const dir of ['chapters', 'worksheets', 'exercises', 'methods', 'examples', 'roles']) {
    for (const name of readdirSync(join(ROOT, 'content', dir)).filter((n) => n.endsWith('.mdx')).sort()) {
      files.push({ file: `content/${dir}/${name}`, text: readFileSync(join(ROOT, 'content', dir, name), 'utf8') });
    }
  }
  return files;
}

const bible = readBible(readFileSync(join(ROOT, 'content/strandvik.md'), 'utf8'));

describe('Strandvik: en berättelse', () => {
  it('namn, tal och datum i content/ stämmer med content/strandvik.md', () => {
    const problems = checkStory(bible, contentFiles());
    expect(problems, problems.join('\n')).toEqual([]);
  });

  const fixture = (text: string): SourceFile[] => [{ file: 'content/chapters/x.mdx', text }];
  const only = (id: string): Bible => ({ ...bible, checks: bible.checks.filter((c) => c.id === id).map((c) => ({ ...c, min: 1 })) });

  it('underkänner ett tal som avviker, men bara i en Strandvikpassage', () => {
    const b = only('polisens-kvallar');
    expect(checkStory(b, fixture('I Strandvik var polisen på plats 46 av 52 planerade kvällar.'))).toEqual([]);
    const wrong = checkStory(b, fixture('I Strandvik var polisen på plats 46 av 60 planerade kvällar.'));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toContain('content/chapters/x.mdx:1');
    // Another municipality's numbers are not the story's: no match counted, so the minimum fails instead.
    expect(checkStory(b, fixture('I Ystad var polisen på plats 46 av 60 planerade kvällar.'))).toEqual([
      'content/strandvik.md: polisens-kvallar hittades 0 gånger, minst 1 väntades',
    ]);
  });

  it('räknar rader i en exempelruta om Strandvik som en del av berättelsen', () => {
    const text = ['<Callout type="exempel" title="Strandvik följer upp">', '', 'Polisen var där 40 av 52 planerade kvällar.', '', '</Callout>'].join('\n');
    expect(checkStory(only('polisens-kvallar'), fixture(text))).toHaveLength(1);
  });

  it('underkänner fel namn och fel titel före ett namn', () => {
    const b = { ...bible, checks: [] };
    expect(checkStory(b, fixture('I Strandvik leder Elin Strömberg arbetet.'))[0]).toContain('personen heter Elin Ström');
    expect(checkStory(b, fixture('I Strandvik skrev kommunpolisen Elin Ström utkastet.'))[0]).toContain('kommunpolisen är Ahmed Yilmaz');
    expect(checkStory(b, fixture('I Strandvik skrev samordnaren Elin Ström utkastet.'))).toEqual([]);
  });

  it('läser inte den arkiverade utgåvans lydelse (<Was>) som en del av berättelsen', () => {
    const b = only('polisens-kvallar');
    const text = ['<Revision id="x" law="atgardsplan" summary="S.">', '<Was>', '', 'I Strandvik: 40 av 60 planerade kvällar.', '', '</Was>', '', 'I Strandvik: 46 av 52 planerade kvällar.', '', '</Revision>'].join('\n');
    expect(checkStory(b, fixture(text))).toEqual([]);
  });

  it('underkänner en version av berättelsen som bibeln avvisar', () => {
    const b = { ...bible, checks: [] };
    const problems = checkStory(b, fixture('Strandvik och Ekebo höll styrgruppsmötena samma dag.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('meet separately');
  });
});
