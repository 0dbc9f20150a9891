/**
 * Facts the fact sheets mark [U] (unverified) never reach readers as fact. The numbers, dates and names
 * of those facts are listed here with where they come from; none may appear in reader-facing text
 * (content/**\/*.mdx and the YAML data files). Where the sheets allow a claim only as a proposal, the
 * sentence must say so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Unverified {
  pattern: RegExp;
  source: string;
}

/** Strings from [U] facts in ../shared/domain/facts.md and facts-2026.md. */
export const UNVERIFIED: Unverified[] = [
  { pattern: /104 sidor/u, source: 'facts.md, handbokens sidantal "104" [U]' },
  { pattern: /1 juli 2024/u, source: 'facts.md, första åtgärdsplanen senast 1 juli 2024 – ej kontrollerat mot övergångsbestämmelserna [U]' },
  { pattern: /40[,.]66/u, source: 'facts-2026.md 1.29, tak för lönebikostnader 40,66 % [U]' },
  { pattern: /26 augusti 2026/u, source: 'facts-2026.md 1.29, delrapport 26 augusti 2026 [U]' },
  { pattern: /26 februari 2027/u, source: 'facts-2026.md 1.29, slutrapport 26 februari 2027 [U]' },
  { pattern: /1 oktober 2026/u, source: 'facts-2026.md 1.29, ansökan till 1 oktober 2026 [U]' },
  { pattern: /15 juni[–-]1 oktober/u, source: 'facts-2026.md 1.29, ansökningsperiod 15 juni–1 oktober [U]' },
  { pattern: /\d+(?:,\d+)? procent av (?:landets |alla )?kommuner/u, source: 'facts-2026.md 2.07, andelar kommuner med lägesbild, åtgärdsplan eller samordningsfunktion [U]' },
  { pattern: /Ung och trygg/iu, source: 'facts-2026.md 5.13, ingen nationell satsning "Ung och trygg" hittades [U]' },
];

/** A sentence that names the follow-up interval must attribute it to the inquiry (facts.md: wording [U]). */
const INTERVAL = /vartannat år/u;
const ATTRIBUTED = /utredning|föreslog|SOU 2021:49/iu;

export function findUnverified(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const u of UNVERIFIED) {
      const m = u.pattern.exec(line);
      if (m) problems.push(`${file}:${i + 1}: "${m[0]}" – ${u.source}`);
    }
    for (const sentence of line.split(/(?<=[.!?])\s+/u)) {
      if (INTERVAL.test(sentence) && !ATTRIBUTED.test(sentence)) {
        problems.push(`${file}:${i + 1}: "${sentence.trim().slice(0, 80)}" – intervallet är utredningens förslag, inte säker lagtext`);
      }
    }
  });
  return problems;
}

function readerFiles(): { file: string; text: string }[] {
  const files = ['glossary.yaml', 'law.yaml', 'editions.yaml'].map((f) => ({ file: `content/${f}`, text: readFileSync(join(ROOT, 'content', f), 'utf8') }));
  for (const dir of ['chapters', 'worksheets', 'exercises', 'methods', 'examples', 'roles']) {
    for (const name of readdirSync(join(ROOT, 'content', dir)).filter((n) => n.endsWith('.mdx'))) {
      files.push({ file: `content/${dir}/${name}`, text: readFileSync(join(ROOT, 'content', dir, name), 'utf8') });
    }
  }
  return files;
}

describe('overifierade uppgifter når inte läsaren', () => {
  it('ingen [U]-uppgift från faktabladen står i handbokens text', () => {
    const problems = readerFiles().flatMap(({ file, text }) => findUnverified(file, text));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('hittar en [U]-uppgift och anger fil, rad och källa', () => {
    const problems = findUnverified('content/chapters/x.mdx', 'Inledning.\nAnsök senast 1 oktober 2026 och rapportera 26 augusti 2026.');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('content/chapters/x.mdx:2');
    expect(problems[0]).toContain('1.29');
    expect(findUnverified('x', 'Redan 73 procent av kommunerna har en åtgärdsplan.')).toHaveLength(1);
  });

  it('kräver att uppföljningsintervallet tillskrivs utredningen', () => {
    expect(findUnverified('x', 'Lagen kräver uppföljning minst vartannat år.')).toHaveLength(1);
    expect(findUnverified('x', 'Lagen kräver uppföljning. Utredningen föreslog minst vartannat år.')).toEqual([]);
  });
});
