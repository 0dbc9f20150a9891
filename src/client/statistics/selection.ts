/**
 * On the Lägesbild worksheet: shows the charts the reader chose on the statistics page, with table,
 * summary and caption, so they print with the worksheet, and offers them as Markdown. Plot is loaded
 * only when there is something to draw.
 */
import { stt } from '../../i18n/statistics';
import { downloadText } from '../ui/download';
import { KEYS } from '../../shared/storage/keys';
import { onOtherTab } from '../storage';
import { chosenModels } from './chosen';

const box = document.querySelector<HTMLElement>('[data-stats-selection]');

async function show(): Promise<void> {
  if (!box) return;
  const list = box.querySelector<HTMLElement>('[data-stats-selection-list]')!;
  const chosen = chosenModels();
  list.replaceChildren();
  box.querySelector<HTMLElement>('[data-stats-selection-markdown]')!.hidden = chosen.length === 0;
  if (chosen.length === 0) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = stt('stats.lagesbild.none');
    list.append(p);
    return;
  }
  const { chosenCharts } = await import('./export');
  for (const chart of chosenCharts()) {
    const art = document.createElement('article');
    art.className = 'stats-chart';
    const h = document.createElement('h4');
    h.textContent = chart.title;
    const figure = document.createElement('figure');
    figure.className = 'stats-figure';
    const caption = document.createElement('figcaption');
    caption.textContent = chart.caption;
    figure.append(chart.element, caption);
    const summary = document.createElement('p');
    summary.className = 'stats-summary';
    summary.textContent = chart.summary;
    const table = document.createElement('table');
    table.className = 'stats-table';
    const cap = table.createCaption();
    cap.textContent = chart.table.caption;
    const headRow = table.createTHead().insertRow();
    for (const c of chart.table.columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c;
      headRow.append(th);
    }
    const body = table.createTBody();
    for (const r of chart.table.rows) {
      const tr = body.insertRow();
      r.forEach((c, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
        cell.textContent = c;
        tr.append(cell);
      });
    }
    art.append(h, figure, summary, table);
    for (const note of chart.notes) {
      const p = document.createElement('p');
      p.className = 'stats-note';
      p.textContent = note;
      art.append(p);
    }
    list.append(art);
  }
  box.dataset.rendered = 'ja';
}

box?.querySelector('[data-stats-selection-markdown]')?.addEventListener('click', async () => {
  const { chosenCharts } = await import('./export');
  downloadText('lagesbild-statistik.md', chosenCharts().map((c) => c.markdown).join('\n'), 'text/markdown;charset=utf-8');
});
onOtherTab(KEYS.statistikPrefix, () => void show());
onOtherTab(KEYS.workspaces, () => void show());
void show();
