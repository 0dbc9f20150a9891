/**
 * The one modal dialog helper: a title, text or nodes, an optional text field and buttons. It builds
 * its own <dialog> (focus kept inside, Escape cancels, focus goes back to the opener) and resolves with
 * the value of the button pressed ('cancel' on Escape) and the trimmed text.
 */
export interface AskButton {
  value: string;
  label: string;
  primary?: boolean;
}
export interface AskInput {
  label: string;
  value: string;
  maxLength?: number;
}

let dialog: HTMLDialogElement | undefined;

function ensureDialog(): HTMLDialogElement {
  if (dialog?.isConnected) return dialog;
  dialog = document.createElement('dialog');
  // Styled by the page's stylesheet: .dialog (worksheets) or .ws-dialog (workshop pages).
  dialog.className = 'dialog ws-dialog no-print';
  dialog.setAttribute('aria-labelledby', 'ui-dialog-title');
  const form = Object.assign(document.createElement('form'), { method: 'dialog', className: 'stack' });
  const title = Object.assign(document.createElement('h2'), { id: 'ui-dialog-title' });
  title.dataset['dialogTitle'] = '';
  const body = document.createElement('div');
  body.dataset['dialogBody'] = '';
  const actions = Object.assign(document.createElement('div'), { className: 'toolbar' });
  actions.dataset['dialogActions'] = '';
  form.append(title, body, actions);
  dialog.append(form);
  document.body.append(dialog);
  return dialog;
}

export function ask(title: string, body: (Node | string)[], buttons: AskButton[], input?: AskInput): Promise<{ action: string; text: string }> {
  const d = ensureDialog();
  const opener = document.activeElement as HTMLElement | null;
  d.querySelector('[data-dialog-title]')!.textContent = title;
  const content = d.querySelector('[data-dialog-body]')!;
  content.replaceChildren(...body.map((b) => (typeof b === 'string' ? Object.assign(document.createElement('p'), { textContent: b }) : b)));
  let field: HTMLInputElement | undefined;
  if (input) {
    const label = Object.assign(document.createElement('label'), { textContent: input.label, htmlFor: 'ui-dialog-text' });
    field = Object.assign(document.createElement('input'), { id: 'ui-dialog-text', type: 'text', value: input.value, required: true });
    if (input.maxLength) field.maxLength = input.maxLength;
    content.append(label, field);
  }
  const actions = d.querySelector('[data-dialog-actions]')!;
  actions.replaceChildren(...buttons.map((b) => Object.assign(document.createElement('button'), { type: 'submit', value: b.value, textContent: b.label, className: b.primary ? 'button' : 'button button--quiet' })));
  return new Promise((resolve) => {
    d.addEventListener(
      'close',
      () => {
        if (opener?.isConnected) opener.focus();
        resolve({ action: d.returnValue || 'cancel', text: field?.value.trim() ?? '' });
      },
      { once: true },
    );
    d.returnValue = 'cancel';
    d.showModal();
    (field ?? actions.querySelector<HTMLButtonElement>('button:last-child'))?.focus();
  });
}

/** Yes/no: resolves true when the reader confirms. */
export async function confirmDialog(options: { title: string; text: string; ok: string; cancel: string }): Promise<boolean> {
  const { action } = await ask(options.title, [options.text], [
    { value: 'ok', label: options.ok, primary: true },
    { value: 'cancel', label: options.cancel },
  ]);
  return action === 'ok';
}

/** Tells something and waits for OK. */
export async function tell(title: string, body: (Node | string)[], ok: string): Promise<void> {
  await ask(title, body, [{ value: 'ok', label: ok, primary: true }]);
}
