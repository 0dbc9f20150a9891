/**
 * A drawn chart (standalone SVG) as PNG bytes, for a Word file: Word's SVG support needs a PNG
 * fallback anyway, and every Word version reads PNG. The browser rasterises the SVG that the page's
 * chart code drew (chart.ts via export.ts); there is no second renderer.
 */

/**
 * Rasterises at `scale` × the SVG's size on white (Word pages are white; a transparent PNG would show
 * the black lines on a dark Word theme's page colour). Width and height: the drawn SVG's size, also
 * the size to place it at.
 */
export async function svgToPng(svgUrl: string, width: number, height: number, scale = 2): Promise<{ data: Uint8Array; width: number; height: number }> {
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
