/**
 * A drawn chart (standalone SVG) as PNG bytes, for a Word file: Word's SVG support needs a PNG
 * fallback anyway, and every Word version reads PNG. The browser rasterises the SVG that the page's
 * chart code drew (chart.ts via export.ts); there is no second renderer.
 */

/** The SVG's own size, from its width/height attributes (Plot sets both). */
function sizeOf(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) throw new Error('chart SVG has no size');
  return { width, height };
}

/**
 * Rasterises at `scale` × the SVG's size on white (Word pages are white; a transparent PNG would show
 * the black lines on a dark Word theme's page colour). Width and height are the size to place it at.
 */
export async function svgToPng(svg: string, svgUrl: string, scale = 2): Promise<{ data: Uint8Array; width: number; height: number }> {
  const { width, height } = sizeOf(svg);
  const image = new Image(width, height);
  image.src = svgUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('canvas gave no PNG');
  return { data: new Uint8Array(await blob.arrayBuffer()), width, height };
}
