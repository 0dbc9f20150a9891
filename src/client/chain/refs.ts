/**
 * The reference columns of the worksheets (TableField `refs`): a native select per cell, fed from the
 * rows the reader entered earlier in the same arbetsyta (src/shared/chain). An option's value is the row
 * id; the label is kept beside it, so a row that was deleted stays chosen and shows as gone, and a
 * label typed before the references existed stays as written. Native selects: keyboard and screen
 * readers work as everywhere; printing shows the chosen text.
 */
import { refOptions, resolveChain, type AnswersBySheet, type OptionGroup, type RefTarget } from '../../shared/chain';
import { cst } from '../../i18n/chain';

export interface RefValue {
  id: string | undefined;
  label: string;
}

const option = (value: string, text: string, ref?: RefValue) => {
  const o = Object.assign(document.createElement('option'), { value, textContent: text });
  if (ref?.id) o.dataset['id'] = ref.id;
  if (ref) o.dataset['label'] = ref.label;
  return o;
};

/** What a reference select holds: the chosen row's id and label. */
export function readRef(select: HTMLSelectElement): RefValue {
  const chosen = select.selectedOptions[0];
  return { id: chosen?.dataset['id'], label: chosen?.dataset['label'] ?? '' };
}

/** Keeps a value that is not among the options: a deleted row (broken) or a typed label (unlinked). */
function keep(select: HTMLSelectElement, ref: RefValue): void {
  const value = ref.id ?? `text:${ref.label}`;
  let kept = [...select.options].find((o) => o.value === value);
  if (!kept) {
    kept = option(value, cst(ref.id ? 'chain.select.broken' : 'chain.select.unlinked', { label: ref.label || ref.id! }), ref);
    kept.dataset['kept'] = '';
    select.append(kept);
  }
  select.value = value;
}

export function writeRef(select: HTMLSelectElement, ref: RefValue): void {
  const found = ref.id ? [...select.options].find((o) => o.dataset['id'] === ref.id && !('kept' in o.dataset)) : undefined;
  if (!ref.id && !ref.label) select.value = '';
  else if (found) select.value = found.value;
  else keep(select, ref);
  showPrinted(select);
}

/** The text printed in place of a choice cell: what the select shows, or nothing. */
export function showPrinted(select: HTMLSelectElement): void {
  const printed = select.nextElementSibling;
  if (printed instanceof HTMLElement && printed.classList.contains('field__printed')) printed.textContent = select.value ? (select.selectedOptions[0]?.textContent ?? '') : '';
}

/** Sets the options of a reference select, keeping what it holds. */
function fill(select: HTMLSelectElement, groups: OptionGroup[], signature: string): void {
  // Unchanged options are left alone: a select the reader is using is not rebuilt under them.
  if (select.dataset['refOptions'] === signature) return;
  select.dataset['refOptions'] = signature;
  const current = readRef(select);
  const children: HTMLElement[] = [option('', cst('chain.select.none'))];
  for (const group of groups) {
    const items = group.options.map((o) => option(o.id, o.label, o));
    if (group.label === undefined) children.push(...items);
    else {
      const g = Object.assign(document.createElement('optgroup'), { label: group.label });
      g.append(...items);
      children.push(g);
    }
  }
  select.replaceChildren(...children);
  writeRef(select, current);
}

const SOURCE: Record<RefTarget, Parameters<typeof cst>[0]> = { problem: 'chain.source.problem', cause: 'chain.source.cause', measure: 'chain.source.measure' };

/** Refills every reference select on the page from the answers as stored. */
export function refreshRefs(forms: readonly HTMLFormElement[], answers: AnswersBySheet): void {
  const selects = forms.flatMap((f) => [...f.querySelectorAll<HTMLSelectElement>('select[data-ref]')]);
  if (!selects.length) return;
  const chain = resolveChain(answers);
  const labels = { prioritised: cst('chain.select.prioritised'), other: cst('chain.select.other'), noProblem: cst('chain.select.noProblem') };
  const byTarget = new Map<string, OptionGroup[]>();
  const signatures = new Map<string, string>();
  for (const select of selects) {
    const target = select.dataset['ref'] as RefTarget;
    if (!byTarget.has(target)) {
      byTarget.set(target, refOptions(chain, target, labels));
      signatures.set(target, JSON.stringify(byTarget.get(target)));
    }
    fill(select, byTarget.get(target)!, signatures.get(target)!);
  }
  // A note under a reference column with nothing to choose from says where the choices come from.
  for (const field of new Set(selects.map((s) => s.closest<HTMLElement>('[data-field]')!))) {
    const targets = [...new Set([...field.querySelectorAll<HTMLSelectElement>('select[data-ref]')].map((s) => s.dataset['ref'] as RefTarget))];
    const empty = targets.filter((t) => !byTarget.get(t)!.some((g) => g.options.length));
    let note = field.querySelector<HTMLElement>('[data-ref-note]');
    if (!empty.length) {
      note?.remove();
      continue;
    }
    if (!note) {
      note = Object.assign(document.createElement('p'), { className: 'field__hint no-print' });
      note.dataset['refNote'] = '';
      field.querySelector('.field__table-wrap')!.before(note);
    }
    note.textContent = empty.map((t) => cst('chain.select.empty', { sheet: `”${cst(SOURCE[t])}”` })).join(' ');
  }
}

/** Keeps a choice select's value when it is text from before the choice existed (it is added as an option). */
export function writeChoice(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((o) => o.value === value)) select.append(option(value, value));
  select.value = value;
  showPrinted(select);
}

/** A link from the Röd tråd page (`#falt-<field>-r<row>-k<column>`): focus that cell. */
export function focusFromHash(): void {
  const match = /^#(falt-[a-z0-9-]+?)-r(\d+)-k(\d+)$/.exec(window.location.hash);
  if (!match) return;
  const field = document.getElementById(match[1]!);
  const row = field?.querySelectorAll('tbody tr[data-row]')[Number(match[2]) - 1];
  const cell = row?.querySelectorAll<HTMLElement>('textarea, select')[Number(match[3])];
  (cell ?? field)?.scrollIntoView({ block: 'center' });
  cell?.focus();
}

/** Keeps the printed text of choice cells in step with what the reader picks. */
export function watchChoices(forms: readonly HTMLFormElement[]): void {
  for (const form of forms)
    form.addEventListener('change', (event) => {
      const target = event.target;
      if (target instanceof HTMLSelectElement && ('ref' in target.dataset || 'choice' in target.dataset)) showPrinted(target);
    });
}
