/**
 * The logo check (src/shared/documents/logo.ts) at the edges the other tests leave: a PNG size with
 * the top bit set, a JPEG whose size record ends exactly at the end of the file or one byte short of
 * it, and base64 of a logo larger than one chunk.
 */
import { describe, expect, it } from 'vitest';
import { checkLogo, toBase64 } from '../../src/shared/documents/logo';

describe('reading the size', () => {
  it('a PNG width of 2³¹ or more is a large number, not a negative one', () => {
    const b = new Uint8Array(24);
    b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(b.buffer).setUint32(16, 0x8000_0001);
    new DataView(b.buffer).setUint32(20, 7);
    expect(checkLogo(b)).toEqual({ ok: true, type: 'image/png', width: 0x8000_0001, height: 7 });
  });
  it('a JPEG’s frame header must be whole: ending at the last byte is read, one byte short is not an image', () => {
    const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03];
    const whole = Uint8Array.from([0xff, 0xd8, ...sof]);
    expect(checkLogo(whole)).toEqual({ ok: true, type: 'image/jpeg', width: 400, height: 300 });
    expect(checkLogo(whole.slice(0, -1))).toEqual({ ok: false, reason: 'notImage' });
    // A segment before the frame is skipped by its length, the length counting its own two bytes.
    const app = [0xff, 0xe1, 0x00, 0x05, 0xff, 0xc0, 0x00];
    expect(checkLogo(Uint8Array.from([0xff, 0xd8, ...app, ...sof]))).toEqual({ ok: true, type: 'image/jpeg', width: 400, height: 300 });
  });
  it('a byte that is no marker after a segment ends the scan (the file is not read as a JPEG)', () => {
    const app = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
    const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03];
    expect(checkLogo(Uint8Array.from([0xff, 0xd8, ...app, ...sof]))).toEqual({ ok: true, type: 'image/jpeg', width: 3, height: 2 });
    expect(checkLogo(Uint8Array.from([0xff, 0xd8, ...app, 0x00, ...sof]))).toEqual({ ok: false, reason: 'notImage' });
  });
  it('a file is a PNG only with all eight signature bytes', () => {
    const b = new Uint8Array(32).fill(1);
    b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]);
    expect(checkLogo(b)).toEqual({ ok: false, reason: 'notImage' });
    b[7] = 0x0a;
    expect(checkLogo(b)).toEqual({ ok: true, type: 'image/png', width: 0x01010101, height: 0x01010101 });
    // A JPEG is not read as a PNG, whatever its bytes 16–23 hold.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, ...Array(20).fill(7)]);
    expect(checkLogo(jpeg)).toEqual({ ok: true, type: 'image/jpeg', width: 3, height: 2 });
  });
  it('markers just outside the frame range are other segments, skipped', () => {
    const sof = [0xff, 0xc1, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03];
    for (const marker of [0xbf, 0xd0]) {
      const other = [0xff, marker, 0x00, 0x08, 0x08, 0x00, 0x09, 0x00, 0x09, 0x00];
      expect(checkLogo(Uint8Array.from([0xff, 0xd8, ...other, ...sof])), marker.toString(16)).toEqual({ ok: true, type: 'image/jpeg', width: 3, height: 2 });
    }
  });
});

describe('base64', () => {
  it('of more than one chunk is the same as in one piece', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 5 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array(0))).toBe('');
    expect(toBase64(Uint8Array.from([0xff]))).toBe('/w==');
  });
});
