/** Printing a worksheet blank or filled in (the print stylesheet does the layout). */
import { wst } from '../../i18n/worksheet';
import { fieldsOf, writeField } from './form';
import { render, type Session } from './session';

export function startPrint(session: Session): void {
  const printWith = (mode: 'blank' | 'filled') => {
    session.flush();
    document.documentElement.dataset['print'] = mode;
    for (const el of document.querySelectorAll('[data-print-workspace]')) el.textContent = mode === 'filled' ? wst('worksheet.print.workspace', { name: session.workspace.name }) : '';
    // Date and address: the beforeprint listener in site.ts, which Ctrl+P fires too.
    if (mode === 'blank') for (const form of session.forms) for (const field of fieldsOf(form)) writeField(field, undefined);
    window.addEventListener(
      'afterprint',
      () => {
        delete document.documentElement.dataset['print'];
        if (mode === 'blank') render(session);
      },
      { once: true },
    );
    window.print();
  };
  session.tools.querySelector('[data-action="print-filled"]')?.addEventListener('click', () => printWith('filled'));
  session.tools.querySelector('[data-action="print-blank"]')?.addEventListener('click', () => printWith('blank'));
}
