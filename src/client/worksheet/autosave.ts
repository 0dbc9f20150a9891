/**
 * Autosave: every edit marks its field; a save writes only the marked fields into what is stored now
 * (Worksheets.saveFields), so another tab's answers in the same sheet or other sheets stay. A value over
 * a limit is refused at the field with a message and not written; a full storage leaves the edit marked
 * and says so. "Sparat" only after the write landed. Another tab's save updates the fields this tab has
 * not edited, live.
 */
import { answersKey, KEYS } from '../../shared/storage/keys';
import { LIMITS } from '../../shared/storage/limits';
import { checkField } from '../../shared/storage/worksheets';
import type { FieldValue } from '../../shared/worksheet-data';
import { sst } from '../../i18n/storage';
import { wst } from '../../i18n/worksheet';
import { askPersistence, failureMessage, onOtherTab } from '../storage/index';
import { fieldsOf, longestText, readField, setFieldMessage, upgradeFields, writeField } from './form';
import { clock, sheetOf, type Session } from './session';
import { workspaceGone } from './workspaces';
import { refreshRefs } from '../chain/refs';

type Base = Omit<Session, 'flush' | 'discardPending' | 'markAllPending'>;

export function startAutosave(base: Base): Session {
  /** sheet → fields edited here and not yet stored. */
  const pending = new Map<string, Set<string>>();
  let timer: number | undefined;
  const fieldIndex = new Map<string, HTMLElement>();
  for (const form of base.forms) for (const field of fieldsOf(form)) fieldIndex.set(`${sheetOf(form)}.${field.dataset['field']}`, field);

  const mark = (form: HTMLFormElement, field: HTMLElement) => {
    const sheet = sheetOf(form);
    if (!pending.has(sheet)) pending.set(sheet, new Set());
    pending.get(sheet)!.add(field.dataset['field']!);
  };

  /** Checks a field's length as the reader types: the message stands until the text fits. */
  const checkAtField = (field: HTMLElement, value: FieldValue): boolean => {
    const length = longestText(value);
    if (length > LIMITS.text) {
      setFieldMessage(field, 'text', sst('storage.field.tooLong', { length: length.toLocaleString('sv-SE'), max: LIMITS.text.toLocaleString('sv-SE') }));
      return false;
    }
    // Near the limit, a counter says how much room is left before a message has to refuse anything.
    setFieldMessage(field, 'text', length > LIMITS.text * 0.9 ? sst('storage.field.counter', { length: length.toLocaleString('sv-SE'), max: LIMITS.text.toLocaleString('sv-SE') }) : '', false);
    return checkField(value, '') === undefined;
  };

  const session: Session = {
    ...base,
    flush() {
      window.clearTimeout(timer);
      timer = undefined;
      if (!pending.size) return true;
      let refused = 0;
      for (const [sheet, names] of [...pending]) {
        const values: Record<string, FieldValue> = {};
        for (const name of names) {
          const field = fieldIndex.get(`${sheet}.${name}`)!;
          const value = readField(field);
          if (checkAtField(field, value)) values[name] = value;
          else refused++;
        }
        if (!Object.keys(values).length) continue;
        const result = base.sheets.saveFields(session.workspace.id, sheet, values);
        if (!result.ok) {
          if (result.reason === 'gone') workspaceGone(session);
          else base.status.textContent = `${result.reason === 'invalid' ? (result.message ?? '') : failureMessage(result.reason)} ${sst('storage.leave.warning')}`;
          return false;
        }
        session.stored = result.value;
        for (const name of Object.keys(values)) names.delete(name);
        if (!names.size) pending.delete(sheet);
      }
      // What was just stored may be what a reference column offers (a print pack holds several sheets).
      refreshRefs(base.forms, session.stored.worksheets);
      base.status.textContent = refused
        ? `${sst('storage.field.notSaved', { max: LIMITS.text.toLocaleString('sv-SE') })} ${sst('storage.leave.warning')}`
        : wst('worksheet.status.saved', { time: clock(new Date()), name: session.workspace.name });
      return refused === 0;
    },
    discardPending() {
      window.clearTimeout(timer);
      timer = undefined;
      pending.clear();
      for (const field of fieldIndex.values()) setFieldMessage(field, 'text', '', false);
    },
    markAllPending() {
      for (const form of base.forms) for (const field of fieldsOf(form)) mark(form, field);
    },
  };

  const edited = (form: HTMLFormElement, field: HTMLElement | null) => {
    if (!field) return;
    mark(form, field);
    const ok = checkAtField(field, readField(field));
    const text = ok ? wst('worksheet.status.saving') : `${sst('storage.field.notSaved', { max: LIMITS.text.toLocaleString('sv-SE') })} ${sst('storage.leave.warning')}`;
    // Every keystroke lands here: rewriting the same words into the live region would have a screen
    // reader say "Sparar …" once per letter typed.
    if (base.status.textContent !== text) base.status.textContent = text;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => session.flush(), 400);
    // Filling in worksheets is a reason to ask the browser not to evict the handbook's data.
    askPersistence();
  };

  for (const form of base.forms) {
    upgradeFields(form, (field) => edited(form, field));
    const onEdit = (event: Event) => edited(form, (event.target as Element).closest<HTMLElement>('[data-field]'));
    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
    form.addEventListener('submit', (e) => e.preventDefault());
  }
  window.addEventListener('pagehide', () => session.flush());
  // Text that could not be saved (too long, storage full or refused): the browser asks before leaving.
  window.addEventListener('beforeunload', (event) => {
    if (!session.flush()) event.preventDefault();
  });

  // Another tab saved answers of this arbetsyta: show its fields, except those edited here and not yet saved.
  onOtherTab(KEYS.answersPrefix, (key) => {
    if (key !== answersKey(session.workspace.id) && key !== KEYS.answersPrefix) return;
    const fresh = base.sheets.answers(session.workspace.id);
    let changed = false;
    for (const form of base.forms) {
      const sheet = sheetOf(form);
      const before = session.stored.worksheets[sheet]?.fields ?? {};
      const after = fresh.worksheets[sheet]?.fields ?? {};
      for (const field of fieldsOf(form)) {
        const name = field.dataset['field']!;
        if (pending.get(sheet)?.has(name)) continue;
        if (JSON.stringify(before[name]) === JSON.stringify(after[name])) continue;
        writeField(field, after[name]);
        changed = true;
      }
    }
    session.stored = fresh;
    // Rows added, renamed or deleted in another tab change what the reference columns offer.
    refreshRefs(base.forms, fresh.worksheets);
    if (changed) base.status.textContent = sst('storage.tab.updated');
  });
  return session;
}
