import { describe, expect, it } from 'vitest';
import { hyphenateHtml, hyphenateText, MIN_RUNNING_WORD_LENGTH, MIN_WORD_LENGTH, SOFT_HYPHEN, syllables } from '../../src/build/html/typeset';

const show = (s: string) => s.replaceAll(SOFT_HYPHEN, '|');

describe('syllables', () => {
  it('splits a long compound at syllables without one-letter pieces', () => {
    expect(syllables('samverkansöverenskommelsen')).toEqual(['sam', 'ver', 'kans', 'över', 'ens', 'kom', 'mel', 'sen']);
    expect(syllables('fastighetsägarsamverkan').join('|')).toContain('hets|ägar');
  });
  it('never leaves fewer than three letters at either end of the word', () => {
    for (const word of ['Tillgänglighetsredogörelse', 'Aktörskartläggning', 'Uppföljningsmöte', 'samordningsfunktion']) {
      const pieces = syllables(word);
      expect(pieces.join('')).toBe(word);
      expect(pieces[0]!.length).toBeGreaterThanOrEqual(3);
      expect(pieces.at(-1)!.length).toBeGreaterThanOrEqual(3);
      expect(pieces.every((p) => p.length > 1)).toBe(true);
    }
  });
});

describe('hyphenateText', () => {
  it('leaves words shorter than the limit alone', () => {
    const short = 'a'.repeat(MIN_WORD_LENGTH - 1);
    expect(hyphenateText(`Genomförande ${short}`)).toBe(`Genomförande ${short}`);
    expect(show(hyphenateText('Samverkanshandboken'))).toBe('Sam|ver|kans|hand|bo|ken');
  });
});

describe('hyphenateHtml', () => {
  it('changes only visible text, never markup, scripts, styles, titles or form values', () => {
    const html =
      '<!doctype html><html><head><title>Samverkanshandboken</title><style>.samverkansöverenskommelse{}</style></head>' +
      '<body><h1 class="samverkansöverenskommelse" aria-label="Samverkanshandboken">Samverkanshandboken &amp; mer</h1>' +
      '<script>var samverkansöverenskommelse = "<b>samverkansöverenskommelse</b>";</script>' +
      '<textarea>samverkansöverenskommelse</textarea><pre><code><span>samverkansöverenskommelse</span></code></pre>' +
      '<svg><text><tspan>samverkansöverenskommelse</tspan></text></svg><p>Om <em>samverkansöverenskommelsen</em>.</p></body></html>';
    const out = hyphenateHtml(html);
    expect(out.replaceAll(SOFT_HYPHEN, '')).toBe(html);
    expect(show(out)).toContain('>Sam|ver|kans|hand|bo|ken &amp; mer</h1>');
    expect(show(out)).toContain('<em>sam|ver|kans|över|ens|kom|mel|sen</em>');
    expect(out).toContain('<title>Samverkanshandboken</title>');
    expect(out).toContain('var samverkansöverenskommelse = "<b>samverkansöverenskommelse</b>";');
    expect(out).toContain('<textarea>samverkansöverenskommelse</textarea>');
    // Inside a skipped element, also deeper down.
    expect(out).toContain('<code><span>samverkansöverenskommelse</span></code>');
    expect(out).toContain('<tspan>samverkansöverenskommelse</tspan>');
    expect(out).toContain('class="samverkansöverenskommelse" aria-label="Samverkanshandboken"');
  });
  it('hyphenates a word only where it may not fit: by the line its element gives on a 320 px phone', () => {
    // 16 letters: too long for an h1 (from 15) and a narrow box (from 13), fits an h2 (from 18) and running text (from 20).
    const out = show(hyphenateHtml('<h1>Uppföljningsmöte</h1><h2>Uppföljningsmöte</h2><p>Ett uppföljningsmöte och en samverkansöverenskommelse.</p><a class="card x">Uppföljningsmöte</a><table><tr><th>Uppföljningsmöte</th><td>Uppföljningsmöte</td></tr></table>'));
    expect(out).toContain('<h1>Upp|följ|nings|möte</h1>');
    expect(out).toContain('<h2>Uppföljningsmöte</h2>');
    expect(out).toContain('<p>Ett uppföljningsmöte och en sam|ver|kans|över|ens|kom|melse.</p>');
    expect(out).toContain('<a class="card x">Upp|följ|nings|möte</a>');
    expect(out).toContain('<th>Upp|följ|nings|möte</th><td>Uppföljningsmöte</td>');
    expect(MIN_RUNNING_WORD_LENGTH).toBeGreaterThan(MIN_WORD_LENGTH);
  });
  it('takes the tightest limit of the enclosing elements, and leaves the list of contents and badges to running text', () => {
    const out = show(hyphenateHtml('<div class="cards"><div class="card"><h2>Uppföljningsmöte</h2></div></div><h2>Samverkansöverenskommelse</h2><nav class="toc"><a>Medarbetardialoger</a></nav><span class="badge">Arbetsbladsövningar</span><p>Uppföljningsmöte</p>'));
    expect(out).toContain('<h2>Upp|följ|nings|möte</h2></div>');
    expect(out).toContain('<h2>Sam|ver|kans|över|ens|kom|melse</h2>');
    expect(out).toContain('<a>Medarbetardialoger</a>');
    expect(out).toContain('<span class="badge">Arbetsbladsövningar</span>');
    expect(out).toContain('<p>Uppföljningsmöte</p>');
  });
  it('returns a page without long words unchanged', () => {
    const html = '<p>Kort text.</p>';
    expect(hyphenateHtml(html)).toBe(html);
  });
});

describe('long words are whole runs of letters, as \\p{L} reads them', () => {
  // The regular expression the letter table replaced: a run of at least n letters, starting where a word starts.
  const reference = (text: string, n: number) => text.replace(new RegExp(`(?<!\\p{L})\\p{L}{${n},}`, 'gu'), (word) => syllables(word).join(SOFT_HYPHEN));
  const texts = [
    'samverkansöverenskommelsen',
    ' samverkansöverenskommelsen.',
    'brottsförebyggande,samverkansöverenskommelsen;trygghetsundersökningen',
    // Digits, a combining accent (a mark, not a letter) and a hyphen end a word.
    'samverkans2överenskommelsen samverkanse\u0301överenskommelsen samverkans-överenskommelsen',
    // Letters outside the BMP (surrogate pairs) count once each.
    '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍 kort 𝐀𝐁',
    // An astral letter joins the words around it into one long word (a non-letter would split them).
    'samverkans𝐀överenskommelsen samverkans😀överenskommelsen',
    'exakt tretton', // 13 letters split by a space: no long word
    'abcdefghijklm', // exactly 13
    '',
  ];
  for (const text of texts) {
    it(`agrees with the pattern on ${JSON.stringify(text).slice(0, 40)}`, () => {
      for (const n of [MIN_WORD_LENGTH, MIN_RUNNING_WORD_LENGTH]) expect(hyphenateText(text, n)).toBe(reference(text, n));
    });
  }
  it('returns the very same string when nothing changes', () => {
    const text = 'Kort text utan långa ord.';
    expect(hyphenateText(text)).toBe(text);
  });
});
