/**
 * The kommun's logo: a PNG or JPEG kept on the device with the arbetsyta's document settings. Checked
 * by its bytes (not by the file name or the type the browser guesses), in one pass over the file.
 */
import { LIMITS } from '../storage/limits';

/** A logo that may go into a page or a Word file: a PNG or JPEG as a base64 data URL, nothing else. */
export const LOGO_URL = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;
/** The longest data URL a logo within the limit gives (base64 is 4/3 of the bytes). */
export const LOGO_URL_MAX = Math.ceil(LIMITS.logoBytes / 3) * 4 + 32;

export type LogoCheck = { ok: true; type: 'image/png' | 'image/jpeg'; width: number; height: number } | { ok: false; reason: 'notImage' | 'tooBig' };

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

/** The size of a JPEG from its first start-of-frame marker; undefined when there is none. */
function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: u16(b, i + 5), width: u16(b, i + 7) };
    i += 2 + u16(b, i + 2);
  }
  return undefined;
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > LIMITS.logoBytes) return { ok: false, reason: 'tooBig' };
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => bytes[i] === x);
  if (png && bytes.length >= 24) {
    const width = u32(bytes, 16);
    const height = u32(bytes, 20);
    return width > 0 && height > 0 ? { ok: true, type: 'image/png', width, height } : { ok: false, reason: 'notImage' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    return size && size.width > 0 && size.height > 0 ? { ok: true, type: 'image/jpeg', ...size } : { ok: false, reason: 'notImage' };
  }
  return { ok: false, reason: 'notImage' };
}

/** Base64 of bytes, in chunks (String.fromCharCode on a whole large array overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
