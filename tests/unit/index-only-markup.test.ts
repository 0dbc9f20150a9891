import { describe, expect, it } from 'vitest';
import { stripIndexOnlyMarkup, stripSearchAttributes } from '../../src/build/html/index-only-markup';

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
