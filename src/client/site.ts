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

// On the search page itself the page's own field does the searching. The form names that page in its
// action (the address the no-JS search goes to), so this script needs no shared module of addresses.
if (searchForm && searchInput && location.pathname !== new URL(searchForm.action).pathname) {
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
});

/** Runs `work` after the page has loaded and the browser is idle: nothing here is needed to read. */
function whenIdle(work: () => void, timeout: number): void {
  // Safari has no requestIdleCallback.
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout }) : setTimeout(work, 500));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

// Chapter pages: the revision-marker switch (drawn hidden, shown by the script) and edition links that
// keep the section.
if (document.querySelector('[data-revision-toggle], [data-edition-link]')) whenIdle(() => void import('./chapter'), 1000);

// Saving the offline copy never competes with the page itself.
if ('serviceWorker' in navigator) whenIdle(() => void import('./offline/register').then(({ startOffline }) => startOffline()), 4000);
