/**
 * The charts the reader chose for the lägesbild, ready for a document: SVG markup, a text
 * alternative, the data table and the caption, plus Markdown. This is the interface the documents
 * feature (DOCX) and the worksheet export build on; it reads the current arbetsyta and draws with
 * Observable Plot, so call it only where a chart is wanted.
 */
import { altText, type ChartModel } from '../../shared/statistics/measures';
import { chartToMarkdown } from '../../shared/statistics/formats';
import { renderChart } from './chart';
import type { Store } from '../../shared/storage/store';
import { chosenModels } from './chosen';

export interface ChosenChart {
  id: string;
  title: string;
  /** A standalone SVG document (xmlns set), drawn in black on transparent for paper. */
  svg: string;
  alt: string;
  summary: string;
  caption: string;
  notes: string[];
  table: ChartModel['table'];
  /** The model everything above comes from (for a document that lays the chart out itself). */
  model: ChartModel;
  /** Title, the chart as an embedded image, summary, table and caption. */
  markdown: string;
  /** The live element, for a page that shows the chart. */
  element: SVGSVGElement;
}

/** A drawn chart as a standalone SVG document for paper (black on transparent), with its size. */
export function paperSvg(element: SVGSVGElement): { svg: string; width: number; height: number } {
  const copy = element.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Paper has no "currentColor" context: draw in black.
  copy.setAttribute('color', '#000');
  return { svg: new XMLSerializer().serializeToString(copy), width: Number(element.getAttribute('width')) || 640, height: Number(element.getAttribute('height')) || 340 };
}

/** A chart model drawn for a document (the documents page), without the live element. */
export const chartImage = (model: ChartModel) => paperSvg(renderChart(model));

export function chosenCharts(store?: Store): ChosenChart[] {
  return chosenModels(store).map(({ id, model }) => {
    const element = renderChart(model);
    const { svg } = paperSvg(element);
    const alt = altText(model);
    return {
      id,
      title: model.title,
      svg,
      alt,
      summary: model.summary,
      caption: model.caption,
      notes: model.notes,
      table: model.table,
      model,
      markdown: chartToMarkdown(model, { image: { svg, alt } }),
      element,
    };
  });
}
