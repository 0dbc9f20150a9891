/**
 * The Röd tråd page: reads the chosen arbetsyta's answers from the device, resolves the chain
 * (src/shared/chain) and shows it three ways — the gaps, each linked to the worksheet cell to fix; the
 * thread problem by problem as nested lists of real text; and a table with one row per åtgärd. Another
 * tab's changes show at once. Everything is set as text, never as markup.
 */
import { resolveChain, type Chain, type FollowUp, type Gap, type Measure, type Ref } from '../../shared/chain';
import { KEYS } from '../../shared/storage/keys';
import { Worksheets, type Workspace } from '../../shared/storage/worksheets';
import { cst } from '../../i18n/chain';
import { onOtherTab, openStore, showProblems } from '../storage/index';

type Key = Parameters<typeof cst>[0];
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** A reference as text: its label, and what is wrong with it in words (never colour alone). */
function refText(ref: Ref): string {
  if (ref.state === 'broken') return cst('chain.state.broken', { label: ref.label });
  if (ref.state === 'unlinked') return cst('chain.state.unlinked', { label: ref.label });
  return ref.label;
}

/** One box of the diagram: its kind in words, then the reader's text. */
function node(kind: string, text: string, modifier: string, extra: string[] = []): HTMLElement {
  const p = el('p', `chain-node chain-node--${modifier}`);
  p.append(el('span', 'chain-node__kind', `${kind}: `), el('span', 'chain-node__text', text));
  for (const line of extra) p.append(el('span', 'chain-node__extra', line));
  return p;
}

function followUpItems(measure: Measure, followUps: FollowUp[]): HTMLElement | undefined {
  const mine = followUps.filter((f) => measure.id && f.measure.id === measure.id);
  if (!mine.length) return undefined;
  const list = el('ul', 'chain-list');
  for (const f of mine) {
    const li = el('li');
    li.append(node(cst(f.kind === 'uppfoljning' ? 'chain.diagram.followUp' : 'chain.diagram.evaluation'), f.label, 'follow'));
    list.append(li);
  }
  return list;
}

function measureItem(measure: Measure, chain: Chain): HTMLElement {
  const li = el('li');
  const extra = [cst('chain.diagram.owner', { owner: measure.owner || cst('chain.table.missing') }), cst('chain.diagram.indicator', { indicator: measure.indicator || cst('chain.table.missing') })];
  li.append(node(cst('chain.diagram.measure'), measure.label, 'measure', extra));
  const follow = followUpItems(measure, chain.followUps);
  if (follow) li.append(follow);
  return li;
}

function diagram(chain: Chain): HTMLElement {
  const top = el('ul', 'chain-list chain-list--top');
  const decision = (id: string | undefined) => {
    const p = chain.priorities.filter((x) => x.problem.state === 'ok' && x.problem.id === id);
    if (!p.length) return cst('chain.diagram.noDecision');
    return cst(p.some((x) => x.prioritised) ? 'chain.diagram.prioritised' : 'chain.diagram.notPrioritised');
  };
  for (const problem of chain.problems) {
    const li = el('li', 'chain-problem');
    li.append(node(cst('chain.diagram.problem'), problem.label, 'problem', [decision(problem.id)]));
    const causes = chain.causes.filter((c) => c.problem.state === 'ok' && c.problem.id === problem.id);
    const measures = chain.measures.filter((m) => m.problem.state === 'ok' && m.problem.id === problem.id);
    const list = el('ul', 'chain-list');
    for (const cause of causes) {
      const item = el('li');
      item.append(node(cst('chain.diagram.cause'), cause.label, 'cause'));
      const under = measures.filter((m) => m.cause.state === 'ok' && m.cause.id === cause.id);
      if (under.length) {
        const ml = el('ul', 'chain-list');
        ml.append(...under.map((m) => measureItem(m, chain)));
        item.append(ml);
      }
      list.append(item);
    }
    // Measures aimed at the problem but at no cause of it.
    for (const m of measures.filter((m) => !causes.some((c) => m.cause.state === 'ok' && c.id === m.cause.id))) {
      const item = measureItem(m, chain);
      item.prepend(node(cst('chain.diagram.cause'), refText(m.cause) || cst('chain.table.missing'), 'cause chain-node--gap'));
      list.append(item);
    }
    if (!causes.length && !measures.length) list.append(el('li', 'chain-empty', cst('chain.diagram.noMeasures')));
    li.append(list);
    top.append(li);
  }
  const orphans = chain.measures.filter((m) => m.problem.state !== 'ok');
  if (orphans.length) {
    const li = el('li', 'chain-problem');
    li.append(node(cst('chain.diagram.problem'), cst('chain.diagram.orphans'), 'problem chain-node--gap'));
    const list = el('ul', 'chain-list');
    for (const m of orphans) {
      const item = measureItem(m, chain);
      if (m.problem.state !== 'empty') item.prepend(node(cst('chain.diagram.problem'), refText(m.problem), 'problem chain-node--gap'));
      list.append(item);
    }
    li.append(list);
    top.append(li);
  }
  return top;
}

function table(chain: Chain): HTMLElement {
  if (!chain.measures.length && !chain.problems.length) return el('p', undefined, cst('chain.table.none'));
  const t = el('table', 'chain-table');
  t.append(el('caption', undefined, cst('chain.table.caption')));
  const head = el('tr');
  for (const key of ['problem', 'prioritised', 'cause', 'measure', 'owner', 'indicator', 'followUp'] as const) {
    const th = el('th', undefined, cst(`chain.table.${key}` as Key));
    th.scope = 'col';
    head.append(th);
  }
  t.createTHead().append(head);
  const body = t.createTBody();
  const prioritised = (ref: Ref) => {
    if (ref.state !== 'ok') return '';
    const p = chain.priorities.filter((x) => x.problem.id === ref.id);
    return p.length ? cst(p.some((x) => x.prioritised) ? 'chain.table.yes' : 'chain.table.no') : '';
  };
  const missing = (text: string) => text || cst('chain.table.missing');
  const row = (cells: string[]) => {
    const tr = el('tr');
    cells.forEach((text, i) => {
      const cell = i === 3 ? el('th') : el('td');
      if (cell instanceof HTMLTableCellElement && i === 3) cell.scope = 'row';
      cell.textContent = text;
      tr.append(cell);
    });
    body.append(tr);
  };
  for (const m of chain.measures) {
    const follow = chain.followUps.filter((f) => m.id && f.measure.id === m.id).map((f) => f.label);
    row([missing(refText(m.problem)), prioritised(m.problem), missing(refText(m.cause)), m.label, missing(m.owner), missing(m.indicator), follow.join('; ') || cst('chain.table.missing')]);
  }
  // Problems no measure aims at: a row each, so the table shows where the thread stops.
  const measured = new Set(chain.measures.map((m) => m.problem.id));
  for (const p of chain.problems.filter((p) => !measured.has(p.id))) {
    const ref: Ref = { state: 'ok', id: p.id, label: p.label, target: 'problem', place: p.place };
    row([p.label, prioritised(ref), '', cst('chain.table.missing'), '', '', '']);
  }
  return t;
}

function gapItem(gap: Gap, titles: Record<string, string>): HTMLElement {
  const li = el('li');
  const text = cst(`chain.gap.${gap.kind}` as Key, { subject: gap.subject, label: gap.label ?? '', target: gap.target ? cst(`chain.target.${gap.target}` as Key) : '' });
  li.append(el('span', 'chain-gap__text', text), ' ');
  const { sheet, field, row, column } = gap.place;
  const a = el('a', 'chain-gap__fix', cst('chain.gaps.fix', { sheet: titles[sheet] ?? sheet, where: row ? cst('chain.gaps.row', { row }) : cst('chain.gaps.table') }));
  a.href = `/arbetsblad/${sheet}/#falt-${field}${row ? `-r${row}-k${column}` : ''}`;
  li.append(a);
  return li;
}

function start(root: HTMLElement): void {
  const titles = JSON.parse(root.dataset['sheetTitles'] ?? '{}') as Record<string, string>;
  const error = root.querySelector<HTMLElement>('[data-chain-error]')!;
  const store = openStore();
  if (!store) {
    error.hidden = false;
    error.textContent = cst('chain.page.noStorage');
    return;
  }
  const sheets = new Worksheets(store);
  let workspace: Workspace = sheets.lastUsed();
  const select = root.querySelector<HTMLSelectElement>('[data-chain-workspace]')!;
  root.querySelector<HTMLElement>('[data-chain-tools]')!.hidden = false;

  const fillSelect = () => {
    select.replaceChildren(...sheets.list().map((w) => Object.assign(document.createElement('option'), { value: w.id, textContent: w.name, selected: w.id === workspace.id })));
  };
  const draw = () => {
    const chain = resolveChain(sheets.answers(workspace.id).worksheets);
    const empty = !chain.problems.length && !chain.causes.length && !chain.measures.length && !chain.priorities.length && !chain.followUps.length;
    const emptyNote = root.querySelector<HTMLElement>('[data-chain-empty]')!;
    emptyNote.hidden = !empty;
    emptyNote.textContent = empty ? cst('chain.page.empty', { name: workspace.name }) : '';
    for (const s of root.querySelectorAll<HTMLElement>('[data-chain-section]')) s.hidden = empty;
    if (empty) return;
    root.querySelector('[data-chain-gaps-summary]')!.textContent = chain.gaps.length ? cst('chain.gaps.count', { n: chain.gaps.length }) : cst('chain.gaps.none');
    root.querySelector('[data-chain-gaps]')!.replaceChildren(...chain.gaps.map((g) => gapItem(g, titles)));
    root.querySelector('[data-chain-diagram]')!.replaceChildren(diagram(chain));
    root.querySelector('[data-chain-table]')!.replaceChildren(table(chain));
  };
  select.addEventListener('change', () => {
    const chosen = sheets.find(select.value);
    if (!chosen) return;
    workspace = chosen;
    sheets.choose(chosen.id); // remembered for the worksheets opened next; fine if it cannot be stored
    draw();
  });
  // Another tab wrote answers or changed the arbetsytor: draw again from what is stored.
  onOtherTab(KEYS.answersPrefix, () => draw());
  onOtherTab(KEYS.workspaces, () => {
    workspace = sheets.find(workspace.id) ?? sheets.lastUsed();
    fillSelect();
    draw();
  });
  fillSelect();
  draw();
  showProblems(error, store);
}

// Last, after the helpers above are defined.
const root = document.querySelector<HTMLElement>('[data-chain]');
if (root) start(root);
