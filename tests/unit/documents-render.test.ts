/**
 * The documents' renderers block by block (html.ts for preview and print, markdown.ts): the exact output
 * for each kind of block, so a changed tag, attribute, escape or separator fails a test.
 */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/shared/documents/html';
import { toMarkdown } from '../../src/shared/documents/markdown';
import type { Block, DocumentTree } from '../../src/shared/documents/tree';

const tree = (blocks: Block[], over: Partial<DocumentTree> = {}): DocumentTree => ({ kind: 'lagesbild', title: 'Lägesbild', subtitle: '', kommun: 'Åby <kommun>', date: '4 december 2026', empty: false, blocks, ...over });
const body = (blocks: Block[]) => toHtml(tree(blocks)).split('<div class="docout__body">')[1]!.replace(/<\/div>$/, '');
const md = (blocks: Block[]) => toMarkdown(tree(blocks)).split('\n\n').slice(3).join('\n\n');

const chart: Block = { kind: 'chart', id: 'c"1', title: 'Rån <ökar>', alt: 'Linjediagram: [rån]', summary: 'Rånen ökade.', caption: 'Källa: X.', notes: ['Not 1'], table: { caption: 'Tabell', columns: ['År', 'Antal'], rows: [['2024', 'färre än 5']] } };

describe('HTML', () => {
  it('cover, contents and every block kind, escaped', () => {
    const html = toHtml(tree([{ kind: 'heading', level: 1, text: 'Ett & två', id: 'dok-a' }], { subtitle: 'Utkast' }), 'data:image/png;base64,AAAA');
    expect(html).toBe(
      '<div class="docout__cover"><img class="docout__logo" src="data:image/png;base64,AAAA" alt="Logotyp, Åby &lt;kommun&gt;"><p class="docout__kommun">Åby &lt;kommun&gt;</p>' +
        '<p class="docout__title">Lägesbild</p><p class="docout__subtitle">Utkast</p><p class="docout__date">4 december 2026</p></div>' +
        '<nav class="docout__toc" aria-labelledby="docout-toc"><h3 id="docout-toc">Innehåll</h3><ol><li><a href="#dok-a">Ett &amp; två</a></li></ol></nav>' +
        '<div class="docout__body"><h3 id="dok-a" class="docout__h1">Ett &amp; två</h3></div>',
    );
    expect(toHtml(tree([]))).toBe('<div class="docout__cover"><p class="docout__kommun">Åby &lt;kommun&gt;</p><p class="docout__title">Lägesbild</p><p class="docout__date">4 december 2026</p></div><div class="docout__body"></div>');
  });
  it('headings, text, lists, tables and facts', () => {
    expect(body([{ kind: 'heading', level: 2, text: 'Under', id: 'dok-b' }, { kind: 'paragraph', text: 'a "b"' }])).toBe('<h4 id="dok-b" class="docout__h2">Under</h4><p>a &quot;b&quot;</p>');
    expect(body([{ kind: 'list', ordered: true, items: ['x', 'y'] }, { kind: 'list', ordered: false, items: ['z'] }])).toBe('<ol><li>x</li><li>y</li></ol><ul><li>z</li></ul>');
    expect(body([{ kind: 'table', caption: 'T', columns: ['A', 'B'], rows: [['1', '<2>']], landscape: true }])).toBe(
      '<div class="docout__table-wrap docout__wide"><table class="docout__table"><caption>T</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><td>1</td><td>&lt;2&gt;</td></tr></tbody></table></div>',
    );
    expect(body([{ kind: 'table', caption: 'T', columns: ['A'], rows: [] }])).toBe('<div class="docout__table-wrap"><table class="docout__table"><caption>T</caption><thead><tr><th scope="col">A</th></tr></thead><tbody></tbody></table></div>');
    expect(body([{ kind: 'facts', items: [{ label: 'Period', value: '2024' }] }])).toBe('<dl class="docout__facts"><div><dt>Period</dt><dd>2024</dd></div></dl>');
  });
  it('notices with and without links, and signatures', () => {
    expect(body([{ kind: 'notice', tone: 'guidance', title: 'Fyll i.', text: 'Text', links: [{ label: 'Blad', href: '/a/?x="y"' }] }])).toBe(
      '<div class="docout__notice docout__notice--guidance"><p><strong>Fyll i.</strong> Text</p><ul><li><a href="/a/?x=&quot;y&quot;">Blad</a></li></ul></div>',
    );
    expect(body([{ kind: 'notice', tone: 'advice', title: 'Råd.', text: 'T', links: [] }])).toBe('<div class="docout__notice docout__notice--advice"><p><strong>Råd.</strong> T</p></div>');
    expect(body([{ kind: 'signatures', items: [{ role: 'Ordförande', name: 'A B' }] }])).toBe('<div class="docout__signatures"><div class="docout__sign"><p class="docout__sign-line">Ordförande</p><p>A B</p></div></div>');
  });
  it('a chart: the drawing with its alt text, or the alt text until it is drawn', () => {
    const tail = '<figcaption>Källa: X.</figcaption></figure><p>Rånen ökade.</p><div class="docout__table-wrap"><table class="docout__table"><caption>Tabell</caption><thead><tr><th scope="col">År</th><th scope="col">Antal</th></tr></thead><tbody><tr><td>2024</td><td>färre än 5</td></tr></tbody></table></div><p class="docout__note">Not 1</p></div>';
    const head = '<div class="docout__chart" data-chart="c&quot;1"><h5 class="docout__h3">Rån &lt;ökar&gt;</h5><figure class="docout__figure">';
    expect(body([chart])).toBe(`${head}<p class="docout__chart-alt">Linjediagram: [rån]</p>${tail}`);
    const drawn = toHtml(tree([chart]), undefined, new Map([['c"1', { svg: '<svg/>', width: 640, height: 340 }]]));
    expect(drawn).toContain(`${head}<img class="docout__chart-img" src="data:image/svg+xml;base64,PHN2Zy8+" alt="Linjediagram: [rån]" width="640" height="340">${tail}`);
  });
});

describe('Markdown', () => {
  it('title, kommun, date and contents', () => {
    expect(toMarkdown(tree([{ kind: 'heading', level: 1, text: 'A', id: 'a' }, { kind: 'heading', level: 1, text: 'B', id: 'b' }], { subtitle: 'Utkast' }))).toBe(
      '# Lägesbild\n\n**Åby \\<kommun\\>** · Utkast\n\nDatum: 4 december 2026\n\n**Innehåll**\n\n1. A\n2. B\n\n## A\n\n## B\n',
    );
    // One section: no contents list.
    expect(toMarkdown(tree([{ kind: 'heading', level: 1, text: 'A', id: 'a' }]))).toBe('# Lägesbild\n\n**Åby \\<kommun\\>**\n\nDatum: 4 december 2026\n\n## A\n');
  });
  it('every block kind', () => {
    expect(md([{ kind: 'heading', level: 2, text: 'U', id: 'u' }, { kind: 'paragraph', text: '1. inte en lista' }])).toBe('### U\n\n1\\. inte en lista\n');
    expect(md([{ kind: 'list', ordered: true, items: ['x', 'y'] }, { kind: 'list', ordered: false, items: ['z'] }])).toBe('1. x\n2. y\n\n- z\n');
    expect(md([{ kind: 'table', caption: 'T', columns: ['A', 'B'], rows: [['1', 'a|b']] }])).toBe('**T**\n\n| A | B |\n| --- | --- |\n| 1 | a\\|b |\n');
    expect(md([{ kind: 'facts', items: [{ label: 'Period', value: '2024' }] }])).toBe('- **Period:** 2024\n');
    expect(md([{ kind: 'notice', tone: 'guidance', title: 'Fyll i.', text: 'Text', links: [{ label: 'Blad', href: '/a/' }] }])).toBe('> **Fyll i.** Text\n> - Blad (/a/)\n');
    expect(md([{ kind: 'signatures', items: [{ role: 'Ordförande', name: '' }, { role: 'Polis', name: 'C' }] }])).toBe('Ordförande: \n\n______________________________\n\nPolis: C\n\n______________________________\n');
  });
  it('a chart: heading, drawing or alt text, summary, table, source and notes', () => {
    const rest = 'Rånen ökade.\n\n**Tabell**\n\n| År | Antal |\n| --- | --- |\n| 2024 | färre än 5 |\n\n*Källa: X.*\n\nNot 1\n';
    expect(md([chart])).toBe(`#### Rån \\<ökar\\>\n\nLinjediagram: \\[rån\\]\n\n${rest}`);
    const drawn = toMarkdown(tree([chart]), new Map([['c"1', { svg: '<svg/>', width: 1, height: 1 }]]));
    expect(drawn).toContain(`#### Rån \\<ökar\\>\n\n![Linjediagram: \\[rån\\]](data:image/svg+xml;base64,PHN2Zy8+)\n\n${rest}`);
  });
});
