/** Saves text as a file on the device (Blob + <a download>); nothing goes over the network. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name part from a reader's name: "Trygghetsrådet Öst" → "trygghetsradet-ost". */
export const fileSlug = (text: string) =>
  text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'data';

/** "<base>-YYYY-MM-DD.<ext>" */
export const datedName = (base: string, ext: string, now = new Date()) => `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
