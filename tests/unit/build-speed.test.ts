// The build's shortcuts (issue 21, item 5) must give exactly what the slow paths gave: each test here
// compares a shortcut with the answer the full computation gives, or pins the branch that falls back to it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchExtra, synonymsFor } from '../../src/shared/search-terms';
import { parseRevisions, resolveEditionSource } from '../../src/build/content/revisions';
import { hyphenateHtml, hyphenateText, SOFT_HYPHEN } from '../../src/build/html/typeset';
import { finishPage } from '../../src/build/integrations/pages-step';
import { BuildProfile, formatProfile, mergeProfiles } from '../../src/build/integrations/build-profile';
import { tightenCsp } from '../../src/build/html/csp';
import { stripIndexOnlyMarkup } from '../../src/build/html/index-only-markup';

const glossary = [
  { data: { term: 'Kommuner mot brott', synonyms: ['KmB', 'Lag (2023:196)'] } },
  { data: { term: 'Lokalt brottsförebyggande råd', synonyms: ['BRÅ', 'trygghetsråd'] } },
  { data: { term: 'Samverkansöverenskommelse', synonyms: ['överenskommelse'] } },
];

describe('search words: the word-set shortcut answers as the pattern does', () => {
  // "ſ" (long s) folds to "s" under the pattern's case-insensitive matching, but not under
  // toLowerCase(): text holding it is not plain, and takes the pattern.
  const NOT_PLAIN = ' ſ';
  it('leaves out words the text already has, whatever their case, and keeps the others', () => {
    const text = 'KMB gäller. Rådet möts. Samverkansöverenskommelsen skrivs under och överenskommelsen följs upp.';
    const fast = searchExtra('KMB i korthet', text, ['kmb', 'BRÅ'], glossary);
    const slow = searchExtra(`KMB i korthet${NOT_PLAIN}`, text + NOT_PLAIN, ['kmb', 'BRÅ'], glossary);
    expect(fast).toEqual(slow);
    // "kmb" is in the title as "KMB": not repeated; "BRÅ" is not: kept.
    expect(fast.strong.split(' · ')).not.toContain('kmb');
    expect(fast.strong).toContain('BRÅ');
    // The weak words leave out what title or text have: "överenskommelsen" is in the text.
    expect(fast.weak).not.toContain('överenskommelsen ');
  });
  it('counts a word only as a whole word', () => {
    // "överenskommelse" is inside "samverkansöverenskommelse" only: not present, so it stays in.
    const text = 'En samverkansöverenskommelse. En samverkansöverenskommelse till.';
    const fast = searchExtra('Titel', text, [], glossary);
    expect(fast).toEqual(searchExtra('Titel', text + NOT_PLAIN, [], glossary));
    expect(fast.weak).toContain('överenskommelse');
  });
  it('skips a term whose names start nowhere in the text, and finds an inflected one', () => {
    const text = 'Kommunerna mot brott arbetar. Kommuner mot brott igen.';
    expect(synonymsFor(text, glossary, 2)).toEqual(['Kommuner mot brott', 'KmB', 'Lag (2023:196)']);
    expect(synonymsFor(text + NOT_PLAIN, glossary, 2)).toEqual(synonymsFor(text, glossary, 2));
    expect(synonymsFor('Ingenting här.', glossary)).toEqual([]);
    // Case differs from the glossary: still found.
    expect(synonymsFor('LOKALA BROTTSFÖREBYGGANDE RÅDET', glossary)).toContain('BRÅ');
  });
  it('looks for a name where a word starts, with the letters that open it', () => {
    const more = [...glossary, { data: { term: 'LPO-chef', synonyms: ['lokalpolischef'] } }, { data: { term: 'EST', synonyms: [] } }];
    // "LPO-chef": the word that opens the match is "lpo", the hyphen is not part of it.
    expect(synonymsFor('Vår LPO-chef kom.', more)).toEqual(['LPO-chef', 'lokalpolischef']);
    // "est" inside words ("bästa", "bestämmer") is no word start: no match, as the pattern says.
    expect(synonymsFor('Den bästa bestämmer.', more)).toEqual([]);
    expect(synonymsFor('Den bästa bestämmer. EST', more)).toEqual(['EST']);
    for (const text of ['Vår LPO-chef kom.', 'Den bästa bestämmer.', 'Lokalpolisområdets chef']) {
      expect(synonymsFor(text, more)).toEqual(synonymsFor(text + NOT_PLAIN, more));
    }
  });
  it('needs every word of a many-word name to open a word of the text', () => {
    // "Kommuner" and "mot" are there, "brott" is not: the name cannot match, with or without the shortcut.
    for (const text of ['Kommunerna mot ungdomar.', 'Kommuner mot brott.', 'brott mot kommuner', 'Kommuner mot brottsligheten']) {
      expect(synonymsFor(text, glossary)).toEqual(synonymsFor(text + NOT_PLAIN, glossary));
    }
    expect(synonymsFor('Kommunerna mot ungdomar.', glossary)).toEqual([]);
    expect(synonymsFor('brott mot kommuner', glossary)).toEqual([]);
    expect(synonymsFor('Kommuner mot brottsligheten', glossary)).toEqual([]);
    expect(synonymsFor('Kommuner mot brott.', glossary)).toContain('KmB');
  });
  it('leaves out a many-word keyword only where the text has it as a phrase', () => {
    const cases: [string, string][] = [
      ['Kommuner mot brott gäller.', 'kommuner mot brott'], // there: left out
      ['Kommuner arbetar mot brott.', 'Kommuner mot brott'], // the words, apart: kept
      ['Kommuner mot ungdomar.', 'Kommuner mot brott'], // a word missing: kept
      ['Lag (2023:196) gäller.', 'Lag (2023:196)'], // with brackets and digits: left out
    ];
    for (const [text, keyword] of cases) {
      const fast = searchExtra('Titel', text, [keyword], []);
      expect(fast).toEqual(searchExtra(`Titel${NOT_PLAIN}`, text + NOT_PLAIN, [keyword], []));
    }
    expect(searchExtra('Titel', 'Kommuner mot brott gäller.', ['kommuner mot brott'], []).weak).not.toContain('kommuner mot brott');
    expect(searchExtra('Kommuner arbetar mot brott', 'Text.', ['Kommuner mot brott'], []).strong).toContain('Kommuner mot brott');
    expect(searchExtra('Kommuner mot ungdomar', 'Text.', ['Kommuner mot brott'], []).strong).toContain('Kommuner mot brott');
    expect(searchExtra('Kommuner mot brott', 'Text.', ['kommuner mot brott'], []).strong).not.toContain('kommuner mot brott');
  });
  it('finds a name with a word that opens with no letter (a reference number), by its pattern', () => {
    const text = 'Enligt Lag (2023:196) ska kommunen göra en lägesbild.';
    expect(synonymsFor(text, glossary)).toEqual(['Kommuner mot brott', 'KmB', 'Lag (2023:196)']);
    expect(synonymsFor(text, glossary)).toEqual(synonymsFor(text + NOT_PLAIN, glossary));
  });
  it('title and text together are plain only when both are', () => {
    // The text names the term only with a long s: its pattern (case folding) sees it, a word set would not.
    // The title is plain, the text is not: the other names already in the text stay out of the hidden words.
    const extra = searchExtra('Titel', 'Ett trygghetſråd och ett trygghetſråd till.', [], glossary);
    expect(extra.weak).toContain('BRÅ');
    expect(extra.weak).not.toContain('trygghetsråd');
  });
  it('a text that is not plain still finds what only case folding sees', () => {
    // The pattern for "trygghetsråd" matches "trygghetsråd" spelled with a long s; a lower-cased
    // substring test would not. Not plain, so the pattern decides.
    expect(synonymsFor('Ett tryggheţsråd och ett trygghetſråd.', glossary)).toEqual(['Lokalt brottsförebyggande råd', 'BRÅ', 'trygghetsråd']);
  });
});

describe('revisions: parsed once per source', () => {
  const BODY = 'Inledning.\n\n<Revision id="krav" law="samordning" summary="Nu ett krav.">\n<Was>\nFörr frivilligt.\n</Was>\nNu ett krav.\n</Revision>\n\nSlut.';
  const ORDER = ['2020', '2024'];
  it('gives the same revisions again, and a copy a caller may change', () => {
    const first = parseRevisions(BODY, '2024');
    first[0]!.law.push('ändrad');
    first[0]!.summary = 'ändrad';
    const second = parseRevisions(BODY, '2024');
    expect(second[0]).toMatchObject({ id: 'krav', summary: 'Nu ett krav.', law: ['samordning'], edition: '2024' });
    // The default edition is part of the key.
    expect(parseRevisions(BODY, '2020')[0]!.edition).toBe('2020');
  });
  it('resolves each edition on its own', () => {
    expect(resolveEditionSource(BODY, '2020', ORDER, '2024')).toContain('Förr frivilligt.');
    expect(resolveEditionSource(BODY, '2024', ORDER, '2024')).toContain('Nu ett krav.');
    expect(resolveEditionSource(BODY, '2020', ORDER, '2024')).not.toContain('Nu ett krav.');
    // Another order makes 2020 the newer edition: not the answer kept for the first order.
    expect(resolveEditionSource(BODY, '2020', ['2024', '2020'], '2024')).toContain('Nu ett krav.');
  });
  it('still names the line of a broken block every time', () => {
    const broken = 'Text.\n\n<Revision id="x" law="a">\nNy.\n</Revision>';
    expect(() => parseRevisions(broken, '2024')).toThrow(/rad 3: summary saknas/);
    expect(() => parseRevisions(broken, '2024')).toThrow(/rad 3: summary saknas/);
  });
});

describe('soft hyphens: one computation per word', () => {
  it('hyphenates a repeated word the same way each time, and per length limit', () => {
    const word = 'samverkansöverenskommelsen';
    const once = hyphenateText(word, 13);
    expect(once).toContain(SOFT_HYPHEN);
    expect(hyphenateText(`${word} och ${word}`, 13)).toBe(`${once} och ${once}`);
    // A limit above the word's length leaves it alone, though the word is already known.
    expect(hyphenateText(word, 40)).toBe(word);
  });
});

describe('the last pass over a page', () => {
  it('is the CSP tightening, the index-only markup removed and soft hyphens, in one pass, with the links and ids', () => {
    const inline = 'document.body.dataset.x="1"';
    const html =
      `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x' ${`'sha256-${createHash('sha256').update(inline).digest('base64')}'`}"></head>` +
      `<body data-pagefind-body><div hidden><span data-pagefind-filter="typ:kapitel"></span></div><h2 id="rubrik">Samverkansöverenskommelsen</h2><a href="/a/" data-pagefind-ignore>x</a><script>${inline}</script></body></html>`;
    const { html: finished, links } = finishPage(html);
    expect(links).toEqual({ links: ['/a/'], ids: new Set(['rubrik']) });
    expect(finished).toContain(`${createHash('sha256').update(inline).digest('base64')}'"`);
    expect(finished).not.toContain('data-pagefind');
    expect(finished).toBe(hyphenateHtml(stripIndexOnlyMarkup(tightenCsp(html))));
    expect(finished).not.toContain("'sha256-x'");
    expect(finished).not.toContain('data-pagefind-filter');
    expect(finished).toContain(SOFT_HYPHEN);
    expect(finished).toContain('<a href="/a/">x</a>');
  });
});

describe('build profile', () => {
  it('is off unless asked for', async () => {
    const profile = new BuildProfile({});
    expect(profile.enabled).toBe(false);
    profile.mark('a');
    expect(await profile.step('b', async () => 7, 'c')).toBe(7);
    expect(profile.finish()).toBeUndefined();
  });
  it('times each phase, CPU included, and sums them', async () => {
    const profile = new BuildProfile({ HANDBOOK_BUILD_PROFILE: '1' });
    profile.mark('vänta');
    await new Promise((r) => setTimeout(r, 30));
    await profile.step(
      'räkna',
      async () => {
        // Busy until this process has used 50 ms of CPU (not wall time: the machine may be shared).
        const start = process.cpuUsage();
        while (process.cpuUsage(start).user + process.cpuUsage(start).system < 50_000);
      },
      'efter',
    );
    const report = profile.finish()!;
    const byName = new Map(report.phases.map((p) => [p.phase, p]));
    expect(byName.get('vänta')!.wallMs).toBeGreaterThanOrEqual(25);
    expect(byName.get('räkna')!.cpuMs).toBeGreaterThanOrEqual(50);
    expect(byName.get('vänta')!.cpuMs).toBeLessThan(byName.get('räkna')!.cpuMs);
    expect(report.total.cpuMs).toBeCloseTo(report.phases.reduce((n, p) => n + p.cpuMs, 0), 5);
    expect(report.total.peakRssMiB).toBeGreaterThan(10);
    expect(formatProfile(report)).toMatch(/räkna\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+/);
  });
});

describe('build profile of a build in two processes (scripts/build.mjs)', () => {
  const phase = (name: string, wallMs: number, cpuMs: number, peakRssMiB: number) => ({ phase: name, wallMs, cpuMs, peakRssMiB, heapMiB: 1 });
  it('names the time before the first mark as asked', () => {
    const profile = new BuildProfile({ HANDBOOK_BUILD_PROFILE: '1' }, 'bygget: start');
    profile.mark('Astro');
    expect(profile.finish()!.phases[0]!.phase).toBe('bygget: start');
  });
  it("shows the Astro process's phases in place of the phase that ran it, keeping the outer totals and the larger peak", () => {
    const outer = {
      phases: [phase('bygget: start', 50, 40, 70), phase('Astro', 20_000, 25_000, 1400), phase('sökindex', 8000, 9000, 1100)],
      total: phase('Totalt', 28_050, 34_040, 1450),
      processMaxRssMiB: 600,
    };
    const inner = { phases: [phase('Astro: paketering', 9000, 12_000, 1380), phase('Astro: sidor renderas', 11_000, 12_500, 1300)], total: phase('Totalt', 20_000, 24_500, 1380), processMaxRssMiB: 1390 };
    const merged = mergeProfiles(outer, 'Astro', inner);
    expect(merged.phases.map((p) => p.phase)).toEqual(['bygget: start', 'Astro: paketering', 'Astro: sidor renderas', 'sökindex']);
    expect(merged.total).toEqual({ ...outer.total, peakRssMiB: 1450 });
    expect(merged.processMaxRssMiB).toBe(1390);
    // The inner peak wins when it is the larger one.
    expect(mergeProfiles(outer, 'Astro', { ...inner, total: { ...inner.total, peakRssMiB: 1500 } }).total.peakRssMiB).toBe(1500);
  });
});
