/**
 * The Lägesbild document's statistics: the charts the reader chose on /statistik/ for the arbetsyta the
 * page shows, as models (cheap: no drawing), and drawn as images for the preview, print, Markdown and
 * Word. Imported only on /dokument/lagesbild/; the chart code (Observable Plot, via the statistics
 * page's own export.ts) is imported only when there is a chosen chart.
 */
import type { ChartModel } from '../../shared/statistics/measures';
import { chosenChartModels } from '../../shared/statistics/chosen';
import { loadStatistics } from '../../shared/storage/statistics';
import type { Store } from '../../shared/storage/store';
import type { ChartImage, ChartImages } from '../../shared/documents/tree';

export type ChosenModel = { id: string; model: ChartModel };

export const chartModels = (store: Store, workspaceId: string): ChosenModel[] => chosenChartModels(loadStatistics(store, workspaceId));

/** Drawn charts by their model, so a redraw of the preview (typing the kommun's name) draws nothing again. */
const drawn = new Map<string, ChartImage>();

export async function chartImages(charts: ChosenModel[]): Promise<ChartImages> {
  if (!charts.length) return {};
  const [{ drawnChart }, { svgToPng }, { svgDataUrl }] = await Promise.all([import('../statistics/export'), import('../statistics/raster'), import('../../shared/statistics/formats')]);
  const images: Record<string, ChartImage> = {};
  for (const chart of charts) {
    const key = JSON.stringify(chart.model);
    let image = drawn.get(key);
    if (!image) {
      const { svg, alt, element } = drawnChart(chart);
      const svgUrl = svgDataUrl(svg);
      // Plot sets width and height on the SVG it draws.
      const [width, height] = ['width', 'height'].map((name) => Number.parseFloat(element.getAttribute(name) ?? ''));
      if (!(width! > 0 && height! > 0)) throw new Error('chart SVG has no size');
      image = { alt, svgUrl, png: await svgToPng(svgUrl, width!, height!) };
      drawn.set(key, image);
    }
    images[chart.id] = image;
  }
  return images;
}
