/** Small DOM helpers for the workshop pages: elements built with textContent only (never innerHTML). */
import { textBlocks } from '../../shared/plain-text';

type Child = Node | string | null | undefined | false;

interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string | undefined>;
  data?: Record<string, string>;
}

/** Creates an element: h('p', { class: 'muted', text: 'Hej' }), h('ul', {}, h('li', { text: 'a' })). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) if (v !== undefined) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  for (const c of children) if (c) el.append(c);
  return el;
}

/** A required element inside `root`. */
export function must<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Saknar ${selector}`);
  return el;
}

/** Plain text from an exercise (paragraphs and "- " lists) as DOM nodes. */
export function plainText(text: string): Node[] {
  return textBlocks(text).map((b) => (b.kind === 'p' ? h('p', { text: b.text }) : h('ul', {}, ...b.items.map((i) => h('li', { text: i })))));
}

/** Polite announcements through a role="status" element, repeated messages read again. */
export function makeAnnouncer(region: HTMLElement): (text: string) => void {
  let timer: number | undefined;
  return (text) => {
    region.textContent = '';
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (region.textContent = text), 60);
  };
}

/** Shows an error in a notice element. */
export function showNotice(el: HTMLElement, text: string, ...extra: Node[]): void {
  el.replaceChildren(h('p', { text }), ...extra);
  el.hidden = false;
}

/** Wires [data-print-now] buttons (hidden without JavaScript) to the print dialog. */
export function wirePrintButtons(root: ParentNode = document): void {
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-print-now]')) {
    b.hidden = false;
    b.addEventListener('click', () => window.print());
  }
}
