/**
 * The archived-edition check on built pages (src/build/html/edition-check.ts): where on a page it reads,
 * how it cuts text into sentences, and what it leaves alone. tests/unit/editions.test.ts has the rules.
 */
import { describe, expect, it } from 'vitest';
import { findLaterText, sentences } from '../../src/build/html/edition-check';

const rule = { edition: '2020', year: 2020, predatesLaw: true };
const page = (body: string, head = '') => `<!doctype html><html lang="sv"><head>${head}</head><body>${body}</body></html>`;
const hits = (html: string) => findLaterText(html, rule).map((h) => [h.where, h.sentence, h.reason]);

describe('sentences', () => {
  it('joins all white space to single spaces, trims, and splits before a capital, a digit, a quote, a parenthesis or a dash', () => {
    expect(sentences('  Första\n  meningen.  2024 kom den.\tNästa…  ”Citat” här! (Parentes) nu. – Streck? Sist ')).toEqual([
      'Första meningen.',
      '2024 kom den.',
      'Nästa…',
      '”Citat” här!',
      '(Parentes) nu.',
      '– Streck?',
      'Sist',
    ]);
  });
  it('does not split before a small letter, nor after a sign without a space', () => {
    expect(sentences('T.ex. kommunen. bl.a. polisen.Sedan')).toEqual(['T.ex. kommunen. bl.a. polisen.Sedan']);
    expect(sentences('   ')).toEqual([]);
  });
});

describe('findLaterText: the page text', () => {
  it('reads each block element as its own run and inline elements as part of the run', () => {
    expect(hits(page('Före blocket<p>Under 2025 <em>hände</em> det</p>efter blocket'))).toEqual([['text', 'Under 2025 hände det', '2025']]);
    expect(hits(page('<div>Avsnitt<section>2030 blev det</section>så här</div>'))).toEqual([['text', '2030 blev det', '2030']]);
  });
  it('skips comments, scripts, styles and exempt elements', () => {
    expect(hits(page('<!-- ändrat 2030 --><p>Text.</p><script>var a = 2031;</script><style>.a::after{content:"2032"}</style><p data-edition-exempt>Utgåva 2024</p>'))).toEqual([]);
  });
});

describe('findLaterText: title, description and search metadata', () => {
  it('reads only the meta description, not other meta or elements that carry the same attributes', () => {
    const head = '<meta name="keywords" content="2030"><meta name="description" content="Kommunens plan 2027.">';
    expect(hits(page('<p>Text.</p>', head))).toEqual([['beskrivning', 'Kommunens plan 2027.', '2027']]);
    expect(hits(page('<div name="description" content="Planen 2030."></div><p>Text.</p>'))).toEqual([]);
  });
  it('reads the value of data-pagefind-meta and data-pagefind-filter after the key, and a bare key not at all (its text is read as text)', () => {
    const body = '<span data-pagefind-filter="ar:2028"></span><span data-pagefind-meta="summary:Planen 2026"></span><span data-pagefind-meta="title">Rubrik 2029</span><span data-pagefind-filter="2031"></span>';
    expect(hits(page(body))).toEqual([
      ['data-pagefind-filter', '2028', '2028'],
      ['data-pagefind-meta', 'Planen 2026', '2026'],
      ['text', 'Rubrik 2029', '2029'],
    ]);
  });
  it('skips search metadata inside an exempt element', () => {
    expect(hits(page('<div data-edition-exempt><span data-pagefind-meta="summary:Planen 2026"></span></div><p>Text.</p>'))).toEqual([]);
  });
  it('reports the law and a later year on a page of an edition after the law only for the year', () => {
    const later = { edition: '2024', year: 2024, predatesLaw: false };
    expect(findLaterText(page('<p>Lag (2023:196) gäller. Plan för 2025.</p>'), later).map((h) => h.reason)).toEqual(['2025']);
  });
});
