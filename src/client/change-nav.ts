/**
 * <hb-change-nav>: "Föregående ändring" / "Nästa ändring" on an edition comparison, and Alt+↑ / Alt+↓
 * anywhere on the page. Moves keyboard focus (not only the scroll position) to the change, so a screen
 * reader reads it next, and says "Ändring 3 av 12" in a status region. Changes are the elements with
 * data-change; one hidden by the current view is skipped.
 */
class ChangeNav extends HTMLElement {
  connectedCallback(): void {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-step]')];
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const template = this.dataset['position'] ?? '';
    const changes = () => [...document.querySelectorAll<HTMLElement>('[data-change]')].filter((el) => el.getClientRects().length > 0);

    // The change the reader was last on (by these controls, a summary link or Tab): pressing a button
    // takes focus away from it, so it is remembered while it stays on screen.
    let last: HTMLElement | undefined;
    document.addEventListener('focusin', (event) => {
      if (event.target instanceof HTMLElement && event.target.dataset['change'] !== undefined) last = event.target;
    });
    const onScreen = (el: HTMLElement) => {
      const rect = el.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    };

    const go = (step: number) => {
      const list = changes();
      if (list.length === 0) return;
      const active = last && onScreen(last) ? list.indexOf(last) : -1;
      let index: number;
      if (active >= 0) index = active + step;
      else {
        // Not on a change yet: the next one below the top of the window, or the last one above it.
        const below = list.findIndex((el) => el.getBoundingClientRect().top > 1);
        index = step > 0 ? (below < 0 ? list.length : below) : (below < 0 ? list.length : below) - 1;
      }
      index = Math.max(0, Math.min(list.length - 1, index));
      const target = list[index]!;
      target.focus({ preventScroll: true });
      // An instant jump (the page may scroll smoothly otherwise): the change is on screen at once, so the
      // next press counts from it.
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      if (status) status.textContent = template.replace('{n}', String(index + 1)).replace('{total}', String(list.length));
    };

    for (const button of buttons) {
      button.disabled = false;
      button.addEventListener('click', () => go(Number(button.dataset['step'])));
    }
    document.addEventListener('keydown', (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      go(event.key === 'ArrowDown' ? 1 : -1);
    });
  }
}

if (!customElements.get('hb-change-nav')) customElements.define('hb-change-nav', ChangeNav);
