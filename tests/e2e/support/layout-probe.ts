/**
 * Measures what a reader sees of the layout, in the page: elements that stick out of their container and
 * words that the browser broke inside (a word whose glyphs sit on two lines). A break at a soft hyphen,
 * a <wbr>, a hyphen or a slash is a designed break point, so the text is split there first.
 */
export interface LayoutProblems {
  /** The page scrolls sideways: document wider than the viewport. */
  pageOverflow: number;
  /** Elements wider than (sticking out of) their parent. */
  overflowing: string[];
  /** Words drawn on more than one line. */
  brokenWords: string[];
}

/** Runs in the browser (page.evaluate); self-contained. */
export function probeLayout(): LayoutProblems {
  const describe = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
  };
  const clipsOrScrolls = (el: Element): boolean => {
    const s = getComputedStyle(el);
    return s.overflowX !== 'visible';
  };
  const isVisuallyHidden = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden';
  };
  const overflowing: string[] = [];
  const all = document.body.querySelectorAll('*');
  for (const el of all) {
    const parent = el.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'path'].includes(el.tagName)) continue;
    // A display: contents parent has no box of its own; the grandparent is the container.
    const box = getComputedStyle(parent).display === 'contents' ? parent.parentElement : parent;
    if (!box) continue;
    if (el.closest('svg') && el.tagName !== 'svg') continue;
    const pos = getComputedStyle(el).position;
    if (pos === 'absolute' || pos === 'fixed') continue;
    if (isVisuallyHidden(el) || clipsOrScrolls(box)) continue;
    // Inside a scroller the overflow is reachable and intended (e.g. the main menu scrolls sideways).
    let scroller = box.parentElement;
    let inScroller = false;
    while (scroller && scroller !== document.body) {
      if (clipsOrScrolls(scroller)) { inScroller = true; break; }
      scroller = scroller.parentElement;
    }
    if (inScroller) continue;
    const r = el.getBoundingClientRect();
    const p = box.getBoundingClientRect();
    if (r.right > p.right + 1 || r.left < p.left - 1) overflowing.push(`${describe(el)} i ${describe(box)} (${Math.round(r.width)} px i ${Math.round(p.width)} px)`);
  }
  const brokenWords: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const linesOf = (node: Text, start: number, end: number): DOMRect[] => {
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  };
  // Where a line may end inside a word: after a soft hyphen (drawn as "-"), a hyphen, a dash, a slash or <wbr>.
  const designedBreak = /[\u00AD\u200B\-–—/]/;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, textarea, pre, [hidden], .visually-hidden')) continue;
    const text = node.data;
    const word = /\S{2,}/g;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      const rects = linesOf(node, m.index, m.index + m[0].length);
      if (rects.length < 2) continue;
      const lineHeight = Math.min(...rects.map((r) => r.height));
      const tops = rects.map((r) => r.top);
      if (Math.max(...tops) - Math.min(...tops) <= lineHeight / 2) continue;
      // On two lines: find each place the line changes and check that it is a designed break.
      let lastTop: number | undefined;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (text[i] === '\u00AD' || text[i] === '\u200B') continue;
        // A character after a soft-hyphen break also reports the drawn hyphen's box: its own box is the last.
        const r = linesOf(node, i, i + 1).at(-1);
        if (!r) continue;
        if (lastTop !== undefined && Math.abs(r.top - lastTop) > lineHeight / 2) {
          let before = i - 1;
          while (before > m.index && text[before] === '\u200B') before--;
          if (!designedBreak.test(text[before] ?? '')) {
            brokenWords.push(`"${m[0].replace(/\u00AD/g, '')}" i ${describe(parent)}${parent.getAttribute('href') ? ` (${parent.getAttribute('href')})` : ''}`);
            break;
          }
        }
        lastTop = r.top;
      }
    }
  }
  const pageOverflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return { pageOverflow, overflowing: [...new Set(overflowing)], brokenWords: [...new Set(brokenWords)] };
}
