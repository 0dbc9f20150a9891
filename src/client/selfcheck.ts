/**
 * The law map's self-check (/lagen/): ticks saved on this device through the storage layer, one tick
 * at a time into what is stored now (another tab's ticks stay), with a count. When storage refuses a
 * tick, the box goes back and the status says why; unreadable saved data is kept aside and offered.
 */
import { KEYS } from '../shared/storage/keys';
import { SHAPES } from '../shared/storage/schemas';
import { wst } from '../i18n/worksheet';
import { failureMessage, onOtherTab, showProblems, storeOrBlocked } from './storage/index';

const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-selfcheck-item]')];
const status = document.querySelector<HTMLElement>('[data-selfcheck-status]');

if (boxes.length && status) {
  const store = storeOrBlocked();
  const read = () => store.read(KEYS.selfcheck, SHAPES.selfcheck)?.checked ?? {};
  let problem = '';
  const report = () => {
    const done = boxes.filter((b) => b.checked).length;
    status.hidden = false;
    status.textContent = `${problem ? `${problem} ` : ''}${wst('selfcheck.count', { done, total: boxes.length })}`;
  };
  const show = (checked: Record<string, boolean>) => {
    for (const box of boxes) box.checked = checked[box.dataset['selfcheckItem']!] === true;
  };
  show(read());
  if (store.problems.length) {
    problem = wst('selfcheck.problem');
    const box = Object.assign(document.createElement('div'), { className: 'notice', hidden: true });
    box.setAttribute('role', 'alert');
    status.after(box);
    showProblems(box, store);
  }
  for (const box of boxes) {
    box.disabled = false;
    box.addEventListener('change', () => {
      const id = box.dataset['selfcheckItem']!;
      const result = store.update(KEYS.selfcheck, SHAPES.selfcheck, (current) => ({ version: 1 as const, checked: { ...current?.checked, [id]: box.checked } }));
      if (!result.ok) {
        box.checked = !box.checked;
        problem = failureMessage(result.reason);
      } else problem = '';
      report();
    });
  }
  onOtherTab(KEYS.selfcheck, () => {
    show(read());
    report();
  });
  report();
}
export {};
