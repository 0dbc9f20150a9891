// Workshop data at its edges: run sources in URLs, the builder's list and duration helpers, run plans
// with missing exercises, and saved workshops and drafts read back from (user-controlled) storage.
import { describe, expect, it, vi } from 'vitest';
import {
  BREAK_INSTRUCTIONS,
  DEFAULT_START,
  MAX_ITEM_MINUTES,
  draftOf,
  emptyDraft,
  exerciseMap,
  exercisePlan,
  formatLongDate,
  isoDate,
  itemMinutes,
  itemTitle,
  moveItem,
  newId,
  parseDraft,
  parseMinutes,
  parseSavedWorkshops,
  removeAt,
  saveDraft,
  sourceFromUrl,
  sourceKey,
  stepClockTimes,
  urlParam,
  withMinutes,
  workshopAgenda,
  workshopHref,
  workshopPlan,
  type SavedWorkshop,
  type WorkshopItem,
} from '../../src/shared/workshop';
import { exerciseInfo } from './support/exercise';

const prio = exerciseInfo('prio', [15, 20, 10], { title: 'Övning prio', step: (n) => ({ title: `prio ${n}`, instructions: `gör ${n}`, facilitator: `ledare ${n}` }) });
const exercises = exerciseMap({ exercises: [prio] });
const exItem: Extract<WorkshopItem, { kind: 'exercise' }> = { key: 'a', kind: 'exercise', exerciseId: 'prio' };
const url = (s: string) => new URL(`https://x.se/workshop/kor/${s}`);

describe('run sources in URLs', () => {
  it('the query wins over the hash, and an exercise over a workshop', () => {
    expect(sourceFromUrl(url('?workshop=w-1#ovning=prio'))).toEqual({ kind: 'workshop', id: 'w-1' });
    expect(sourceFromUrl(url('?workshop=w-1&ovning=prio'))).toEqual({ kind: 'ovning', id: 'prio' });
    expect(sourceFromUrl(url('#workshop=w-2&ovning=prio'))).toEqual({ kind: 'ovning', id: 'prio' });
  });

  it('an invalid query value falls through to a valid hash', () => {
    expect(sourceFromUrl(url('?ovning=Prio#ovning=prio'))).toEqual({ kind: 'ovning', id: 'prio' });
    expect(sourceFromUrl(url('?ovning=&workshop=w-1'))).toEqual({ kind: 'workshop', id: 'w-1' });
  });

  it('takes ids of 1–81 lowercase letters, digits and hyphens, starting with a letter or digit, trimmed', () => {
    expect(sourceFromUrl(url('?ovning=a'))).toEqual({ kind: 'ovning', id: 'a' });
    expect(sourceFromUrl(url(`?ovning=a${'b'.repeat(80)}`))?.id).toHaveLength(81);
    expect(sourceFromUrl(url(`?ovning=a${'b'.repeat(81)}`))).toBeUndefined();
    expect(sourceFromUrl(url('?ovning=-prio'))).toBeUndefined();
    expect(sourceFromUrl(url('?ovning=x/prio'))).toBeUndefined();
    expect(sourceFromUrl(url('?ovning=prio.x'))).toBeUndefined();
    expect(sourceFromUrl(url('?ovning=%20prio%20'))).toEqual({ kind: 'ovning', id: 'prio' });
    expect(sourceFromUrl(url('?ovning=%20'))).toBeUndefined();
  });

  it('reads other parameters from the query first, then the hash', () => {
    expect(urlParam(url('?lagg-till=a#lagg-till=b'), 'lagg-till')).toBe('a');
    expect(urlParam(url('#x=1&lagg-till=b'), 'lagg-till')).toBe('b');
    expect(urlParam(url('?x=1'), 'lagg-till')).toBeUndefined();
    expect(urlParam(url('?lagg-till='), 'lagg-till')).toBe('');
  });

  it('stores runs by kind and id and links to them with the id encoded', () => {
    expect(sourceKey({ kind: 'ovning', id: 'prio' })).toBe('ovning:prio');
    expect(sourceKey({ kind: 'workshop', id: 'w-1' })).toBe('workshop:w-1');
    expect(workshopHref('/workshop/kor/', { kind: 'ovning', id: 'a b&c' })).toBe('/workshop/kor/#ovning=a%20b%26c');
  });
});

describe('items and their durations', () => {
  it('changing the first step by default, and not a step before the first', () => {
    expect(withMinutes(exItem, 5, prio)).toEqual({ ...exItem, stepMinutes: [5, 20, 10] });
    expect(withMinutes(exItem, 5, prio, -1)).toBe(exItem);
    expect(withMinutes(exItem, 5, prio, 2)).toEqual({ ...exItem, stepMinutes: [15, 20, 5] });
    expect(withMinutes(exItem, 5, prio, 3)).toBe(exItem);
  });

  it('changing a second step keeps the first change', () => {
    const once = withMinutes(exItem, 5, prio, 0);
    expect(withMinutes(once, 25, prio, 1)).toEqual({ ...exItem, stepMinutes: [5, 25, 10] });
  });

  it('an exercise that no longer exists takes no time and is named by its id', () => {
    const gone: WorkshopItem = { key: 'g', kind: 'exercise', exerciseId: 'borta' };
    expect(itemMinutes(gone, exercises)).toBe(0);
    expect(itemTitle(gone, exercises)).toBe('borta');
    expect(itemTitle(exItem, exercises)).toBe('Övning prio');
    expect(itemMinutes({ key: 'c', kind: 'custom', title: 'Egen', minutes: 12, text: '' }, exercises)).toBe(12);
    expect(itemTitle({ key: 'c', kind: 'custom', title: 'Egen', minutes: 12, text: '' }, exercises)).toBe('Egen');
  });

  it('an agenda with a broken start time starts at 09:00', () => {
    expect(DEFAULT_START).toBe('09:00');
    const rows = workshopAgenda({ start: '25:00', items: [exItem, { key: 'b', kind: 'break', title: 'Fika', minutes: 15 }] }, exercises);
    expect(rows.map((r) => [r.title, r.minutes, r.time])).toEqual([
      ['Övning prio', 45, '09:00–09:45'],
      ['Fika', 15, '09:45–10:00'],
    ]);
    expect(rows[1]!.slot).toEqual({ start: 585, end: 600 });
    expect(rows[0]!.item).toBe(exItem);
  });
});

describe('builder list helpers', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves an item to the first or the last place', () => {
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(list, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('a move from or to outside the list, or onto itself, gives an unchanged copy', () => {
    for (const [from, to] of [
      [-1, 0],
      [4, 0],
      [0, 4],
      [0, -1],
      [2, 2],
    ] as const) {
      const moved = moveItem(list, from, to);
      expect(moved).toEqual(list);
      expect(moved).not.toBe(list);
    }
  });

  it('removes only the given index; an index outside changes nothing', () => {
    expect(removeAt(list, 0)).toEqual(['b', 'c', 'd']);
    expect(removeAt(list, 4)).toEqual(list);
  });

  it('a new id is the prefix and ten hex digits of a random UUID', () => {
    expect(newId('w')).toMatch(/^w-[0-9a-f]{10}$/);
    expect(newId('k', () => 'ab-cd')).toBe('k-abcd');
  });

  it('a typed duration is rounded and kept within 1–480 minutes', () => {
    expect(MAX_ITEM_MINUTES).toBe(480);
    expect(parseMinutes('480')).toBe(480);
    expect(parseMinutes('481')).toBe(480);
    expect(parseMinutes('1')).toBe(1);
    expect(parseMinutes('-5')).toBe(1);
    expect(parseMinutes('0,4')).toBe(1);
    expect(parseMinutes('2.5')).toBe(3);
    expect(parseMinutes('  ')).toBeUndefined();
    expect(parseMinutes('Infinity')).toBeUndefined();
    expect(parseMinutes(' 20 ')).toBe(20);
  });
});

describe('run plans', () => {
  it('an exercise missing from the data leaves no gap in the item numbering', () => {
    const w: SavedWorkshop = {
      id: 'w-1',
      name: 'Rådet',
      date: '',
      start: '',
      updated: '',
      items: [
        { key: 'x', kind: 'exercise', exerciseId: 'borta' },
        { key: 'b', kind: 'break', title: 'Fika', minutes: 15 },
        { key: 'a', kind: 'exercise', exerciseId: 'prio', stepMinutes: [5, 5, 5] },
      ],
    };
    const plan = workshopPlan(w, exercises);
    expect(plan.missing).toEqual(['borta']);
    expect(plan.items).toEqual([
      { key: 'b', kind: 'break', title: 'Fika', minutes: 15, firstStep: 0 },
      { key: 'a', kind: 'exercise', title: 'Övning prio', minutes: 15, exerciseId: 'prio', firstStep: 1 },
    ]);
    expect(plan.steps[0]).toEqual({
      key: 'b:0',
      itemKey: 'b',
      itemIndex: 0,
      itemKind: 'break',
      itemTitle: 'Fika',
      stepIndex: 0,
      stepCount: 1,
      title: 'Fika',
      minutes: 15,
      instructions: BREAK_INSTRUCTIONS,
      facilitator: '',
    });
    expect(plan.steps[2]).toEqual({
      key: 'a:1',
      itemKey: 'a',
      itemIndex: 1,
      itemKind: 'exercise',
      itemTitle: 'Övning prio',
      stepIndex: 1,
      stepCount: 3,
      title: 'prio 2',
      minutes: 5,
      instructions: 'gör 2',
      facilitator: 'ledare 2',
    });
    // No start time: no clock times.
    expect(stepClockTimes(plan)).toEqual([]);
    expect(plan).toMatchObject({ source: { kind: 'workshop', id: 'w-1' }, title: 'Rådet', date: '', start: '' });
  });

  it('a single exercise is one item with the exercise’s own lengths, no date, no start and nothing missing', () => {
    expect(exercisePlan(prio)).toEqual({
      source: { kind: 'ovning', id: 'prio' },
      title: 'Övning prio',
      date: '',
      start: '',
      items: [{ key: 'prio', kind: 'exercise', title: 'Övning prio', minutes: 45, exerciseId: 'prio', firstStep: 0 }],
      steps: workshopPlan({ id: 'w', name: 'n', date: '', start: '', updated: '', items: [{ key: 'prio', kind: 'exercise', exerciseId: 'prio' }] }, exercises).steps,
      missing: [],
    });
    expect(exercisePlan(prio).steps.map((s) => s.minutes)).toEqual([15, 20, 10]);
  });

  it('steps get clock times from the start', () => {
    const plan = workshopPlan({ id: 'w', name: 'n', date: '', start: '10:00', updated: '', items: [exItem] }, exercises);
    expect(stepClockTimes(plan)).toEqual([
      { start: 600, end: 615 },
      { start: 615, end: 635 },
      { start: 635, end: 645 },
    ]);
  });
});

describe('saved workshops from storage', () => {
  const base = { id: 'w-1', name: 'Rådet', date: '2025-03-04', start: '10:30', updated: '2025-03-01T10:00:00.000Z' };
  const items = (raw: unknown[]) => parseSavedWorkshops({ v: 1, workshops: [{ ...base, items: raw }] })[0]!.items;

  it('keeps a well-formed workshop as it was', () => {
    const ok = { ...base, items: [exItem, { key: 'c', kind: 'custom', title: 'Egen', minutes: 12, text: 'Text' }] };
    expect(parseSavedWorkshops({ v: 1, workshops: [ok] })).toEqual([ok]);
  });

  it('cuts over-long text fields to their limits', () => {
    const [w] = parseSavedWorkshops({ v: 1, workshops: [{ ...base, name: 'n'.repeat(201), updated: 'u'.repeat(41), items: [] }] });
    expect(w!.name).toBe('n'.repeat(200));
    expect(w!.updated).toBe('u'.repeat(40));
    const [custom] = items([{ key: 'k'.repeat(81), kind: 'custom', title: 't'.repeat(201), minutes: 5, text: 'x'.repeat(4001) }]);
    expect(custom).toEqual({ key: 'k'.repeat(80), kind: 'custom', title: 't'.repeat(200), minutes: 5, text: 'x'.repeat(4000) });
    const [ex] = items([{ key: 'e', kind: 'exercise', exerciseId: 'e'.repeat(121) }]);
    expect(ex).toEqual({ key: 'e', kind: 'exercise', exerciseId: 'e'.repeat(120) });
  });

  it('rounds stored minutes and keeps them within 1–480', () => {
    const read = (minutes: unknown) => items([{ key: 'b', kind: 'break', title: 'Paus', minutes }])[0];
    expect(read(14.6)).toMatchObject({ minutes: 15 });
    expect(read(0)).toMatchObject({ minutes: 1 });
    expect(read(9999)).toMatchObject({ minutes: 480 });
    expect(read('15')).toBeUndefined();
    expect(read(NaN)).toBeUndefined();
    expect(items([{ key: 'a', kind: 'exercise', exerciseId: 'prio', stepMinutes: [0.2, 600, 7] }])[0]).toEqual({ ...exItem, stepMinutes: [1, 480, 7] });
  });

  it('drops items without a key, an exercise id, a known kind or (custom) a title; a break gets its default title', () => {
    expect(
      items([
        { kind: 'break', minutes: 5 },
        { key: '', kind: 'break', minutes: 5 },
        { key: 'e', kind: 'exercise' },
        { key: 'u', kind: 'okänd', title: 'x', minutes: 5 },
        { key: 'c', kind: 'custom', minutes: 5 },
        { key: 'p', kind: 'break', minutes: 5 },
        { key: 'q', kind: 'custom', title: 'Egen', minutes: 5 },
        'skräp',
        ['key', 'x'],
        null,
      ]),
    ).toEqual([
      { key: 'p', kind: 'break', title: 'Paus', minutes: 5 },
      { key: 'q', kind: 'custom', title: 'Egen', minutes: 5, text: '' },
    ]);
  });

  it('keeps the first of two items with the same key', () => {
    expect(
      items([
        { key: 'a', kind: 'break', title: 'Först', minutes: 5 },
        { key: 'a', kind: 'break', title: 'Sedan', minutes: 5 },
      ]),
    ).toEqual([{ key: 'a', kind: 'break', title: 'Först', minutes: 5 }]);
  });

  it('keeps a valid date and start time; others become none and 09:00', () => {
    const read = (fields: Record<string, unknown>) => parseSavedWorkshops({ v: 1, workshops: [{ ...base, ...fields }] })[0]!;
    expect(read({})).toMatchObject({ date: '2025-03-04', start: '10:30' });
    expect(read({ date: '2025-3-4', start: '1030' })).toMatchObject({ date: '', start: '09:00' });
    expect(read({ date: 20250304, start: 930 })).toMatchObject({ date: '', start: '09:00' });
    expect(read({ date: '2025-03-04T10:00' })).toMatchObject({ date: '2025-03-04' });
    expect(read({ start: '9:30' })).toMatchObject({ start: '9:30' });
  });

  it('keeps workshops with a valid, unseen id only', () => {
    const ids = (list: unknown[]) => parseSavedWorkshops({ v: 1, workshops: list }).map((w) => w.id);
    expect(ids([{ id: 'a' }, { id: '-a' }, { id: 'A-1' }, { id: 'a b' }, { id: 'a!' }, { id: 7 }, { id: 'a' }, { id: 'b-2' }, null, ['id']])).toEqual(['a', 'b-2']);
    const [w] = parseSavedWorkshops({ v: 1, workshops: [{ id: 'a' }] });
    expect(w).toEqual({ id: 'a', name: '', date: '', start: '09:00', items: [], updated: '' });
  });

  it('anything but { v: 1, workshops: [...] } is no workshops', () => {
    expect(parseSavedWorkshops({ v: 1, workshops: { a: base } })).toEqual([]);
    expect(parseSavedWorkshops({ v: '1', workshops: [base] })).toEqual([]);
    expect(parseSavedWorkshops([{ v: 1, workshops: [base] }])).toEqual([]);
  });
});

describe('drafts', () => {
  it('reads a stored draft for a saved workshop', () => {
    expect(parseDraft({ v: 1, draft: { id: 'w-1', name: 'Rådet', date: '2025-03-04', start: '13:00', items: [exItem], dirty: true } })).toEqual({
      id: 'w-1',
      name: 'Rådet',
      date: '2025-03-04',
      start: '13:00',
      items: [exItem],
      dirty: true,
    });
  });

  it('an empty or non-text id is a new workshop; only true is dirty', () => {
    expect(parseDraft({ v: 1, draft: { id: '', dirty: 'true' } })).toMatchObject({ id: null, dirty: false });
    expect(parseDraft({ v: 1, draft: { id: 5 } })).toMatchObject({ id: null, dirty: false });
  });

  it('anything but { v: 1, draft: {...} } is no draft', () => {
    expect(parseDraft({ v: 2, draft: { id: 'w' } })).toBeUndefined();
    expect(parseDraft({ v: 1, draft: [] })).toBeUndefined();
    expect(parseDraft({ v: 1 })).toBeUndefined();
    expect(parseDraft('x')).toBeUndefined();
  });

  it('a new draft is empty, dated today and starts at 09:00', () => {
    expect(emptyDraft('2025-03-04')).toEqual({ id: null, name: '', date: '2025-03-04', start: '09:00', items: [], dirty: false });
  });

  it('editing a draft of a saved workshop does not change the saved one', () => {
    const saved: SavedWorkshop = { ...{ id: 'w-1', name: 'n', date: '', start: '09:00', updated: '' }, items: [{ key: 'b', kind: 'break', title: 'Fika', minutes: 15 }] };
    const draft = draftOf(saved);
    expect(draft).toEqual({ id: 'w-1', name: 'n', date: '', start: '09:00', items: saved.items, dirty: false });
    (draft.items[0] as { minutes: number }).minutes = 30;
    expect(saved.items[0]).toMatchObject({ minutes: 15 });
  });

  it('saving a new workshop adds it after the others', () => {
    const first: SavedWorkshop = { id: 'w-1', name: 'Ett', date: '', start: '09:00', items: [], updated: 't1' };
    const list = saveDraft([first], { ...emptyDraft(''), name: 'Två' }, 'w-2', 't2', 'x');
    expect(list.map((w) => [w.id, w.name])).toEqual([
      ['w-1', 'Ett'],
      ['w-2', 'Två'],
    ]);
  });

  it('saving with a blank name uses the fallback name', () => {
    expect(saveDraft([], { ...emptyDraft(''), name: '   ' }, 'w-9', 't', 'Namnlös')[0]!.name).toBe('Namnlös');
  });
});

describe('dates', () => {
  it('today as YYYY-MM-DD in local time, padded', () => {
    expect(isoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(isoDate(new Date(2025, 11, 31))).toBe('2025-12-31');
  });

  it('a long Swedish date only for a valid YYYY-MM-DD', () => {
    expect(formatLongDate('2025-12-31')).toBe('onsdag 31 december 2025');
    expect(formatLongDate('2025-1-5')).toBe('');
    expect(formatLongDate('x2025-01-05')).toBe('');
    expect(formatLongDate('2025-01-05x')).toBe('');
  });
});

describe('module-level values, loaded inside the test', () => {
  // The date pattern and the default start are made when the module loads; loading it anew here checks them.
  it('dates are YYYY-MM-DD and a workshop without a valid start begins at 09:00', async () => {
    vi.resetModules();
    const w = await import('../../src/shared/workshop');
    expect(w.DEFAULT_START).toBe('09:00');
    expect(w.emptyDraft('2025-03-04').start).toBe('09:00');
    expect(w.formatLongDate('2025-03-04')).toBe('tisdag 4 mars 2025');
    for (const bad of ['2025-3-04', '2025-03-4', '25-03-04', 'abcd-ef-gh', 'x2025-03-04', '2025-03-04x', '2025-03-0x']) expect(w.formatLongDate(bad), bad).toBe('');
    const read = (date: string) => w.parseSavedWorkshops({ v: 1, workshops: [{ id: 'a', date, start: 'nio' }] })[0]!;
    expect(read('2025-03-04')).toMatchObject({ date: '2025-03-04', start: '09:00' });
    expect(read('20250-3-04')).toMatchObject({ date: '' });
  });
});
