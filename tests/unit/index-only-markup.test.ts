import { describe, expect, it } from 'vitest';
import { rewriteHtml, type Scanner } from '../../src/build/html/html-pass';
import { stripIndexOnlyBlocks, stripIndexOnlyMarkup, stripSearchAttributes, withIndexOnlyCuts } from '../../src/build/html/index-only-markup';
import { hyphenateHtml, hyphenScanner } from '../../src/build/html/typeset';

describe('stripIndexOnlyMarkup', () => {
  it('removes the hidden filter/meta block and the weighted word paragraphs', () => {
    const html = '<h1>T</h1><div hidden><span data-pagefind-filter="typ:kapitel"></span><span data-pagefind-meta="steg:2"></span></div><p hidden data-pagefind-weight="5">⁂ lägesbild ⁂</p><p hidden data-pagefind-weight="0.5">svag</p><p>Text</p>';
    expect(stripIndexOnlyMarkup(html)).toBe('<h1>T</h1><p>Text</p>');
  });
  it('keeps hidden elements that hold anything else; drops only their search attributes', () => {
    const html = '<div hidden><span data-pagefind-meta="a:b"></span><p>kvar</p></div><div hidden data-x></div><p hidden>läsaren</p><article data-pagefind-body><p>x</p></article>';
    expect(stripIndexOnlyMarkup(html)).toBe('<div hidden><span></span><p>kvar</p></div><div hidden data-x></div><p hidden>läsaren</p><article><p>x</p></article>');
  });
});

describe('stripSearchAttributes', () => {
  it('removes each data-pagefind-* attribute, valued or not, wherever it sits in the tag', () => {
    const html = '<p data-pagefind-ignore class="a">x</p><p class="lead" data-pagefind-meta="summary">y</p><a href=/x data-pagefind-ignore>z</a><div data-pagefind-body data-pagefind-ignore="all">w</div>';
    expect(stripSearchAttributes(html)).toBe('<p class="a">x</p><p class="lead">y</p><a href=/x>z</a><div>w</div>');
  });
  it('leaves text, scripts and other attributes that only mention the name', () => {
    const html = '<p title="data-pagefind-ignore">Skriv data-pagefind-ignore på elementet.</p><script>const a = "<b data-pagefind-body>";</script><code>&lt;div data-pagefind-body&gt;</code>';
    expect(stripSearchAttributes(html)).toBe(html);
  });
});

describe('the hidden blocks are found by tokenising, not by matching text', () => {
  const META = '<div hidden><span data-pagefind-filter="typ:kapitel"></span><span data-pagefind-meta="steg:2"></span></div>';
  const WEIGHTED = '<p hidden data-pagefind-weight="5">lägesbild</p>';

  it('leaves the same characters inside a script, a comment and a textarea as written (the regex cut them out of the script)', () => {
    const html = `<script>const demo = '${META}${WEIGHTED}';</script><!-- ${META} --><textarea>${WEIGHTED}</textarea>`;
    expect(stripIndexOnlyBlocks(html)).toBe(html);
    expect(stripIndexOnlyMarkup(html)).toBe(html);
  });

  it('cuts the blocks however they are spaced or their attributes ordered', () => {
    const html = '<main><div hidden>\n  <span data-pagefind-filter="typ:metod"></span>\n  <span data-pagefind-meta="om:a"></span>\n</div><p data-pagefind-weight="0.5" hidden>svag</p><P HIDDEN DATA-PAGEFIND-WEIGHT="5">stark</P></main>';
    expect(stripIndexOnlyBlocks(html)).toBe('<main></main>');
  });

  it('keeps a hidden block that is not the shape PagefindMeta writes, with only its search attributes removed', () => {
    const kept = [
      '<div hidden></div>',
      '<div hidden><span data-pagefind-filter="a:b">text</span></div>',
      '<div hidden><span data-pagefind-filter="a:b" class="x"></span></div>',
      '<div hidden><span data-pagefind-meta="a:b"></span>text</div>',
      '<div hidden><span data-pagefind-meta="a:b"><span data-pagefind-meta="c:d"></span></span></div>',
      '<div hidden><b data-pagefind-meta="a:b"></b></div>',
      '<div hidden class="x"><span data-pagefind-meta="a:b"></span></div>',
      '<p hidden data-pagefind-weight="5"><em>ord</em></p>',
      '<p hidden data-pagefind-weight="stark">ord</p>',
      '<p hidden data-pagefind-weight="5" id="x">ord</p>',
      '<p data-pagefind-weight="5">ord</p>',
      '<section hidden data-pagefind-weight="5">ord</section>',
    ];
    for (const html of kept) expect(stripIndexOnlyBlocks(html), html).toBe(html);
    expect(stripIndexOnlyMarkup(kept[1]!)).toBe('<div hidden><span>text</span></div>');
    expect(stripIndexOnlyMarkup(kept[7]!)).toBe('<p hidden><em>ord</em></p>');
  });

  it('keeps a block that has no end tag of its own (closed by the next element or the end of the page)', () => {
    const html = '<p hidden data-pagefind-weight="5">ord<div>nästa</div>';
    expect(stripIndexOnlyBlocks(html)).toBe(html);
    expect(stripIndexOnlyMarkup(html)).toBe('<p hidden>ord<div>nästa</div>');
    expect(stripIndexOnlyBlocks('<main><div hidden><span data-pagefind-meta="a:b"></span>')).toBe('<main><div hidden><span data-pagefind-meta="a:b"></span>');
  });

  it('cuts a block inside another hidden element that stays, and the attributes around it', () => {
    const html = `<div hidden><p data-pagefind-ignore>x</p>${META}</div><article data-pagefind-body>${WEIGHTED}<h2>Rubrik</h2></article>`;
    expect(stripIndexOnlyBlocks(html)).toBe('<div hidden><p data-pagefind-ignore>x</p></div><article data-pagefind-body><h2>Rubrik</h2></article>');
    expect(stripIndexOnlyMarkup(html)).toBe('<div hidden><p>x</p></div><article><h2>Rubrik</h2></article>');
  });

  it('stripIndexOnlyBlocks keeps the attributes outside the blocks for the later pass; a page without them is returned as is', () => {
    expect(stripIndexOnlyBlocks(`<body data-pagefind-body>${META}<p>x</p></body>`)).toBe('<body data-pagefind-body><p>x</p></body>');
    const plain = '<div hidden><span></span></div>';
    expect(stripIndexOnlyBlocks(plain)).toBe(plain);
    expect(stripIndexOnlyMarkup(plain)).toBe(plain);
  });
});

describe('withIndexOnlyCuts', () => {
  it('cuts the blocks and attributes in the same pass as other scanners, dropping their edits inside a cut block', () => {
    const page =
      '<body data-pagefind-body><div hidden><span data-pagefind-filter="typ:kapitel"></span></div>' +
      '<p hidden data-pagefind-weight="5">brottsförebyggande samverkansöverenskommelse</p>' +
      '<p data-pagefind-ignore>Samverkansöverenskommelsen gäller.</p></body>';
    const oneRun = rewriteHtml(page, withIndexOnlyCuts([hyphenScanner()]));
    expect(oneRun).toBe(hyphenateHtml(stripIndexOnlyMarkup(page)));
    expect(oneRun).not.toContain('hidden');
    expect(oneRun).not.toContain('data-pagefind');
    expect(oneRun).toContain('\u00ad'); // the visible text still got its soft hyphens
  });

  it('keeps every edit of the other scanners outside the blocks, and scanners without edits as they are', () => {
    const seen: string[] = [];
    const passive: Scanner = { onopentag: (_c, name) => void seen.push(name) };
    const outside: Scanner = { edits: () => [{ start: 0, end: 3, text: () => '<b>' }, { start: 3, end: 4, text: () => 'Y' }] };
    const html = '<i>x</i><div hidden><span data-pagefind-meta="a:b"></span></div>';
    const scanners = withIndexOnlyCuts([passive, outside]);
    expect(scanners).toContain(passive);
    expect(rewriteHtml(html, scanners)).toBe('<b>Y</i>');
    expect(seen).toEqual(['i', 'div', 'span']);
  });
});
