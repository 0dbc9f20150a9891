// @vitest-environment happy-dom
// The shared dialog and download helpers (src/client/ui/): what the reader is asked, what comes back,
// where focus goes, and the names of files saved on the device.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ask, confirmDialog } from '../../../src/client/ui/dialog';
import { datedName, downloadText, fileSlug } from '../../../src/client/ui/download';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Presses a dialog button the way a form with method="dialog" does: close with the button's value. */
const press = (value: string) => document.querySelector('dialog')!.close(value);

describe('ask', () => {
  it('shows the title, text and field, and resolves with the button and the trimmed text', async () => {
    const answer = ask('Byt namn', ['Vad ska arbetsytan heta?'], [{ value: 'cancel', label: 'Avbryt' }, { value: 'ok', label: 'Spara', primary: true }], { label: 'Namn', value: 'Min arbetsyta', maxLength: 80 });
    const dialog = document.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')!.textContent).toBe('Byt namn');
    expect(dialog.querySelector('p')!.textContent).toBe('Vad ska arbetsytan heta?');
    const field = dialog.querySelector<HTMLInputElement>('#ui-dialog-text')!;
    expect(document.activeElement).toBe(field);
    expect(field.maxLength).toBe(80);
    expect(dialog.querySelector('label')!.htmlFor).toBe('ui-dialog-text');
    expect([...dialog.querySelectorAll('button')].map((b) => [b.textContent, b.className])).toEqual([
      ['Avbryt', 'button button--quiet'],
      ['Spara', 'button'],
    ]);
    field.value = '  Trygghetsrådet Öst  ';
    press('ok');
    await expect(answer).resolves.toEqual({ action: 'ok', text: 'Trygghetsrådet Öst' });
  });

  it('counts closing without a button (Escape) as cancel and gives focus back to the opener', async () => {
    const opener = Object.assign(document.createElement('button'), { textContent: 'Öppna' });
    document.body.append(opener);
    opener.focus();
    const answer = ask('Ta bort?', ['Det går inte att ångra.'], [{ value: 'ok', label: 'Ta bort' }]);
    // Without a field, focus starts on the last button.
    expect(document.activeElement?.textContent).toBe('Ta bort');
    document.querySelector('dialog')!.close();
    await expect(answer).resolves.toEqual({ action: 'cancel', text: '' });
    expect(document.activeElement).toBe(opener);
  });

  it('reuses one dialog element for every question', async () => {
    const first = confirmDialog({ title: 'A', text: 'a', ok: 'Ja', cancel: 'Nej' });
    press('ok');
    await expect(first).resolves.toBe(true);
    const second = confirmDialog({ title: 'B', text: 'b', ok: 'Ja', cancel: 'Nej' });
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(document.querySelector('dialog h2')!.textContent).toBe('B');
    expect(document.querySelector('#ui-dialog-text')).toBeNull();
    press('cancel');
    await expect(second).resolves.toBe(false);
  });
});

describe('download', () => {
  it('saves text through a temporary link, without leaving it in the page', () => {
    const clicks: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    downloadText('lagesbild-2026-12-04.md', '# Lägesbild', 'text/markdown');
    expect(clicks).toEqual([{ download: 'lagesbild-2026-12-04.md', href: 'blob:x' }]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('makes file names from readers\' names and dates', () => {
    expect(fileSlug('Trygghetsrådet Öst')).toBe('trygghetsradet-ost');
    expect(fileSlug('  Ärende: 12/3  ')).toBe('arende-12-3');
    expect(fileSlug('???')).toBe('data');
    expect(datedName('atgardsplan', 'docx', new Date('2026-12-04T10:00:00Z'))).toBe('atgardsplan-2026-12-04.docx');
  });
});
