/**
 * Measures text sizes and tap targets as a reader meets them, in the page. Self-contained functions for
 * page.evaluate.
 */

export interface TextSizes {
  /** Visible text drawn under the minimum size: "12.5px "text" in p.class". */
  tooSmall: string[];
  /** Running-text paragraphs in main under the body size (secondary text under its own, smaller floor). */
  smallBody: string[];
  /** How many visible text nodes and body paragraphs were measured (so an empty page cannot pass). */
  measured: { texts: number; paragraphs: number };
}

/**
 * Runs in the browser: every visible text node's computed font size, and main's paragraphs of 80
 * characters or more. Paragraphs matching `secondary` (help text under a field, a page's meta line) are
 * held to `secondaryBody` instead of `body`.
 */
export function probeTextSizes(limits: { min: number; body: number; secondary: string; secondaryBody: number }): TextSizes {
  const describe = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${cls}`;
  };
  const shown = (el: Element): boolean => {
    if (el.closest('[hidden], template, script, style, .visually-hidden, [aria-hidden="true"] svg')) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const tooSmall: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let texts = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.replace(/[\u00AD\s]+/g, ' ').trim() ?? '';
    if (!parent || !text || !shown(parent)) continue;
    texts++;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < limits.min) tooSmall.push(`${size}px "${text.slice(0, 30)}" i ${describe(parent)}`);
  }
  const smallBody: string[] = [];
  const paragraphs = [...document.querySelectorAll('main p')].filter((p) => shown(p) && (p.textContent ?? '').trim().length >= 80);
  for (const p of paragraphs) {
    const size = parseFloat(getComputedStyle(p).fontSize);
    if (size < (p.matches(limits.secondary) ? limits.secondaryBody : limits.body)) smallBody.push(`${size}px "${(p.textContent ?? '').trim().slice(0, 30)}" i ${describe(p)}`);
  }
  return { tooSmall: [...new Set(tooSmall)], smallBody: [...new Set(smallBody)], measured: { texts, paragraphs: paragraphs.length } };
}

export interface TapTargets {
  /** Targets under 24 × 24 CSS px without the spacing WCAG 2.2 SC 2.5.8 allows. */
  problems: string[];
  measured: number;
}

/**
 * Runs in the browser: WCAG 2.2 SC 2.5.8 Target Size (Minimum). A target passes when it is at least
 * 24 × 24 CSS px; or, when smaller, a 24 px circle centred on it meets no other target and no other
 * small target's circle (the spacing exception); or it is inline in a sentence (the inline exception:
 * a link whose line is set by the text around it). Targets out of sight (hidden, clipped to 1 px,
 * transparent until focus like the skip link) are not drawn and are not counted.
 */
export function probeTapTargets(): TapTargets {
  const MIN = 24;
  const describe = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/[\u00AD\s]+/g, ' ').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${cls} "${name}"`;
  };
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const candidates = [...document.querySelectorAll(selector)].filter((el) => {
    if (el.closest('[hidden], template, .visually-hidden')) return false;
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    // Moved off the page until it has focus (the skip link).
    if (r.bottom <= 0 && getComputedStyle(el).position === 'absolute') return false;
    return true;
  });
  // A label wrapping a checkbox or radio is the target the reader taps: measure the label.
  const boxOf = (el: Element): DOMRect => {
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
      if (label) {
        const l = label.getBoundingClientRect();
        const i = el.getBoundingClientRect();
        const left = Math.min(l.left, i.left), top = Math.min(l.top, i.top);
        return new DOMRect(left, top, Math.max(l.right, i.right) - left, Math.max(l.bottom, i.bottom) - top);
      }
    }
    return el.getBoundingClientRect();
  };
  const inSentence = (el: Element): boolean => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    // Text of its own around it in the same block: the link sits in a sentence.
    let block: Element | null = el.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    if (!block) return false;
    const own = (block.textContent ?? '').replace(/\s+/g, '');
    const linked = [...block.querySelectorAll('a')].map((a) => (a.textContent ?? '').replace(/\s+/g, '')).join('');
    return own.length > linked.length;
  };
  const targets = candidates.map((el) => ({ el, box: boxOf(el) }));
  const small = targets.filter((t) => (t.box.width < MIN - 0.5 || t.box.height < MIN - 0.5) && !inSentence(t.el));
  const distanceToRect = (x: number, y: number, r: DOMRect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const problems: string[] = [];
  for (const t of small) {
    const cx = t.box.left + t.box.width / 2, cy = t.box.top + t.box.height / 2;
    const clash = targets.find((o) => {
      if (o.el === t.el || o.el.contains(t.el) || t.el.contains(o.el)) return false;
      // The same control measured twice (a checkbox and its label) is one target.
      if (o.box.left === t.box.left && o.box.top === t.box.top && o.box.width === t.box.width) return false;
      if (distanceToRect(cx, cy, o.box) < MIN / 2) return true;
      const oSmall = small.includes(o);
      return oSmall && Math.hypot(cx - (o.box.left + o.box.width / 2), cy - (o.box.top + o.box.height / 2)) < MIN;
    });
    if (clash) problems.push(`${describe(t.el)} ${Math.round(t.box.width)}×${Math.round(t.box.height)} px, för nära ${describe(clash.el)}`);
  }
  return { problems: [...new Set(problems)], measured: targets.length };
}
