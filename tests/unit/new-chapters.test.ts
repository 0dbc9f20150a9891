/**
 * The five chapters added for 2026 (issue 18, section 4): at least 1 200 words of readable text each,
 * counted from the MDX body only (frontmatter, component tags, link targets and Markdown syntax do not
 * count), present only in the current edition, and tied to a step, readers, the law map and sources.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/build/content/frontmatter';
import { wordCount } from '../../src/build/content/mdx-text';

const ROOT = resolve(import.meta.dirname, '../..');
const NEW_CHAPTERS = ['dela-information-lagligt', 'kommunens-verktyg-pa-platsen', 'unga-och-rekrytering', 'ny-som-samordnare', 'laget-i-landet', 'fran-lagesbild-till-beslut'];
const MIN_WORDS = 1200;

const editions = parse(readFileSync(join(ROOT, 'content/editions.yaml'), 'utf8')) as { id: string; status: string }[];
const current = editions.find((e) => e.status === 'current')!.id;

function chapter(id: string) {
  const source = readFileSync(join(ROOT, `content/chapters/${id}.mdx`), 'utf8');
  return { source, ...parseFrontmatter(source) };
}

describe('ordräkningen', () => {
  it('räknar läsbar text, inte komponenter, länkmål eller Markdown', () => {
    const body = [
      '## Rubrik här',
      '',
      '<Callout type="tips" title="Två ord">',
      '',
      'Ett [länkat ord](/kapitel/ett-langt-id-med-manga-delar/) och <Term id="lagesbild">lägesbilden</Term> **här**.',
      '',
      '</Callout>',
      '',
      '- punkt ett',
    ].join('\n');
    // "Rubrik här" 2 + title "Två ord" 2 + "Ett länkat ord och lägesbilden här." 6 + "punkt ett" 2
    expect(wordCount(body)).toBe(12);
  });

  it('räknar inte frontmatter: ett kapitel med lång frontmatter och kort text räcker inte', () => {
    const { source } = chapter('ny-som-samordnare');
    const frontmatter = source.slice(0, source.indexOf('\n---\n', 4) + 5);
    const { body } = parseFrontmatter(`${frontmatter}Bara en mening i brödtexten.\n`);
    expect(wordCount(body)).toBe(5);
    expect(wordCount(body)).toBeLessThan(MIN_WORDS);
  });
});

describe.each(NEW_CHAPTERS)('nytt kapitel %s', (id) => {
  const { data, body } = chapter(id);

  it(`har minst ${MIN_WORDS} ord brödtext`, () => {
    expect(wordCount(body)).toBeGreaterThanOrEqual(MIN_WORDS);
  });

  it('finns bara i den aktuella utgåvan', () => {
    expect(data['editions']).toEqual([current]);
    // No <Revision> wording for an older edition either: the chapter did not exist then.
    expect(body).not.toMatch(/<Was>/);
  });

  it('har steg, målgrupp, lagkoppling och källor med adress', () => {
    expect([1, 2, 3, 4, 5]).toContain(data['step']);
    expect((data['audience'] as string[]).length).toBeGreaterThanOrEqual(3);
    expect((data['law'] as string[]).length).toBeGreaterThanOrEqual(1);
    const sources = data['sources'] as { url?: string }[];
    expect(sources.length).toBeGreaterThanOrEqual(3);
    expect(sources.filter((s) => s.url?.startsWith('http')).length).toBeGreaterThanOrEqual(3);
  });

  it('avslutas med en checklista och har vanliga fallgropar och Strandviksexemplet', () => {
    expect(body).toMatch(/^## Vanliga fallgropar$/m);
    expect(body).toMatch(/<Callout type="exempel" title="Strandviks kommun/);
    expect(body.trimEnd()).toMatch(/<\/Checklist>$/);
  });
});
