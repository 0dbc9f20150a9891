/**
 * Arbetsytor: choose, create, rename, delete — each a change of one entry in the stored list, so tabs
 * never undo each other. Another tab's change shows here at once; when it deleted the arbetsyta this
 * tab shows, the tab says so and offers to keep the text in a new arbetsyta (nothing is saved where the
 * reader cannot reach it).
 */
import { KEYS } from '../../shared/storage/keys';
import { LIMITS } from '../../shared/storage/limits';
import { sst } from '../../i18n/storage';
import { wst } from '../../i18n/worksheet';
import { failureMessage, onOtherTab } from '../storage/index';
import { ask } from '../ui/dialog';
import { fieldsOf, writeField } from './form';
import { render, sheetOf, type Session } from './session';

const cancel = () => ({ value: 'cancel', label: wst('worksheet.dialog.cancel') });

function fillSelect(session: Session): void {
  const select = session.tools.querySelector<HTMLSelectElement>('[data-workspace-select]')!;
  const list = session.sheets.list();
  select.replaceChildren(...list.map((w) => Object.assign(document.createElement('option'), { value: w.id, textContent: w.name, selected: w.id === session.workspace.id })));
}

/** Shows another arbetsyta; pending edits of the one being left were saved by the caller. */
export function switchTo(session: Session, id: string): void {
  const target = session.sheets.find(id);
  if (!target) return;
  session.discardPending();
  session.workspace = target;
  session.stored = session.sheets.answers(id);
  session.sheets.choose(id); // Remembered for the next tab that opens; fine if it cannot be stored.
  fillSelect(session);
  render(session);
  session.status.textContent = wst('worksheet.status.selected', { name: target.name });
}

let goneShown = false;
/** The arbetsyta this tab shows was deleted in another tab: say so, keep the text on the page, offer to save it anew. */
export function workspaceGone(session: Session): void {
  const name = session.workspace.name;
  fillSelect(session);
  session.status.textContent = sst('storage.tab.deleted', { name });
  if (goneShown) return;
  goneShown = true;
  const p = Object.assign(document.createElement('p'), { textContent: sst('storage.tab.deleted', { name }) });
  p.dataset['gone'] = '';
  const keep = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: sst('storage.tab.keep') });
  keep.addEventListener('click', () => {
    const created = session.sheets.create(name);
    if (!created.ok) {
      session.status.textContent = failureMessage(created.reason);
      return;
    }
    session.workspace = created.value;
    session.stored = { version: 1, worksheets: {} };
    session.markAllPending();
    if (session.flush()) {
      p.remove();
      goneShown = false;
      session.errorBox.hidden = !session.errorBox.childElementCount;
      fillSelect(session);
      session.status.textContent = sst('storage.tab.kept', { name: created.value.name });
    }
  });
  p.append(' ', keep);
  session.errorBox.append(p);
  session.errorBox.hidden = false;
}

export function startWorkspaces(session: Session): void {
  const select = session.tools.querySelector<HTMLSelectElement>('[data-workspace-select]')!;
  const on = (action: string, handler: () => void | Promise<void>) => session.tools.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => void handler());
  select.addEventListener('change', () => {
    session.flush();
    switchTo(session, select.value);
  });

  on('workspace-new', async () => {
    const { action, text } = await ask(wst('worksheet.new.title'), [wst('worksheet.new.text')], [{ value: 'ok', label: wst('worksheet.new.create'), primary: true }, cancel()], { label: wst('worksheet.new.name'), value: '', maxLength: LIMITS.name });
    if (action !== 'ok' || !text) return;
    session.flush();
    const created = session.sheets.create(text);
    if (!created.ok) {
      session.status.textContent = failureMessage(created.reason);
      return;
    }
    switchTo(session, created.value.id);
  });
  on('workspace-rename', async () => {
    const { action, text } = await ask(wst('worksheet.rename.title'), [], [{ value: 'ok', label: wst('worksheet.rename.save'), primary: true }, cancel()], { label: wst('worksheet.rename.name'), value: session.workspace.name, maxLength: LIMITS.name });
    if (action !== 'ok' || !text) return;
    const renamed = session.sheets.rename(session.workspace.id, text);
    if (!renamed.ok) {
      if (renamed.reason === 'gone') workspaceGone(session);
      else session.status.textContent = failureMessage(renamed.reason);
      return;
    }
    session.workspace = renamed.value;
    fillSelect(session);
    session.status.textContent = wst('worksheet.status.renamed', { name: renamed.value.name });
  });
  on('workspace-delete', async () => {
    const current = session.workspace;
    const { action } = await ask(wst('worksheet.delete.title', { name: current.name }), [wst('worksheet.delete.text')], [{ value: 'delete', label: wst('worksheet.delete.confirm'), primary: true }, cancel()]);
    if (action !== 'delete') return;
    session.discardPending();
    const removed = session.sheets.remove(current.id);
    if (!removed.ok) {
      session.status.textContent = failureMessage(removed.reason);
      return;
    }
    switchTo(session, session.sheets.lastUsed().id);
    session.status.textContent = wst('worksheet.status.deleted', { name: current.name });
  });
  on('clear', async () => {
    const { action } = await ask(wst('worksheet.clear.title'), [wst('worksheet.clear.text')], [{ value: 'clear', label: wst('worksheet.clear.confirm'), primary: true }, cancel()]);
    if (action !== 'clear') return;
    for (const form of session.forms) {
      const result = session.sheets.clearSheet(session.workspace.id, sheetOf(form));
      if (!result.ok) {
        if (result.reason === 'gone') workspaceGone(session);
        else session.status.textContent = failureMessage(result.reason);
        return;
      }
      session.stored = result.value;
    }
    session.discardPending();
    for (const form of session.forms) for (const field of fieldsOf(form)) writeField(field, undefined);
    session.status.textContent = wst('worksheet.status.cleared');
  });

  // Another tab created, renamed or deleted an arbetsyta.
  onOtherTab(KEYS.workspaces, () => {
    const mine = session.sheets.find(session.workspace.id);
    if (!mine) {
      workspaceGone(session);
      return;
    }
    if (mine.name !== session.workspace.name) session.status.textContent = sst('storage.tab.renamed', { name: mine.name });
    session.workspace = mine;
    fillSelect(session);
  });
  fillSelect(session);
}
