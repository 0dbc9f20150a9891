import { urls } from '../shared/urls';
/**
 * The one script every page loads (small, deferred as a module). It wires the header search
 * (shortcut "/", quick results loaded on first focus) and starts the offline service worker;
 * heavier modules load only when used.
 */
const searchForm = document.querySelector<HTMLFormElement>('[data-site-search]');
const searchInput = searchForm?.querySelector<HTMLInputElement>('input[name="q"]');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  searchInput?.focus();
});

if (searchForm && searchInput && location.pathname !== urls.search) {
  searchInput.addEventListener(
    'focus',
    () => void import('./search/header').then(({ attachQuickSearch }) => attachQuickSearch(searchForm)),
    { once: true },
  );
}

// Ctrl+P as well as the print buttons: the paper says when it was printed and where it came from.
window.addEventListener('beforeprint', () => {
  const date = new Date().toLocaleDateString('sv-SE');
  for (const el of document.querySelectorAll('[data-print-date]')) el.textContent = date;
  document.documentElement.style.setProperty('--hb-print-url', JSON.stringify(location.href.split(/[?#]/)[0]!));
  // Worksheet dates print as text: the value, or boxes to write in (the widget never reaches paper).
  for (const out of document.querySelectorAll<HTMLElement>('[data-print-value]')) {
    const input = document.getElementById(out.dataset['printValue']!) as HTMLInputElement | null;
    out.textContent = input?.value || out.dataset['printBlank'] || '';
  }
});

// Chapter pages: the revision-marker switch and edition links that keep the section.
if (document.querySelector('[data-revision-toggle], [data-edition-link]')) void import('./chapter');

if ('serviceWorker' in navigator) {
  // After load and when the browser is idle, so saving the offline copy never competes with the page itself.
  const start = () => void import('./offline/register').then(({ startOffline }) => startOffline());
  // Safari has no requestIdleCallback.
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 4000 }) : setTimeout(start, 500));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
