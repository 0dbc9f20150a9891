/**
 * A drawn chart as an image in a document: its SVG as a data: URL, and its text alternative inside a
 * Markdown image's brackets. Its own module so the documents page gets these without the statistics
 * page's CSV and XLSX readers.
 */

/** Text for an image's alt in Markdown: brackets escaped, one line. */
export const mdAlt = (s: string) => s.replace(/[\\[\]]/g, '\\$&').replace(/[\r\n]+/g, ' ');

/** An SVG document as a data: URL (base64 of its UTF-8), for an image in HTML or Markdown. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  // In slices: String.fromCharCode with a whole chart's bytes as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
