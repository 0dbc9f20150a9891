/** Printing a worksheet blank or filled in (the print stylesheet does the layout). */
import { wst } from '../../i18n/worksheet';
import { fieldsOf, writeField } from './form';
import { render, type Session } from './session';

export function startPrint(session: Session): void {
  // Ctrl+P as well as the buttons: dates print as text, the value or boxes to write in (the widget never
  // reaches paper). The print date and the address are set by site.ts on every page.
  window.addEventListener('beforeprint', () => {
    for (const out of document.querySelectorAll<HTMLElement>('[data-print-value]')) {
      const input = document.getElementById(out.dataset['printValue']!) as HTMLInputElement | null;
      out.textContent = input?.value || out.dataset['printBlank'] || '';
    }
  });
  const printWith = (mode: 'blank' | 'filled') => {
    session.flush();
    document.documentElement.dataset['print'] = mode;
    for (const el of document.querySelectorAll('[data-print-workspace]')) el.textContent = mode === 'filled' ? wst('worksheet.print.workspace', { name: session.workspace.name }) : '';
    // Dates, print date and address: the beforeprint listeners (above, and site.ts), which Ctrl+P fires too.
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
