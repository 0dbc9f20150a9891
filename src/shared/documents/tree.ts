/**
 * A document as data: what the assembly functions (assemble.ts) build from an arbetsyta and what every
 * renderer (html.ts for preview and print, markdown.ts, docx.ts) reads. Plain text only: the renderers
 * escape it, so nothing the reader wrote is ever interpreted as markup.
 */

/** The documents, by their address under /dokument/. */
export const DOCUMENT_KINDS = ['lagesbild', 'atgardsplan', 'beslutsunderlag', 'samverkansoverenskommelse', 'medborgarlofte', 'aterrapport'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface Link {
  label: string;
  href: string;
}

export type Block =
  /** level 1 is a section (numbered in the table of contents), level 2 a subsection. */
  | { kind: 'heading'; level: 1 | 2; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  /** `landscape`: wide enough that print gives it an A4 landscape page. */
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; landscape?: boolean }
  /** Label–value pairs ("Period: 2024–2026"). */
  | { kind: 'facts'; items: { label: string; value: string }[] }
  /** guidance: what to fill in where (never printed as the kommun's text); advice: the handbook's advice. */
  | { kind: 'notice'; tone: 'guidance' | 'advice'; title: string; text: string; links: Link[] }
  /** Lines to sign on. */
  | { kind: 'signatures'; items: { role: string; name: string }[] }
  /**
   * A chart the reader chose on /statistik/: title (the finding), the drawing (looked up by `id` by each
   * renderer; `alt` stands in for it where it cannot be drawn), summary, data table, source and notes.
   * Small numbers are already "färre än N" in every text here (src/shared/statistics/measures.ts).
   */
  | { kind: 'chart'; id: string; title: string; alt: string; summary: string; caption: string; notes: string[]; table: { caption: string; columns: string[]; rows: string[][] } };

/** A chart's drawing, made in the browser: SVG for the preview and Markdown, PNG for Word. */
export interface ChartImage {
  /** A standalone SVG document, drawn in black on transparent for paper. */
  svg: string;
  png?: Uint8Array | undefined;
  width: number;
  height: number;
}
export type ChartImages = ReadonlyMap<string, ChartImage>;

export interface DocumentTree {
  kind: DocumentKind;
  title: string;
  /** The line under the title on the cover ("Utkast", "Ärende …"). */
  subtitle: string;
  kommun: string;
  /** The date on the cover, as the reader reads it ("4 december 2026"). */
  date: string;
  /** Nothing from the worksheets was filled in: the blocks only say what to fill in. */
  empty: boolean;
  blocks: Block[];
}

/** The table of contents: every section heading, in order. */
export const contents = (tree: DocumentTree) => tree.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);

/** A heading id from its text: ascii, so it works as an HTML id and a Word bookmark. */
export function headingId(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'avsnitt';
  let id = `dok-${base}`;
  for (let n = 2; taken.has(id); n++) id = `dok-${base}-${n}`;
  taken.add(id);
  return id;
}
