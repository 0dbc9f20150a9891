/**
 * The document settings of an arbetsyta (src/shared/storage/documents.ts) and the logo check
 * (src/shared/documents/logo.ts): quarantine of unreadable data, two tabs, a full storage, the limits, and
 * that the settings go with the arbetsyta and with "Ladda ner allt".
 */
import { describe, expect, it } from 'vitest';
import { loadDocumentSettings, saveDocumentSettings } from '../../src/shared/storage/documents';
import { shapeOfKey } from '../../src/shared/storage/backup';
import { dokumentKey, KEYS } from '../../src/shared/storage/keys';
import { LIMITS } from '../../src/shared/storage/limits';
import { SHAPES } from '../../src/shared/storage/schemas';
import { Store } from '../../src/shared/storage/store';
import { Worksheets } from '../../src/shared/storage/worksheets';
import { checkLogo, toBase64 } from '../../src/shared/documents/logo';
import { MemoryStorage } from './support/memory-storage';


function setup() {
  const storage = new MemoryStorage();
  const a = new Store(storage);
  const b = new Store(storage);
  const created = new Worksheets(a).create('Strandvik');
  if (!created.ok) throw new Error('no arbetsyta');
  return { storage, a, b, id: created.value.id };
}

/** A PNG header of the given size (enough for the check, which reads the signature and IHDR). */
function pngBytes(width: number, height: number, extra = 0): Uint8Array {
  const bytes = new Uint8Array(33 + extra);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}
const logoOf = (bytes: Uint8Array) => ({ name: 'logga.png', dataUrl: `data:image/png;base64,${toBase64(bytes)}`, width: 10, height: 5 });

describe('document settings of an arbetsyta', () => {
  it('are empty at first and saved as a change of what is stored', () => {
    const { a, id } = setup();
    expect(loadDocumentSettings(a, id)).toEqual({ version: 1, kommun: '', organ: '' });
    const saved = saveDocumentSettings(a, id, (s) => ({ ...s, kommun: 'Strandviks kommun' }));
    expect(saved).toMatchObject({ ok: true, value: { kommun: 'Strandviks kommun' } });
    expect(loadDocumentSettings(a, id).kommun).toBe('Strandviks kommun');
  });
  it('keep the other tab’s change (each save reads what is stored now)', () => {
    const { a, b, id } = setup();
    saveDocumentSettings(a, id, (s) => ({ ...s, kommun: 'Strandviks kommun' }));
    saveDocumentSettings(b, id, (s) => ({ ...s, logo: logoOf(pngBytes(10, 5)) }));
    saveDocumentSettings(a, id, (s) => ({ ...s, organ: 'Kommunstyrelsen' }));
    expect(loadDocumentSettings(b, id)).toMatchObject({ kommun: 'Strandviks kommun', organ: 'Kommunstyrelsen', logo: { name: 'logga.png' } });
  });
  it('say when storage is full, and change nothing', () => {
    const { storage, a, id } = setup();
    saveDocumentSettings(a, id, (s) => ({ ...s, kommun: 'Strandviks kommun' }));
    storage.quota = storage.used();
    expect(saveDocumentSettings(a, id, (s) => ({ ...s, logo: logoOf(pngBytes(10, 5, 1000)) }))).toEqual({ ok: false, reason: 'full' });
    expect(loadDocumentSettings(a, id).logo).toBeUndefined();
  });
  it('refuse a logo over the limit or not an image, naming why, and write nothing', () => {
    const { a, id } = setup();
    const big = saveDocumentSettings(a, id, (s) => ({ ...s, logo: logoOf(pngBytes(10, 5, LIMITS.logoBytes)) }));
    expect(big).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('logotypen är större än 200 kB') });
    const svg = saveDocumentSettings(a, id, (s) => ({ ...s, logo: { name: 'x.svg', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1 } }));
    expect(svg).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('inte en PNG- eller JPEG-bild') });
    expect(a.raw(dokumentKey(id))).toBeNull();
  });
  it('are not saved for an arbetsyta that is gone', () => {
    const { a } = setup();
    expect(saveDocumentSettings(a, 'ay-finns-inte', (s) => ({ ...s, kommun: 'X' }))).toEqual({ ok: false, reason: 'gone' });
  });
  it('quarantine unreadable or future data instead of dropping it', () => {
    for (const raw of ['{inte json', JSON.stringify({ version: 2, kommun: 'X', organ: '' }), JSON.stringify({ version: 1, kommun: 3, organ: '' })]) {
      const { storage, a, id } = setup();
      storage.setItem(dokumentKey(id), raw);
      expect(loadDocumentSettings(a, id)).toEqual({ version: 1, kommun: '', organ: '' });
      expect(a.problems).toHaveLength(1);
      expect(a.raw(a.problems[0]!.quarantineKey)).toBe(raw);
    }
  });
  it('go with the arbetsyta when it is deleted, and into "Ladda ner allt"', () => {
    const { a, id } = setup();
    saveDocumentSettings(a, id, (s) => ({ ...s, kommun: 'Strandviks kommun' }));
    expect(shapeOfKey(dokumentKey(id))).toBe(SHAPES.documents);
    expect(dokumentKey(id).startsWith(KEYS.dokumentPrefix)).toBe(true);
    new Worksheets(a).remove(id);
    expect(a.raw(dokumentKey(id))).toBeNull();
  });
});

describe('the logo check', () => {
  it('takes a PNG or JPEG by its bytes and reads its size', () => {
    expect(checkLogo(pngBytes(120, 40))).toEqual({ ok: true, type: 'image/png', width: 120, height: 40 });
    // JPEG: SOI, an APP0 segment, then SOF0 with height 30 and width 90.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x1e, 0x00, 0x5a, 0x03, 0, 0, 0, 0, 0, 0]);
    expect(checkLogo(jpeg)).toEqual({ ok: true, type: 'image/jpeg', width: 90, height: 30 });
  });
  it('refuses text, SVG, a truncated image and a file over the limit', () => {
    expect(checkLogo(new TextEncoder().encode('inte en bild'))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(pngBytes(0, 10))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(pngBytes(10, 10, LIMITS.logoBytes))).toEqual({ ok: false, reason: 'tooBig' });
  });
  it('is linear: a 200 kB file of JPEG markers is checked at once', () => {
    const bytes = new Uint8Array(LIMITS.logoBytes).fill(0xff);
    bytes.set([0xff, 0xd8, 0xff]);
    // Under the mutation run every statement also counts coverage, some ten times slower; a quadratic
    // check of 200 kB would still take minutes there, so the looser budget keeps the test's point.
    const budget = '__stryker__' in globalThis ? 2000 : 200;
    const start = performance.now();
    expect(checkLogo(bytes).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(budget);
  });
  it('encodes base64 in chunks (a 200 kB logo does not overflow the stack)', () => {
    const bytes = new Uint8Array(LIMITS.logoBytes).map((_, i) => i % 256);
    expect(Buffer.from(toBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
