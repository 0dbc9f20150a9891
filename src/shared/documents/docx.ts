/**
 * A document as a Word file, built with the `docx` library (in the browser, and in Node for the tests
 * and the benchmark). Real Word styles, so it drops into the kommun's own template: Title, Heading1,
 * Heading2, numbered and bulleted lists (Word numbering, one list instance per list), tables with a
 * repeated header row. Imported only when the reader asks for the file (src/client/documents/page.ts).
 */
import { AlignmentType, Document, Footer, ImageRun, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel, PageBreak, ShadingType } from 'docx';
import { documentStrings, dst } from '../../i18n/documents';
import { LOGO_URL } from './logo';
import { contents, type Block, type ChartImages, type DocumentTree } from './tree';

/** The footer line from its string, with Word's page fields where the string has {page} and {pages}. */
function footerRuns(tree: DocumentTree): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const fields: Record<string, string | (typeof PageNumber)[keyof typeof PageNumber]> = { kommun: tree.kommun, title: tree.title, page: PageNumber.CURRENT, pages: PageNumber.TOTAL_PAGES };
  return documentStrings['doc.footer']
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? fields[part]! : part))
    .filter((part) => part !== '');
}

export interface LogoImage {
  dataUrl: string;
  width: number;
  height: number;
}

const NUMBERED = 'dokument-numrerad';
const SV = { value: 'sv-SE' } as const;

function logoRun(logo: LogoImage): ImageRun | undefined {
  if (!LOGO_URL.test(logo.dataUrl)) return undefined;
  const [head, base64] = logo.dataUrl.split(',') as [string, string];
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  // At most 6 cm wide and 3 cm high on the cover (in pixels at 96 dpi, as docx measures).
  const scale = Math.min(1, 227 / Math.max(1, logo.width), 113 / Math.max(1, logo.height));
  return new ImageRun({ type: head.includes('png') ? 'png' : 'jpg', data: bytes, transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) }, altText: { name: 'logotyp', title: 'Logotyp', description: 'Logotyp' } });
}

const cellParagraphs = (text: string, bold = false) => text.split(/\n+/).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }));

/** A captioned table with a repeated header row; rows never split over pages. */
function table(caption: string, columns: string[], rows: string[][]): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [new TextRun({ text: caption, bold: true })], keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => new TableCell({ children: cellParagraphs(c, true), shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } })) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => new TableCell({ children: cellParagraphs(c) })) })),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

/** At most the text width of an A4 page with Word's default margins (16 cm, in pixels at 96 dpi). */
const CHART_WIDTH = 600;

function blocks(list: Block[], images: ChartImages): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let instance = 0;
  for (const b of list) {
    switch (b.kind) {
      case 'heading':
        out.push(new Paragraph({ text: b.text, heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ text: b.text }));
        break;
      case 'list':
        instance += 1;
        for (const item of b.items) out.push(b.ordered ? new Paragraph({ text: item, numbering: { reference: NUMBERED, level: 0, instance } }) : new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        out.push(...table(b.caption, b.columns, b.rows));
        break;
      case 'facts':
        for (const f of b.items) out.push(new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] }));
        break;
      case 'notice':
        out.push(new Paragraph({ children: [new TextRun({ text: `${b.title} `, bold: true }), new TextRun({ text: b.text, italics: true })], border: { left: { style: 'single', size: 12, color: '888888', space: 8 } } }));
        for (const l of b.links) out.push(new Paragraph({ text: `${l.label} (${l.href})`, bullet: { level: 0 } }));
        break;
      case 'signatures':
        for (const s of b.items) {
          out.push(new Paragraph({ text: '', spacing: { before: 600 } }));
          out.push(new Paragraph({ text: s.role, border: { top: { style: 'single', size: 6, color: '000000', space: 4 } } }));
          if (s.name) out.push(new Paragraph({ text: s.name }));
        }
        break;
      case 'chart': {
        out.push(new Paragraph({ text: b.title, heading: HeadingLevel.HEADING_3, keepNext: true }));
        const image = images.get(b.id);
        if (image?.png) {
          const scale = Math.min(1, CHART_WIDTH / Math.max(1, image.width));
          out.push(
            new Paragraph({
              keepNext: true,
              children: [new ImageRun({ type: 'png', data: image.png, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: b.title, title: b.title, description: b.alt } })],
            }),
          );
        } else out.push(new Paragraph({ children: [new TextRun({ text: b.alt, italics: true })] }));
        out.push(new Paragraph({ children: [new TextRun({ text: b.caption, italics: true, size: 18 })] }));
        out.push(new Paragraph({ text: b.summary }));
        out.push(...table(b.table.caption, b.table.columns, b.table.rows));
        for (const note of b.notes) out.push(new Paragraph({ children: [new TextRun({ text: note, size: 18 })] }));
        break;
      }
    }
  }
  return out;
}

export function buildDocx(tree: DocumentTree, logo?: LogoImage, images: ChartImages = new Map()): Document {
  const image = logo ? logoRun(logo) : undefined;
  const toc = contents(tree);
  const cover: Paragraph[] = [
    ...(image ? [new Paragraph({ children: [image], spacing: { after: 600 } })] : []),
    new Paragraph({ children: [new TextRun({ text: tree.kommun, size: 28 })], spacing: { before: image ? 0 : 2400, after: 240 } }),
    new Paragraph({ text: tree.title, heading: HeadingLevel.TITLE }),
    ...(tree.subtitle ? [new Paragraph({ children: [new TextRun({ text: tree.subtitle, size: 28 })] })] : []),
    new Paragraph({ children: [new TextRun({ text: tree.date }), new PageBreak()], spacing: { before: 480 } }),
  ];
  const tocParagraphs = toc.length
    ? [new Paragraph({ children: [new TextRun({ text: dst('doc.contents'), bold: true, size: 28 })], spacing: { after: 200 } }), ...toc.map((h) => new Paragraph({ text: h.text, numbering: { reference: NUMBERED, level: 0, instance: 0 } })), new Paragraph({ children: [new PageBreak()] })]
    : [];
  return new Document({
    creator: 'Samverkanshandboken',
    title: `${tree.title} – ${tree.kommun}`,
    styles: { default: { document: { run: { language: SV } } } },
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [
      {
        properties: { titlePage: true },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: footerRuns(tree), size: 16 })] })] }),
        },
        children: [...cover, ...tocParagraphs, ...blocks(tree.blocks, images)],
      },
    ],
  });
}

/** The Word file as a Blob (browser). */
export const docxBlob = (tree: DocumentTree, logo?: LogoImage, images?: ChartImages): Promise<Blob> => Packer.toBlob(buildDocx(tree, logo, images));
