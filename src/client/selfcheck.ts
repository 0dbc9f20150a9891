/**
 * The law map's self-check (/lagen/): ticks saved on this device, with a count. Unreadable saved data
 * is kept aside under another key and reported, not dropped.
 */
import { wst } from '../i18n/worksheet';

const KEY = 'hb:egenkontroll:v1';
const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-selfcheck-item]')];
const status = document.querySelector<HTMLElement>('[data-selfcheck-status]');

function load(): Record<string, boolean> {
  const raw = localStorage.getItem(KEY);
  if (raw === null) return {};
  try {
    const data = JSON.parse(raw) as { version?: number; checked?: Record<string, boolean> };
    if (data.version !== 1 || typeof data.checked !== 'object' || data.checked === null) throw new Error('fel form');
    return data.checked;
  } catch {
    localStorage.setItem(`hb:karantan:${new Date().toISOString()}:${KEY}`, raw);
    localStorage.removeItem(KEY);
    if (status) status.dataset['problem'] = wst('selfcheck.problem');
    return {};
  }
}

function report(): void {
  if (!status) return;
  const done = boxes.filter((b) => b.checked).length;
  status.hidden = false;
  status.textContent = `${status.dataset['problem'] ? `${status.dataset['problem']} ` : ''}${wst('selfcheck.count', { done, total: boxes.length })}`;
}

if (boxes.length) {
  let checked: Record<string, boolean> = {};
  try {
    checked = load();
  } catch {
    // Storage off: ticks last for this page only.
  }
  for (const box of boxes) {
    box.disabled = false;
    box.checked = checked[box.dataset['selfcheckItem']!] === true;
    box.addEventListener('change', () => {
      checked[box.dataset['selfcheckItem']!] = box.checked;
      try {
        localStorage.setItem(KEY, JSON.stringify({ version: 1, checked }));
      } catch {
        // Storage off or full: the count still shows; nothing else to do.
      }
      report();
    });
  }
  report();
}
export {};
