/** Link text names its target (src/build/content/link-text.ts): the rule, its tolerance for inflection, and its refusals. */
import { describe, expect, it } from 'vitest';
import type { IntegrityInput } from '../../src/build/content/content-integrity';
import { findLinkTextProblems, namesTarget } from '../../src/build/content/link-text';

const empty = (): IntegrityInput => ({
  chapters: [], worksheets: [], exercises: [], methods: [], examples: [], roles: [], editions: [], glossary: [], law: [],
});

function withLink(text: string, aliases: string[] = []): IntegrityInput {
  const input = empty();
  input.chapters.push(
    { id: 'organisering', file: 'content/chapters/organisering.mdx', data: { title: 'Organisering i kommunen', aliases } },
    { id: 'steg-1', file: 'content/chapters/steg-1.mdx', data: { title: 'Steg 1' }, body: `Läs [${text}](/kapitel/organisering/).` },
  );
  input.glossary.push({ id: 'lagesbild', file: 'content/glossary.yaml', data: { term: 'Lägesbild', synonyms: ['kartläggning av brottsligheten'] } });
  input.law.push({ id: 'lag-syfte', file: 'content/law.yaml', data: { heading: 'Syfte', paragraph: '3 §' } });
  return input;
}

describe('länktext som nämner målet', () => {
  it('godtar titeln, en del av den och en böjd form', () => {
    expect(namesTarget('Organisering i kommunen', ['Organisering i kommunen'])).toBe(true);
    expect(namesTarget('kapitlet om organisering', ['Organisering i kommunen'])).toBe(true);
    expect(namesTarget('lägesbilden', ['Lägesbild'])).toBe(true);
    expect(namesTarget('arbetsbladet Problemprioritering', ['Problemprioritering'])).toBe(true);
  });

  it('underkänner en text som leder någon annanstans och nämner filen och länken', () => {
    const problems = findLinkTextProblems(withLink('Att organisera arbetet'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/chapters/steg-1.mdx');
    expect(problems[0]).toContain('[Att organisera arbetet](/kapitel/organisering/)');
    expect(problems[0]).toContain('Organisering i kommunen');
  });

  it('godtar en deklarerad alias', () => {
    expect(findLinkTextProblems(withLink('Att organisera arbetet', ['Att organisera arbetet']))).toEqual([]);
  });

  it('underkänner ord utan innehåll, som "här" och "läs mer"', () => {
    expect(findLinkTextProblems(withLink('här'))).toHaveLength(1);
    expect(findLinkTextProblems(withLink('läs mer'))).toHaveLength(1);
  });

  it('kontrollerar ordlistan och lagen mot term, synonym, rubrik och paragraf', () => {
    const input = withLink('Organisering i kommunen');
    input.chapters[1]!.body = [
      '[kartläggning av brottsligheten](/ordlista/#lagesbild)',
      '[3 §](/lagen/#lag-syfte)',
      '[syftet](/lagen/#lag-syfte)',
      '[åtgärdsplanen](/ordlista/#lagesbild)',
    ].join(' ');
    const problems = findLinkTextProblems(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('[åtgärdsplanen](/ordlista/#lagesbild)');
  });
});
