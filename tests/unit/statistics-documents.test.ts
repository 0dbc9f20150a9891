/**
 * The charts chosen for the lägesbild in documents: the pure chart models (chosen.ts) and the Markdown
 * a chart becomes (formats.ts), with the drawn chart embedded as an image, inside the arbetsyta's
 * Markdown export (worksheet-data.ts).
 */
import { describe, expect, it } from 'vitest';
import { robberyChart, robberyDataset } from './support/robbery-dataset';
import { chosenChartModels } from '../../src/shared/statistics/chosen';
import { chartToMarkdown, svgDataUrl } from '../../src/shared/statistics/formats';
import { buildChart, type ChartSpec } from '../../src/shared/statistics/measures';
import type { StatisticsState } from '../../src/shared/statistics/state';
import { answersToMarkdown } from '../../src/shared/worksheet-data';

const dataset = robberyDataset;
const spec = (over: Partial<ChartSpec>): ChartSpec => robberyChart({ id: 'c1', ...over });
const state = (charts: ChartSpec[]): StatisticsState => ({ version: 1, threshold: 5, datasets: [dataset], charts });

describe('charts chosen for the lägesbild', () => {
  it('are the included charts, in order, as the same models the page shows', () => {
    const chosen = chosenChartModels(state([spec({ id: 'a' }), spec({ id: 'b', include: false }), spec({ id: 'c', datasetId: 'borttagen' }), spec({ id: 'd', kind: 'bar' })]));
    expect(chosen.map((c) => c.id)).toEqual(['a', 'd']);
    expect(chosen[0]!.model).toEqual(buildChart(dataset, spec({ id: 'a' }), 5));
  });

  it('become Markdown with the chart as an embedded SVG image, the summary and the table, and no count under the threshold', () => {
    const model = chosenChartModels(state([spec({})]))[0]!.model;
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" aria-label="Rån [Strandvik]"><text>Skärviks län</text></svg>';
    const md = chartToMarkdown(model, { level: 4, image: { svg, alt: 'Linjediagram: Rånen [i] Strandvik\nny rad' } });
    expect(md.startsWith('#### Rånen i Strandvik\n\n![Linjediagram: Rånen \\[i\\] Strandvik ny rad](data:image/svg+xml;base64,')).toBe(true);
    const url = /\]\((data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+)\)/.exec(md)![1]!;
    expect(new TextDecoder().decode(Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0)))).toBe(svg);
    expect(md).toContain(model.summary);
    expect(md).toContain('| Period | Strandvik | Skärviks län |');
    expect(md).toMatch(/\| 2019 \| färre än 5 \| 60 \|/);
    // 3 and 2 are under the threshold: they appear nowhere, not even in the change row.
    expect(md).not.toMatch(/\| 3 \||\| 2 \|/);
    expect(chartToMarkdown(model)).not.toContain('![');
    expect(chartToMarkdown(model).startsWith('### Rånen i Strandvik\n\nRån')).toBe(true);
  });

  it('encodes a large SVG with Swedish letters without overflowing', () => {
    const svg = `<svg>${'å'.repeat(200_000)}</svg>`;
    const url = svgDataUrl(svg);
    expect(new TextDecoder().decode(Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0)))).toBe(svg);
  });

  it("go under the Lägesbild worksheet's heading in the arbetsyta's Markdown, also when the sheet has no answers", () => {
    const catalogue = { 'lagesbild-sammanstallning': { title: 'Sammanställning av lägesbilden', fields: [{ id: 'analys', component: 'TextArea', label: 'Analys' }] }, aktorskarta: { title: 'Aktörskarta', fields: [] } };
    const section = '### Diagram och tabeller ur statistiken\n\n#### Rånen i Strandvik\n';
    const now = new Date('2026-12-04T00:00:00Z');
    const withAnswers = answersToMarkdown('Rådet', { version: 1, worksheets: { 'lagesbild-sammanstallning': { updated: '2026-12-01T00:00:00.000Z', fields: { analys: 'Rånen ökar.' } } } }, catalogue, now, { 'lagesbild-sammanstallning': section });
    expect(withAnswers).toContain('## Sammanställning av lägesbilden\n\nSenast ändrad 2026-12-01.\n\n### Analys\n\nRånen ökar.\n\n### Diagram och tabeller ur statistiken\n\n#### Rånen i Strandvik\n');
    const without = answersToMarkdown('Rådet', { version: 1, worksheets: { aktorskarta: { updated: '2026-12-01T00:00:00.000Z', fields: {} } } }, catalogue, now, { 'lagesbild-sammanstallning': section });
    expect(without).toContain('## Sammanställning av lägesbilden\n\n### Diagram och tabeller ur statistiken');
    expect(answersToMarkdown('Rådet', { version: 1, worksheets: {} }, catalogue, now)).not.toContain('Diagram');
  });
});
