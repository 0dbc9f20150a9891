/**
 * From rows to a chart (src/shared/statistics/measures.ts): the branches tests/unit/statistics.test.ts
 * left unguarded, found by the mutation run — decimals per unit, which rows a chart takes, missing values
 * in sums and pools, the threshold's edge, each note only when it applies, the captions and periods of
 * line and bar charts, and every sentence of the summary.
 */
import { describe, expect, it } from 'vitest';
import { altText, buildChart, sortPeriods, type ChartSpec, type DatasetInfo } from '../../src/shared/statistics/measures';
import type { DataRow } from '../../src/shared/statistics/mapping';
import { fiveYears } from './support/five-years';

const row = (place: string, period: string, value: number | null, measure = 'Rån', population: number | null = null): DataRow => ({ place, period, measure, value, population });
const dataset = fiveYears;
const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({ id: 'c', datasetId: 'd', title: 'Rånen', kind: 'line', measure: 'Rån', places: ['S'], show: 'value', pool: 1, period: '', include: true, ...over });
const column = (m: ReturnType<typeof buildChart>) => m.table.rows.filter((r) => /^\d{4}/.test(r[0]!)).map((r) => r[1]);

describe('decimals and which rows a chart takes', () => {
  it('counts without decimals; rates, rates per 100 000 and shares with one', () => {
    expect(column(buildChart(dataset({ S: [10.6] }), spec(), 5))).toEqual(['11']);
    expect(column(buildChart(dataset({ S: [31] }, 'antal', { S: 60_000 }), spec({ show: 'rate' }), 5))).toEqual(['51,7']);
    expect(column(buildChart(dataset({ S: [700.25] }, 'per100k'), spec(), 5))).toEqual(['700,3']);
    expect(column(buildChart(dataset({ S: [12.34] }, 'procent'), spec(), 5))).toEqual(['12,3']);
    expect(column(buildChart(dataset({ S: [12.34] }, 'annat'), spec(), 5))).toEqual(['12']);
  });
  it('takes only the chosen measure and places', () => {
    const d = dataset({ S: [10, 20], T: [30, 40] });
    d.rows.push(row('S', '2021', 99, 'Stöld'), row('U', '2022', 99));
    const m = buildChart(d, spec({ places: ['S'] }), 5);
    expect(m.periods).toEqual(['2019', '2020']);
    expect(m.points.map((p) => [p.place, p.period, p.display])).toEqual([
      ['S', '2019', 10],
      ['S', '2020', 20],
    ]);
  });
  it('sorts periods as numbers', () => {
    expect(sortPeriods(['10', '9', '100'])).toEqual(['9', '10', '100']);
  });
});

describe('missing values, pools and the threshold', () => {
  it('two rows for one place and period with one missing make the sum missing', () => {
    const d = dataset({ S: [10, 10] });
    d.rows.push(row('S', '2020', null));
    expect(column(buildChart(d, spec(), 5))).toEqual(['10', 'uppgift saknas']);
    const e = dataset({ S: [10, null] });
    e.rows.push(row('S', '2020', 7));
    expect(column(buildChart(e, spec(), 5))).toEqual(['10', 'uppgift saknas']);
  });
  it('a pooled rate with a missing value stays missing (not a mean of nothing)', () => {
    expect(column(buildChart(dataset({ S: [700, null, 720, 730] }, 'per100k'), spec({ pool: 2 }), 5))).toEqual(['uppgift saknas', '725']);
  });
  it('a pooled count needs the population of every year for a rate', () => {
    const d: DatasetInfo = { ...dataset({}), rows: [row('S', '2022', 30, 'Rån', 50_000), row('S', '2023', 30, 'Rån', null)] };
    const m = buildChart(d, spec({ show: 'rate', pool: 2 }), 5);
    expect(column(m)).toEqual(['uppgift saknas']);
    expect(m.notes).toEqual(['Folkmängd saknas för någon period, så antal per 100 000 invånare kan inte räknas ut där.']);
    const both: DatasetInfo = { ...d, rows: [row('S', '2022', 30, 'Rån', 50_000), row('S', '2023', 30, 'Rån', 50_000)] };
    expect(column(buildChart(both, spec({ show: 'rate', pool: 2 }), 5))).toEqual(['60']);
  });
  it('a count equal to the threshold is shown; one under it is not', () => {
    expect(column(buildChart(dataset({ S: [5, 4] }), spec(), 5))).toEqual(['5', 'färre än 5']);
  });
  it('a missing count in a rate chart is missing, not a missing population', () => {
    const m = buildChart(dataset({ S: [30, null] }, 'antal', { S: 60_000 }), spec({ show: 'rate' }), 5);
    expect(column(m)).toEqual(['50', 'uppgift saknas']);
    expect(m.notes).toEqual([]);
  });
  it('adds a note only when it applies', () => {
    expect(buildChart(dataset({ S: [10, 12, 14] }), spec(), 5).notes).toEqual([]);
    expect(buildChart(dataset({ S: [10, 12, 14, 16] }), spec({ pool: 2 }), 5).notes).toEqual([]);
    expect(buildChart(dataset({ S: [10, 12, 14, 16, 18] }), spec({ pool: 5 }), 5).notes).toEqual([]);
    expect(buildChart(dataset({ S: [10, 12, 14] }), spec({ pool: 2 }), 5).notes).toEqual(['De 1 äldsta perioderna räcker inte till en hel sammanslagen period och visas inte.']);
    expect(buildChart(dataset({ S: [10, 12, 14] }, 'antal', { S: 10_000 }), spec({ show: 'rate' }), 5).notes).toEqual([]);
    expect(buildChart(dataset({ S: [10, 12] }, 'procent'), spec({ show: 'value' }), 5).notes).toEqual([]);
  });
});

describe('captions, titles and periods', () => {
  it('a line chart: the table caption names measure and unit, the caption the whole span', () => {
    const m = buildChart({ ...dataset({ S: [10, 12, 14, 16, 18] }), source: '  Brå  ' }, spec({ title: '  Rånen minskar  ', pool: 2 }), 5);
    expect(m.title).toBe('Rånen minskar');
    expect(m.table.caption).toBe('Rån (antal, summa för 2 år)');
    expect(m.caption).toBe('Källa: Brå. Period: 2020–2023.');
    expect(m.periods).toEqual(['2020–2021', '2022–2023']);
    expect(m.table.rows.at(-1)).toEqual(['Förändring 2020–2021 till 2022–2023', '+31 %']);
  });
  it('one period: the caption names it once, and there is no change row', () => {
    const m = buildChart(dataset({ S: [10] }), spec({ title: ' ' }), 5);
    expect(m.title).toBe('Rån');
    expect(m.caption).toBe('Källa: Brå. Period: 2019.');
    expect(m.table.rows).toEqual([['2019', '10']]);
  });
  it('a bar chart: the chosen period when there is one, else the latest, in caption, table and periods', () => {
    const d = dataset({ S: [10, 12], T: [20, 22] }, 'per100k');
    const latest = buildChart(d, spec({ kind: 'bar', places: ['S', 'T'], period: '1999' }), 5);
    expect(latest.periods).toEqual(['2020']);
    expect(latest.caption).toBe('Källa: Brå. Period: 2020.');
    expect(latest.table).toEqual({ caption: 'Rån 2020 (per 100 000 invånare)', columns: ['Område', 'Per 100 000 invånare'], rows: [['S', '12'], ['T', '22']] });
    const chosen = buildChart(d, spec({ kind: 'bar', places: ['S', 'T'], period: '2019' }), 5);
    expect(chosen.periods).toEqual(['2019']);
    expect(chosen.points.map((p) => p.period)).toEqual(['2019', '2019']);
  });
  it('a bar chart with no data has no period', () => {
    const m = buildChart(dataset({}), spec({ kind: 'bar', places: ['S'] }), 5);
    expect(m.periods).toEqual(['']);
    expect(m.caption).toBe('Källa: Brå. Period: .');
    expect(m.summary).toBe('Rån (antal)  kan inte visas, eftersom alla värden saknas eller är för små.');
  });
  it('the alt text names the kind of chart', () => {
    const line = buildChart(dataset({ S: [10] }), spec(), 5);
    expect(altText(line)).toBe(`Linjediagram: Rånen. ${line.summary} Siffrorna finns i tabellen bredvid.`);
    const bar = buildChart(dataset({ S: [10] }), spec({ kind: 'bar' }), 5);
    expect(altText(bar)).toBe(`Stapeldiagram: Rånen. ${bar.summary} Siffrorna finns i tabellen bredvid.`);
  });
});

describe('the change row and the summary', () => {
  it('a change cannot be computed from a missing start or from zero', () => {
    expect(buildChart(dataset({ S: [null, 10] }), spec(), 0).table.rows.at(-1)).toEqual(['Förändring 2019 till 2020', 'kan inte beräknas']);
    expect(buildChart(dataset({ S: [10, null] }), spec(), 0).table.rows.at(-1)).toEqual(['Förändring 2019 till 2020', 'kan inte beräknas']);
    expect(buildChart(dataset({ S: [0, 10] }), spec(), 0).table.rows.at(-1)).toEqual(['Förändring 2019 till 2020', 'kan inte beräknas']);
  });
  it('a rise from zero is told in numbers, not per cent', () => {
    expect(buildChart(dataset({ S: [0, 5] }), spec(), 0).summary).toBe('Rån (antal) i S ökade med 5 från 2019 till 2020 (från 0 till 5).');
  });
  it('tells a missing start apart from a suppressed end', () => {
    expect(buildChart(dataset({ S: [null, 10] }), spec(), 5).summary).toBe('Rån (antal) i S saknar uppgift i början eller slutet av perioden, så förändringen kan inte beskrivas.');
    expect(buildChart(dataset({ S: [10, 3] }), spec(), 5).summary).toBe(
      'Rån (antal) i S var färre än 5 i början eller slutet av perioden, så förändringen redovisas inte. Prova att slå samman flera år.',
    );
    expect(buildChart(dataset({ S: [10, 12] }), spec({ places: ['S', 'T'] }), 5).summary).toBe('Rån (antal) i S ökade med 20 % från 2019 till 2020 (från 10 till 12).');
  });
  it('two periods are enough for a change', () => {
    expect(buildChart(dataset({ S: [10, 8] }), spec(), 5).summary).toBe('Rån (antal) i S minskade med 20 % från 2019 till 2020 (från 10 till 8).');
  });
  it('names the other places that rose, fell or stayed, and leaves out those it cannot compare', () => {
    const d = dataset({ S: [10, 20], A: [10, 15], B: [10, 5], C: [10, 10], D: [null, 10], E: [0, 10] });
    const m = buildChart(d, spec({ places: ['S', 'A', 'B', 'C', 'D', 'E'] }), 0);
    expect(m.summary).toBe('Rån (antal) i S ökade med 100 % från 2019 till 2020 (från 10 till 20), medan A ökade med 50 %, B minskade med 50 % och C låg kvar på samma nivå.');
    const one = buildChart(dataset({ S: [10, 20], B: [10, 5] }), spec({ places: ['S', 'B'] }), 0);
    expect(one.summary).toBe('Rån (antal) i S ökade med 100 % från 2019 till 2020 (från 10 till 20), medan B minskade med 50 %.');
  });
  it('keeps the dots inside a measure’s name when it adds a clause', () => {
    const d: DatasetInfo = { ...dataset({}), rows: ['S', 'T'].flatMap((p) => [row(p, '2019', 10, 'Rån m.m.'), row(p, '2020', 20, 'Rån m.m.')]) };
    expect(buildChart(d, spec({ measure: 'Rån m.m.', places: ['S', 'T'] }), 0).summary).toBe(
      'Rån m.m. (antal) i S ökade med 100 % från 2019 till 2020 (från 10 till 20), medan T ökade med 100 %.',
    );
  });
});

describe('a chart as Markdown', () => {
  it('is title, image, summary, table, caption and notes, each cell escaped and on one line', async () => {
    const { chartToMarkdown } = await import('../../src/shared/statistics/formats');
    const m = buildChart(dataset({ S: [10, 12, 14] }), spec({ title: 'Rån | stöld\\ny', pool: 2 }), 5);
    m.notes.push('Rad ett\r\n\r\nrad två');
    expect(chartToMarkdown(m, { level: 4, image: { svg: '<svg/>', alt: 'Diagram' } })).toBe(
      [
        '#### Rån \\| stöld\\\\ny',
        '',
        `![Diagram](data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')})`,
        '',
        'Rån (antal, summa för 2 år) i S finns bara för en period, så utvecklingen över tid kan inte beskrivas.',
        '',
        '| Period | S |',
        '| --- | --- |',
        '| 2020–2021 | 26 |',
        '',
        '*Källa: Brå. Period: 2020–2021.*',
        '',
        'De 1 äldsta perioderna räcker inte till en hel sammanslagen period och visas inte.',
        '',
        'Rad ett rad två',
        '',
      ].join('\n'),
    );
    expect(chartToMarkdown(buildChart(dataset({ S: [10] }), spec(), 5))).toBe(
      ['### Rånen', '', 'Rån (antal) i S finns bara för en period, så utvecklingen över tid kan inte beskrivas.', '', '| Period | S |', '| --- | --- |', '| 2019 | 10 |', '', '*Källa: Brå. Period: 2019.*', ''].join('\n'),
    );
  });
});
