/**
 * The workshop builder (/workshop/). It edits a draft (kept in localStorage, so exercises added from
 * their pages with "Lägg till i en workshop" pile up in it) and saves it into the list of saved
 * workshops on "Spara". Agenda times come from src/shared/agenda.ts via workshopAgenda().
 */
import { formatMinutes, formatSlot } from '../../shared/agenda';
import {
  draftOf,
  emptyDraft,
  formatLongDate,
  isoDate,
  itemCounts,
  moveItem,
  newId,
  parseMinutes,
  removeAt,
  saveDraft,
  stepMinutesOf,
  urlParam,
  withMinutes,
  workshopAgenda,
  workshopHref,
  type ExerciseInfo,
  type SavedWorkshop,
  type WorkshopDraft,
  type WorkshopItem,
} from '../../shared/workshop';
import { wt } from '../../i18n/workshop';
import { loadExercises } from './data';
import { h, makeAnnouncer, must, showNotice } from './dom';
import { confirmDialog } from '../ui/dialog';
import { deleteSaved, hasRun, loadDraft, loadSaved, putSaved, removeRun, reportProblems, store, storeDraft, workshops } from './store';
import { onOtherTab } from '../storage/index';
import { wireBackup } from '../storage/backup';
import { datedName, downloadText } from '../ui/download';
import { KEYS } from '../../shared/storage/keys';
import { buildWorkshopsFile, readWorkshopsFile } from '../../shared/storage/workshops';
import { sst } from '../../i18n/storage';

const root = must(document, '[data-builder-root]');
const announce = makeAnnouncer(must(root, '[data-announcer]'));
const errorBox = must(root, '[data-builder-error]');

const el = {
  builder: must(root, '[data-builder]'),
  extra: must(root, '[data-builder-extra]'),
  savedEmpty: must(root, '[data-saved-empty]'),
  savedList: must(root, '[data-saved-list]'),
  editTitle: must(root, '#ws-edit-title'),
  status: must(root, '[data-edit-status]'),
  name: must<HTMLInputElement>(root, '[data-name]'),
  date: must<HTMLInputElement>(root, '[data-date]'),
  start: must<HTMLInputElement>(root, '[data-start]'),
  agendaTitle: must(root, '#ws-agenda-title'),
  agendaEmpty: must(root, '[data-agenda-empty]'),
  table: must<HTMLTableElement>(root, '[data-agenda-table]'),
  rows: must(root, '[data-agenda-rows]'),
  total: must(root, '[data-agenda-total]'),
  save: must<HTMLButtonElement>(root, '[data-save]'),
  run: must<HTMLButtonElement>(root, '[data-run]'),
  print: must<HTMLButtonElement>(root, '[data-print-agenda]'),
  new: must<HTMLButtonElement>(root, '[data-new]'),
  breakForm: must<HTMLFormElement>(root, '[data-add-break]'),
  customForm: must<HTMLFormElement>(root, '[data-add-custom]'),
};

let exercises = new Map<string, ExerciseInfo>();
let saved: SavedWorkshop[] = loadSaved();
let draft: WorkshopDraft = loadDraft() ?? emptyDraft(isoDate(new Date()));

void init();

async function init(): Promise<void> {
  try {
    ({ exercises } = await loadExercises());
  } catch {
    showNotice(errorBox, wt('error.data'));
    return;
  }
  // A draft that points at a workshop deleted in another tab becomes a new one.
  if (draft.id && !saved.some((w) => w.id === draft.id)) draft = { ...draft, id: null, dirty: draft.items.length > 0 };
  el.builder.hidden = false;
  el.extra.hidden = false;
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-add-exercise]')) {
    b.hidden = false;
    b.addEventListener('click', () => addItem({ key: newId('i'), kind: 'exercise', exerciseId: b.dataset['addExercise']! }));
  }
  wireEditor();
  wireDurations();
  wireForms();
  wireStorage();
  const preselect = urlParam(new URL(location.href), 'lagg-till');
  if (preselect) {
    const url = new URL(location.href);
    url.searchParams.delete('lagg-till');
    url.hash = '';
    history.replaceState(history.state, '', url);
    if (exercises.has(preselect)) addItem({ key: newId('i'), kind: 'exercise', exerciseId: preselect });
    else showNotice(errorBox, wt('error.exercise', { id: preselect }));
  }
  renderAll();
}

// ---------------------------------------------------------------------------------------------------
// State changes

function setDraft(next: WorkshopDraft, persist = true): void {
  draft = next;
  if (persist && !storeDraft(draft)) showNotice(errorBox, wt('error.storage'));
}

function change(patch: Partial<WorkshopDraft>): void {
  setDraft({ ...draft, ...patch, dirty: true });
}

function addItem(item: WorkshopItem): void {
  change({ items: [...draft.items, item] });
  renderAgenda();
  renderStatus();
  announce(wt('builder.added', { title: titleOf(item) }));
}

function titleOf(item: WorkshopItem): string {
  return item.kind === 'exercise' ? (exercises.get(item.exerciseId)?.title ?? item.exerciseId) : item.title;
}

/** Saves the draft; returns the saved workshop's id (or undefined when storage failed). */
function saveCurrent(): string | undefined {
  const id = draft.id ?? newId('w');
  const workshop = saveDraft([], draft, id, new Date().toISOString(), wt('untitled'))[0]!;
  const list = putSaved(workshop);
  if (!list) {
    showNotice(errorBox, wt('error.storage'));
    return undefined;
  }
  saved = list;
  const stored = list.find((w) => w.id === id)!;
  setDraft({ ...draft, id, name: stored.name, dirty: false });
  el.name.value = stored.name;
  renderSaved();
  renderStatus();
  announce(wt('builder.saved', { name: stored.name }));
  return id;
}

async function confirmDiscard(): Promise<boolean> {
  if (!draft.dirty || draft.items.length === 0) return true;
  return confirmDialog({
    title: wt('builder.confirm.discard.title'),
    text: wt('builder.confirm.discard.text'),
    ok: wt('builder.confirm.discard.ok'),
    cancel: wt('builder.confirm.cancel'),
  });
}

// ---------------------------------------------------------------------------------------------------
// Editor

function wireEditor(): void {
  el.name.addEventListener('input', () => {
    change({ name: el.name.value });
    renderStatus();
  });
  el.date.addEventListener('change', () => {
    change({ date: el.date.value });
    renderAgenda();
    renderStatus();
  });
  el.start.addEventListener('input', () => {
    if (!el.start.value) return;
    change({ start: el.start.value });
    renderAgenda();
    renderStatus();
  });
  el.save.addEventListener('click', () => void saveCurrent());
  const goTo = (path: string) => {
    const id = draft.dirty || !draft.id ? saveCurrent() : draft.id;
    if (id) location.assign(workshopHref(path, { kind: 'workshop', id }));
  };
  el.run.addEventListener('click', () => goTo('/workshop/kor/'));
  el.print.addEventListener('click', () => goTo('/workshop/utskrift/'));
  el.new.addEventListener('click', () => {
    void confirmDiscard().then((ok) => {
      if (!ok) return;
      setDraft(emptyDraft(isoDate(new Date())));
      renderAll();
      announce(wt('builder.new'));
      el.name.focus();
    });
  });
  el.rows.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const index = Number(button.closest<HTMLElement>('tr')!.dataset['index']);
    const action = button.dataset['action']!;
    const item = draft.items[index];
    if (!item) return;
    if (action === 'up' || action === 'down') {
      const to = action === 'up' ? index - 1 : index + 1;
      change({ items: moveItem(draft.items, index, to) });
      renderAgenda();
      renderStatus();
      focusRowButton(item.key, action, action === 'up' ? 'down' : 'up');
      announce(wt('builder.moved', { title: titleOf(item), pos: to + 1, count: draft.items.length }));
    } else if (action === 'remove') {
      change({ items: removeAt(draft.items, index) });
      renderAgenda();
      renderStatus();
      const neighbour = draft.items[index] ?? draft.items[index - 1];
      if (neighbour) focusRowButton(neighbour.key, 'remove', 'remove');
      else el.agendaTitle.focus();
      announce(wt('builder.removed', { title: titleOf(item) }));
    }
  });
}

/** After a re-render, focus the same control on the moved row (or its sibling when that one is disabled). */
function focusRowButton(key: string, action: string, fallback: string): void {
  const row = el.rows.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(key)}"]`);
  const first = row?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  const target = first && !first.disabled ? first : row?.querySelector<HTMLButtonElement>(`button[data-action="${fallback}"]`);
  target?.focus();
}

/** Exercises whose step-length editor is open, so a re-render keeps it open. */
const openStepTimes = new Set<string>();

/** Lengths typed in the agenda: a break's or custom item's minutes, or one step of an exercise. */
function wireDurations(): void {
  el.rows.addEventListener('toggle', (event) => {
    const details = event.target as HTMLDetailsElement;
    const key = details.closest<HTMLElement>('tr')?.dataset['key'];
    if (key) details.open ? openStepTimes.add(key) : openStepTimes.delete(key);
  }, true);
  el.rows.addEventListener('change', (event) => {
    const input = (event.target as Element).closest<HTMLInputElement>('input[data-minutes-step]');
    if (!input) return;
    const row = input.closest<HTMLElement>('tr')!;
    const index = Number(row.dataset['index']);
    const item = draft.items[index];
    if (!item) return;
    const minutes = parseMinutes(input.value);
    const step = Number(input.dataset['minutesStep']);
    if (minutes === undefined) {
      input.setAttribute('aria-invalid', 'true');
      announce(wt('builder.minutes.invalid'));
      return;
    }
    const ex = item.kind === 'exercise' ? exercises.get(item.exerciseId) : undefined;
    change({ items: draft.items.map((it, i) => (i === index ? withMinutes(it, minutes, ex, step) : it)) });
    renderAgenda();
    renderStatus();
    // The agenda was redrawn: put the caret back in the same field.
    el.rows.querySelector<HTMLInputElement>(`tr[data-key="${CSS.escape(item.key)}"] input[data-minutes-step="${step}"]`)?.focus();
    announce(wt('builder.minutes.changed', { title: titleOf(item), total: el.total.textContent ?? '' }));
  });
}

function wireForms(): void {
  const minutesOf = (form: HTMLFormElement): number | undefined => parseMinutes(must<HTMLInputElement>(form, '[data-minutes]').value);
  const fail = (form: HTMLFormElement, message: string, field: HTMLElement) => {
    must(form, '[data-error]').textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  };
  const clear = (form: HTMLFormElement) => {
    must(form, '[data-error]').textContent = '';
    for (const f of form.querySelectorAll('[aria-invalid]')) f.removeAttribute('aria-invalid');
  };
  el.breakForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clear(el.breakForm);
    const minutes = minutesOf(el.breakForm);
    if (minutes === undefined) return fail(el.breakForm, wt('builder.minutes.invalid'), must(el.breakForm, '[data-minutes]'));
    const title = must<HTMLInputElement>(el.breakForm, '[data-title]').value.trim() || wt('kind.break');
    addItem({ key: newId('i'), kind: 'break', title, minutes });
  });
  el.customForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clear(el.customForm);
    const titleField = must<HTMLInputElement>(el.customForm, '[data-title]');
    const title = titleField.value.trim();
    if (!title) return fail(el.customForm, wt('builder.custom.required'), titleField);
    const minutes = minutesOf(el.customForm);
    if (minutes === undefined) return fail(el.customForm, wt('builder.minutes.invalid'), must(el.customForm, '[data-minutes]'));
    const text = must<HTMLTextAreaElement>(el.customForm, '[data-text]').value.trim();
    addItem({ key: newId('i'), kind: 'custom', title, minutes, text });
    titleField.value = '';
    must<HTMLTextAreaElement>(el.customForm, '[data-text]').value = '';
  });
}

/** Unreadable data, other tabs' saves, workshops to and from a file, and "Ladda ner allt". */
function wireStorage(): void {
  reportProblems(errorBox);
  // Another builder tab saved, renamed or deleted a workshop: show the list as stored.
  onOtherTab(KEYS.workshops, () => {
    saved = loadSaved();
    if (draft.id && !saved.some((w) => w.id === draft.id)) setDraft({ ...draft, id: null, dirty: draft.items.length > 0 });
    renderSaved();
    renderStatus();
  });
  const transfer = must(root, '[data-workshop-transfer]');
  const file = must<HTMLInputElement>(transfer, '[data-workshops-file]');
  transfer.hidden = false;
  must(transfer, '[data-workshops-export]').addEventListener('click', () => {
    downloadText(datedName('workshoppar', 'json'), `${JSON.stringify(buildWorkshopsFile(loadSaved(), new Date()), null, 2)}\n`, 'application/json;charset=utf-8');
  });
  must(transfer, '[data-workshops-import]').addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    try {
      const incoming = readWorkshopsFile(chosen.size > 2 * 1024 * 1024 ? '' : await chosen.text(), chosen.size);
      const result = workshops.add(incoming);
      if (!result.ok) return showNotice(errorBox, wt('error.storage'));
      saved = result.value;
      renderSaved();
      announce(sst('storage.workshops.imported', { n: incoming.length }));
    } catch (error) {
      showNotice(errorBox, (error as Error).message);
    }
  });
  wireBackup(store, root);
}

// ---------------------------------------------------------------------------------------------------
// Rendering

function renderAll(): void {
  el.name.value = draft.name;
  el.date.value = draft.date;
  el.start.value = draft.start;
  renderSaved();
  renderAgenda();
  renderStatus();
}

function renderStatus(): void {
  const text = !draft.id ? wt('builder.editing.new') : draft.dirty ? wt('builder.editing.dirty') : wt('builder.editing.saved');
  el.status.textContent = text;
  el.status.classList.toggle('ws-status--dirty', draft.dirty);
  const empty = draft.items.length === 0;
  el.run.disabled = empty;
  el.print.disabled = empty;
}

function renderAgenda(): void {
  const rows = workshopAgenda(draft, exercises);
  el.agendaEmpty.hidden = rows.length > 0;
  el.table.hidden = rows.length === 0;
  el.rows.replaceChildren(
    ...rows.map((row, i) => {
      const kindLabel = wt(`kind.${row.item.kind}`);
      const ex = row.item.kind === 'exercise' ? exercises.get(row.item.exerciseId) : undefined;
      const meta = ex ? `${kindLabel} · ${wt('builder.item.steps', { n: ex.steps.length })}` : row.title === kindLabel ? '' : kindLabel;
      const button = (action: string, label: string, disabled = false) => {
        const b = h('button', { class: 'button button--quiet ws-row-button', text: label, attrs: { type: 'button', 'aria-label': `${label}: ${row.title}` }, data: { action } });
        b.disabled = disabled;
        return b;
      };
      return h(
        'tr',
        { class: `ws-agenda-row ws-agenda-row--${row.item.kind}`, data: { index: String(draft.items.indexOf(row.item)), key: row.item.key } },
        h('td', { class: 'ws-agenda-row__time', text: row.time }),
        h(
          'th',
          { attrs: { scope: 'row' } },
          ex ? h('a', { text: row.title, attrs: { href: `/ovningar/${ex.id}/` } }) : h('span', { text: row.title }),
          meta ? h('span', { class: 'ws-agenda-row__meta', text: meta }) : null,
        ),
        h('td', { class: 'ws-agenda-row__minutes', text: formatMinutes(row.minutes) }),
        h(
          'td',
          {},
          ...minutesEditor(row.item, row.title, ex),
          h(
            'div',
            { class: 'ws-row-actions' },
            button('up', wt('builder.item.up'), i === 0),
            button('down', wt('builder.item.down'), i === rows.length - 1),
            button('remove', wt('builder.item.remove')),
          ),
        ),
      );
    }),
  );
  const first = rows[0];
  const last = rows[rows.length - 1];
  const minutes = rows.reduce((sum, r) => sum + r.minutes, 0);
  el.total.textContent = first && last ? wt('builder.agenda.total', { duration: formatMinutes(minutes), time: formatSlot({ start: first.slot.start, end: last.slot.end }) }) : '';
}

const minutesInput = (value: number, step: number, label: string): HTMLInputElement =>
  h('input', {
    class: 'ws-minutes',
    attrs: { type: 'number', min: '1', max: '480', step: '1', inputmode: 'numeric', value: String(value), 'aria-label': label },
    data: { minutesStep: String(step) },
  });

/** A break or custom item: its minutes in a field. An exercise: a field per step, behind "Ändra tider". */
function minutesEditor(item: WorkshopItem, title: string, ex: ExerciseInfo | undefined): (Node | null)[] {
  if (item.kind !== 'exercise') {
    return [h('label', { class: 'ws-minutes-field' }, minutesInput(item.minutes, 0, wt('builder.minutes.label', { title })), h('span', { text: wt('builder.minutes.unit') }))];
  }
  if (!ex) return [];
  const minutes = stepMinutesOf(item, ex);
  const details = h(
    'details',
    { class: 'ws-step-times' },
    h('summary', { text: wt('builder.minutes.edit'), attrs: { 'aria-label': wt('builder.minutes.steps', { title }) } }),
    h(
      'ol',
      {},
      ...ex.steps.map((s, i) =>
        h('li', {}, h('label', { class: 'ws-minutes-field' }, h('span', { class: 'ws-minutes-field__step', text: s.title }), minutesInput(minutes[i]!, i, wt('builder.minutes.step', { step: s.title, title })), h('span', { text: wt('builder.minutes.unit') }))),
      ),
    ),
  ) as HTMLDetailsElement;
  details.open = openStepTimes.has(item.key);
  return [details];
}

function summary(w: SavedWorkshop): string {
  const c = itemCounts(w.items);
  const parts = (['exercise', 'break', 'custom'] as const)
    .filter((kind) => c[kind] > 0)
    .map((kind) => (c[kind] === 1 ? wt(`builder.count.${kind}.one`) : wt(`builder.count.${kind}.many`, { n: c[kind] })));
  const rows = workshopAgenda(w, exercises);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const when = [formatLongDate(w.date), first && last ? formatSlot({ start: first.slot.start, end: last.slot.end }) : ''].filter(Boolean).join(', ');
  return wt('builder.saved.summary', { items: parts.join(', ') || wt('builder.saved.noItems'), time: when || wt('builder.saved.noDate') });
}

function renderSaved(): void {
  el.savedEmpty.hidden = saved.length > 0;
  el.savedList.replaceChildren(...saved.map(savedEntry));
}

function savedEntry(w: SavedWorkshop): HTMLLIElement {
  const source = { kind: 'workshop', id: w.id } as const;
  // Visible "Kör", "Byt namn" …; the accessible name adds which workshop ("Kör: Trygghetsrådet i mars").
  const named = (label: string) => `${label}: ${w.name}`;
  const open = h('button', { class: 'button button--quiet', text: wt('builder.saved.open'), attrs: { type: 'button', 'aria-label': named(wt('builder.saved.open')) } });
  const rename = h('button', { class: 'button button--quiet', text: wt('builder.saved.rename'), attrs: { type: 'button', 'aria-expanded': 'false', 'aria-label': named(wt('builder.saved.rename')) }, data: { rename: '' } });
  const remove = h('button', { class: 'button button--quiet', text: wt('builder.saved.delete'), attrs: { type: 'button', 'aria-label': named(wt('builder.saved.delete')) } });
  const link = (href: string, label: string, primary = false) => h('a', { class: primary ? 'button' : 'button button--quiet', text: label, attrs: { href, 'aria-label': named(label) } });
  const inputId = `ws-rename-${w.id}`;
  const input = h('input', { attrs: { id: inputId, type: 'text', maxlength: '200', autocomplete: 'off' } });
  const form = h(
    'form',
    { class: 'ws-rename' },
    h('label', { class: 'field__label', text: wt('builder.saved.renameLabel', { name: w.name }), attrs: { for: inputId } }),
    h('div', { class: 'ws-rename__row' }, input, h('button', { class: 'button', text: wt('builder.saved.renameSave'), attrs: { type: 'submit' } }), h('button', { class: 'button button--quiet', text: wt('builder.saved.cancel'), attrs: { type: 'button' }, data: { cancel: '' } })),
  );
  form.hidden = true;
  const editing = draft.id === w.id;
  const li = h(
    'li',
    { class: `ws-saved__item${editing ? ' is-editing' : ''}`, data: { id: w.id } },
    h('h3', { class: 'ws-saved__name', text: w.name }, editing ? h('span', { class: 'ws-saved__editing', text: ` ${wt('builder.saved.editing')}` }) : null),
    h('p', { class: 'ws-saved__meta', text: summary(w) }),
    h(
      'div',
      { class: 'ws-saved__actions' },
      link(workshopHref('/workshop/kor/', source), wt('builder.saved.run'), true),
      open,
      link(workshopHref('/workshop/utskrift/', source), wt('builder.saved.print')),
      hasRun(source) ? link(workshopHref('/workshop/dokumentation/', source), wt('builder.saved.doc')) : null,
      rename,
      remove,
    ),
    form,
  );
  open.addEventListener('click', () => {
    void (draft.id === w.id ? Promise.resolve(true) : confirmDiscard()).then((ok) => {
      if (!ok) return;
      setDraft(draftOf(w));
      renderAll();
      announce(wt('builder.saved.opened', { name: w.name }));
      el.editTitle.focus();
    });
  });
  rename.addEventListener('click', () => {
    form.hidden = false;
    rename.setAttribute('aria-expanded', 'true');
    input.value = w.name;
    input.focus();
    input.select();
  });
  const closeRename = () => {
    form.hidden = true;
    rename.setAttribute('aria-expanded', 'false');
    rename.focus();
  };
  must(form, '[data-cancel]').addEventListener('click', closeRename);
  form.addEventListener('keydown', (e) => e.key === 'Escape' && closeRename());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const newName = input.value.trim();
    if (!newName) return input.focus();
    // The workshop as stored now (another tab may have changed it), renamed.
    const current = loadSaved().find((s) => s.id === w.id) ?? w;
    const list = putSaved({ ...current, name: newName, updated: new Date().toISOString() });
    if (!list) return showNotice(errorBox, wt('error.storage'));
    saved = list;
    if (draft.id === w.id) {
      setDraft({ ...draft, name: newName });
      el.name.value = newName;
    }
    renderSaved();
    announce(wt('builder.saved.renamed', { name: newName }));
    el.savedList.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(w.id)}"] [data-rename]`)?.focus();
  });
  remove.addEventListener('click', () => {
    void confirmDialog({
      title: wt('builder.confirm.delete.title'),
      text: wt('builder.confirm.delete.text', { name: w.name }),
      ok: wt('builder.confirm.delete.ok'),
      cancel: wt('builder.confirm.cancel'),
    }).then((ok) => {
      if (!ok) return;
      const list = deleteSaved(w.id);
      if (!list) return showNotice(errorBox, wt('error.storage'));
      saved = list;
      removeRun(source);
      if (draft.id === w.id) setDraft({ ...draft, id: null, dirty: draft.items.length > 0 });
      renderSaved();
      renderStatus();
      announce(wt('builder.saved.deleted', { name: w.name }));
      (el.savedList.querySelector<HTMLElement>('.ws-saved__actions a') ?? el.editTitle).focus();
    });
  });
  return li;
}
