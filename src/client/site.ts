/**
 * The one script every page loads (small, deferred as a module). It wires the header search
 * shortcut and starts the offline service worker; heavier modules load only when used.
 */
const searchInput = document.querySelector<HTMLInputElement>('#site-search-input');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  searchInput?.focus();
});
