/**
 * The statistics page (/statistik/): import a table, map its columns, keep it in the arbetsyta, and
 * draw charts with a table and a summary beside each. Every change goes through commit(), which saves
 * first and changes what the page shows only when storage accepted the write. Files are read in a
 * worker; Observable Plot is loaded the first time a chart is drawn.
 */
import { stt } from '../../i18n/statistics';
import { applyMapping, guessMapping, mappingGaps, presetFor, type ColumnMapping, type MappedData, type Unit } from '../../shared/statistics/mapping';
import { buildChart, DEFAULT_THRESHOLD, sortPeriods, type ChartModel, type ChartSpec } from '../../shared/statistics/measures';
import { formatNumber, readNumber } from '../../shared/statistics/numbers';
import type { RawTable } from '../../shared/statistics/read';
import type { Dataset, StatisticsState } from '../../shared/statistics/state';
import { downloadText } from '../ui/download';
import { statistikKey, KEYS } from '../../shared/storage/keys';
import { currentWorkspace, loadStatistics, saveStatistics } from '../../shared/storage/statistics';
import type { Workspace } from '../../shared/storage/worksheets';
import { failureMessage, onOtherTab, showProblems, storeOrBlocked } from '../storage';
import type { ReadRequest, ReadResponse } from './read-worker';

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean | number> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k in el && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) el.append(c);
  return el;
}
const $ = <T extends Element>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel)!;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

const root = $<HTMLElement>('[data-stats]');
const status = $<HTMLElement>('[data-stats-status]', root);
const alertBox = $<HTMLElement>('[data-stats-alert]', root);
const mappingSection = $<HTMLElement>('[data-stats-mapping]', root);
const datasetsList = $<HTMLElement>('[data-stats-datasets]', root);
const chartsList = $<HTMLElement>('[data-stats-charts]', root);
const thresholdInput = $<HTMLInputElement>('[data-stats-threshold]', root);

const store = storeOrBlocked();
let workspace: Workspace = currentWorkspace(store);
let state: StatisticsState;
let pending: { table: RawTable; fileName: string; mapping: ColumnMapping; name: string; source: string } | null = null;

function say(message: string): void {
  alertBox.hidden = true;
  status.textContent = message;
}
function fail(message: string): void {
  alertBox.textContent = message;
  alertBox.hidden = false;
}

/**
 * Applies a change to the stored statistics (not to this tab's copy: another tab's change is kept),
 * then adopts what was saved. Returns false (with the reason shown) when storage refused.
 */
function commit(change: (current: StatisticsState) => StatisticsState, message = stt('stats.saved')): boolean {
  const result = saveStatistics(store, workspace.id, change);
  if (!result.ok) {
    // 'locked': unreadable data sits under the key (no room to move it aside) and must not be overwritten.
    fail(result.reason === 'locked' ? stt('stats.store.readOnly') : result.reason === 'invalid' && result.message ? result.message : failureMessage(result.reason));
    return false;
  }
  state = result.value;
  renderAll();
  say(message);
  return true;
}

function loadWorkspace(): void {
  workspace = currentWorkspace(store);
  $<HTMLElement>('[data-stats-workspace]', root).textContent = stt('stats.workspace', { name: workspace.name });
  state = loadStatistics(store, workspace.id);
  // What could not be read was moved aside by the storage layer: shown here with its download.
  showProblems($<HTMLElement>('[data-stats-quarantine]', root), store);
  thresholdInput.value = String(state.threshold);
  renderAll();
}

// ---------------------------------------------------------------- reading

let worker: Worker | null = null;
function read(request: ReadRequest): Promise<ReadResponse> {
  worker ??= new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<ReadResponse>) => resolve(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      worker = null;
      resolve({ error: stt('stats.error.worker', { error: e.message || stt('stats.error.unknown') }) });
    };
    w.postMessage(request, request.kind === 'file' ? [request.bytes] : []);
  });
}

function formatText(table: RawTable): string {
  if (table.format === 'csv') {
    return stt('stats.import.format.csv', {
      encoding: stt(`stats.encoding.${table.encoding ?? 'utf-8'}`),
      delimiter: table.delimiter === ';' || table.delimiter === ',' || table.delimiter === '\t' ? stt(`stats.delimiter.${table.delimiter}`) : (table.delimiter ?? ''),
    });
  }
  return stt(`stats.import.format.${table.format}`);
}

async function startImport(request: ReadRequest, fileName: string): Promise<void> {
  say(stt('stats.import.reading', { name: fileName }));
  const response = await read(request);
  if ('error' in response) {
    status.textContent = '';
    fail(response.error);
    return;
  }
  const table = response.table;
  const mapping = guessMapping(table.header, table.shape);
  pending = { table, fileName, mapping, name: fileName.replace(/\.[a-z]+$/i, ''), source: presetFor(table.header, table.shape)?.source ?? '' };
  say(stt('stats.import.read', { name: fileName, rows: formatNumber(table.rows.length), columns: table.header.length, format: formatText(table) }));
  renderMapping();
  $<HTMLElement>('#koppla', root).focus();
}

$<HTMLInputElement>('[data-stats-file]', root).addEventListener('change', async (e) => {
  const input = e.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // The size is checked before the file is read at all.
  if (file.size > 5 * 1024 * 1024) return fail(stt('stats.error.size', { max: '5 MB' }));
  await startImport({ kind: 'file', name: file.name, bytes: await file.arrayBuffer() }, file.name);
});

$<HTMLButtonElement>('[data-stats-paste-read]', root).addEventListener('click', async () => {
  const text = $<HTMLTextAreaElement>('[data-stats-paste]', root).value;
  if (!text.trim()) return fail(stt('stats.paste.empty'));
  await startImport({ kind: 'text', text, format: 'paste' }, stt('stats.paste.name'));
});

$<HTMLButtonElement>('[data-stats-sample]', root).addEventListener('click', async (e) => {
  const button = e.currentTarget as HTMLButtonElement;
  const response = await fetch(button.dataset.src!);
  const sample = (await response.json()) as { name: string; source: string; fileName: string; text: string };
  const result = await read({ kind: 'text', text: sample.text, format: 'csv' });
  if ('error' in result) return fail(result.error);
  const mapped = applyMapping(result.table, guessMapping(result.table.header));
  const dataset = makeDataset(sample.name, sample.source, sample.fileName, 'antal', mapped, true);
  const measures = sortPeriods(new Set(dataset.rows.map((r) => r.measure)));
  const places = [...new Set(dataset.rows.map((r) => r.place))];
  const trend: ChartSpec = { ...defaultChart(dataset), measure: measures.includes('Misshandel') ? 'Misshandel' : measures[0]!, places, show: 'rate', title: stt('stats.sample.trend') };
  const compare: ChartSpec = { ...defaultChart(dataset), kind: 'bar', measure: trend.measure, places, show: 'rate', title: stt('stats.sample.compare') };
  const small: ChartSpec = { ...defaultChart(dataset), measure: measures.includes('Rån') ? 'Rån' : measures[0]!, places: [places[0]!], show: 'value', title: stt('stats.sample.small') };
  commit((s) => ({ ...s, datasets: [...s.datasets, dataset], charts: [...s.charts, trend, compare, small] }), stt('stats.sample.loaded'));
});

// ---------------------------------------------------------------- mapping

function makeDataset(name: string, source: string, fileName: string, unit: Unit, mapped: MappedData, invented = false): Dataset {
  return { id: newId('ds'), name, source, fileName, imported: new Date().toISOString(), unit, invented, rows: mapped.rows, problems: mapped.problems, populations: {} };
}

function defaultChart(dataset: Dataset): ChartSpec {
  const measure = sortPeriods(new Set(dataset.rows.map((r) => r.measure)))[0] ?? '';
  const places = [...new Set(dataset.rows.map((r) => r.place))].slice(0, 3);
  const hasPopulation = dataset.rows.some((r) => r.population !== null);
  return { id: newId('ch'), datasetId: dataset.id, title: '', kind: 'line', measure, places, show: dataset.unit === 'antal' && hasPopulation ? 'rate' : 'value', pool: 1, period: '', include: false };
}

/** Ids in the mapping form follow the order of its fields, so they survive a redraw (and keep focus). */
let fieldSeq = 0;
const fieldId = (prefix: string) => `${prefix}-${fieldSeq++}`;

function columnSelect(label: string, value: number | null, header: string[], onChange: (v: number | null) => void, allowNone = true): HTMLElement {
  const id = fieldId('map');
  const select = h('select', { id }, ...(allowNone ? [h('option', { value: '', text: stt('stats.map.none') })] : []), ...header.map((name, i) => h('option', { value: String(i), text: name })));
  select.value = value === null ? '' : String(value);
  select.addEventListener('change', () => onChange(select.value === '' ? null : Number(select.value)));
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), select);
}

function textInput(label: string, value: string, onInput: (v: string) => void, hint?: string): HTMLElement {
  const id = fieldId('txt');
  const input = h('input', { id, type: 'text', value, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) });
  input.addEventListener('input', () => onInput(input.value));
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null, input);
}

function renderMapping(): void {
  const focused = document.activeElement?.id;
  fieldSeq = 0;
  mappingSection.hidden = !pending;
  const body = $<HTMLElement>('[data-stats-mapping-body]', mappingSection);
  body.replaceChildren();
  if (!pending) return;
  const p = pending;
  const { table, mapping: m } = p;
  const preset = presetFor(table.header, table.shape);
  if (preset) body.append(h('p', { class: 'stats-preset', text: stt('stats.map.preset', { preset: preset.label }) }));

  // The first rows as read, so the reader can check the columns.
  const preview = h('table', { class: 'stats-table stats-preview' }, h('caption', { text: stt('stats.map.previewCaption') }), h('thead', {}, h('tr', {}, ...table.header.map((c) => h('th', { scope: 'col', text: c })))), h('tbody', {}, ...table.rows.slice(0, 3).map((r) => h('tr', {}, ...table.header.map((_, i) => h('td', { text: r[i] === null || r[i] === undefined ? '' : String(r[i]) }))))));
  body.append(h('div', { class: 'stats-scroll', tabindex: 0, role: 'region', 'aria-label': stt('stats.map.previewCaption') }, preview));

  const rerender = () => renderMapping();
  const layoutId = fieldId('layout');
  const layout = h(
    'fieldset',
    { class: 'field' },
    h('legend', { text: stt('stats.map.layout') }),
    ...(['long', 'wide'] as const).map((value) => {
      const id = `${layoutId}-${value}`;
      const input = h('input', { type: 'radio', name: layoutId, id, value, checked: m.layout === value });
      input.addEventListener('change', () => {
        m.layout = value;
        if (value === 'wide' && m.periodColumns.length === 0) m.periodColumns = table.header.flatMap((hd, i) => (/^(19|20)\d\d/.test(hd) ? [i] : []));
        rerender();
      });
      return h('div', { class: 'choice' }, input, h('label', { for: id, text: value === 'long' ? stt('stats.map.layout.long') : stt('stats.map.layout.wide') }));
    }),
  );
  body.append(layout);
  body.append(columnSelect(stt('stats.map.place'), m.place, table.header, (v) => ((m.place = v), rerender())));
  if (m.place === null) body.append(textInput(stt('stats.map.placeName'), m.placeName, (v) => ((m.placeName = v), renderReport()), stt('stats.map.placeName.hint')));
  if (m.layout === 'long') {
    body.append(columnSelect(stt('stats.map.period'), m.period, table.header, (v) => ((m.period = v), rerender())));
    body.append(columnSelect(stt('stats.map.value'), m.value, table.header, (v) => ((m.value = v), rerender())));
  } else {
    const boxId = fieldId('periods');
    body.append(
      h(
        'fieldset',
        { class: 'field' },
        h('legend', { text: stt('stats.map.periodColumns') }),
        ...table.header.map((name, i) => {
          const id = `${boxId}-${i}`;
          const input = h('input', { type: 'checkbox', id, checked: m.periodColumns.includes(i) });
          input.addEventListener('change', () => {
            m.periodColumns = input.checked ? [...m.periodColumns, i].sort((a, b) => a - b) : m.periodColumns.filter((x) => x !== i);
            rerender();
          });
          return h('div', { class: 'choice' }, input, h('label', { for: id, text: name }));
        }),
      ),
    );
  }
  body.append(columnSelect(stt('stats.map.measure'), m.measure[0] ?? null, table.header, (v) => ((m.measure = v === null ? [] : [v, ...m.measure.slice(1).filter((x) => x !== v)]), rerender())));
  if (m.measure.length > 1) body.append(h('p', { class: 'hint', text: stt('stats.map.measureJoined', { columns: m.measure.map((i) => table.header[i]).join(` ${stt('stats.and')} `) }) }));
  if (m.measure.length === 0) body.append(textInput(stt('stats.map.measureName'), m.measureName, (v) => ((m.measureName = v), renderReport()), stt('stats.map.measureName.hint')));
  body.append(columnSelect(stt('stats.map.population'), m.population, table.header, (v) => ((m.population = v), rerender())));

  const unitId = fieldId('unit');
  const unit = h('select', { id: unitId }, ...(['antal', 'per100k', 'procent', 'annat'] as const).map((u) => h('option', { value: u, text: stt(`stats.unit.${u}`) })));
  unit.value = m.unit;
  unit.addEventListener('change', () => ((m.unit = unit.value as Unit), renderReport()));
  body.append(h('div', { class: 'field' }, h('label', { for: unitId, text: stt('stats.map.unit') }), unit));
  body.append(textInput(stt('stats.map.importName'), p.name, (v) => (p.name = v)));
  body.append(textInput(stt('stats.map.source'), p.source, (v) => (p.source = v), stt('stats.map.source.hint')));

  const report = h('div', { class: 'stats-report', 'aria-live': 'polite' });
  body.append(report);
  renderReport(report);
  if (focused) document.getElementById(focused)?.focus();
}

/** The gaps, unreadable lines and the import button; redrawn on every change without moving focus. */
function renderReport(report = $<HTMLElement>('.stats-report', mappingSection)): void {
  if (!pending) return;
  const p = pending;
  const { table, mapping: m } = p;
  report.replaceChildren();
  const gaps = mappingGaps(m);
  const result = gaps.length ? null : applyMapping(table, m);
  if (gaps.length) report.append(h('ul', { class: 'stats-gaps' }, ...gaps.map((g) => h('li', { text: g }))));
  if (result) {
    if (result.missing) report.append(h('p', { text: stt('stats.map.missing', { n: formatNumber(result.missing) }) }));
    if (result.problems.length) {
      report.append(
        h('p', { text: stt('stats.map.problems', { n: formatNumber(result.problems.length) }) }),
        h('ul', { class: 'stats-problems', 'data-stats-problems': true }, ...result.problems.slice(0, 200).map((x) => h('li', { text: stt('stats.map.problemLine', { line: x.line, message: x.message }) }))),
      );
      if (result.problems.length > 200) report.append(h('p', { text: stt('stats.map.moreProblems', { n: formatNumber(result.problems.length - 200) }) }));
    }
    if (result.rows.filter((r) => r.value !== null).length === 0) report.append(h('p', { class: 'stats-gaps', text: stt('stats.map.nothing') }));
  }
  const usable = !!result && result.rows.some((r) => r.value !== null);
  const importButton = h('button', { type: 'button', class: 'button', 'data-stats-import': true, text: usable ? stt('stats.map.ready', { rows: formatNumber(result!.rows.length) }) : stt('stats.map.import'), disabled: !usable });
  importButton.addEventListener('click', () => {
    if (!result || !pending) return;
    const dataset = makeDataset(p.name.trim() || p.fileName, p.source.trim(), p.fileName, m.unit, result);
    if (commit((s) => ({ ...s, datasets: [...s.datasets, dataset], charts: [...s.charts, defaultChart(dataset)] }), stt('stats.imported', { name: dataset.name, rows: formatNumber(dataset.rows.length) }))) {
      pending = null;
      renderMapping();
      $<HTMLElement>('#diagram', root).focus();
    }
  });
  const cancel = h('button', { type: 'button', class: 'button button--quiet', text: stt('stats.map.cancel') });
  cancel.addEventListener('click', () => {
    pending = null;
    renderMapping();
    say(stt('stats.map.cancelled'));
  });
  report.append(h('div', { class: 'stats-actions' }, importButton, cancel));
}

// ---------------------------------------------------------------- datasets

thresholdInput.addEventListener('change', () => {
  const n = Number(thresholdInput.value);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    thresholdInput.value = String(state.threshold);
    return fail(stt('stats.threshold.error'));
  }
  commit((s) => ({ ...s, threshold: n }));
});

function renderDatasets(): void {
  datasetsList.replaceChildren();
  $<HTMLElement>('[data-stats-datasets-empty]', root).hidden = state.datasets.length > 0;
  for (const ds of state.datasets) {
    const places = [...new Set(ds.rows.map((r) => r.place))];
    const withoutPopulation = places.filter((place) => !ds.rows.some((r) => r.place === place && r.population !== null));
    const item = h('li', { class: 'stats-dataset' });
    item.append(h('h3', { text: ds.name }));
    if (ds.invented) item.append(h('p', { class: 'stats-invented', text: stt('stats.invented.notice') }));
    item.append(h('p', { class: 'muted', text: stt('stats.dataset.meta', { rows: formatNumber(ds.rows.length), date: new Date(ds.imported).toLocaleDateString('sv-SE'), file: ds.fileName }) + (ds.source ? stt('stats.dataset.source', { source: ds.source }) : '') }));
    if (ds.problems.length) {
      item.append(h('details', {}, h('summary', { text: stt('stats.dataset.problems', { n: ds.problems.length }) }), h('ul', {}, ...ds.problems.slice(0, 200).map((x) => h('li', { text: stt('stats.map.problemLine', { line: x.line, message: x.message }) })))));
    }
    if (ds.unit === 'antal' && withoutPopulation.length && withoutPopulation.length <= 20) {
      const fields = withoutPopulation.map((place, i) => {
        const id = `${ds.id}-pop-${i}`;
        const input = h('input', { id, type: 'text', inputmode: 'numeric', value: ds.populations[place] === undefined ? '' : formatNumber(ds.populations[place]!) });
        input.addEventListener('change', () => {
          const v = readNumber(input.value);
          const populations = { ...ds.populations };
          if (v.kind === 'number' && v.value > 0) populations[place] = v.value;
          else if (v.kind === 'missing') delete populations[place];
          else return fail(stt('stats.dataset.populationError', { place }));
          commit((s) => ({ ...s, datasets: s.datasets.map((d) => (d.id === ds.id ? { ...d, populations } : d)) }));
        });
        return h('div', { class: 'field field--inline' }, h('label', { for: id, text: stt('stats.dataset.population', { place }) }), input);
      });
      item.append(h('fieldset', { class: 'stats-population' }, h('legend', { text: stt('stats.dataset.populationLegend') }), ...fields));
    }
    const add = h('button', { type: 'button', class: 'button', text: stt('stats.dataset.newChart', { name: ds.name }) });
    add.addEventListener('click', () => commit((s) => ({ ...s, charts: [...s.charts, defaultChart(ds)] })));
    const remove = h('button', { type: 'button', class: 'button button--danger', text: stt('stats.dataset.remove', { name: ds.name }) });
    remove.addEventListener('click', () => {
      if (!confirm(stt('stats.dataset.removeConfirm', { name: ds.name }))) return;
      commit((s) => ({ ...s, datasets: s.datasets.filter((d) => d.id !== ds.id), charts: s.charts.filter((c) => c.datasetId !== ds.id) }));
    });
    item.append(h('div', { class: 'stats-actions no-print' }, add, remove));
    datasetsList.append(item);
  }
}

// ---------------------------------------------------------------- charts

let plotModule: Promise<typeof import('./chart')> | null = null;
/** Chart editors the reader has open (or closed), kept across redraws. */
const editorOpen = new Map<string, boolean>();

function chartEditor(spec: ChartSpec, ds: Dataset, n: number): HTMLElement {
  const update = (patch: Partial<ChartSpec>) => commit((s) => ({ ...s, charts: s.charts.map((c) => (c.id === spec.id ? { ...c, ...patch } : c)) }));
  const measures = sortPeriods(new Set(ds.rows.map((r) => r.measure)));
  const places = [...new Set(ds.rows.map((r) => r.place))];
  const periods = sortPeriods(new Set(ds.rows.map((r) => r.period)));
  const id = spec.id;
  const sel = (name: string, label: string, value: string, options: [string, string][], patch: (v: string) => Partial<ChartSpec>) => {
    const select = h('select', { id: `${id}-${name}` }, ...options.map(([v, t]) => h('option', { value: v, text: t })));
    select.value = value;
    select.addEventListener('change', () => update(patch(select.value)));
    return h('div', { class: 'field' }, h('label', { for: `${id}-${name}`, text: label }), select);
  };
  const title = h('input', { id: `${id}-title`, type: 'text', value: spec.title, 'aria-describedby': `${id}-title-hint` });
  title.addEventListener('change', () => update({ title: title.value }));
  const placeBoxes = h(
    'fieldset',
    { class: 'field stats-places' },
    h('legend', { text: stt('stats.chart.places') }),
    ...places.map((place, i) => {
      const boxId = `${id}-place-${i}`;
      const box = h('input', { type: 'checkbox', id: boxId, checked: spec.places.includes(place) });
      box.addEventListener('change', () => update({ places: box.checked ? [...spec.places, place] : spec.places.filter((p) => p !== place) }));
      return h('div', { class: 'choice' }, box, h('label', { for: boxId, text: place }));
    }),
  );
  const include = h('input', { type: 'checkbox', id: `${id}-include`, checked: spec.include, 'data-stats-include': true });
  include.addEventListener('change', () => update({ include: include.checked }));
  const remove = h('button', { type: 'button', class: 'button button--danger', text: stt('stats.chart.remove') });
  remove.addEventListener('click', () => commit((s) => ({ ...s, charts: s.charts.filter((c) => c.id !== spec.id) })));
  const details = h(
    'details',
    { class: 'stats-editor no-print', open: editorOpen.get(spec.id) ?? !spec.title },
    h('summary', { text: stt('stats.chart.edit', { n }) }),
    h('div', { class: 'field' }, h('label', { for: `${id}-title`, text: stt('stats.chart.title') }), h('p', { class: 'hint', id: `${id}-title-hint`, text: stt('stats.chart.title.hint') }), title),
    sel('measure', stt('stats.chart.measure'), spec.measure, measures.map((m) => [m, m]), (v) => ({ measure: v })),
    placeBoxes,
    sel('kind', stt('stats.chart.kind'), spec.kind, [['line', stt('stats.chart.kind.line')], ['bar', stt('stats.chart.kind.bar')]], (v) => ({ kind: v as ChartSpec['kind'] })),
    ds.unit === 'antal' ? sel('show', stt('stats.chart.show'), spec.show, [['value', stt('stats.unit.antal')], ['rate', stt('stats.unit.rate')]], (v) => ({ show: v as ChartSpec['show'] })) : null,
    sel('pool', stt('stats.chart.pool'), String(spec.pool), [['1', stt('stats.chart.pool.none')], ...[2, 3, 4, 5].map((n): [string, string] => [String(n), stt('stats.chart.pool.years', { n })])], (v) => ({ pool: Number(v) })),
    spec.kind === 'bar' ? sel('period', stt('stats.chart.period'), spec.period, [['', stt('stats.chart.period.latest')], ...periods.map((p): [string, string] => [p, p])], (v) => ({ period: v })) : null,
    h('div', { class: 'choice' }, include, h('label', { for: `${id}-include`, text: stt('stats.chart.include') })),
    h('div', { class: 'stats-actions' }, remove),
  );
  details.addEventListener('toggle', () => editorOpen.set(spec.id, details.open));
  return details;
}

function tableElement(model: ChartModel): HTMLElement {
  const [head, ...rest] = [model.table.columns, ...model.table.rows];
  return h(
    'div',
    { class: 'stats-scroll', tabindex: 0, role: 'region', 'aria-label': model.table.caption },
    h(
      'table',
      { class: 'stats-table' },
      h('caption', { text: model.table.caption }),
      h('thead', {}, h('tr', {}, ...head!.map((c) => h('th', { scope: 'col', text: c })))),
      h('tbody', {}, ...rest.map((r) => h('tr', {}, h('th', { scope: 'row', text: r[0]! }), ...r.slice(1).map((c) => h('td', { text: c }))))),
    ),
  );
}

function renderCharts(): void {
  chartsList.replaceChildren();
  $<HTMLElement>('[data-stats-charts-empty]', root).hidden = state.charts.length > 0;
  state.charts.forEach((spec, i) => {
    const ds = state.datasets.find((d) => d.id === spec.datasetId);
    if (!ds) return;
    const model = buildChart(ds, spec, state.threshold);
    const headingId = `${spec.id}-h`;
    const figure = h('figure', { class: 'stats-figure' });
    const art = h(
      'article',
      { class: 'stats-chart', 'aria-labelledby': headingId, 'data-chart': spec.id, 'data-include': spec.include ? 'ja' : 'nej' },
      h('h3', { id: headingId, text: model.title }),
      ds.invented ? h('p', { class: 'stats-invented', text: stt('stats.invented.notice') }) : null,
      h('div', { class: 'stats-chart__body' }, figure, h('div', { class: 'stats-chart__side' }, h('p', { class: 'stats-summary', text: model.summary }), tableElement(model))),
      ...model.notes.map((note) => h('p', { class: 'stats-note', text: note })),
      chartEditor(spec, ds, i + 1),
    );
    const csv = h('button', { type: 'button', class: 'button no-print', text: stt('stats.chart.csv') });
    csv.addEventListener('click', async () => {
      // Papa Parse writes the CSV; it is loaded only when a table is downloaded.
      const { tableToCsv } = await import('../../shared/statistics/formats');
      downloadText(`${(model.title || 'diagram').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.csv`, `\ufeff${tableToCsv(model)}`, 'text/csv;charset=utf-8');
    });
    art.append(csv);
    figure.append(h('p', { class: 'stats-rendering', text: stt('stats.chart.rendering') }), h('figcaption', { text: model.caption }));
    chartsList.append(art);
    plotModule ??= import('./chart');
    void plotModule.then(({ renderChart }) => {
      figure.querySelector('.stats-rendering')?.replaceWith(renderChart(model));
      art.dataset.rendered = 'ja';
    });
  });
}

function renderAll(): void {
  // Controls are redrawn from the saved state; keep the keyboard focus where it was.
  const focused = document.activeElement?.id;
  renderDatasets();
  renderCharts();
  if (focused) document.getElementById(focused)?.focus();
}

// Another tab (or the worksheet page) changed the arbetsyta or its statistics.
onOtherTab(KEYS.workspaces, loadWorkspace);
onOtherTab(KEYS.statistikPrefix, (key) => {
  if (key === statistikKey(workspace.id) || key === KEYS.statistikPrefix) loadWorkspace();
});

loadWorkspace();
// The controls are disabled in the HTML until this script can serve them.
for (const el of root.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLTextAreaElement>('[data-stats-file], [data-stats-paste], [data-stats-paste-read], [data-stats-sample], [data-stats-threshold]')) el.disabled = false;
root.dataset.ready = 'ja';
// The threshold the producers use, for the help text.
$<HTMLElement>('[data-stats-default-threshold]', root).textContent = String(DEFAULT_THRESHOLD);
