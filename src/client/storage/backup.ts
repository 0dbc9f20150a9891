/**
 * "Ladda ner allt" / "Återställ" and the storage meter, in every [data-backup] section
 * (src/components/StorageBackup.astro): the whole of what the handbook keeps, in one file.
 */
import { buildBackup, BackupError, readBackup, restoreBackup } from '../../shared/storage/backup';
import type { Store } from '../../shared/storage/store';
import { sst } from '../../i18n/storage';
import { ask, tell } from '../ui/dialog';
import { datedName, downloadText } from '../ui/download';
import { describeUsage, failureMessage, showProblems } from './index';

export function wireBackup(store: Store, root: ParentNode = document, onRestored: () => void = () => location.reload()): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-backup]')) {
    const status = section.querySelector<HTMLElement>('[data-backup-status]')!;
    const meter = section.querySelector<HTMLElement>('[data-backup-meter]')!;
    const input = section.querySelector<HTMLInputElement>('[data-backup-file]')!;
    const refresh = () => void describeUsage(store).then((text) => (meter.textContent = text));
    section.hidden = false;
    refresh();
    section.querySelector('[data-backup-export]')!.addEventListener('click', () => {
      downloadText(datedName('samverkanshandboken-allt', 'json'), `${JSON.stringify(buildBackup(store, new Date()), null, 2)}\n`, 'application/json;charset=utf-8');
      status.textContent = sst('storage.all.exported');
    });
    section.querySelector('[data-backup-restore]')!.addEventListener('click', () => input.click());
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      let message: string;
      try {
        const entries = readBackup(file.size > 2 * 5 * 1024 * 1024 ? '' : await file.text(), file.size);
        const result = restoreBackup(store, entries);
        if (!result.ok) message = failureMessage(result.reason);
        else {
          message = sst('storage.all.restored', { n: result.value.written });
          if (result.value.kept.length) message += ` ${sst('storage.all.restoredKept', { n: result.value.kept.length })}`;
          status.textContent = message;
          refresh();
          await tell(sst('storage.all.title'), [message], sst('storage.ok'));
          onRestored();
          return;
        }
      } catch (error) {
        message = error instanceof BackupError ? error.message : sst('storage.all.refused', { reason: sst('storage.all.notBackup') });
      }
      status.textContent = message;
      await ask(sst('storage.all.title'), [message], [{ value: 'ok', label: sst('storage.ok'), primary: true }]);
      const box = section.querySelector<HTMLElement>('[data-backup-problems]');
      if (box) showProblems(box, store);
    });
  }
}
