/**
 * Reading and writing a worksheet form's fields (the markup of src/components/fields/), adding and
 * removing table rows, and the priority matrix's sums and ranks. All values go through .value and
 * .checked: nothing stored is ever inserted as markup.
 */
import type { FieldValue } from '../../shared/worksheet-data';
import { LIMITS } from '../../shared/storage/limits';
import { wst } from '../../i18n/worksheet';
import { sst } from '../../i18n/storage';
import { formatMeta, newRowId, parseRow } from '../../shared/chain/rows';
import { readRef, writeChoice, writeRef } from '../chain/refs';

const controls = (field: HTMLElement) => [...field.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')];

export function fieldsOf(form: HTMLFormElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('[data-field]')];
}

function rows(field: HTMLElement): HTMLTableRowElement[] {
  return [...field.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')];
}

export function readField(field: HTMLElement): FieldValue {
  const kind = field.dataset['kind'];
  switch (kind) {
    case 'checklist':
    case 'multi':
      return controls(field).filter((c) => (c as HTMLInputElement).checked).map((c) => c.value);
    case 'choice':
    case 'rating':
      return controls(field).find((c) => (c as HTMLInputElement).checked)?.value ?? '';
    case 'table':
      return rows(field).map((row) => readRow(field, row));
    case 'matrix':
      return rows(field).map((row) => [...row.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('textarea, select')].map((c) => c.value));
    default:
      return controls(field)[0]?.value ?? '';
  }
}

const cellsOf = (row: HTMLTableRowElement) => [...row.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('textarea, select')];
const isRef = (c: Element): c is HTMLSelectElement => c instanceof HTMLSelectElement && 'ref' in c.dataset;

/**
 * One table row as stored: its cells (a reference cell holds the chosen label), and in a table with
 * row ids one more cell with the row's id and the ids it refers to (src/shared/chain/rows.ts). A row
 * with nothing in it gets no id: nothing can refer to it.
 */
function readRow(field: HTMLElement, row: HTMLTableRowElement): string[] {
  const refs: Record<number, string> = {};
  const cells = cellsOf(row).map((c, i) => {
    if (!isRef(c)) return c.value;
    const ref = readRef(c);
    if (ref.id) refs[i] = ref.id;
    return ref.label;
  });
  if (!('rowIds' in field.dataset) || !cells.some((c) => c.trim())) return cells;
  const id = (row.dataset['rowId'] ||= newRowId());
  return [...cells, formatMeta({ id, refs })];
}

function writeRow(row: HTMLTableRowElement, stored: string[] | undefined): void {
  const controls = cellsOf(row);
  const { cells, meta } = parseRow(stored ?? [], controls.length);
  if (meta) row.dataset['rowId'] = meta.id;
  else delete row.dataset['rowId'];
  controls.forEach((c, i) => {
    if (isRef(c)) writeRef(c, { id: meta?.refs[i], label: cells[i]! });
    else if (c instanceof HTMLSelectElement && 'choice' in c.dataset) writeChoice(c, cells[i]!);
    else c.value = cells[i]!;
  });
}

export function writeField(field: HTMLElement, value: FieldValue | undefined): void {
  const kind = field.dataset['kind'];
  if (kind === 'checklist' || kind === 'multi') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    for (const c of controls(field)) (c as HTMLInputElement).checked = chosen.includes(c.value);
  } else if (kind === 'choice' || kind === 'rating') {
    for (const c of controls(field)) (c as HTMLInputElement).checked = c.value === value;
  } else if (kind === 'table') {
    const data = Array.isArray(value) ? (value as string[][]) : [];
    setRowCount(field, Math.max(Number(field.dataset['rows'] ?? 1), data.length));
    rows(field).forEach((row, r) => writeRow(row, data[r]));
  } else if (kind === 'matrix') {
    const data = Array.isArray(value) ? (value as string[][]) : [];
    setRowCount(field, Math.max(Number(field.dataset['rows'] ?? 1), data.length));
    rows(field).forEach((row, r) => {
      [...row.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('textarea, select')].forEach((c, i) => (c.value = data[r]?.[i] ?? ''));
    });
    if (kind === 'matrix') updateMatrix(field);
  } else {
    const control = controls(field)[0];
    if (control) control.value = typeof value === 'string' ? value : '';
  }
}

/** Per upgraded table: adds the remove button to a row that lacks one. */
const rowButtons = new WeakMap<HTMLElement, (row: HTMLTableRowElement) => void>();

/** Renumbers rows and their labels after adding or removing (and gives new rows their buttons). */
function renumber(field: HTMLElement): void {
  const addButton = rowButtons.get(field);
  if (addButton) rows(field).forEach(addButton);
  const columns = JSON.parse(field.querySelector<HTMLTemplateElement>('template[data-columns-json]')?.dataset['columnsJson'] ?? '[]') as string[];
  const initial = Number(field.dataset['rows'] ?? 1);
  rows(field).forEach((row, r) => {
    const n = r + 1;
    row.toggleAttribute('data-extra', r >= initial);
    const numberCell = row.querySelector('th');
    if (numberCell) numberCell.textContent = String(n);
    const cells = [...row.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('textarea, select')];
    cells.forEach((c, i) => {
      const name = field.dataset['kind'] === 'matrix' ? (i === 0 ? wst('worksheet.matrix.problem') : columns[i - 1]) : columns[i];
      c.setAttribute('aria-label', wst('worksheet.row.cell', { name: name ?? '', n }));
    });
    const remove = row.querySelector<HTMLButtonElement>('[data-remove-row]');
    if (remove) remove.setAttribute('aria-label', wst('worksheet.row.removeLabel', { n }));
  });
}

/** An empty row made from the table's first one. */
function blankRow(template: HTMLTableRowElement): HTMLTableRowElement {
  const row = template.cloneNode(true) as HTMLTableRowElement;
  for (const c of row.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('textarea, select')) c.value = '';
  for (const o of row.querySelectorAll('output')) o.textContent = '';
  // A cloned button would carry no listener; upgradeFields adds a fresh one.
  for (const b of row.querySelectorAll('[data-remove-row]')) b.remove();
  // A new row is a new row, not a copy of the first: no id, no kept choices of the first.
  delete row.dataset['rowId'];
  for (const o of row.querySelectorAll('option[data-kept]')) o.remove();
  return row;
}

function addRowElement(field: HTMLElement): HTMLTableRowElement {
  const row = blankRow(rows(field)[0]!);
  field.querySelector('tbody')!.append(row);
  return row;
}

/** Adds or removes rows in one pass (counting once: an import of many rows stays linear). */
function setRowCount(field: HTMLElement, count: number): void {
  const current = rows(field);
  if (current.length < count) {
    const template = current[0]!;
    const body = field.querySelector('tbody')!;
    const fragment = document.createDocumentFragment();
    for (let i = current.length; i < count; i++) fragment.append(blankRow(template));
    body.append(fragment);
  } else for (let i = current.length - 1; i >= Math.max(count, 1); i--) current[i]!.remove();
  renumber(field);
  updateRowCap(field);
}

/** At the row cap the add button is disabled and says why (the schema refuses more rows anyway). */
function updateRowCap(field: HTMLElement): void {
  const add = field.querySelector<HTMLButtonElement>('.field__add');
  if (!add) return;
  const full = rows(field).length >= LIMITS.rows;
  add.disabled = full;
  setFieldMessage(field, 'rows', full ? sst('storage.field.rowsFull', { max: LIMITS.rows }) : '');
}

/**
 * A message under a field (kind: 'text' for an over-long answer, 'rows' for the row cap), linked to
 * its controls with aria-describedby and announced politely.
 */
export function setFieldMessage(field: HTMLElement, kind: 'text' | 'rows', text: string, invalid = kind === 'text'): void {
  let box = field.querySelector<HTMLElement>(`[data-field-message="${kind}"]`);
  if (kind === 'text' && !invalid) for (const c of controls(field)) c.removeAttribute('aria-invalid');
  if (!text) {
    if (box) {
      for (const c of controls(field)) {
        const rest = (c.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== box!.id);
        if (rest.length) c.setAttribute('aria-describedby', rest.join(' '));
        else c.removeAttribute('aria-describedby');
      }
      box.remove();
    }
    return;
  }
  if (!box) {
    box = Object.assign(document.createElement('p'), { className: 'field__message no-print', id: `${field.dataset['field']}-${kind}-message` });
    box.dataset['fieldMessage'] = kind;
    box.setAttribute('role', 'status');
    field.append(box);
    for (const c of controls(field)) c.setAttribute('aria-describedby', [c.getAttribute('aria-describedby'), box.id].filter(Boolean).join(' '));
  }
  box.textContent = text;
  if (invalid) for (const c of controls(field)) c.setAttribute('aria-invalid', 'true');
}

/** The longest text in a field (for the length check at the field). */
export function longestText(value: FieldValue): number {
  if (typeof value === 'string') return value.length;
  let max = 0;
  for (const v of value as (string | string[])[]) max = Math.max(max, longestText(v as FieldValue));
  return max;
}

/** Dense rank by sum, highest first; rows without any score get no rank. */
export function matrixRanks(sums: (number | null)[]): (number | null)[] {
  const distinct = [...new Set(sums.filter((s): s is number => s !== null))].sort((a, b) => b - a);
  return sums.map((s) => (s === null ? null : distinct.indexOf(s) + 1));
}

export function updateMatrix(field: HTMLElement): void {
  const sums = rows(field).map((row) => {
    const scores = [...row.querySelectorAll('select')].map((s) => s.value).filter(Boolean).map(Number);
    return scores.length ? scores.reduce((a, b) => a + b, 0) : null;
  });
  const ranks = matrixRanks(sums);
  rows(field).forEach((row, r) => {
    const [sum, rank] = [...row.querySelectorAll('output')];
    if (sum) sum.textContent = sums[r] === null ? '' : String(sums[r]);
    if (rank) rank.textContent = ranks[r] === null ? '' : String(ranks[r]);
  });
}

/** Makes the read-only markup fillable and adds the row buttons. `onChange` runs after structural changes. */
export function upgradeFields(form: HTMLFormElement, onChange: (field: HTMLElement) => void): void {
  for (const c of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    c.removeAttribute('readonly');
    c.disabled = false;
  }
  for (const field of fieldsOf(form).filter((f) => f.dataset['kind'] === 'table' || f.dataset['kind'] === 'matrix')) {
    const addRemove = (row: HTMLTableRowElement) => {
      const cell = row.querySelector('.field__rowactions')!;
      if (cell.querySelector('[data-remove-row]')) return;
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet button--small', textContent: wst('worksheet.row.remove') });
      button.dataset['removeRow'] = '';
      button.addEventListener('click', () => {
        const all = rows(field);
        const index = all.indexOf(row);
        if (all.length === 1) {
          for (const c of row.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('textarea, select')) c.value = '';
          delete row.dataset['rowId'];
        } else row.remove();
        renumber(field);
        if (field.dataset['kind'] === 'matrix') updateMatrix(field);
        updateRowCap(field);
        const next = rows(field)[Math.min(index, rows(field).length - 1)];
        (next?.querySelector('textarea, select') as HTMLElement | null)?.focus();
        onChange(field);
      });
      cell.append(button);
    };
    rowButtons.set(field, addRemove);
    const add = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet field__add no-print', textContent: wst('worksheet.row.add') });
    add.addEventListener('click', () => {
      if (rows(field).length >= LIMITS.rows) return;
      const row = addRowElement(field);
      renumber(field);
      updateRowCap(field);
      (row.querySelector('textarea, select') as HTMLElement | null)?.focus();
      onChange(field);
    });
    field.querySelector('.field__table-wrap')!.after(add);
    if (field.dataset['kind'] === 'matrix') field.addEventListener('change', () => updateMatrix(field));
    renumber(field);
  }
}
