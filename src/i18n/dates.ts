/**
 * Dates as readers see them ("4 december 2026"). One formatter for the build: making one costs far more
 * than formatting with it, and every chapter page shows a date (1 000 pages in a large book).
 */
const LONG = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

export const longDate = (date: Date): string => LONG.format(date);
