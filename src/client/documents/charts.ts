/**
 * The lägesbild's charts on /dokument/: drawn with the statistics page's own code (Observable Plot,
 * imported only when a chosen chart is there to draw), kept per chart model so a redraw of the preview
 * does not draw again, and turned into PNG for Word when the reader asks for the file.
 */
import type { ChartModel } from '../../shared/statistics/measures';
import type { ChartImage } from '../../shared/documents/tree';
import { svgDataUrl } from '../../shared/image-url';

const drawn = new Map<string, ChartImage>();
const keyOf = (model: ChartModel) => JSON.stringify(model);

/** The drawings already made for these charts, by chart id. */
export function knownImages(charts: readonly { id: string; model: ChartModel }[]): Map<string, ChartImage> {
  return new Map(charts.flatMap(({ id, model }) => {
    const image = drawn.get(keyOf(model));
    return image ? [[id, image] as const] : [];
  }));
}

/** Draws the charts not drawn yet; true when there was anything to draw. */
export async function drawCharts(charts: readonly { id: string; model: ChartModel }[]): Promise<boolean> {
  const missing = charts.filter(({ model }) => !drawn.has(keyOf(model)));
  if (!missing.length) return false;
  const { chartImage } = await import('../statistics/export');
  for (const { model } of missing) drawn.set(keyOf(model), chartImage(model));
  return true;
}

/** The SVG drawn onto a canvas at twice its size, as PNG bytes (Word shows PNG everywhere; SVG only in new versions). */
async function toPng(image: ChartImage): Promise<Uint8Array | undefined> {
  const picture = new Image();
  // A data: URL, not a blob: one: the page's CSP allows images from data: only.
  picture.src = svgDataUrl(image.svg);
  try {
    await picture.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width * 2, height: image.height * 2 });
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    // White under the black drawing: a transparent PNG shows black on black in a dark Word theme.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
  } catch {
    // The alt text stands in for a chart that cannot be drawn.
    return undefined;
  }
}

/** The drawings with PNG bytes, for the Word file. */
export async function withPng(images: ReadonlyMap<string, ChartImage>): Promise<Map<string, ChartImage>> {
  return new Map(await Promise.all([...images].map(async ([id, image]) => [id, { ...image, png: image.png ?? (await toPng(image)) }] as const)));
}
