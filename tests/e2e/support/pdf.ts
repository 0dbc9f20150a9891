import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PdfFacts {
  /** The text as pdftotext reads it, soft hyphens removed (long words carry them, src/build/html/typeset.ts). */
  text: string;
  pages: number;
  /** 'P' or 'L' per page. */
  orientation: string;
  /** The text of each page. */
  pageTexts: string[];
}

/** What a PDF holds, read with poppler's pdfinfo and pdftotext. */
export function readPdf(pdf: Buffer): PdfFacts {
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-print-'));
  const file = path.join(dir, 'utskrift.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)];
  const orientation = sizes.map((m) => (Number(m[1]) > Number(m[2]) ? 'L' : 'P')).join('');
  const read = (args: string[]) => execFileSync('pdftotext', [...args, '-layout', file, '-'], { encoding: 'utf8' }).replaceAll('\u00AD', '');
  const pageTexts = Array.from({ length: pages }, (_, i) => read(['-f', String(i + 1), '-l', String(i + 1)]));
  return { text: read([]), pages, orientation, pageTexts };
}
