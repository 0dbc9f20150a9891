/**
 * One arbetsyta to and from a file: download as a file to move or keep (JSON), download as text
 * (Markdown), and import with a preview that names what will be left out. The import writes first and
 * changes the page only after storage took it.
 */
import { describeWrongType, ImportError, readImport } from '../../shared/storage/transfer';
import { LIMITS } from '../../shared/storage/limits';
import { answersToMarkdown, buildExport, mergeAnswers, type WorksheetCatalogue } from '../../shared/worksheet-data';
import { wst } from '../../i18n/worksheet';
import { failureMessage } from '../storage/index';
import { ask } from '../ui/dialog';
import { datedName, downloadText, fileSlug } from '../ui/download';
import { render, type Session } from './session';
import { switchTo, workspaceGone } from './workspaces';

let catalogue: Promise<WorksheetCatalogue> | undefined;
const loadCatalogue = () => (catalogue ??= fetch('/arbetsblad/falt.json').then((r) => r.json() as Promise<WorksheetCatalogue>));

export function startTransfer(session: Session): void {
  const on = (action: string, handler: () => void | Promise<void>) => session.tools.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => void handler());
  const base = () => `arbetsyta-${fileSlug(session.workspace.name)}`;

  on('export-json', () => {
    session.flush();
    downloadText(datedName(base(), 'json'), `${JSON.stringify(buildExport(session.workspace.name, session.stored, new Date()), null, 2)}\n`, 'application/json;charset=utf-8');
    session.status.textContent = wst('worksheet.status.exportedJson');
  });
  on('export-md', async () => {
    session.flush();
    // The charts chosen for the lägesbild go under its worksheet; if they cannot be drawn, the answers
    // are still exported and the reader is told.
    let failed = '';
    const sections = await import('../statistics/worksheet-markdown')
      .then((m) => m.statisticsSections())
      .catch((error: unknown) => {
        failed = wst('worksheet.status.chartsFailed', { error: String((error as Error)?.message ?? error) });
        return {};
      });
    downloadText(datedName(base(), 'md'), answersToMarkdown(session.workspace.name, session.stored, await loadCatalogue(), new Date(), sections), 'text/markdown;charset=utf-8');
    session.status.textContent = [wst('worksheet.status.exportedMd'), failed].filter(Boolean).join(' ');
  });

  const fileInput = session.tools.querySelector<HTMLInputElement>('[data-import-file]')!;
  on('import', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    try {
      const fields = await loadCatalogue();
      const preview = readImport(file.size > LIMITS.importBytes ? '' : await file.text(), file.size, fields);
      if (preview.known.length === 0) throw new ImportError(wst('worksheet.import.none'));
      const list = document.createElement('ul');
      list.append(...preview.known.map((id) => Object.assign(document.createElement('li'), { textContent: wst('worksheet.import.sheet', { title: fields[id]?.title ?? id, n: Object.keys(preview.data.worksheets[id]!.fields).length }) })));
      const body: (Node | string)[] = [wst('worksheet.import.summary', { file: file.name, workspace: preview.name, n: preview.known.length }), list];
      if (preview.unknown.length) body.push(wst('worksheet.import.unknown', { n: preview.unknown.length }));
      if (preview.wrongType.length) body.push(describeWrongType(preview.wrongType));
      body.push(wst('worksheet.import.choose', { name: session.workspace.name }));
      const { action } = await ask(wst('worksheet.import.title'), body, [
        { value: 'merge', label: wst('worksheet.import.merge'), primary: true },
        { value: 'replace', label: wst('worksheet.import.replace') },
        { value: 'new', label: wst('worksheet.import.new') },
        { value: 'cancel', label: wst('worksheet.dialog.cancel') },
      ]);
      if (action === 'cancel' || !action) return;
      session.flush();
      let target = session.workspace.id;
      if (action === 'new') {
        const created = session.sheets.create(preview.name);
        if (!created.ok) throw new ImportError(failureMessage(created.reason));
        target = created.value.id;
      }
      const data = action === 'merge' ? mergeAnswers(session.sheets.answers(target), preview.data) : preview.data;
      const written = session.sheets.replaceAnswers(target, data);
      if (!written.ok) {
        // A new arbetsyta that could not take the answers is not left behind empty.
        if (action === 'new') session.sheets.remove(target);
        if (written.reason === 'gone') workspaceGone(session);
        throw new ImportError(written.reason === 'invalid' ? (written.message ?? '') : failureMessage(written.reason));
      }
      if (action === 'new') switchTo(session, target);
      else {
        session.discardPending();
        session.stored = written.value;
        render(session);
      }
      session.status.textContent = wst('worksheet.status.imported', { n: preview.known.length, name: session.workspace.name });
    } catch (error) {
      const message = error instanceof ImportError ? error.message : wst('worksheet.import.unreadable');
      await ask(wst('worksheet.import.failed'), [message, wst('worksheet.import.unchanged')], [{ value: 'ok', label: wst('worksheet.dialog.ok'), primary: true }]);
      session.status.textContent = wst('worksheet.status.importAborted', { message });
    }
  });
}
