/**
 * Branches of small lib modules that a one-line change (a mutation) could break unnoticed: each test
 * here fails when the behaviour it names is lost. Figures are what a reader is promised, not copies of
 * the modules' constants.
 */
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, idsIn, pageLinks, resolveRoute, type BuiltSite } from '../../src/build/html/link-check';
import { mdxToBlocks, wordCount } from '../../src/build/content/mdx-text';
import { editDistance, fold, suggestTerms, type SuggestTerm } from '../../src/shared/suggest';
import {
  addMinute,
  displaySeconds,
  formatCountdown,
  formatOvertime,
  idleTimer,
  isTimeUp,
  msToNextSecond,
  pauseTimer,
  remainingMs,
  spokenDuration,
  startTimer,
  timerCue,
  toggleTimer,
  type TimerState,
} from '../../src/shared/workshop-timer';

const MIN = 60_000;

describe('mdx-text: lists and tables are text too', () => {
  const source = [
    '## Rubrik',
    '',
    'Ett stycke.',
    '',
    '- första punkten',
    '- andra punkten',
    '  1. inre ett',
    '  2. inre två',
    '',
    '1. numrerad',
    '',
    '| Aktör | Roll |',
    '| --- | --- |',
    '| Polisen | Lägesbild |',
    '',
    '> Citat i ett block.',
    '',
    '<Aside title="Tänk på">',
    '',
    'Text i en ruta.',
    '',
    '</Aside>',
    '',
    '# Huvudrubrik',
    '',
    '##### Liten rubrik',
  ].join('\n');
  const blocks = mdxToBlocks(source);

  it('keeps list items with their kind and depth', () => {
    expect(blocks.filter((b) => b.kind === 'li')).toEqual([
      { kind: 'li', text: 'första punkten', list: { ordered: false, depth: 0 } },
      { kind: 'li', text: 'andra punkten', list: { ordered: false, depth: 0 } },
      { kind: 'li', text: 'inre ett', list: { ordered: true, depth: 1 } },
      { kind: 'li', text: 'inre två', list: { ordered: true, depth: 1 } },
      { kind: 'li', text: 'numrerad', list: { ordered: true, depth: 0 } },
    ]);
  });
  it('keeps table rows with their cells, the first as header', () => {
    expect(blocks.filter((b) => b.kind === 'row')).toEqual([
      { kind: 'row', text: 'Aktör · Roll', cells: ['Aktör', 'Roll'], header: true },
      { kind: 'row', text: 'Polisen · Lägesbild', cells: ['Polisen', 'Lägesbild'], header: false },
    ]);
  });
  it('reads headings 2–4 as headings, others as paragraphs, and quotes and components in order', () => {
    expect(blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      'h2:Rubrik',
      'p:Ett stycke.',
      'li:första punkten',
      'li:andra punkten',
      'li:inre ett',
      'li:inre två',
      'li:numrerad',
      'row:Aktör · Roll',
      'row:Polisen · Lägesbild',
      'p:Citat i ett block.',
      'p:Tänk på',
      'p:Text i en ruta.',
      'p:Huvudrubrik',
      'p:Liten rubrik',
    ]);
  });
  it('counts words in lists and tables, not in punctuation', () => {
    expect(wordCount('- ett två\n- tre\n\n| a | b |\n| - | - |\n| c | – |')).toBe(6);
    expect(wordCount('')).toBe(0);
  });
});

describe('workshop timer: +1 min always gives a minute more to work', () => {
  const t0 = 1_000_000;
  it('in overtime while paused, the minute counts from zero', () => {
    const paused: TimerState = { status: 'paused', durationMs: 10 * MIN, remainingMs: -90_000 };
    const more = addMinute(paused, t0);
    expect(remainingMs(more, t0)).toBe(MIN);
    expect(more.durationMs).toBe(11 * MIN);
    expect(more.status).toBe('paused');
  });
  it('paused with time left, the minute adds to what is left', () => {
    expect(remainingMs(addMinute({ status: 'paused', durationMs: 10 * MIN, remainingMs: 30_000 }, t0), t0)).toBe(90_000);
  });
  it('running in overtime, the minute counts from now; with time left, from the end', () => {
    const over = addMinute({ status: 'running', durationMs: 5 * MIN, endsAt: t0 - 2 * MIN }, t0);
    expect(remainingMs(over, t0)).toBe(MIN);
    const left = addMinute({ status: 'running', durationMs: 5 * MIN, endsAt: t0 + 2 * MIN }, t0);
    expect(remainingMs(left, t0)).toBe(3 * MIN);
    expect(left.durationMs).toBe(6 * MIN);
  });
  it('start, pause and toggle keep the remaining time', () => {
    const running = startTimer(idleTimer(2), t0);
    expect(running).toEqual({ status: 'running', durationMs: 2 * MIN, endsAt: t0 + 2 * MIN });
    expect(startTimer(running, t0 + 5000)).toBe(running);
    const paused = pauseTimer(running, t0 + 30_000);
    expect(paused).toEqual({ status: 'paused', durationMs: 2 * MIN, remainingMs: 90_000 });
    expect(pauseTimer(paused, t0 + 99_000)).toBe(paused);
    expect(remainingMs(paused, t0 + 99_000)).toBe(90_000);
    const resumed = toggleTimer(paused, t0 + 100_000);
    expect(resumed).toEqual({ status: 'running', durationMs: 2 * MIN, endsAt: t0 + 190_000 });
    expect(toggleTimer(resumed, t0 + 110_000)).toEqual({ status: 'paused', durationMs: 2 * MIN, remainingMs: 80_000 });
  });
  it('time is up only for a started timer with nothing left', () => {
    expect(isTimeUp(idleTimer(0), t0)).toBe(false);
    expect(isTimeUp({ status: 'running', durationMs: MIN, endsAt: t0 }, t0)).toBe(true);
    expect(isTimeUp({ status: 'running', durationMs: MIN, endsAt: t0 + 1 }, t0)).toBe(false);
    expect(isTimeUp({ status: 'paused', durationMs: MIN, remainingMs: 0 }, t0)).toBe(true);
  });
  it('shows whole seconds rounded up, hours only when needed, overtime unpadded', () => {
    expect(displaySeconds(1)).toBe(1);
    expect(displaySeconds(-5000)).toBe(0);
    expect(formatCountdown(15 * MIN)).toBe('15:00');
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-1)).toBe('00:00');
    expect(formatOvertime(-32_500)).toBe('0:32');
    expect(formatOvertime(-(12 * MIN + 5000))).toBe('12:05');
    expect(formatOvertime(5000)).toBe('0:00');
  });
  it('cues the room once when crossing one minute and zero', () => {
    expect(timerCue(undefined, 0)).toBeUndefined();
    expect(timerCue(61_000, 60_000)).toBe('one-minute');
    expect(timerCue(60_000, 59_000)).toBeUndefined();
    expect(timerCue(1000, 0)).toBe('time-up');
    expect(timerCue(0, -1000)).toBeUndefined();
    expect(timerCue(2 * MIN, -1)).toBe('time-up');
  });
  it('says durations in words', () => {
    expect(spokenDuration(1000)).toBe('1 sekund');
    expect(spokenDuration(30_000)).toBe('30 sekunder');
    expect(spokenDuration(59_001)).toBe('1 minut');
    expect(spokenDuration(15 * MIN)).toBe('15 minuter');
    expect(spokenDuration(90_000)).toBe('2 minuter');
  });
  it('redraws when the shown second changes', () => {
    expect(msToNextSecond(15 * MIN)).toBe(1000);
    expect(msToNextSecond(1250)).toBe(250);
    expect(msToNextSecond(-250)).toBe(750);
  });
});

describe('link check: anchors are compared decoded', () => {
  const site: BuiltSite = {
    pages: new Map([
      [
        '/',
        [
          '<a href="/ordlista/#l%C3%A4gesbild">kodad</a>',
          '<a href="/ordlista/#lägesbild">okodad</a>',
          '<a href="/ordlista/#a&amp;b">entitet</a>',
          '<a href="/ordlista/#saknas">saknas</a>',
          '<a href="//cdn.example.org/x.js">protokollrelativ</a>',
          '<a href="">tom</a>',
          '<img src="/bild%20ett.svg">',
          '<img src="/bild-saknas.svg">',
          '<script>const x = \'<a href="/i-skript/">\';</script>',
          '<p>Skriv href="/i-text/" i länken.</p>',
        ].join(''),
      ],
      ['/ordlista/', '<h2 id="lägesbild">Lägesbild</h2><h2 id="a&amp;b">A och B</h2><p>id="i-text"</p>'],
    ].map(([route, html]) => [route!, pageLinks(html!)])),
    files: new Set(['/index.html', '/ordlista/index.html', '/bild ett.svg']),
  };
  it('finds an id written with or without percent-encoding, and entities in both', () => {
    expect(findBrokenLinks(site)).toEqual([
      '/: länken /ordlista/#saknas pekar på #saknas, som inte finns på /ordlista/',
      '/: länken /bild-saknas.svg leder till en sida som inte finns',
    ]);
  });
  it('reads ids with entities decoded', () => {
    expect([...idsIn('<p id="x&quot;y"></p><p id="&#39;z"></p><p id=\'&#x41;&lt;\'></p><p data-id="nej">id="nej"</p>')]).toEqual(['x"y', "'z", 'A<']);
  });
  it('refuses a path that cannot be decoded', () => {
    expect(resolveRoute(site, '/ordlista/%E0%A4%A')).toBeUndefined();
    expect(resolveRoute(site, '/ordlista/index.html')).toBe('/ordlista/');
  });
});

describe('suggest: typos forgiven in proportion to the query', () => {
  const term = (id: string, name: string, synonyms: string[] = []): SuggestTerm => ({ id, term: name, synonyms });
  const terms = [term('lagesbild', 'Lägesbild'), term('mervarde', 'Mervärde'), term('ntu', 'NTU', ['Nationella trygghetsundersökningen'])];
  const ids = (q: string) => suggestTerms(q, terms).map((t) => t.id);

  it('one typo in a short word, two in a word of six to eight letters, three from nine letters on', () => {
    expect(ids('ntx')).toEqual(['ntu']);
    expect(ids('nxx')).toEqual([]);
    expect(ids('mxrvxrde')).toEqual(['mervarde']);
    expect(ids('mxrvxrdx')).toEqual([]);
    expect(ids('lxgxsbxld')).toEqual(['lagesbild']);
    expect(ids('lxgxsxxld')).toEqual([]);
  });
  it('never more than three typos, however long the query', () => {
    expect(ids('xationella trxgghetsundersökninxen')).toEqual(['ntu']);
    expect(ids('xationella trxgghxtsundersökninxen')).toEqual([]);
  });
  it('matches a part of a name and folds case and accents', () => {
    expect(ids('LÄGES')).toEqual(['lagesbild']);
    expect(ids('trygghetsundersökning')).toEqual(['ntu']);
    expect(fold('Ärende Ö')).toBe('arende o');
    expect(ids(' l ')).toEqual([]);
  });
  it('orders by closeness, then by name, and stops at the limit', () => {
    const many = [term('b', 'Plan'), term('a', 'Klan'), term('c', 'Plan B')];
    expect(suggestTerms('plan', many).map((t) => t.id)).toEqual(['b', 'c', 'a']);
    expect(suggestTerms('plan', many, 1).map((t) => t.id)).toEqual(['b']);
  });
  it('edit distance, and its early stop', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('abc', 'abcdefgh')).toBe(4);
    expect(editDistance('aaaa', 'bbbb', 1)).toBe(2);
  });
});
