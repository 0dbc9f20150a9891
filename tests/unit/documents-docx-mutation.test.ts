/**
 * The Word file (src/shared/documents/docx.ts) read back from its XML: what makes it drop into the
 * kommun's template and print well — Word styles, list numbering that restarts per list, tables whose
 * header row repeats and whose rows never split, the cover with a logo scaled to fit, pictures of the
 * charts no wider than the page, the footer's page fields and the Swedish language. mammoth (in
 * documents.test.ts) sees the text; these look at what Word does with it.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { buildDocx, type LogoImage } from '../../src/shared/documents/docx';
import type { Block, ChartImages, DocumentTree } from '../../src/shared/documents/tree';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const png = Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0));
const logo = (width: number, height: number, dataUrl = `data:image/png;base64,${PNG_BASE64}`): LogoImage => ({ dataUrl, width, height });
/** EMU per pixel at 96 dpi, as Word measures pictures. */
const EMU = 9525;

const tree = (blocks: Block[], over: Partial<DocumentTree> = {}): DocumentTree => ({ kind: 'lagesbild', title: 'Lägesbild', subtitle: 'Utkast', kommun: 'Strandvik', date: '4 december 2026', empty: false, blocks, ...over });

async function word(doc: DocumentTree, logoImage?: LogoImage, images?: ChartImages) {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocx(doc, logoImage, images)));
  const read = (name: string) => zip.file(name)!.async('string');
  const document = await read('word/document.xml');
  const body = document.slice(document.indexOf('<w:body>'));
  // Top-level paragraphs and tables, in order (a table's own paragraphs stay inside it).
  const parts = [...body.matchAll(/<w:tbl>.*?<\/w:tbl>|<w:p\/>|<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);
  const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d\.xml$/.test(f)).map(read));
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  return { document, bytes: await Promise.all(media.map((f) => zip.file(f)!.async('uint8array'))), parts, footers, core: await read('docProps/core.xml'), styles: await read('word/styles.xml'), numbering: await read('word/numbering.xml'), media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')) };
}
const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const numId = (xml: string) => /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1];
const extent = (xml: string) => /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)?.slice(1).map((n) => Number(n) / EMU);

describe('the cover and the contents', () => {
  const sections: Block[] = [
    { kind: 'heading', level: 1, text: 'Ett', id: 'a' },
    { kind: 'heading', level: 2, text: 'Under', id: 'b' },
    { kind: 'heading', level: 1, text: 'Två', id: 'c' },
  ];

  it('the logo first, at most 6 × 3 cm, then kommun, title, subtitle and date, and a page break', async () => {
    const { parts, media, bytes } = await word(tree(sections), logo(454, 100));
    expect(bytes).toEqual([png]);
    expect(parts[0]).toContain('name="logotyp" descr="Logotyp" title="Logotyp"');
    expect(parts[0]).toContain('<w:spacing w:after="600"/>');
    expect(extent(parts[0]!)).toEqual([227, 50]);
    expect(media).toEqual(['word/media/image1.png']);
    expect(text(parts[1]!)).toBe('Strandvik');
    expect(parts[1]).toContain('<w:spacing w:after="240" w:before="0"/>');
    expect(parts[1]).toContain('<w:sz w:val="28"/>');
    expect(parts[2]).toContain('<w:pStyle w:val="Title"/>');
    expect(text(parts[2]!)).toBe('Lägesbild');
    expect(text(parts[3]!)).toBe('Utkast');
    expect(parts[3]).toContain('<w:sz w:val="28"/>');
    expect(text(parts[4]!)).toBe('4 december 2026');
    expect(parts[4]).toContain('<w:spacing w:before="480"/>');
    expect(parts[4]).toContain('<w:br w:type="page"/>');
  });

  it('a tall logo is scaled to 3 cm high, a small one is not enlarged, a JPEG stays a JPEG', async () => {
    expect(extent((await word(tree([]), logo(100, 226))).parts[0]!)).toEqual([50, 113]);
    expect(extent((await word(tree([]), logo(40, 20))).parts[0]!)).toEqual([40, 20]);
    const jpeg = await word(tree([]), logo(40, 20, 'data:image/jpeg;base64,/9j/4AAQ'));
    expect(jpeg.media).toEqual(['word/media/image1.jpg']);
  });

  it('without a logo (or with anything but a PNG or JPEG data URL) the kommun stands lower on the page; no subtitle line when there is none', async () => {
    for (const doc of [await word(tree([], { subtitle: '' })), await word(tree([], { subtitle: '' }), logo(10, 10, 'data:image/svg+xml;base64,PHN2Zz4='))]) {
      expect(doc.media).toEqual([]);
      expect(doc.parts.map(text)).toEqual(['Strandvik', 'Lägesbild', '4 december 2026']);
      expect(doc.parts[0]).toContain('<w:spacing w:after="240" w:before="2400"/>');
    }
  });

  it('the contents: every section, numbered in one list, then a page break; none without sections', async () => {
    const { parts } = await word(tree(sections));
    const start = parts.findIndex((p) => text(p) === 'Innehåll');
    expect(parts[start]).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(parts[start]).toContain('<w:spacing w:after="200"/>');
    const entries = parts.slice(start + 1, start + 3);
    expect(entries.map(text)).toEqual(['Ett', 'Två']);
    expect(numId(entries[0]!)).toBe(numId(entries[1]!));
    expect(parts[start + 3]).toMatch(/^<w:p><w:r><w:br w:type="page"\/><\/w:r><\/w:p>$/);
    expect(parts.slice(start + 4).map(text)).toEqual(['Ett', 'Under', 'Två']);
    expect((await word(tree([{ kind: 'paragraph', text: 'Bara text' }]))).parts.map(text)).not.toContain('Innehåll');
  });
});

describe('the blocks', () => {
  it('headings as Word’s Heading 1 and 2; each numbered list restarts, bullets are bullets', async () => {
    const { parts, numbering } = await word(
      tree([
        { kind: 'heading', level: 1, text: 'Avsnitt', id: 'a' },
        { kind: 'heading', level: 2, text: 'Del', id: 'b' },
        { kind: 'list', ordered: true, items: ['x', 'y'] },
        { kind: 'list', ordered: true, items: ['z'] },
        { kind: 'list', ordered: false, items: ['punkt'] },
        { kind: 'paragraph', text: 'Vanlig text' },
      ]),
    );
    const at = (t: string) => parts.filter((p) => text(p) === t).at(-1)!;
    expect(at('Avsnitt')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(at('Del')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(numId(at('x'))).toBe(numId(at('y')));
    const lists = [numId(at('Avsnitt')), numId(parts.find((p) => text(p) === 'Avsnitt')!), numId(at('x')), numId(at('z')), numId(at('punkt'))];
    expect(lists[0]).toBeUndefined();
    // The contents, the first and the second numbered list, the bullets: four numberings.
    expect(new Set(lists.slice(1)).size).toBe(4);
    const format = (id: string) => {
      const abstract = new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
      return new RegExp(`<w:abstractNum w:abstractNumId="${abstract}"[^>]*>.*?<w:numFmt w:val="(\\w+)"/><w:lvlText w:val="([^"]*)"/>.*?<w:ind w:left="(\\d+)" w:hanging="(\\d+)"/>`, 's').exec(numbering)!.slice(1);
    };
    expect(format(numId(at('z'))!)).toEqual(['decimal', '%1.', '720', '360']);
    expect(format(numId(at('punkt'))!)[0]).toBe('bullet');
    expect(at('Vanlig text')).not.toContain('<w:numPr>');
  });

  it('a table: bold caption kept with it, a shaded bold header row that repeats, rows that never split, one paragraph per line in a cell', async () => {
    const { parts } = await word(tree([{ kind: 'table', caption: 'Åtgärder', columns: ['Nr', 'Åtgärd'], rows: [['1', 'Belysning\n\nKameror']] }]));
    const caption = parts.findIndex((p) => text(p) === 'Åtgärder');
    expect(parts[caption]).toMatch(/<w:keepNext\/>.*<w:b\/>/);
    const table = parts[caption + 1]!;
    const [header, row] = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    expect(header).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(header!.match(/<w:shd w:fill="E8E8E8" w:color="auto" w:val="clear"\/>/g)).toHaveLength(2);
    expect(header!.match(/<w:b\/>/g)).toHaveLength(2);
    expect(row).toContain('<w:trPr><w:cantSplit/></w:trPr>');
    expect(row).not.toContain('<w:shd');
    expect(row).not.toContain('<w:b/>');
    expect(row).toContain('<w:sz w:val="18"/>');
    expect([...row!.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => [...c[0].matchAll(/<w:p>.*?<\/w:p>/gs)].map((p) => text(p[0])))).toEqual([['1'], ['Belysning', 'Kameror']]);
    expect(table).toContain('<w:tblW w:type="pct" w:w="5000"/>');
    expect(parts[caption + 2]).toBe('<w:p/>');
  });

  it('facts with a bold label; a notice with a bar, bold title, italic text and its links as bullets; signature lines with the name only when there is one', async () => {
    const { parts } = await word(
      tree([
        { kind: 'facts', items: [{ label: 'Period', value: '2025' }] },
        { kind: 'notice', tone: 'guidance', title: 'Inte ifyllt än', text: 'Fyll i.', links: [{ label: 'Orsaksanalys', href: '/arbetsblad/orsaksanalys/' }] },
        {
          kind: 'signatures',
          items: [
            { role: 'För kommunen', name: 'Anna' },
            { role: 'För polisen', name: '' },
          ],
        },
      ]),
    );
    const i = parts.findIndex((p) => text(p) === 'Period: 2025');
    expect(parts[i]).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Period: <\/w:t><\/w:r><w:r><w:t xml:space="preserve">2025<\/w:t><\/w:r>/);
    expect(text(parts[i + 1]!)).toBe('Inte ifyllt än Fyll i.');
    expect(parts[i + 1]).toContain('<w:left w:val="single" w:color="888888" w:sz="12" w:space="8"/>');
    expect(parts[i + 1]).toMatch(/<w:b\/>.*Inte ifyllt än <\/w:t>.*<w:i\/>.*Fyll i\.<\/w:t>/);
    expect(text(parts[i + 2]!)).toBe('Orsaksanalys (/arbetsblad/orsaksanalys/)');
    expect(numId(parts[i + 2]!)).toBeDefined();
    const signatures = parts.slice(i + 3);
    expect(signatures.map(text)).toEqual(['', 'För kommunen', 'Anna', '', 'För polisen']);
    expect(signatures[0]).toContain('<w:spacing w:before="600"/>');
    expect(signatures[1]).toContain('<w:top w:val="single" w:color="000000" w:sz="6" w:space="4"/>');
    expect(signatures[2]).not.toContain('<w:top');
  });

  it('a chart: a heading kept with its picture, scaled to the text width, described by its alt text; then source, summary, table and notes', async () => {
    const chart = (id: string): Block => ({ kind: 'chart', id, title: `Diagram ${id}`, alt: `Linjediagram ${id}`, summary: 'Rånen minskar.', caption: 'Källa: BRÅ', notes: ['Färre än 5 visas inte.'], table: { caption: 'Data', columns: ['År'], rows: [['2024']] } });
    const images: ChartImages = new Map([
      ['wide', { svg: '', png, width: 1200, height: 600 }],
      ['small', { svg: '', png, width: 300, height: 200 }],
      ['svg-only', { svg: '<svg/>', width: 300, height: 200 }],
    ]);
    const { parts, media } = await word(tree([chart('wide'), chart('small'), chart('svg-only'), chart('none')], { subtitle: '' }), undefined, images);
    expect(media).toEqual(['word/media/image1.png']);
    expect(parts.filter((p) => p.includes('<w:drawing>'))).toHaveLength(2);
    const at = (title: string) => parts.findIndex((p) => text(p) === title);
    const wide = at('Diagram wide');
    expect(parts[wide]).toMatch(/<w:pStyle w:val="Heading3"\/><w:keepNext\/>/);
    expect(parts[wide + 1]).toContain('<w:keepNext/>');
    expect(parts[wide + 1]).toContain('name="Diagram wide" descr="Linjediagram wide" title="Diagram wide"');
    expect(extent(parts[wide + 1]!)).toEqual([600, 300]);
    expect(parts.slice(wide + 2, wide + 4).map(text)).toEqual(['Källa: BRÅ', 'Rånen minskar.']);
    expect(parts[wide + 2]).toMatch(/<w:i\/>.*<w:sz w:val="18"\/>/);
    expect(text(parts[wide + 4]!)).toBe('Data');
    expect(parts[wide + 5]).toMatch(/^<w:tbl>.*2024/s);
    expect(text(parts[wide + 7]!)).toBe('Färre än 5 visas inte.');
    expect(parts[wide + 7]).toContain('<w:sz w:val="18"/>');
    expect(extent(parts[at('Diagram small') + 1]!)).toEqual([300, 200]);
    for (const id of ['svg-only', 'none']) {
      const alt = parts[at(`Diagram ${id}`) + 1]!;
      expect(text(alt)).toBe(`Linjediagram ${id}`);
      expect(alt).toContain('<w:i/>');
      expect(alt).not.toContain('<w:drawing>');
    }
  });
});

describe('the file around the text', () => {
  it('page numbers in the footer from the second page, Swedish as the language, the title in the file’s properties', async () => {
    const { document, footers, styles, core } = await word(tree([{ kind: 'paragraph', text: 'x' }]));
    const [page] = footers.filter((f) => text(f));
    expect(text(page!)).toBe('Strandvik · Lägesbild · Sida  av ');
    expect(page).toMatch(/<w:jc w:val="right"\/>/);
    expect(page).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>.* av .*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>/s);
    expect(page).toContain('<w:sz w:val="16"/>');
    // The cover's own footer is empty.
    expect(document).toContain('<w:titlePg/>');
    expect(footers.filter((f) => !text(f))).toHaveLength(1);
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    expect(core).toContain('<dc:title>Lägesbild – Strandvik</dc:title>');
    expect(core).toContain('<dc:creator>Samverkanshandboken</dc:creator>');
  });
});
