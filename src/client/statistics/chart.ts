/**
 * Draws a ChartModel as SVG with Observable Plot: lines for trends, horizontal bars for comparisons.
 * All series use the text colour (so dark mode and print just work); places differ by dash pattern,
 * marker shape and a label at the end of each line, never by colour alone. Suppressed and missing
 * values are gaps in a line and a text label instead of a bar. Plot is imported only by this module,
 * which only the statistics page (and a worksheet with chosen charts) loads.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../shared/statistics/numbers';
import { altText, type ChartModel } from '../../shared/statistics/measures';

const DASHES = ['none', '6 4', '2 3', '10 3 2 3', '1 5'];
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;

export function renderChart(model: ChartModel): SVGSVGElement {
  const points = model.points.map((p) => ({ ...p, y: p.display ?? Number.NaN }));
  const ariaLabel = altText(model);
  const common = {
    width: 640,
    height: model.kind === 'bar' ? Math.max(140, 60 + model.places.length * 44) : 340,
    ariaLabel,
    style: { fontSize: '13px', overflow: 'visible' },
  };
  let svg: SVGSVGElement | HTMLElement;
  if (model.kind === 'line') {
    const last = model.places.flatMap((place) => {
      const shown = points.filter((p) => p.place === place && p.display !== null);
      return shown.length ? [{ ...shown[shown.length - 1]! }] : [];
    });
    // Keep the end labels at least ~14 px apart (in data units, from the approximate plot height) so
    // lines that end close together stay readable.
    const top = Math.max(0, ...points.map((p) => p.display ?? 0));
    const gap = (top * 1.1 * 14) / (common.height - 60);
    last.sort((a, b) => a.y - b.y);
    for (let i = 1; i < last.length; i++) last[i]!.y = Math.max(last[i]!.y, last[i - 1]!.y + gap);
    svg = Plot.plot({
      ...common,
      marginLeft: 64,
      marginRight: 130,
      x: { type: 'point', domain: model.periods, label: null, padding: 0.3 },
      y: { grid: true, zero: true, label: model.valueLabel, tickFormat: (d: number) => formatNumber(d) },
      symbol: { domain: model.places, range: SYMBOLS.slice(0, model.places.length) },
      marks: [
        Plot.ruleY([0]),
        ...model.places.map((place, i) =>
          Plot.line(
            points.filter((p) => p.place === place),
            { x: 'period', y: 'y', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: DASHES[i % DASHES.length]! },
          ),
        ),
        Plot.dot(points, { x: 'period', y: 'y', symbol: 'place', fill: 'currentColor', r: 4, className: 'stats-dots' }),
        Plot.text(last, { x: 'period', y: 'y', text: 'place', dx: 10, textAnchor: 'start' }),
      ],
    });
  } else {
    const suppressed = points.filter((p) => p.display === null);
    svg = Plot.plot({
      ...common,
      marginLeft: 150,
      marginRight: 90,
      y: { domain: model.places, label: null },
      x: { grid: true, zero: true, label: model.valueLabel, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        Plot.barX(
          points.filter((p) => p.display !== null),
          { y: 'place', x: 'y', fill: 'currentColor', fillOpacity: 0.8, className: 'stats-bars' },
        ),
        Plot.text(
          points.filter((p) => p.display !== null),
          { y: 'place', x: 'y', text: 'label', dx: 6, textAnchor: 'start' },
        ),
        Plot.text(suppressed, { y: 'place', x: 0, text: 'label', dx: 6, textAnchor: 'start', fontStyle: 'italic' }),
        Plot.ruleX([0]),
      ],
    });
  }
  if (!(svg instanceof SVGSVGElement)) throw new Error('Plot gav inte en SVG');
  // Plot adds a <style> element; under the page's CSP it would be refused, so its rules live in
  // statistics.css instead and the element goes before the SVG reaches the document.
  svg.querySelector(':scope > style')?.remove();
  // The image has one text alternative (its aria-label); Plot's labels on inner groups are not allowed
  // inside role="img".
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('aria-label', ariaLabel);
  svg.classList.add('stats-chart__svg');
  svg.setAttribute('role', 'img');
  return svg;
}
