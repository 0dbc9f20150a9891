/**
 * Numbers as Swedish statistics tables write them: decimal comma, space or non-breaking space between
 * thousands, a minus sign that may be U+2212, and the producers' marks for a missing value.
 * Pure and browser-safe; read.ts, mapping.ts and the page use it.
 */

/** Marks statistics producers use for "no value" (Brå, SCB, Kolada exports). Read as missing, not as an error. */
export const MISSING_MARKS = ['', '..', '.', '-', '–', '—', '…'] as const;

export type NumberReading = { kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'text' };

// Space, NBSP, narrow NBSP and thin space are all used as thousands separators.
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** Reads one cell. Cells from XLSX may already be numbers. Linear in the cell's length. */
export function readNumber(cell: string | number | null | undefined): NumberReading {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'text' };
  const trimmed = cell.trim();
  if ((MISSING_MARKS as readonly string[]).includes(trimmed)) return { kind: 'missing' };
  let s = trimmed.replace(SPACES, '').replace(/^[−–]/, '-').replace(/%$/, '');
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both present: the last one is the decimal mark, the other groups thousands (1.234,5 or 1,234.5).
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return { kind: 'text' };
    s = s.replace(',', '.');
  } else if (dot >= 0 && s.indexOf('.') !== dot) {
    // 1.234.567: dots only as thousands separators.
    if (!/^-?\d{1,3}(?:\.\d{3})+$/.test(s)) return { kind: 'text' };
    s = s.replace(/\./g, '');
  }
  if (!PLAIN.test(s)) return { kind: 'text' };
  return { kind: 'number', value: Number(s) };
}

const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a number the Swedish way (NBSP thousands, decimal comma), with at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 0): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/** A signed percentage such as "+14 %" or "−3 %" (the typographic minus sign). */
export function formatPercentChange(percent: number): string {
  const rounded = Math.round(percent);
  if (rounded === 0) return '±0 %';
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded))} %`;
}
