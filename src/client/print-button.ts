/** Buttons marked data-print open the browser's print dialog (they stay hidden without JavaScript). */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
