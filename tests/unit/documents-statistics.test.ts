/**
 * The Lägesbild document's statistics under the reader's own threshold (not only the default 5): a
 * count under it reaches no output — preview/print HTML, Markdown, Word — as a figure, only as
 * "färre än N". The charts' placement and images are tested in documents.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { parseFields } from '../../src/build/content/worksheet-fields-parse';
import { assemble } from '../../src/shared/documents/assemble';
import { buildDocx } from '../../src/shared/documents/docx';
import { toHtml } from '../../src/shared/documents/html';
import { documentInput, type Catalogue } from '../../src/shared/documents/input';
import { toMarkdown } from '../../src/shared/documents/markdown';
import { chosenChartModels } from '../../src/shared/statistics/chosen';
import { altText, type ChartSpec } from '../../src/shared/statistics/measures';
import { SHAPES } from '../../src/shared/storage/schemas';
import { robberyChart, robberyDataset } from './support/robbery-dataset';
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

const dataset = robberyDataset;
const spec = (over: Partial<ChartSpec>): ChartSpec => robberyChart({ id: 'a', ...over });

function lagesbild(threshold: number) {
  const charts = chosenChartModels({ version: 1, threshold, datasets: [dataset], charts: [spec({}), spec({ id: 'b', kind: 'bar', period: '2020', title: 'Länet jämfört' })] }).map((c) => ({ ...c, alt: altText(c.model) }));
  return assemble('lagesbild', documentInput(strandvik.worksheets, catalogue), { kommun: 'Strandviks kommun', organ: '', workspace: 'Strandvik', today: new Date('2026-12-04T12:00:00Z'), charts });
}

/** The part of a text from the first chart's title to the next section ("Annan information …"). */
const statisticsPart = (text: string) => text.slice(text.indexOf('Rånen i Strandvik'), text.indexOf('Annan information av betydelse', text.indexOf('Rånen i Strandvik')));

describe('the reader’s threshold in the Lägesbild document', () => {
  it.each([
    [5, ['3', '2']],
    [13, ['3', '12', '2']],
  ])('under %i: "färre än N" in HTML, Markdown and Word, and none of %j as a figure', async (threshold, hidden) => {
    const tree = lagesbild(threshold);
    const html = statisticsPart(toHtml(tree));
    const md = statisticsPart(toMarkdown(tree));
    const word = statisticsPart(strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(buildDocx(tree))))['word/document.xml']!));
    for (const text of [html, md, word]) expect(text.length).toBeGreaterThan(300);
    expect(html).toContain(`<td>färre än ${threshold}</td>`);
    expect(md).toMatch(new RegExp(`\\| 2019 \\| färre än ${threshold} \\| 60 \\|`));
    expect(word).toContain(`>färre än ${threshold}</w:t>`);
    // A shown value is found the same way, so a leaked one would be too.
    expect(html).toContain('<td>60</td>');
    expect(md).toMatch(/\| 60 \|/);
    expect(word).toMatch(/>60<\/w:t>/);
    for (const n of hidden) {
      expect(html).not.toContain(`<td>${n}</td>`);
      expect(md).not.toMatch(new RegExp(`\\| ${n} \\|`));
      expect(word).not.toMatch(new RegExp(`>${n}</w:t>`));
    }
  });
});
