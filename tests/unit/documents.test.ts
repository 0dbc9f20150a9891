/**
 * Documents assembled from an arbetsyta (src/shared/documents): the adapter from stored answers, each
 * assembly function (the reader's text lands in the right section; an empty arbetsyta gives guidance
 * with links; a 200-row åtgärdsplan), and the Markdown and DOCX renderers (the DOCX read back with mammoth).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { parse as parseYaml } from 'yaml';
import { documentInput, SOURCES, type Catalogue } from '../../src/shared/documents/input';
import { assemble, DOCUMENTS, documentsUsing, readableDate, type DocumentContext } from '../../src/shared/documents/assemble';
import { toMarkdown, mdEscape } from '../../src/shared/documents/markdown';
import { toHtml } from '../../src/shared/documents/html';
import { formatMeta } from '../../src/shared/chain';
import { buildDocx } from '../../src/shared/documents/docx';
import { DOCUMENT_KINDS, contents, type Block, type DocumentKind, type DocumentTree } from '../../src/shared/documents/tree';
import { parseFields } from '../../src/build/content/worksheet-fields-parse';
import { SHAPES } from '../../src/shared/storage/schemas';
import { LIMITS } from '../../src/shared/storage/limits';
import { robberyChart, robberyDataset } from './support/robbery-dataset';
import type { WorkspaceAnswers } from '../../src/shared/worksheet-data';
import { chosenChartModels } from '../../src/shared/statistics/chosen';
import { altText, type ChartSpec } from '../../src/shared/statistics/measures';

const dir = path.resolve('content/worksheets');
const catalogue: Catalogue = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return [f.replace(/\.mdx$/, ''), { title: (parseYaml(front) as { title: string }).title, fields: parseFields(body) }];
    }),
);
const strandvik = SHAPES.answers.parse(JSON.parse(readFileSync('tests/fixtures/strandvik-arbetsyta.json', 'utf8'))) as WorkspaceAnswers;
const ctx: DocumentContext = { kommun: 'Strandviks kommun', organ: 'Kommunstyrelsen', workspace: 'Strandvik 2024', today: new Date('2026-12-04T12:00:00Z') };
const build = (kind: DocumentKind, answers: WorkspaceAnswers = strandvik, context = ctx) => assemble(kind, documentInput(answers.worksheets, catalogue), context);

/** The text of the blocks under one section heading (until the next section). */
function section(tree: DocumentTree, heading: string): string {
  const start = tree.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === heading);
  expect(start, `avsnittet ”${heading}” i ${tree.kind}`).toBeGreaterThanOrEqual(0);
  const end = tree.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return tree.blocks
    .slice(start + 1, end === -1 ? undefined : end)
    .map(blockText)
    .join('\n');
}
function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return b.text;
    case 'list':
      return b.items.join('\n');
    case 'table':
      return [b.caption, b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
    case 'facts':
      return b.items.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'notice':
      return `${b.title} ${b.text} ${b.links.map((l) => `${l.label} ${l.href}`).join(' ')}`;
    case 'signatures':
      return b.items.map((s) => `${s.role} ${s.name}`).join('\n');
    case 'chart':
      return [b.title, b.alt, b.summary, b.table.caption, ...b.table.rows.map((r) => r.join(' | ')), b.caption, ...b.notes].join('\n');
  }
}
const empty: WorkspaceAnswers = { version: 1, worksheets: {} };
const only = (sheet: string): WorkspaceAnswers => ({ version: 1, worksheets: { [sheet]: strandvik.worksheets[sheet]! } });

describe('the adapter from stored answers', () => {
  const input = documentInput(strandvik.worksheets, catalogue);
  it('turns option numbers into the option texts and drops empty rows', () => {
    expect(input.lagesbild.whose).toBe('Kommunens');
    expect(input.kallor.kinds).toContain('Polisens statistik över anmälda brott');
    expect(input.atgardsplan.kinds).toEqual(['Situationell prevention', 'Social prevention', 'Ordinarie verksamhet']);
    expect(input.lagesbild.certainty).toEqual({ value: 3, min: 1, max: 5 });
    const withBlank = documentInput({ atgardsplan: { fields: { atgarder: [['', '', '', '', '', ''], ['Mål', 'Åtgärd', '', '', '', '']] } } }, catalogue);
    expect(withBlank.atgardsplan.measures).toHaveLength(1);
    expect(withBlank.atgardsplan.measures[0]!.owner).toBe('');
  });
  it('sums the priority matrix per problem', () => {
    expect(input.prioritering.matrix[0]).toEqual({ problem: 'Skadegörelse och stök vid resecentrum', sum: 12 });
  });
  it('without a choice in the röd tråd, a measure targets the sheet’s focus area and causes', () => {
    expect(input.atgardsplan.measures[0]!.problem).toBe('Skadegörelse och otrygghet vid resecentrum');
    expect(input.atgardsplan.measures[0]!.cause).toMatch(/^Obemannad väntsal/);
  });
  it('takes a measure’s own problem and cause from the röd tråd, follows a rename, keeps a deleted one’s label', () => {
    const problem = [...['Inbrott i fritidshus i Lövnäs', '', '', '', ''], formatMeta({ id: 'r-p1', refs: {} })];
    const cause = [...['Husen står tomma på vintern', '', '', '', 'Inbrott i fritidshus i Lövnäs'], formatMeta({ id: 'r-c1', refs: { 4: 'r-p1' } })];
    const chosen = [...['Färre inbrott', 'Grannsamverkan', 'Kommunpolisen', 'Vinter', '', 'Anmälda inbrott', 'Inbrott i fritidshus i Lövnäs', 'Husen står tomma på vintern'], formatMeta({ id: 'r-m1', refs: { 6: 'r-p1', 7: 'r-c1' } })];
    const unchosen = ['Mål 2', 'Åtgärd 2', '', '', '', '', '', ''];
    const sheets = (problemRow: string[] | undefined) => ({
      'lagesbild-sammanstallning': { fields: { kartlaggning: problemRow ? [problemRow] : [] } },
      orsaksanalys: { fields: { orsaker: [cause] } },
      atgardsplan: { fields: { fokusomrade: 'Fritidshusen', koppling: 'Tomma hus', atgarder: [unchosen, chosen] } },
    });
    const [second, first] = documentInput(sheets(problem), catalogue).atgardsplan.measures;
    expect(first).toMatchObject({ action: 'Grannsamverkan', problem: 'Inbrott i fritidshus i Lövnäs', cause: 'Husen står tomma på vintern' });
    // A row where nothing was chosen falls back to the sheet's focus area and causes.
    expect(second).toMatchObject({ action: 'Åtgärd 2', problem: 'Fritidshusen', cause: 'Tomma hus' });
    const renamed = [...problem];
    renamed[0] = 'Inbrott i fritidshus';
    expect(documentInput(sheets(renamed), catalogue).atgardsplan.measures[1]!.problem).toBe('Inbrott i fritidshus');
    expect(documentInput(sheets(undefined), catalogue).atgardsplan.measures[1]!.problem).toBe('Inbrott i fritidshus i Lövnäs');
    // A problem chosen without a cause: the cause stays empty (the gap list names it), not the sheet's causes.
    const noCause = [...chosen];
    noCause[7] = '';
    noCause[8] = formatMeta({ id: 'r-m1', refs: { 6: 'r-p1' } });
    expect(documentInput({ ...sheets(problem), atgardsplan: { fields: { fokusomrade: 'Fritidshusen', koppling: 'Tomma hus', atgarder: [noCause] } } }, catalogue).atgardsplan.measures[0]).toMatchObject({ problem: 'Inbrott i fritidshus i Lövnäs', cause: '' });
  });
  it('knows which worksheets are filled, and links each', () => {
    expect(input.sources.atgardsplan).toMatchObject({ filled: true, href: '/arbetsblad/atgardsplan/', title: 'Åtgärdsplan' });
    expect(documentInput({}, catalogue).sources.atgardsplan.filled).toBe(false);
    // Whitespace only is not filled.
    expect(documentInput({ atgardsplan: { fields: { fokusomrade: '  ' } } }, catalogue).sources.atgardsplan.filled).toBe(false);
  });
  it('names only worksheets that exist', () => {
    for (const id of Object.values(SOURCES)) expect(catalogue[id], id).toBeDefined();
  });
});

describe('assembly', () => {
  it('Lägesbild: the three parts, the whole area, causes, sources and uncertainties', () => {
    const tree = build('lagesbild');
    expect(tree.empty).toBe(false);
    expect(section(tree, 'Kartläggning av brottsligheten')).toContain('64 anmälda skadegörelsebrott 2023');
    expect(section(tree, 'Annan information av betydelse')).toContain('Ett nytt bostadsområde planeras nära Åby');
    expect(section(tree, 'Annan information av betydelse')).toContain('Befolkningsförändringar');
    const analysis = section(tree, 'Analys');
    expect(analysis).toContain('Skadegörelsen vid resecentrum har ökat mer');
    expect(analysis).toContain('Dåligt upplyst gångtunnel');
    expect(section(tree, 'Källor och osäkerheter')).toContain('Felanmälningar om skadegörelse');
    expect(section(tree, 'Källor och osäkerheter')).toContain('Åby syns knappt');
    expect(section(tree, 'Kommunens hela geografiska område')).toContain('Hela Strandviks kommun med Strandvik, Norrbacka, Åby och Lövnäs');
    expect(section(tree, 'Kommunens hela geografiska område')).toContain('3 av 5');
  });
  it('Åtgärdsplan: position on the need, measures with all their parts, follow-up', () => {
    const tree = build('atgardsplan');
    expect(section(tree, 'Ställningstagande till behovet av åtgärder')).toContain('Rekrytering av unga i Norrbacka | Prioriteras nu');
    const measures = section(tree, 'Åtgärder');
    expect(measures).toContain('Planen har 6 åtgärder');
    expect(measures).toContain('1 | Byta belysningen i gångtunneln mot Torget | Ökad trygghet i gångtunneln | Skadegörelse och otrygghet vid resecentrum – Obemannad väntsal');
    expect(measures).toContain('Tekniska förvaltningen | Under 2024 | Investeringsbudget för gatubelysning | Andel som undviker resecentrum på kvällen');
    expect(measures).not.toContain('Kontrollera innan planen beslutas');
    expect(section(tree, 'Uppföljning')).toContain('31 mars 2025');
    expect(section(tree, 'Uppföljning')).toContain('38 procent hösten 2023');
  });
  it('Åtgärdsplan flags a measure without owner or indicator', () => {
    const answers = structuredClone(strandvik);
    (answers.worksheets['atgardsplan']!.fields['atgarder'] as string[][])[2]![2] = '';
    expect(section(build('atgardsplan', answers), 'Åtgärder')).toContain('Åtgärd nummer 3 saknar ansvarig');
  });
  it('Tjänsteskrivelse: every heading of the template, with proposals from what is filled', () => {
    const tree = build('beslutsunderlag');
    expect(contents(tree).map((h) => h.text)).toEqual(['Ärende', 'Förslag till beslut', 'Sammanfattning', 'Beskrivning av ärendet', 'Ekonomiska konsekvenser', 'Uppföljning och återrapportering', 'Bilagor']);
    const proposal = section(tree, 'Förslag till beslut');
    expect(proposal).toContain('Kommunstyrelsen antar åtgärdsplanen för fokusområdet ”Skadegörelse och otrygghet vid resecentrum”, att gälla från 22 april 2024.');
    expect(proposal).toContain('godkänner samverkansöverenskommelsen med polisen för perioden 2024–2026');
    expect(section(tree, 'Ekonomiska konsekvenser')).toContain('En fritidsledare fyra timmar i veckan');
    expect(section(tree, 'Bilagor')).toContain('Åtgärdsplan');
    // The body that decides is the reader's choice.
    expect(section(build('beslutsunderlag', strandvik, { ...ctx, organ: 'Trygghetsnämnden' }), 'Förslag till beslut')).toContain('Trygghetsnämnden antar åtgärdsplanen');
    // Without a lägesbild there is no proposal to adopt one.
    expect(section(build('beslutsunderlag', only('atgardsplan')), 'Förslag till beslut')).not.toContain('fastställer lägesbilden');
  });
  it('Samverkansöverenskommelse and medborgarlöfte: the drafts’ text and signatures', () => {
    const agreement = build('samverkansoverenskommelse');
    expect(agreement.subtitle).toBe('Utkast');
    expect(section(agreement, 'Parter')).toContain('Chef för lokalpolisområdet Karin Dahl');
    expect(section(agreement, 'Åtaganden')).toContain('Polisen prioriterar närvaro');
    expect(section(agreement, 'Underskrifter')).toContain('För kommunen Per Lundqvist');
    const promise = build('medborgarlofte');
    expect(section(promise, 'Vårt löfte')).toContain('minst två av tre fredags- och lördagskvällar');
    expect(section(promise, 'Därför lovar vi det här')).toContain('Trygghetsvandring');
    expect(section(promise, 'Så får du veta hur det går')).toContain('15 oktober 2025');
  });
  it('Återrapport: what was done, what the indicators show, what changes', () => {
    const tree = build('aterrapport');
    expect(section(tree, 'Vad har gjorts')).toContain('Belysningen i gångtunneln är inte bytt');
    expect(section(tree, 'Vad har gjorts')).toContain('46 av 52 planerade kvällar');
    expect(section(tree, 'Vad indikatorerna visar')).toContain('61 anmälda 2024');
    expect(section(tree, 'Vad ändras')).toContain('Rekommendation: Justera åtgärderna.');
    expect(section(tree, 'Vad ändras')).toContain('Vuxna på stan saknade volontärer');
  });
  it('a section whose worksheet is empty says which worksheet to fill, with its link', () => {
    const tree = build('lagesbild', only('lagesbild-sammanstallning'));
    expect(tree.empty).toBe(false);
    expect(section(tree, 'Källor och osäkerheter')).toContain('Inte ifyllt än');
    expect(section(tree, 'Källor och osäkerheter')).toContain('/arbetsblad/datakallor-for-lagesbilden/');
  });
  it.each(DOCUMENT_KINDS)('an empty arbetsyta gives guidance for %s: which worksheets, with links, never an empty document', (kind) => {
    const tree = build(kind, empty);
    expect(tree.empty).toBe(true);
    expect(tree.blocks).toHaveLength(1);
    const notice = tree.blocks[0]!;
    expect(notice.kind).toBe('notice');
    if (notice.kind !== 'notice') return;
    expect(notice.text).toContain('Strandvik 2024');
    expect(notice.links.map((l) => l.href)).toEqual([...DOCUMENTS[kind].uses.map((key) => `/arbetsblad/${SOURCES[key]}/`), ...(kind === 'lagesbild' ? ['/statistik/'] : [])]);
    expect(toMarkdown(tree)).toContain(`/arbetsblad/${SOURCES[DOCUMENTS[kind].requires[0]!]}/`);
  });
  it('links each worksheet to the documents that draw on it', () => {
    expect(documentsUsing('atgardsplan')).toEqual(['atgardsplan', 'beslutsunderlag', 'aterrapport']);
    expect(documentsUsing('medborgarlofte')).toEqual(['medborgarlofte']);
  });
  it('a 200-row åtgärdsplan (the storage layer’s row limit) assembles every row', () => {
    const answers = structuredClone(strandvik);
    answers.worksheets['atgardsplan']!.fields['atgarder'] = Array.from({ length: LIMITS.rows }, (_, i) => [`Mål ${i + 1}`, `Åtgärd ${i + 1}`, 'Ansvarig', 'Tid', 'Resurser', 'Indikator']);
    expect(() => SHAPES.answers.parse(answers)).not.toThrow();
    const tree = build('atgardsplan', answers);
    const table = tree.blocks.find((b) => b.kind === 'table' && b.caption.startsWith('Åtgärder'));
    expect(table?.kind === 'table' && table.rows.length).toBe(200);
    expect(section(tree, 'Åtgärder')).toContain('200 | Åtgärd 200 | Mål 200');
  });
  it('writes dates the reader’s way and the kommun placeholder when there is no name', () => {
    expect(readableDate('2024-04-22')).toBe('22 april 2024');
    expect(readableDate('våren 2024')).toBe('våren 2024');
    expect(build('atgardsplan', strandvik, { ...ctx, kommun: ' ' }).kommun).toBe('[Kommunens namn]');
    expect(build('atgardsplan').date).toBe('4 december 2026');
  });
});

describe('renderers', () => {
  it('Markdown: title, contents, headings, lists, tables, escaped text', () => {
    const md = toMarkdown(build('atgardsplan'));
    expect(md).toMatch(/^# Åtgärdsplan\n/);
    expect(md).toContain('**Strandviks kommun**');
    expect(md).toContain('## Åtgärder');
    expect(md).toContain('| Nr | Åtgärd | Mål |');
    expect(md).toContain('- Situationell prevention');
    expect(mdEscape('1. *fet* <b>|')).toBe('1\\. \\*fet\\* \\<b\\>\\|');
    const tjanste = toMarkdown(build('beslutsunderlag'));
    expect(tjanste).toMatch(/\n1\. Kommunstyrelsen fastställer lägesbilden/);
  });
  it('HTML: escapes the reader’s text and takes only a PNG or JPEG data URL as logo', () => {
    const answers = structuredClone(strandvik);
    answers.worksheets['atgardsplan']!.fields['fokusomrade'] = '<script>alert(1)</script>';
    const html = toHtml(build('atgardsplan', answers), 'data:image/png;base64,iVBORw0KGgo=');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<img class="docout__logo" src="data:image/png;base64,iVBORw0KGgo="');
    expect(toHtml(build('atgardsplan'), 'data:image/svg+xml;base64,PHN2Zz4=')).not.toContain('<img');
    expect(toHtml(build('atgardsplan'), 'javascript:alert(1)')).not.toContain('<img');
    expect(html).toContain('<thead><tr><th scope="col">Nr</th>');
  });
  it('DOCX: Word headings, numbered and bulleted lists and table cells, read back with mammoth', async () => {
    const buffer = await Packer.toBuffer(buildDocx(build('beslutsunderlag')));
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Förslag till beslut</h1>');
    expect(html).toContain('<h1>Ekonomiska konsekvenser</h1>');
    expect(html).toMatch(/<ol><li>Ärende<\/li>/);
    expect(html).toMatch(/<ol><li>Kommunstyrelsen fastställer lägesbilden/);
    expect(html).toContain('<td><p>En fritidsledare fyra timmar i veckan</p></td>');
    expect(html).toMatch(/<th><p><strong>Åtgärd<\/strong><\/p><\/th>/);
    const plan = await mammoth.convertToHtml({ buffer: await Packer.toBuffer(buildDocx(build('atgardsplan'))) });
    expect(plan.value).toMatch(/<ul><li>Situationell prevention<\/li>/);
    expect(plan.value).toContain('<h2>Typer av åtgärder</h2>');
  });
  it('DOCX: the cover carries the kommun, the title and a logo', async () => {
    // A 1×1 PNG.
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const buffer = await Packer.toBuffer(buildDocx(build('medborgarlofte'), { dataUrl: png, width: 1, height: 1 }));
    const { value } = await mammoth.convertToHtml({ buffer });
    expect(value).toContain('<p>Strandviks kommun</p>');
    expect(value).toMatch(/<img [^>]*src="data:image\/png;base64,/);
    expect(value).toContain('<h1>Vårt löfte</h1>');
  });
  it('DOCX: a 200-row åtgärdsplan has every row', async () => {
    const answers = structuredClone(strandvik);
    answers.worksheets['atgardsplan']!.fields['atgarder'] = Array.from({ length: 200 }, (_, i) => [`Mål ${i + 1}`, `Åtgärd ${i + 1}`, 'Ansvarig', 'Tid', 'Resurser', 'Indikator']);
    const { value } = await mammoth.convertToHtml({ buffer: await Packer.toBuffer(buildDocx(build('atgardsplan', answers))) });
    expect(value).toContain('<td><p>Åtgärd 200</p></td>');
    expect((value.match(/<tr>/g) ?? []).length).toBeGreaterThan(200);
  });
});

describe('statistics in the lägesbild', () => {
  const dataset = robberyDataset;
  const spec = (over: Partial<ChartSpec>): ChartSpec => robberyChart({ id: 'c1', ...over });
  const charts = chosenChartModels({ version: 1, threshold: 5, datasets: [dataset], charts: [spec({ id: 'a' }), spec({ id: 'b', include: false }), spec({ id: 'c', title: 'Länet jämfört', kind: 'bar' })] }).map((c) => ({ ...c, alt: altText(c.model) }));
  const withCharts = build('lagesbild', strandvik, { ...ctx, charts });
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><text>Rån</text></svg>';
  // A 1×1 PNG stands in for the browser's rasterised chart.
  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  const images = new Map([['a', { svg, png, width: 640, height: 400 }]]);
  /** "3" or "2" as a whole cell or word: the counts under the threshold. */
  const exactSmall = /(^|[^\d])[23]([^\d]|$)/;

  it('come under Statistik in the mapping section, in the reader’s order, with alt text, summary, table and source', () => {
    const chartBlocks = withCharts.blocks.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
    expect(chartBlocks.map((b) => b.id)).toEqual(['a', 'c']);
    expect(chartBlocks[1]!.title).toBe('Länet jämfört');
    expect(chartBlocks[0]!.alt).toMatch(/^Linjediagram: Rånen i Strandvik/);
    const text = section(withCharts, 'Kartläggning av brottsligheten');
    expect(text).toMatch(/Statistik\nRånen i Strandvik\nLinjediagram/);
    expect(text).toContain('Källa: Påhittad källa');
    // The section before and after are untouched.
    expect(text.indexOf('Statistik')).toBeGreaterThan(text.indexOf('64 anmälda skadegörelsebrott 2023'));
  });

  it('without a chosen chart, say how to choose one, with the way to the statistics page', () => {
    const text = section(build('lagesbild'), 'Kartläggning av brottsligheten');
    expect(text).toContain('Inga diagram valda.');
    expect(text).toContain('Statistik för lägesbilden /statistik/');
    expect(build('lagesbild').blocks.some((b) => b.kind === 'chart')).toBe(false);
    // An empty lägesbild points to the statistics page too; an empty åtgärdsplan does not.
    expect(blockText(build('lagesbild', empty).blocks[0]!)).toContain('Statistik för lägesbilden /statistik/');
    expect(blockText(build('atgardsplan', empty).blocks[0]!)).not.toContain('/statistik/');
    // Other documents carry no statistics.
    expect(section(build('atgardsplan', strandvik, { ...ctx, charts }), 'Åtgärder')).not.toContain('Rånen i Strandvik');
  });

  it('preview and print: the drawing as an image with its alt text, or the alt text until it is drawn; no count under the threshold', () => {
    const html = toHtml(withCharts, undefined, images);
    const figure = html.split('data-chart="')[1]!;
    expect(figure.startsWith('a"')).toBe(true);
    expect(figure).toMatch(/<img class="docout__chart-img" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Linjediagram: Rånen i Strandvik[^"]*" width="640" height="400">/);
    expect(figure).toContain('<figcaption>Källa: Påhittad källa');
    expect(figure).toMatch(/<td>färre än 5<\/td>/);
    // Chart c has no drawing yet: its alt text stands in.
    expect(html).toMatch(/data-chart="c"><h5 class="docout__h3">Länet jämfört<\/h5><figure class="docout__figure"><p class="docout__chart-alt">Stapeldiagram: /);
    const cells = [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
    expect(cells.filter((c) => exactSmall.test(c) && /^[\d\s−%-]+$/.test(c))).toEqual([]);
  });

  it('Markdown: heading, embedded drawing, summary, table and source; the alt text where there is no drawing', () => {
    const md = toMarkdown(withCharts, images);
    expect(md).toMatch(/#### Rånen i Strandvik\n\n!\[Linjediagram: Rånen i Strandvik[^\]]*\]\(data:image\/svg\+xml;base64,/);
    expect(md).toMatch(/\| 2019 \| färre än 5 \| 60 \|/);
    expect(md).toContain('*Källa: Påhittad källa');
    expect(md).toMatch(/#### Länet jämfört\n\nStapeldiagram: /);
    expect(md).not.toMatch(/\| [23] \|/);
  });

  it('DOCX: the chart as a PNG picture with its alt text, then summary, source and table; the alt text where there is no picture', async () => {
    const buffer = await Packer.toBuffer(buildDocx(withCharts, undefined, images));
    const zip = await JSZip.loadAsync(buffer);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Linjediagram: Rånen i Strandvik[^"]*"/);
    const { value } = await mammoth.convertToHtml({ buffer });
    expect(value).toMatch(/<h3>Rånen i Strandvik<\/h3><p><img [^>]*alt="Linjediagram: Rånen i Strandvik/);
    expect(value).toContain('<td><p>färre än 5</p></td>');
    expect(value).toMatch(/<h3>Länet jämfört<\/h3><p><em>Stapeldiagram: /);
    expect(value).not.toMatch(/<td><p>[23]<\/p><\/td>/);
  });
});
