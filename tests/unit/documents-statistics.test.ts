/**
 * The Lägesbild document carries the charts chosen on /statistik/ (issue 17, point 4): in the reader's
 * order, each as its finding, the chart (an image supplied beside the tree), source and period, the
 * summary and the data table; one line with the way to /statistik/ when none is chosen. A value under
 * the reader's threshold reaches no output (preview/print HTML, Markdown, Word) as a figure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { parseFields } from '../../src/build/content/worksheet-fields-parse';
import { assemble, type DocumentContext } from '../../src/shared/documents/assemble';
import { buildDocx } from '../../src/shared/documents/docx';
import { toHtml } from '../../src/shared/documents/html';
import { documentInput, type Catalogue } from '../../src/shared/documents/input';
import { toMarkdown } from '../../src/shared/documents/markdown';
import type { Block, ChartImages, DocumentTree } from '../../src/shared/documents/tree';
import { chosenChartModels } from '../../src/shared/statistics/chosen';
import type { ChartSpec } from '../../src/shared/statistics/measures';
import type { Dataset, StatisticsState } from '../../src/shared/statistics/state';
import { SHAPES } from '../../src/shared/storage/schemas';
import type { WorkspaceAnswers } from '../../src/shared/worksheet-data';

const dir = path.resolve('content/worksheets');
const catalogue: Catalogue = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(dir, f), 'utf8')) ?? [];
      return [f.replace(/\.mdx$/, ''), { title: (parseYaml(front) as { title: string }).title, fields: parseFields(body) }];
    }),
);
const strandvik = SHAPES.answers.parse(JSON.parse(readFileSync('tests/fixtures/strandvik-arbetsyta.json', 'utf8'))) as WorkspaceAnswers;
const empty: WorkspaceAnswers = { version: 1, worksheets: {} };

const rows = (place: string, values: number[]) => values.map((value, i) => ({ place, period: String(2019 + i), measure: 'Rån', value, population: 10_000 }));
const dataset: Dataset = {
  id: 'd',
  name: 'Strandvik',
  source: 'Påhittad källa',
  unit: 'antal',
  // 3 and 2 (and 12 under a threshold of 13) must never be shown as figures.
  rows: [...rows('Strandvik', [3, 12, 2, 15]), ...rows('Skärviks län', [60, 64, 70, 66])],
  populations: {},
  invented: true,
  fileName: 'x.csv',
  imported: '2026-12-01T00:00:00.000Z',
  problems: [],
};
const spec = (over: Partial<ChartSpec>): ChartSpec => ({ id: 'c1', datasetId: 'd', title: 'Rånen i Strandvik', kind: 'line', measure: 'Rån', places: ['Strandvik', 'Skärviks län'], show: 'value', pool: 1, period: '', include: true, ...over });
const state = (charts: ChartSpec[], threshold = 5): StatisticsState => ({ version: 1, threshold, datasets: [dataset], charts });

const ctx = (charts: StatisticsState | null): DocumentContext => ({
  kommun: 'Strandviks kommun',
  organ: 'Kommunstyrelsen',
  workspace: 'Strandvik 2024',
  today: new Date('2026-12-04T12:00:00Z'),
  ...(charts ? { charts: chosenChartModels(charts) } : {}),
});
const lagesbild = (charts: StatisticsState | null, answers = strandvik) => assemble('lagesbild', documentInput(answers.worksheets, catalogue), ctx(charts));

/** The blocks under the "Statistik" section, until the next section. */
function statistics(tree: DocumentTree): Block[] {
  const start = tree.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === 'Statistik');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = tree.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return tree.blocks.slice(start + 1, end === -1 ? undefined : end);
}

// A 1×1 PNG and a tiny SVG stand in for the drawn chart (drawing needs the browser; the e2e test draws).
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const SVG_URL = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="340"/>')}`;
const image = (alt: string) => ({ alt, svgUrl: SVG_URL, png: { data: PNG, width: 640, height: 340 } });

describe('the Lägesbild document with chosen charts', () => {
  it('has each chosen chart in the reader’s order: finding, chart, source and period, summary, table', () => {
    const chosen = state([spec({ id: 'b', kind: 'bar', title: 'Länet har flest rån' }), spec({ id: 'skip', include: false, title: 'Inte vald' }), spec({ id: 'a', title: 'Rånen i Strandvik' })]);
    const blocks = statistics(lagesbild(chosen));
    const models = chosenChartModels(chosen);
    expect(models.map((m) => m.id)).toEqual(['b', 'a']);
    expect(blocks).toEqual(
      models.flatMap(({ id, model }) => [
        { kind: 'heading', level: 2, text: model.title, id: expect.any(String) as string },
        { kind: 'figure', chart: id, caption: model.caption },
        { kind: 'paragraph', text: model.summary },
        { kind: 'table', caption: model.table.caption, columns: model.table.columns, rows: model.table.rows, landscape: false },
        ...model.notes.map((text) => ({ kind: 'paragraph', text })),
      ]),
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual(['Länet har flest rån', 'Rånen i Strandvik']);
    expect(models[0]!.model.caption).toMatch(/Påhittad källa/);
    expect(models[1]!.model.table.columns).toEqual(['Period', 'Strandvik', 'Skärviks län']);
    expect(JSON.stringify(blocks)).not.toContain('Inte vald');
  });

  it('says in one line, with the way to /statistik/, when no chart is chosen', () => {
    for (const tree of [lagesbild(null), lagesbild(state([spec({ include: false })]))]) {
      const blocks = statistics(tree);
      expect(blocks).toEqual([{ kind: 'notice', tone: 'guidance', title: 'Inga diagram är valda.', text: expect.stringContaining('Ta med i lägesbilden') as string, links: [{ label: 'Statistik för lägesbilden', href: '/statistik/' }] }]);
      expect(toHtml(tree)).toContain('<a href="/statistik/">Statistik för lägesbilden</a>');
      expect(toMarkdown(tree)).toContain('> - Statistik för lägesbilden (/statistik/)');
    }
  });

  it('chosen charts alone give the Lägesbild content; other documents ignore them', () => {
    const nothing = lagesbild(null, empty);
    expect(nothing.empty).toBe(true);
    // The empty Lägesbild names the worksheets to fill and, in one line, the way to the charts.
    expect(nothing.blocks.at(-1)).toMatchObject({ kind: 'notice', title: 'Inga diagram är valda.', links: [{ href: '/statistik/' }] });
    const tree = lagesbild(state([spec({})]), empty);
    expect(tree.empty).toBe(false);
    expect(statistics(tree).some((b) => b.kind === 'figure')).toBe(true);
    const plan = assemble('atgardsplan', documentInput(empty.worksheets, catalogue), ctx(state([spec({})])));
    expect(plan.empty).toBe(true);
    expect(JSON.stringify(plan)).not.toContain('/statistik/');
    expect(JSON.stringify(plan)).not.toContain('Rånen i Strandvik');
  });

  it('shows a value under the reader’s threshold as "färre än N" in HTML, Markdown and Word, never the figure', async () => {
    for (const threshold of [5, 13]) {
      const tree = lagesbild(state([spec({ id: 'a' }), spec({ id: 'b', kind: 'bar', period: '2019' })], threshold));
      const images: ChartImages = { a: image('Linjediagram: Rånen i Strandvik'), b: image('Stapeldiagram: Rånen i Strandvik') };
      const html = toHtml(tree, undefined, images);
      const md = toMarkdown(tree, images);
      const zip = unzipSync(new Uint8Array(await Packer.toBuffer(buildDocx(tree, undefined, images))));
      // The Word text of the statistics section (the rest of the lägesbild has figures of its own).
      const xml = strFromU8(zip['word/document.xml']!);
      const word = xml.slice(xml.lastIndexOf('>Statistik</w:t>'), xml.indexOf('>Annan information av betydelse</w:t>', xml.lastIndexOf('>Statistik</w:t>')));
      expect(word.length).toBeGreaterThan(1000);
      const hidden = threshold === 5 ? ['3', '2'] : ['3', '12', '2'];
      expect(html).toContain(`<td>färre än ${threshold}</td>`);
      expect(md).toMatch(new RegExp(`\\| 2019 \\| färre än ${threshold} \\| 60 \\|`));
      expect(word).toContain(`färre än ${threshold}`);
      for (const n of hidden) {
        expect(html).not.toContain(`<td>${n}</td>`);
        expect(md).not.toMatch(new RegExp(`\\| ${n} \\|`));
        expect(word).not.toMatch(new RegExp(`<w:t(?: [^>]*)?>${n}</w:t>`));
      }
      // Shown values are there, so the checks above would see a leaked one.
      expect(html).toContain('<td>60</td>');
      expect(word).toMatch(/<w:t(?: [^>]*)?>60<\/w:t>/);
    }
  });

  it('puts the drawn chart in each output: an <img> with alt text, a Markdown image, a PNG in Word with descr', async () => {
    const tree = lagesbild(state([spec({ id: 'a' })]));
    const images: ChartImages = { a: image('Linjediagram: Rånen i Strandvik. Siffrorna finns i tabellen.') };
    expect(toHtml(tree, undefined, images)).toMatch(/<figure class="docout__figure" data-chart="a"><img class="docout__chart" src="data:image\/svg\+xml;base64,[^"]+" alt="Linjediagram: Rånen i Strandvik. Siffrorna finns i tabellen."><figcaption>Källa/);
    expect(toMarkdown(tree, images)).toContain(`### Rånen i Strandvik\n\n![Linjediagram: Rånen i Strandvik. Siffrorna finns i tabellen.](${SVG_URL})\n\n*Källa`);
    const zip = unzipSync(new Uint8Array(await Packer.toBuffer(buildDocx(tree, undefined, images))));
    expect(Object.keys(zip).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(1);
    expect(strFromU8(zip['word/document.xml']!)).toContain('descr="Linjediagram: Rånen i Strandvik. Siffrorna finns i tabellen."');
    // Before the charts are drawn: caption, summary and table, no image.
    expect(toHtml(tree)).not.toContain('<img');
    expect(toMarkdown(tree)).not.toContain('![');
    expect(Object.keys(unzipSync(new Uint8Array(await Packer.toBuffer(buildDocx(tree))))).some((n) => n.startsWith('word/media/'))).toBe(false);
  });

  it('takes only an SVG data: URL as the chart image in HTML', () => {
    const tree = lagesbild(state([spec({ id: 'a' })]));
    const html = toHtml(tree, undefined, { a: { alt: 'x', svgUrl: 'javascript:alert(1)' } });
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
  });
});
