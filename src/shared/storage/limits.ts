/**
 * The limits of what is stored, one set for writing (the fields refuse more, with a message) and for
 * reading and import (the schemas refuse more). Changing one changes both.
 */
export const LIMITS = {
  /** Characters in one answer, note or table cell. */
  text: 20_000,
  /** Rows in one table or priority matrix. */
  rows: 200,
  /** Cells in one row, ticked items in one list. */
  items: 100,
  /** Characters in the name of an arbetsyta or workshop. */
  name: 80,
  /** Worksheets in an arbetsyta, fields in a worksheet, workshops, runs. */
  entries: 500,
  /** Rows of one statistics import, and places or populations in it (a table of every kommun and year fits). */
  statisticsRows: 100_000,
  /** Bytes of a file to import or restore. */
  importBytes: 1024 * 1024,
  /** Bytes of an "allt" backup file (every arbetsyta and workshop together). */
  backupBytes: 5 * 1024 * 1024,
} as const;
