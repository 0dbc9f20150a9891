/**
 * Worksheet pages (one sheet, or a print pack of several): wires the parts on one shared session —
 * autosave (worksheet/autosave.ts), arbetsytor (workspaces.ts), files (transfer.ts), printing
 * (print.ts) and "Ladda ner allt" (storage/backup.ts). Data never leaves the device.
 */
import { Worksheets } from '../../shared/storage/worksheets';
import { wst } from '../../i18n/worksheet';
import { openStore, showProblems } from '../storage/index';
import { wireBackup } from '../storage/backup';
import { startAutosave } from './autosave';
import { upgradeFields } from './form';
import { startPrint } from './print';
import { render } from './session';
import { startTransfer } from './transfer';
import { startWorkspaces } from './workspaces';
import { focusFromHash, watchChoices } from '../chain/refs';

const tools = document.querySelector<HTMLElement>('[data-worksheet-tools]');
const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-worksheet]')];

if (tools && forms.length) start(tools);

function start(tools: HTMLElement): void {
  const errorBox = tools.querySelector<HTMLElement>('[data-storage-error]')!;
  const store = openStore();
  tools.hidden = false;
  if (!store) {
    errorBox.hidden = false;
    errorBox.textContent = wst('worksheet.storage.off');
    forms.forEach((f) => upgradeFields(f, () => undefined));
    return;
  }
  const sheets = new Worksheets(store);
  const workspace = sheets.lastUsed();
  watchChoices(forms);
  const session = startAutosave({
    tools,
    forms,
    store,
    sheets,
    workspace,
    stored: sheets.answers(workspace.id),
    status: tools.querySelector<HTMLElement>('[data-save-status]')!,
    errorBox,
  });
  startWorkspaces(session);
  startTransfer(session);
  startPrint(session);
  wireBackup(store, tools);
  render(session);
  showProblems(errorBox, store);
  session.status.textContent = wst('worksheet.status.ready', { name: session.workspace.name });
  focusFromHash();
}
