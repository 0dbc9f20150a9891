import { describe, expect, it } from 'vitest';
import { ChapterSchema } from '../../src/schemas/chapter';
import { chapterDataForEdition } from '../../src/build/content/edition-data';
import { findLaterText, laterMention, sentences } from '../../src/build/html/edition-check';
import { diffBlocks } from '../../src/build/content/diff';
import { mdxToBlocks } from '../../src/build/content/mdx-text';
import { buildComparison, revisionSections } from '../../src/build/content/comparison';
import { termPattern } from '../../src/shared/search-terms';
import { findIntegrityProblems, type IntegrityInput } from '../../src/build/content/content-integrity';

const ORDER = ['2020', '2024', '2026'];
const chapter = (extra: Record<string, unknown> = {}) =>
  ChapterSchema.parse({
    title: 'Steg 2: Egna förberedelser',
    summary: 'Kommunen tar fram den lägesbild som lagen kräver.',
    part: 'process',
    order: 1,
    updated: '2026-01-10',
    law: ['lagesbild'],
    sources: [{ title: 'Lag (2023:196)', year: 2023 }],
    revisions: [
      { date: '2024-06-01', edition: '2024', summary: 'Reviderad för lagen.' },
      { date: '2026-01-10', edition: '2026', summary: 'Ny uppföljning 2026.' },
    ],
    ...extra,
  });

describe('chapterDataForEdition', () => {
  const data = chapter({
    byEdition: {
      '2020': { summary: 'Kommunen och polisen tar fram var sin lägesbild.', updated: '2020-09-01', law: [], sources: [] },
      '2024': { updated: '2024-06-01' },
    },
  });

  it('gives the current edition the top-level fields', () => {
    const d = chapterDataForEdition(data, '2026', ORDER, '2026');
    expect(d.summary).toBe('Kommunen tar fram den lägesbild som lagen kräver.');
    expect(d.updated.toISOString().slice(0, 10)).toBe('2026-01-10');
    expect(d.revisions).toHaveLength(2);
  });

  it('gives an older edition its own values, and the next newer value where it gives none', () => {
    const d2024 = chapterDataForEdition(data, '2024', ORDER, '2026');
    expect(d2024.updated.toISOString().slice(0, 10)).toBe('2024-06-01');
    expect(d2024.summary).toBe('Kommunen tar fram den lägesbild som lagen kräver.');
    expect(d2024.law).toEqual(['lagesbild']);
    const d2020 = chapterDataForEdition(data, '2020', ORDER, '2026');
    expect(d2020.summary).toBe('Kommunen och polisen tar fram var sin lägesbild.');
    expect(d2020.updated.toISOString().slice(0, 10)).toBe('2020-09-01');
    expect(d2020.law).toEqual([]);
    expect(d2020.sources).toEqual([]);
  });

  it('lists only the revisions made up to the edition', () => {
    expect(chapterDataForEdition(data, '2024', ORDER, '2026').revisions.map((r) => r.edition)).toEqual(['2024']);
    expect(chapterDataForEdition(data, '2020', ORDER, '2026').revisions).toEqual([]);
  });

  it('refuses an unknown edition and an unknown field', () => {
    expect(() => chapterDataForEdition(data, '1999', ORDER, '2026')).toThrow(/Okänd utgåva: 1999/);
    expect(ChapterSchema.safeParse({ ...data, byEdition: { '2020': { titel: 'x' } } }).success).toBe(false);
  });
});

describe('the archived-edition check', () => {
  const rule = { edition: '2020', year: 2020, predatesLaw: true };

  it('finds later years and, before the law, the law and the reform', () => {
    expect(laterMention('Lägesbilden blev klar i början av 2024.', rule)).toBe('2024');
    expect(laterMention('Överenskommelsen från 2017 förnyades 2020.', rule)).toBeUndefined();
    expect(laterMention('Enligt Lag (2023:196) ska kommunen …', rule)).toBe('Lag (2023:196)');
    expect(laterMention('Reformen Kommuner mot brott.', rule)).toBe('”Kommuner mot brott”');
    expect(laterMention('Lagen om kommuners ansvar för brottsförebyggande arbete.', rule)).toBe('lagens namn');
    expect(laterMention('Det som ändrades med reformen.', rule)).toBe('reformen');
    expect(laterMention('Det som ändrades med polisreformen.', rule)).toBeUndefined();
    // A later edition may name the law, but not a year after its own.
    const later = { edition: '2024', year: 2024, predatesLaw: false };
    expect(laterMention('Enligt Lag (2023:196) ska kommunen …', later)).toBeUndefined();
    expect(laterMention('Uppföljningen 2025.', later)).toBe('2025');
  });

  it('lists sentences that speak of the law without naming it, without failing them', () => {
    const hints: string[] = [];
    const html = '<html><body><nav><a href="/lagen/">Lagen</a></nav><main><p>Ingen lag kräver det. Kommunen lagar belysningen. Lagen kräver en analys.</p></main></body></html>';
    expect(findLaterText(html, rule, hints)).toEqual([]);
    expect(hints).toEqual(['Lagen kräver en analys.']);
    const after: string[] = [];
    findLaterText(html, { edition: '2024', year: 2024, predatesLaw: false }, after);
    expect(after).toEqual([]);
  });

  it('splits text into sentences', () => {
    expect(sentences('Första meningen. Andra 2024! Tredje?')).toEqual(['Första meningen.', 'Andra 2024!', 'Tredje?']);
  });

  it('reads text, title, description and search metadata, and skips exempt elements and scripts', () => {
    const html = `<!doctype html><html lang="sv"><head><title>Kapitel 2025</title><meta name="description" content="Om Kommuner mot brott."></head>
      <body><p class="edition-banner" data-edition-exempt>Du läser en äldre utgåva. <a href="/">Utgåva 2024</a></p>
      <main><p>Allt började 2017. Klart i början av 2024.</p><ul><li>Punkt 2019</li><li>Punkt 2022</li></ul>
      <div hidden><span data-pagefind-meta="summary:Sammanfattning 2023"></span></div><p hidden>⁂ KmB · SFS 2023:196 ⁂</p>
      <script>const year = 2030;</script></main></body></html>`;
    const hits = findLaterText(html, rule);
    expect(hits.map((h) => [h.where, h.reason, h.sentence])).toEqual([
      ['titel', '2025', 'Kapitel 2025'],
      ['beskrivning', '”Kommuner mot brott”', 'Om Kommuner mot brott.'],
      ['data-pagefind-meta', '2023', 'Sammanfattning 2023'],
      ['text', '2024', 'Klart i början av 2024.'],
      ['text', '2022', 'Punkt 2022'],
      ['text', 'Lag (2023:196)', '⁂ KmB · SFS 2023:196 ⁂'],
    ]);
  });
});

describe('glossary names with a reference number', () => {
  it('match the whole name, not just its first word', () => {
    expect(termPattern('Lag (2023:196)').test('det lagen kallar')).toBe(false);
    expect(termPattern('Lag (2023:196)').test('enligt Lag (2023:196) ska')).toBe(true);
    expect(termPattern('NTU (Nationella trygghetsundersökningen)').test('resultat från NTU visar')).toBe(true);
  });
});

describe('the comparison', () => {
  it('keeps lists, ordered lists and table rows apart, diffing rows cell by cell', () => {
    const before = mdxToBlocks('- ett\n- två\n\n| A | B |\n|---|---|\n| 1 | gammal |');
    const after = mdxToBlocks('- ett\n- tre\n\n1. nytt\n\n| A | B |\n|---|---|\n| 1 | ny |');
    const result = diffBlocks(before, after);
    expect(result.blocks.map((b) => [b.kind, b.status, b.list?.ordered ?? null])).toEqual([
      ['li', 'same', false],
      ['li', 'del', false],
      ['li', 'ins', false],
      ['li', 'ins', true],
      ['row', 'same', null],
      ['row', 'changed', null],
    ]);
    const row = result.blocks[5]!;
    expect(row.cells![0]).toEqual([{ type: 'same', text: '1' }]);
    expect(row.cells![1]!.map((s) => s.type)).toEqual(['del', 'ins']);
  });

  it('shows a rewritten paragraph as struck and added, a lightly edited one word by word', () => {
    const light = diffBlocks(mdxToBlocks('Kommunen kan ta fram en lägesbild.'), mdxToBlocks('Kommunen ska ta fram en lägesbild.'));
    expect(light.blocks.map((b) => b.status)).toEqual(['changed']);
    const rewrite = diffBlocks(mdxToBlocks('Det finns inga krav alls på detta.'), mdxToBlocks('Kommunen är skyldig att göra en lägesbild varje år.'));
    expect(rewrite.blocks.map((b) => b.status)).toEqual(['del', 'ins']);
  });

  const body = `Inledning.

## Första

Oförändrad ett.

Oförändrad två.

Oförändrad tre.

<Revision id="andrad" law="lagesbild" summary="Nu ett lagkrav.">
<Was>

Förr frivilligt och rekommenderat.

</Was>

Nu ett krav enligt lagen för kommunen.

</Revision>

## Andra

Helt oförändrat avsnitt.`;
  const oldBody = body.replace(/<Revision[\s\S]*?<Was>\n\n([\s\S]*?)\n\n<\/Was>[\s\S]*?<\/Revision>/, '$1');
  const newBody = body.replace(/<Revision[\s\S]*?<\/Was>\n\n([\s\S]*?)\n\n<\/Revision>/, '$1');

  it('files revisions under the h2 they sit in', () => {
    expect(revisionSections(body)).toEqual(new Map([['andrad', 'Första']]));
  });

  it('numbers changes, keeps a block of context, and gives each changed section its reasons', () => {
    const comparison = buildComparison(
      diffBlocks([{ kind: 'p', text: 'Samma ingress.' }], [{ kind: 'p', text: 'Samma ingress.' }]),
      diffBlocks(mdxToBlocks(oldBody), mdxToBlocks(newBody)),
      new Map([['Första', ['Nu ett lagkrav.']]]),
      { lead: 'Ingress', intro: 'Inledning' },
    );
    expect(comparison.sections.map((s) => [s.title, s.changed, s.firstChange ?? null, s.reasons])).toEqual([
      ['Ingress', false, null, []],
      ['Inledning', false, null, []],
      ['Första', true, 1, ['Nu ett lagkrav.']],
      ['Andra', false, null, []],
    ]);
    expect(comparison.changes).toBe(1);
    const first = comparison.sections[2]!;
    expect(first.items.map((i) => [i.block.segments.map((s) => s.text).join('').slice(0, 12), i.block.status, i.context, i.change ?? null])).toEqual([
      ['Första', 'same', true, null],
      ['Oförändrad e', 'same', false, null],
      ['Oförändrad t', 'same', false, null],
      ['Oförändrad t', 'same', true, null],
      ['Förr frivill', 'del', true, 1],
      ['Nu ett krav ', 'ins', true, null],
    ]);
  });
});

describe('byEdition in the content check', () => {
  const input = (byEdition: Record<string, unknown>, editions?: string[]): IntegrityInput => ({
    chapters: [{ id: 'kap', file: 'content/chapters/kap.mdx', data: { methods: [], byEdition, ...(editions ? { editions } : {}) }, body: '' }],
    worksheets: [],
    exercises: [],
    methods: [{ id: 'sara', file: 'content/methods/sara.mdx', data: {} }],
    examples: [],
    roles: [],
    editions: [
      { id: '2020', file: 'content/editions.yaml', data: { status: 'archived' } },
      { id: '2024', file: 'content/editions.yaml', data: { status: 'current' } },
    ],
    glossary: [],
    law: [],
  });

  it('accepts known editions and references', () => {
    expect(findIntegrityProblems(input({ '2020': { methods: ['sara'], law: [] } }))).toEqual([]);
  });

  it('names an unknown edition, an edition the chapter is not in, the current edition and an unknown id', () => {
    expect(findIntegrityProblems(input({ '1999': {} }))).toEqual(['content/chapters/kap.mdx → byEdition.1999: okänt id "1999" (finns inte bland editions)']);
    expect(findIntegrityProblems(input({ '2020': {} }, ['2024']))).toEqual(['content/chapters/kap.mdx → byEdition.2020: kapitlet finns inte i utgåva 2020 (editions)']);
    expect(findIntegrityProblems(input({ '2024': { summary: 'x' } }))).toEqual(['content/chapters/kap.mdx → byEdition.2024: 2024 är den gällande utgåvan; skriv dess värden som vanliga fält']);
    expect(findIntegrityProblems(input({ '2020': { methods: ['finns-inte'] } }))).toEqual(['content/chapters/kap.mdx → byEdition.2020.methods[0]: okänt id "finns-inte" (finns inte bland methods)']);
  });
});
