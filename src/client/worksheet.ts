/**
 * Worksheet pages (one sheet, or a print pack of several): fill in, autosave per arbetsyta, switch
 * arbetsyta, print blank or filled, export (JSON, Markdown) and import. Data never leaves the device.
 */
import { WorksheetStore } from './worksheet/store';
import { fieldsOf, readField, upgradeFields, writeField } from './worksheet/form';
import { AnswersError, answersToMarkdown, buildExport, hasContent, mergeAnswers, readImport, type WorksheetCatalogue, type WorkspaceAnswers } from '../lib/worksheet-data';
import { wst } from '../i18n/worksheet';

const tools = document.querySelector<HTMLElement>('[data-worksheet-tools]');
const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-worksheet]')];

if (tools && forms.length) start(tools);

function download(filename: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const slug = (text: string) => text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'arbetsyta';
const time = (d: Date) => d.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });

let catalogue: Promise<WorksheetCatalogue> | undefined;
const loadCatalogue = () => (catalogue ??= fetch('/arbetsblad/falt.json').then((r) => r.json() as Promise<WorksheetCatalogue>));

function start(tools: HTMLElement): void {
  let store: WorksheetStore;
  try {
    store = new WorksheetStore();
  } catch {
    tools.hidden = false;
    const error = tools.querySelector<HTMLElement>('[data-storage-error]')!;
    error.hidden = false;
    error.textContent = wst('worksheet.storage.off');
    forms.forEach((f) => upgradeFields(f, () => undefined));
    return;
  }
  const select = tools.querySelector<HTMLSelectElement>('[data-workspace-select]')!;
  const status = tools.querySelector<HTMLElement>('[data-save-status]')!;
  const errorBox = tools.querySelector<HTMLElement>('[data-storage-error]')!;
  const dialog = tools.querySelector<HTMLDialogElement>('[data-dialog]')!;
  let answers: WorkspaceAnswers = store.answers();
  let timer: number | undefined;
  let persisted = false;

  const showProblems = () => {
    if (!store.problems.length) return;
    errorBox.hidden = false;
    errorBox.replaceChildren();
    for (const problem of store.problems) {
      const p = document.createElement('p');
      p.textContent = wst('worksheet.problem', { reason: problem.reason });
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet', textContent: wst('worksheet.problem.download') });
      button.addEventListener('click', () => download(`oläsbar-data-${problem.key.replace(/[^a-z0-9]+/gi, '-')}.txt`, 'text/plain', store.quarantined(problem.quarantineKey) ?? ''));
      p.append(' ', button);
      errorBox.append(p);
    }
  };

  const fillSelect = () => {
    select.replaceChildren(...store.list().map((w) => Object.assign(document.createElement('option'), { value: w.id, textContent: w.name, selected: w.id === store.current().id })));
  };

  const render = () => {
    for (const form of forms) {
      const saved = answers.worksheets[form.dataset['worksheet']!]?.fields ?? {};
      for (const field of fieldsOf(form)) writeField(field, saved[field.dataset['field']!]);
    }
  };

  const collect = () => {
    const now = new Date().toISOString();
    for (const form of forms) {
      const id = form.dataset['worksheet']!;
      const fields = Object.fromEntries(fieldsOf(form).map((f) => [f.dataset['field']!, readField(f)]));
      if (Object.values(fields).some(hasContent) || answers.worksheets[id]) answers.worksheets[id] = { updated: now, fields };
    }
  };

  const save = () => {
    window.clearTimeout(timer);
    timer = undefined;
    collect();
    try {
      store.saveAnswers(answers);
      status.textContent = wst('worksheet.status.saved', { time: time(new Date()), name: store.current().name });
    } catch {
      status.textContent = wst('worksheet.status.saveFailed');
    }
  };

  const scheduleSave = () => {
    status.textContent = wst('worksheet.status.saving');
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 400);
    if (!persisted) {
      persisted = true;
      // Filling in worksheets is a reason to ask the browser not to evict the handbook's data.
      void navigator.storage?.persist?.();
    }
  };

  forms.forEach((form) => {
    upgradeFields(form, scheduleSave);
    form.addEventListener('input', scheduleSave);
    form.addEventListener('change', scheduleSave);
    form.addEventListener('submit', (e) => e.preventDefault());
  });
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) save();
  });

  // Dialog helper: a title, optional text field, and buttons; resolves with the clicked value.
  const ask = (title: string, body: (Node | string)[], buttons: { value: string; label: string; primary?: boolean }[], input?: { label: string; value: string }): Promise<{ action: string; text: string }> =>
    new Promise((resolve) => {
      dialog.querySelector('[data-dialog-title]')!.textContent = title;
      const content = dialog.querySelector('[data-dialog-body]')!;
      content.replaceChildren(...body.map((b) => (typeof b === 'string' ? Object.assign(document.createElement('p'), { textContent: b }) : b)));
      let field: HTMLInputElement | undefined;
      if (input) {
        const label = Object.assign(document.createElement('label'), { textContent: input.label, htmlFor: 'dialog-text' });
        field = Object.assign(document.createElement('input'), { id: 'dialog-text', type: 'text', value: input.value, required: true });
        content.append(label, field);
      }
      const actions = dialog.querySelector('[data-dialog-actions]')!;
      actions.replaceChildren(...buttons.map((b) => Object.assign(document.createElement('button'), { type: 'submit', value: b.value, textContent: b.label, className: b.primary ? 'button' : 'button button--quiet' })));
      dialog.addEventListener('close', () => resolve({ action: dialog.returnValue, text: field?.value.trim() ?? '' }), { once: true });
      dialog.returnValue = 'cancel';
      dialog.showModal();
      (field ?? actions.querySelector('button'))?.focus();
    });

  /** Shows another arbetsyta; the caller has saved the one being left. */
  const switchTo = (id: string) => {
    store.select(id);
    answers = store.answers();
    fillSelect();
    render();
    showProblems();
    status.textContent = wst('worksheet.status.selected', { name: store.current().name });
  };

  select.addEventListener('change', () => {
    save();
    switchTo(select.value);
  });
  const on = (action: string, handler: () => void | Promise<void>) => tools.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => void handler());

  on('workspace-new', async () => {
    const { action, text } = await ask(wst('worksheet.new.title'), [wst('worksheet.new.text')], [{ value: 'ok', label: wst('worksheet.new.create'), primary: true }, { value: 'cancel', label: wst('worksheet.dialog.cancel') }], { label: wst('worksheet.new.name'), value: '' });
    if (action !== 'ok' || !text) return;
    save();
    const created = store.create(text);
    switchTo(created.id);
  });
  on('workspace-rename', async () => {
    const { action, text } = await ask(wst('worksheet.rename.title'), [], [{ value: 'ok', label: wst('worksheet.rename.save'), primary: true }, { value: 'cancel', label: wst('worksheet.dialog.cancel') }], { label: wst('worksheet.rename.name'), value: store.current().name });
    if (action !== 'ok' || !text) return;
    store.rename(store.current().id, text);
    fillSelect();
    status.textContent = wst('worksheet.status.renamed', { name: text });
  });
  on('workspace-delete', async () => {
    const current = store.current();
    const { action } = await ask(wst('worksheet.delete.title', { name: current.name }), [wst('worksheet.delete.text')], [{ value: 'delete', label: wst('worksheet.delete.confirm'), primary: true }, { value: 'cancel', label: wst('worksheet.dialog.cancel') }]);
    if (action !== 'delete') return;
    window.clearTimeout(timer);
    store.remove(current.id);
    answers = store.answers();
    fillSelect();
    render();
    status.textContent = wst('worksheet.status.deleted', { name: current.name });
  });
  on('clear', async () => {
    const { action } = await ask(wst('worksheet.clear.title'), [wst('worksheet.clear.text')], [{ value: 'clear', label: wst('worksheet.clear.confirm'), primary: true }, { value: 'cancel', label: wst('worksheet.dialog.cancel') }]);
    if (action !== 'clear') return;
    for (const form of forms) {
      delete answers.worksheets[form.dataset['worksheet']!];
      for (const field of fieldsOf(form)) writeField(field, undefined);
    }
    store.saveAnswers(answers);
    status.textContent = wst('worksheet.status.cleared');
  });

  const printWith = (mode: 'blank' | 'filled') => {
    save();
    document.documentElement.dataset['print'] = mode;
    for (const el of document.querySelectorAll('[data-print-workspace]')) el.textContent = mode === 'filled' ? wst('worksheet.print.workspace', { name: store.current().name }) : '';
    // Date and address: the beforeprint listener in site.ts, which Ctrl+P fires too.
    if (mode === 'blank') for (const form of forms) for (const field of fieldsOf(form)) writeField(field, undefined);
    window.addEventListener(
      'afterprint',
      () => {
        delete document.documentElement.dataset['print'];
        if (mode === 'blank') render();
      },
      { once: true },
    );
    window.print();
  };
  on('print-filled', () => printWith('filled'));
  on('print-blank', () => printWith('blank'));

  on('export-json', () => {
    save();
    const name = store.current().name;
    download(`arbetsyta-${slug(name)}-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', `${JSON.stringify(buildExport(name, answers, new Date()), null, 2)}\n`);
    status.textContent = wst('worksheet.status.exportedJson');
  });
  on('export-md', async () => {
    save();
    const name = store.current().name;
    download(`arbetsyta-${slug(name)}-${new Date().toISOString().slice(0, 10)}.md`, 'text/markdown', answersToMarkdown(name, answers, await loadCatalogue(), new Date()));
    status.textContent = wst('worksheet.status.exportedMd');
  });

  const fileInput = tools.querySelector<HTMLInputElement>('[data-import-file]')!;
  on('import', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    try {
      const known = new Set(Object.keys(await loadCatalogue()));
      const preview = readImport(file.size > 2 * 1024 * 1024 ? '' : await file.text(), file.size, known);
      if (preview.known.length === 0) throw new AnswersError(wst('worksheet.import.none'));
      const sheets = Object.fromEntries(Object.entries(await loadCatalogue()).map(([id, c]) => [id, c.title]));
      const list = document.createElement('ul');
      list.append(...preview.known.map((id) => Object.assign(document.createElement('li'), { textContent: wst('worksheet.import.sheet', { title: sheets[id] ?? id, n: Object.keys(preview.data.worksheets[id]!.fields).length }) })));
      const body: (Node | string)[] = [wst('worksheet.import.summary', { file: file.name, workspace: preview.name, n: preview.known.length }), list];
      if (preview.unknown.length) body.push(wst('worksheet.import.unknown', { n: preview.unknown.length }));
      body.push(wst('worksheet.import.choose', { name: store.current().name }));
      const { action } = await ask(wst('worksheet.import.title'), body, [
        { value: 'merge', label: wst('worksheet.import.merge'), primary: true },
        { value: 'replace', label: wst('worksheet.import.replace') },
        { value: 'new', label: wst('worksheet.import.new') },
        { value: 'cancel', label: wst('worksheet.dialog.cancel') },
      ]);
      if (action === 'cancel' || !action) return;
      save();
      if (action === 'new') {
        store.create(preview.name);
        answers = preview.data;
      } else answers = action === 'replace' ? preview.data : mergeAnswers(answers, preview.data);
      store.saveAnswers(answers);
      fillSelect();
      render();
      status.textContent = wst('worksheet.status.imported', { n: preview.known.length, name: store.current().name });
    } catch (error) {
      const message = error instanceof AnswersError ? error.message : wst('worksheet.import.unreadable');
      await ask(wst('worksheet.import.failed'), [message, wst('worksheet.import.unchanged')], [{ value: 'ok', label: wst('worksheet.dialog.ok'), primary: true }]);
      status.textContent = wst('worksheet.status.importAborted', { message });
    }
  });

  fillSelect();
  render();
  showProblems();
  tools.hidden = false;
  status.textContent = wst('worksheet.status.ready', { name: store.current().name });
}
