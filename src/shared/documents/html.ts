/**
 * A document as HTML for the preview, which is also what prints: cover (kommun, logo, title, date),
 * table of contents, then the body. Headings start at h3 (the page has h1 and the preview's h2).
 * Pure string building with every text escaped; the logo is only ever a checked PNG/JPEG data URL.
 */
import { dst } from '../../i18n/documents';
import { svgDataUrl } from '../image-url';
import { LOGO_URL } from './logo';
import { contents, type Block, type ChartImages, type DocumentTree } from './tree';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');


const table = (t: { caption: string; columns: string[]; rows: string[][] }, wide = false) =>
  `<div class="docout__table-wrap${wide ? ' docout__wide' : ''}"><table class="docout__table"><caption>${escape(t.caption)}</caption>` +
  `<thead><tr>${t.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead>` +
  `<tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;

function block(b: Block, images: ChartImages): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? `<h3 id="${b.id}" class="docout__h1">${escape(b.text)}</h3>` : `<h4 id="${b.id}" class="docout__h2">${escape(b.text)}</h4>`;
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(b, b.landscape);
    case 'facts':
      return `<dl class="docout__facts">${b.items.map((f) => `<div><dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd></div>`).join('')}</dl>`;
    case 'notice':
      return (
        `<div class="docout__notice docout__notice--${b.tone}"><p><strong>${escape(b.title)}</strong> ${escape(b.text)}</p>` +
        (b.links.length ? `<ul>${b.links.map((l) => `<li><a href="${escape(l.href)}">${escape(l.label)}</a></li>`).join('')}</ul>` : '') +
        `</div>`
      );
    case 'signatures':
      return `<div class="docout__signatures">${b.items.map((s) => `<div class="docout__sign"><p class="docout__sign-line">${escape(s.role)}</p><p>${escape(s.name)}</p></div>`).join('')}</div>`;
    case 'chart': {
      // Until the drawing is made (or where it cannot be), its text alternative stands in its place.
      const image = images.get(b.id);
      const drawing = image
        ? `<img class="docout__chart-img" src="${svgDataUrl(image.svg)}" alt="${escape(b.alt)}" width="${image.width}" height="${image.height}">`
        : `<p class="docout__chart-alt">${escape(b.alt)}</p>`;
      return (
        `<div class="docout__chart" data-chart="${escape(b.id)}"><h5 class="docout__h3">${escape(b.title)}</h5>` +
        `<figure class="docout__figure">${drawing}<figcaption>${escape(b.caption)}</figcaption></figure>` +
        `<p>${escape(b.summary)}</p>${table(b.table)}${b.notes.map((n) => `<p class="docout__note">${escape(n)}</p>`).join('')}</div>`
      );
    }
  }
}

export function toHtml(tree: DocumentTree, logo?: string, images: ChartImages = new Map()): string {
  const toc = contents(tree);
  const logoHtml = logo && LOGO_URL.test(logo) ? `<img class="docout__logo" src="${logo}" alt="${escape(`Logotyp, ${tree.kommun}`)}">` : '';
  const cover =
    `<div class="docout__cover">${logoHtml}<p class="docout__kommun">${escape(tree.kommun)}</p>` +
    `<p class="docout__title">${escape(tree.title)}</p>` +
    (tree.subtitle ? `<p class="docout__subtitle">${escape(tree.subtitle)}</p>` : '') +
    `<p class="docout__date">${escape(tree.date)}</p></div>`;
  const tocHtml = toc.length
    ? `<nav class="docout__toc" aria-labelledby="docout-toc"><h3 id="docout-toc">${escape(dst('doc.contents'))}</h3><ol>${toc.map((h) => `<li><a href="#${h.id}">${escape(h.text)}</a></li>`).join('')}</ol></nav>`
    : '';
  return `${cover}${tocHtml}<div class="docout__body">${tree.blocks.map((b) => block(b, images)).join('')}</div>`;
}
