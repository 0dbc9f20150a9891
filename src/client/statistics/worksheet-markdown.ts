/**
 * The statistics part of an arbetsyta's Markdown export: the charts chosen for the lägesbild, under the
 * Lägesbild worksheet's section, each with the chart as an embedded image, summary and data table
 * (formats.ts chartToMarkdown). Loaded by the worksheet export only when asked; Plot is loaded only when
 * there is a chosen chart to draw.
 */
import { stt } from '../../i18n/statistics';
import { chartToMarkdown } from '../../shared/statistics/formats';
import { chosenModels } from './chosen';

/** The worksheet whose section carries the statistics (it shows them on its page too). */
export const LAGESBILD_WORKSHEET = 'lagesbild-sammanstallning';

/** Extra Markdown per worksheet id: empty when no chart is chosen. */
export async function statisticsSections(): Promise<Record<string, string>> {
  if (chosenModels().length === 0) return {};
  const { chosenCharts } = await import('./export');
  const charts = chosenCharts().map((c) => chartToMarkdown(c.model, { level: 4, image: { svg: c.svg, alt: c.alt } }));
  return { [LAGESBILD_WORKSHEET]: [`### ${stt('stats.lagesbild.mdHeading')}`, '', ...charts].join('\n') };
}
