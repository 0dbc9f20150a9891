/**
 * The small parts of the documents (src/shared/documents): heading ids, dates as the reader reads them,
 * the Builder's helpers that drop what is empty, and the logo check's JPEG markers and PNG header at
 * their edges.
 */
import { describe, expect, it } from 'vitest';
import { Builder, readableDate } from '../../src/shared/documents/assemble';
import { documentInput, sourceKeyOf, SOURCE_IDS } from '../../src/shared/documents/input';
import { checkLogo, LOGO_URL, LOGO_URL_MAX } from '../../src/shared/documents/logo';
import { contents, headingId, type DocumentTree } from '../../src/shared/documents/tree';
import { LIMITS } from '../../src/shared/storage/limits';

describe('heading ids', () => {
  it('are ascii, without accents, dashes trimmed, at most 40 characters, numbered when taken', () => {
    const taken = new Set<string>();
    expect(headingId('Åtgärder för trygghet!', taken)).toBe('dok-atgarder-for-trygghet');
    expect(headingId('Åtgärder för trygghet?', taken)).toBe('dok-atgarder-for-trygghet-2');
    expect(headingId('Åtgärder för trygghet', taken)).toBe('dok-atgarder-for-trygghet-3');
    expect(headingId(`${'a'.repeat(45)}`, taken)).toBe(`dok-${'a'.repeat(40)}`);
    expect(headingId('§ 4', taken)).toBe('dok-4');
    expect(headingId('!!!', taken)).toBe('dok-avsnitt');
    expect([...taken]).toHaveLength(6);
  });
  it('the contents are the section headings only, in order', () => {
    const tree = {
      blocks: [
        { kind: 'heading', level: 1, text: 'Ett', id: 'a' },
        { kind: 'heading', level: 2, text: 'Under', id: 'b' },
        { kind: 'paragraph', text: 'Text' },
        { kind: 'heading', level: 1, text: 'Två', id: 'c' },
      ],
    } as unknown as DocumentTree;
    expect(contents(tree).map((h) => h.text)).toEqual(['Ett', 'Två']);
  });
});

describe('dates and sources', () => {
  it('writes an ISO date the Swedish way and leaves anything else as written', () => {
    expect(readableDate(' 2024-04-05 ')).toBe('5 april 2024');
    expect(readableDate('2024-12-31')).toBe('31 december 2024');
    expect(readableDate('2024-01-01')).toBe('1 januari 2024');
    expect(readableDate('2024-13-01')).toBe('2024-13-01');
    expect(readableDate('2024-00-01')).toBe('2024-00-01');
    expect(readableDate(' våren 2024 ')).toBe('våren 2024');
    expect(readableDate('x2024-04-05')).toBe('x2024-04-05');
    expect(readableDate('2024-04-05x')).toBe('2024-04-05x');
  });
  it('knows the source key of each worksheet the documents draw on', () => {
    expect(sourceKeyOf('atgardsplan')).toBe('atgardsplan');
    expect(sourceKeyOf('orsaksanalys')).toBe('orsaker');
    expect(sourceKeyOf('aktorskarta')).toBeUndefined();
    expect(SOURCE_IDS).toHaveLength(10);
  });
});

describe('the Builder drops what is empty', () => {
  const input = documentInput({ atgardsplan: { fields: { fokusomrade: 'Torget' } } }, { atgardsplan: { title: 'Åtgärdsplan', fields: [] } });
  it('one paragraph per written line; lists and tables only with content, empty cells as a dash', () => {
    const doc = new Builder(input);
    doc.text('  Första\n\n  \nAndra  ').list([' a ', '  ', 'b']).list(['', ' ']).table('T', ['x', 'y'], [['1', '']]).table('Tom', ['x'], []);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Första' },
      { kind: 'paragraph', text: 'Andra' },
      { kind: 'list', ordered: false, items: ['a', 'b'] },
      { kind: 'table', caption: 'T', columns: ['x', 'y'], rows: [['1', '–']], landscape: false },
    ]);
  });
  it('a part only with text; facts only with values, trimmed', () => {
    const doc = new Builder(input);
    doc.part('Rubrik', '  ').part('Rubrik', 'Text').facts([['doc.l.date', '  '], ['doc.l.areaPeriod', ' Centrum ']]).facts([['doc.l.date', '']]);
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Rubrik', id: 'dok-rubrik' },
      { kind: 'paragraph', text: 'Text' },
      { kind: 'facts', items: [{ label: expect.any(String), value: 'Centrum' }] },
    ]);
  });
  it('needs: true when one worksheet is filled, else guidance naming one or several', () => {
    const doc = new Builder(input);
    expect(doc.needs('atgardsplan')).toBe(true);
    expect(doc.blocks).toEqual([]);
    expect(doc.needs('orsaker')).toBe(false);
    expect(doc.needs('orsaker', 'atgardsplan')).toBe(true);
    expect(doc.needs('orsaker', 'kallor')).toBe(false);
    expect(doc.blocks.map((b) => (b.kind === 'notice' ? [b.title, b.text, b.links.map((l) => l.href)] : b))).toEqual([
      ['Inte ifyllt än', 'Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan.', ['/arbetsblad/orsaksanalys/']],
      ['Inte ifyllt än', 'Det här avsnittet bygger på arbetsblad som inte är ifyllda i arbetsytan.', ['/arbetsblad/orsaksanalys/', '/arbetsblad/datakallor-for-lagesbilden/']],
    ]);
  });
});

describe('the logo check at its edges', () => {
  const png = (width: number, height: number, length = 33) => {
    const b = new Uint8Array(length);
    b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(b.buffer).setUint32(16, width);
    new DataView(b.buffer).setUint32(20, height);
    return b;
  };
  /** SOI, then the given segments, then padding so the scan has room. */
  const jpeg = (...segments: number[][]) => Uint8Array.from([0xff, 0xd8, ...segments.flat(), ...Array(12).fill(0)]);
  const sof = (marker: number, height: number, width: number) => [0xff, marker, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  it('a PNG needs its whole header, a size over 65 535 is read in full, and a file of exactly the limit is taken', () => {
    expect(checkLogo(png(70_000, 3))).toEqual({ ok: true, type: 'image/png', width: 70_000, height: 3 });
    expect(checkLogo(png(10, 0))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(png(10, 10).slice(0, 23))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(png(10, 10).slice(0, 24))).toEqual({ ok: true, type: 'image/png', width: 10, height: 10 });
    expect(checkLogo(png(10, 10, LIMITS.logoBytes))).toEqual({ ok: true, type: 'image/png', width: 10, height: 10 });
    expect(checkLogo(png(10, 10, LIMITS.logoBytes + 1))).toEqual({ ok: false, reason: 'tooBig' });
  });
  it('a JPEG: skips other segments and fill bytes, takes any SOF but DHT, JPG and DAC', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
    expect(checkLogo(jpeg(app0, [0xff], sof(0xc2, 300, 400)))).toEqual({ ok: true, type: 'image/jpeg', width: 400, height: 300 });
    expect(checkLogo(jpeg(sof(0xcf, 2, 3)))).toEqual({ ok: true, type: 'image/jpeg', width: 3, height: 2 });
    for (const marker of [0xc4, 0xc8, 0xcc]) expect(checkLogo(jpeg(sof(marker, 2, 3))), marker.toString(16)).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(jpeg(sof(0xc0, 0, 3)))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(jpeg(sof(0xc0, 2, 0)))).toEqual({ ok: false, reason: 'notImage' });
    // A byte that is no marker where one should be ends the scan.
    expect(checkLogo(jpeg([0x00], sof(0xc0, 2, 3)))).toEqual({ ok: false, reason: 'notImage' });
    // Two of the three SOI bytes are not a JPEG.
    expect(checkLogo(Uint8Array.from([0xff, 0xd8, 0x00, ...sof(0xc0, 2, 3), ...Array(12).fill(0)]))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(Uint8Array.from([0xfe, 0xd8, 0xff, ...sof(0xc0, 2, 3).slice(1), ...Array(12).fill(0)]))).toEqual({ ok: false, reason: 'notImage' });
  });
  it('the data URL of a logo: PNG or JPEG base64 only, and long enough for a logo of the limit', () => {
    expect(LOGO_URL.test('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(LOGO_URL.test('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(LOGO_URL.test('data:image/gif;base64,R0lGOD')).toBe(false);
    expect(LOGO_URL.test('data:image/png;base64,<svg>')).toBe(false);
    expect(LOGO_URL_MAX).toBe(Math.ceil((200 * 1024) / 3) * 4 + 32);
  });
});
