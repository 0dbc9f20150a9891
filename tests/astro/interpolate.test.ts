/** Interpolate.astro: a sentence from the string table with elements in its {placeholders}. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Interpolate from '../../src/components/Interpolate.astro';

const render = async (text: string, slots: Record<string, string>) => (await AstroContainer.create()).renderToString(Interpolate, { props: { text }, slots });

describe('Interpolate', () => {
  it('puts each slot where its placeholder is, and escapes the text around them', async () => {
    const html = await render('Läs {plain} & <se> {news}.', { plain: '<a href="/a/">lagen</a>', news: '<strong>nytt</strong>' });
    expect(html).toBe('Läs <a href="/a/">lagen</a> &amp; &lt;se&gt; <strong>nytt</strong>.');
  });

  it('a text without placeholders is only escaped', async () => {
    expect(await render('Inga <länkar>', {})).toBe('Inga &lt;länkar&gt;');
  });

  it('a placeholder without its slot stops the build, naming both', async () => {
    await expect(render('Gå till {chapters} eller {methods}.', { chapters: '<a href="/k/">kapitel</a>' })).rejects.toThrow(/\{methods\}.*slot="methods"/);
  });
});
