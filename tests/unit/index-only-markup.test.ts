import { describe, expect, it } from 'vitest';
import { stripIndexOnlyMarkup } from '../../src/build/html/index-only-markup';

describe('stripIndexOnlyMarkup', () => {
  it('removes the hidden filter/meta block and the weighted word paragraphs', () => {
    const html = '<h1>T</h1><div hidden><span data-pagefind-filter="typ:kapitel"></span><span data-pagefind-meta="steg:2"></span></div><p hidden data-pagefind-weight="5">⁂ lägesbild ⁂</p><p hidden data-pagefind-weight="0.5">svag</p><p>Text</p>';
    expect(stripIndexOnlyMarkup(html)).toBe('<h1>T</h1><p>Text</p>');
  });
  it('keeps hidden elements that hold anything else, and visible pagefind attributes', () => {
    const html = '<div hidden><span data-pagefind-meta="a:b"></span><p>kvar</p></div><div hidden data-x></div><p hidden>läsaren</p><article data-pagefind-body><p>x</p></article>';
    expect(stripIndexOnlyMarkup(html)).toBe(html);
  });
});
