import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The colour tokens of each mode, read from src/styles/tokens.css (the one home of the palette). */
function palettes(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const read = (block: string) => Object.fromEntries([...block.matchAll(/--(hb-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  return { light: read(css.slice(0, darkStart)), dark: { ...read(css.slice(0, darkStart)), ...read(css.slice(darkStart)) } };
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('colour tokens', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
  for (const mode of ['light', 'dark'] as const) {
    it(`${mode}: every step colour is readable as text on the page and on cards (4.5:1) and under the step number`, () => {
      const p = palettes()[mode];
      for (let n = 1; n <= 5; n++) {
        const step = p[`hb-step-${n}`]!;
        expect(step, `--hb-step-${n}`).toBeDefined();
        for (const bg of ['hb-bg', 'hb-surface', 'hb-surface-2']) expect(contrast(step, p[bg]!), `steg ${n} på ${bg} (${mode})`).toBeGreaterThanOrEqual(4.5);
        // The step number is drawn in the page colour on a disc of the step colour.
        expect(contrast(p['hb-bg']!, step), `siffran i steg ${n} (${mode})`).toBeGreaterThanOrEqual(4.5);
      }
    });
    it(`${mode}: text, muted text, links and callout colours reach 4.5:1 on the page and on cards`, () => {
      const p = palettes()[mode];
      for (const fg of ['hb-text', 'hb-text-muted', 'hb-link', 'hb-link-visited', 'hb-tips', 'hb-exempel', 'hb-checklista', 'hb-lagkrav', 'hb-ins-text', 'hb-del-text']) {
        for (const bg of ['hb-bg', 'hb-surface']) expect(contrast(p[fg]!, p[bg]!), `${fg} på ${bg} (${mode})`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(p['hb-accent-text']!, p['hb-accent']!), `knapptext (${mode})`).toBeGreaterThanOrEqual(4.5);
    });
  }
});
