import { describe, expect, it } from 'vitest';
import { agendaSlots, formatClock, formatSlot, parseClock } from '../../src/shared/agenda';
import {
  draftOf,
  emptyDraft,
  exerciseMap,
  exercisePlan,
  formatLongDate,
  itemCounts,
  moveItem,
  newId,
  parseDraft,
  parseMinutes,
  parseSavedWorkshops,
  removeAt,
  saveDraft,
  sourceFromUrl,
  stepClockTimes,
  urlParam,
  workshopAgenda,
  workshopHref,
  workshopPlan,
  type ExerciseInfo,
  type SavedWorkshop,
} from '../../src/shared/workshop';
import {
  addMinute,
  formatCountdown,
  formatOvertime,
  idleTimer,
  msToNextSecond,
  isTimeUp,
  pauseTimer,
  remainingMs,
  spokenDuration,
  startTimer,
  timerCue,
  toggleTimer,
} from '../../src/shared/workshop-timer';
import { describeDeviation, formatElapsed, initialRun, parseRunState, projectorView, reduceRun, runProgress, type RunAction, type RunState } from '../../src/shared/workshop-run';
import { buildDocumentation, documentationFilename, documentationJson, documentationMarkdown } from '../../src/shared/workshop-doc';

const MIN = 60_000;

function exercise(id: string, title: string, minutes: number[]): ExerciseInfo {
  return {
    id,
    title,
    summary: `Sammanfattning av ${title}.`,
    step: 3,
    minutes: minutes.reduce((a, b) => a + b, 0),
    purpose: 'Syfte.',
    outcome: 'Resultat.',
    groupSize: '6–12 personer',
    participants: ['Samordnare'],
    materials: [],
    preparation: [],
    worksheets: [{ id: 'aktorskarta', title: 'Aktörskarta' }],
    steps: minutes.map((m, i) => ({
      title: `${title} steg ${i + 1}`,
      minutes: m,
      instructions: `Till deltagarna ${id} ${i + 1}.`,
      facilitator: `HEMLIGT ledarstöd ${id} ${i + 1}.`,
    })),
  };
}

const prio = exercise('prioritering', 'Prioritering', [15, 20, 10]);
const orsak = exercise('orsak', 'Orsaksanalys', [30, 30]);
const exercises = exerciseMap({ exercises: [prio, orsak] });

const workshop: SavedWorkshop = {
  id: 'w-1',
  name: 'Trygghetsrådet i mars',
  date: '2025-03-04',
  start: '09:00',
  items: [
    { key: 'a', kind: 'exercise', exerciseId: 'prioritering' },
    { key: 'b', kind: 'break', title: 'Fika', minutes: 15 },
    { key: 'c', kind: 'exercise', exerciseId: 'orsak' },
    { key: 'd', kind: 'custom', title: 'Avrundning', minutes: 10, text: 'Vad tar vi med oss?' },
  ],
  updated: '2025-03-01T10:00:00.000Z',
};

describe('agenda times', () => {
  it('parses and formats 24-hour clock times', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('12:60')).toBeUndefined();
    expect(parseClock('klockan nio')).toBeUndefined();
    expect(formatClock(570)).toBe('09:30');
    expect(formatClock(1450)).toBe('00:10');
  });

  it('lays entries end to end from the start time', () => {
    const slots = agendaSlots(540, [{ minutes: 45 }, { minutes: 15 }, { minutes: 60 }]);
    expect(slots).toEqual([
      { start: 540, end: 585 },
      { start: 585, end: 600 },
      { start: 600, end: 660 },
    ]);
    expect(slots.map(formatSlot)).toEqual(['09:00–09:45', '09:45–10:00', '10:00–11:00']);
  });

  it('computes start and end for every workshop item, skipping exercises that no longer exist', () => {
    const rows = workshopAgenda({ ...workshop, items: [...workshop.items, { key: 'x', kind: 'exercise', exerciseId: 'borttagen' }] }, exercises);
    expect(rows.map((r) => [r.title, r.minutes, r.time])).toEqual([
      ['Prioritering', 45, '09:00–09:45'],
      ['Fika', 15, '09:45–10:00'],
      ['Orsaksanalys', 60, '10:00–11:00'],
      ['Avrundning', 10, '11:00–11:10'],
    ]);
    expect(workshopAgenda({ ...workshop, start: '13:15' }, exercises)[2]!.time).toBe('14:15–15:15');
  });
});

describe('builder helpers', () => {
  it('moves and removes items without changing the original list', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveItem(list, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 4)).toEqual(list);
    expect(removeAt(list, 1)).toEqual(['a', 'c', 'd']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('parses durations and ids', () => {
    expect(parseMinutes('15')).toBe(15);
    expect(parseMinutes('0')).toBe(1);
    expect(parseMinutes('1000')).toBe(480);
    expect(parseMinutes('7,6')).toBe(8);
    expect(parseMinutes('')).toBeUndefined();
    expect(parseMinutes('en kvart')).toBeUndefined();
    expect(newId('w', () => 'abcd-ef01-2345-6789')).toBe('w-abcdef0123');
    expect(itemCounts(workshop.items)).toEqual({ exercise: 2, break: 1, custom: 1 });
  });

  it('saves a new draft into the list and replaces an existing one in place', () => {
    const draft = { ...emptyDraft('2025-03-04'), items: workshop.items, dirty: true };
    const one = saveDraft([], draft, 'w-2', '2025-03-02T00:00:00.000Z', 'Namnlös workshop');
    expect(one).toEqual([{ id: 'w-2', name: 'Namnlös workshop', date: '2025-03-04', start: '09:00', items: workshop.items, updated: '2025-03-02T00:00:00.000Z' }]);
    const edited = { ...draftOf(workshop), name: '  Nytt namn ' };
    const list = saveDraft([workshop, one[0]!], edited, 'w-1', 'nu', 'x');
    expect(list.map((w) => [w.id, w.name])).toEqual([
      ['w-1', 'Nytt namn'],
      ['w-2', 'Namnlös workshop'],
    ]);
  });

  it('keeps only well-formed saved workshops and items from storage', () => {
    const raw = {
      v: 1,
      workshops: [
        { ...workshop, items: [...workshop.items, { key: 'a', kind: 'break', minutes: 5 }, { key: 'e', kind: 'custom', title: '', minutes: 5 }, { kind: 'break', minutes: 5 }] },
        { id: 'w-1', name: 'Dubblett' },
        { id: 'BAD ID', name: 'x' },
        { id: 'w-3', name: 'Trasig tid', date: '4 mars', start: '25:00', items: 'nej' },
        'skräp',
      ],
    };
    const parsed = parseSavedWorkshops(raw);
    expect(parsed.map((w) => w.id)).toEqual(['w-1', 'w-3']);
    expect(parsed[0]!.items).toEqual(workshop.items);
    expect(parsed[1]).toMatchObject({ date: '', start: '09:00', items: [] });
    expect(parseSavedWorkshops({ v: 2, workshops: [workshop] })).toEqual([]);
    expect(parseSavedWorkshops(null)).toEqual([]);
    expect(parseDraft({ v: 1, draft: { id: null, name: 'Utkast', items: [{ key: 'k', kind: 'break', minutes: 20 }], dirty: true } })).toEqual({
      id: null,
      name: 'Utkast',
      date: '',
      start: '09:00',
      items: [{ key: 'k', kind: 'break', title: 'Paus', minutes: 20 }],
      dirty: true,
    });
  });

  it('reads the run source from the query or the hash', () => {
    expect(sourceFromUrl(new URL('https://x.se/workshop/kor/?ovning=prioritering-av-problem'))).toEqual({ kind: 'ovning', id: 'prioritering-av-problem' });
    expect(sourceFromUrl(new URL('https://x.se/workshop/kor/#workshop=w-1a2b'))).toEqual({ kind: 'workshop', id: 'w-1a2b' });
    expect(sourceFromUrl(new URL('https://x.se/workshop/kor/?ovning=<script>'))).toBeUndefined();
    expect(sourceFromUrl(new URL('https://x.se/workshop/kor/'))).toBeUndefined();
    expect(urlParam(new URL('https://x.se/workshop/#lagg-till=orsak'), 'lagg-till')).toBe('orsak');
    expect(workshopHref('/workshop/kor/', { kind: 'workshop', id: 'w-1' })).toBe('/workshop/kor/#workshop=w-1');
  });

  it('formats dates in Swedish', () => {
    expect(formatLongDate('2025-03-04')).toBe('tisdag 4 mars 2025');
    expect(formatLongDate('')).toBe('');
  });
});

describe('run plans', () => {
  it('expands a workshop into steps with stable note keys', () => {
    const plan = workshopPlan({ ...workshop, items: [...workshop.items, { key: 'z', kind: 'exercise', exerciseId: 'saknas' }] }, exercises);
    expect(plan.missing).toEqual(['saknas']);
    expect(plan.items.map((i) => [i.title, i.minutes, i.firstStep])).toEqual([
      ['Prioritering', 45, 0],
      ['Fika', 15, 3],
      ['Orsaksanalys', 60, 4],
      ['Avrundning', 10, 6],
    ]);
    expect(plan.steps.map((s) => s.key)).toEqual(['a:0', 'a:1', 'a:2', 'b:0', 'c:0', 'c:1', 'd:0']);
    expect(plan.steps[3]).toMatchObject({ title: 'Fika', itemKind: 'break', facilitator: '' });
    expect(plan.steps[6]).toMatchObject({ title: 'Avrundning', instructions: 'Vad tar vi med oss?' });
    expect(stepClockTimes(plan).map(formatSlot).slice(2, 5)).toEqual(['09:35–09:45', '09:45–10:00', '10:00–10:30']);
  });

  it('runs a single exercise as one item without clock times', () => {
    const plan = exercisePlan(prio);
    expect(plan.source).toEqual({ kind: 'ovning', id: 'prioritering' });
    expect(plan.steps).toHaveLength(3);
    expect(plan.steps[1]!.key).toBe('prioritering:1');
    expect(stepClockTimes(plan)).toEqual([]);
  });
});

describe('timer', () => {
  const t0 = Date.UTC(2025, 2, 4, 8, 0, 0);

  it('counts down from an absolute end time, so a reload keeps counting', () => {
    const running = startTimer(idleTimer(15), t0);
    expect(running).toEqual({ status: 'running', durationMs: 15 * MIN, endsAt: t0 + 15 * MIN });
    const reloaded = JSON.parse(JSON.stringify(running));
    expect(formatCountdown(remainingMs(reloaded, t0 + 61_000))).toBe('13:59');
  });

  it('pauses, resumes, adds a minute and resets', () => {
    let timer = startTimer(idleTimer(10), t0);
    timer = pauseTimer(timer, t0 + 4 * MIN);
    expect(remainingMs(timer, t0 + 60 * MIN)).toBe(6 * MIN);
    timer = toggleTimer(timer, t0 + 20 * MIN);
    expect(timer).toMatchObject({ status: 'running', endsAt: t0 + 26 * MIN });
    timer = addMinute(timer, t0 + 21 * MIN);
    expect(remainingMs(timer, t0 + 21 * MIN)).toBe(6 * MIN);
    expect(addMinute(idleTimer(10), t0)).toEqual(idleTimer(11));
    expect(remainingMs(addMinute(timer, t0 + 40 * MIN), t0 + 40 * MIN)).toBe(MIN);
  });

  it('knows when time is up and formats the display', () => {
    const timer = startTimer(idleTimer(1), t0);
    expect(isTimeUp(timer, t0 + 59_999)).toBe(false);
    expect(isTimeUp(timer, t0 + MIN)).toBe(true);
    expect(isTimeUp(idleTimer(0), t0)).toBe(false);
    expect(formatCountdown(15 * MIN)).toBe('15:00');
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(59_000)).toBe('00:59');
    expect(formatCountdown(-5000)).toBe('00:00');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatOvertime(-32_400)).toBe('0:32');
    expect(spokenDuration(15 * MIN)).toBe('15 minuter');
    expect(spokenDuration(MIN)).toBe('1 minut');
    expect(spokenDuration(30_000)).toBe('30 sekunder');
    expect([msToNextSecond(900_000), msToNextSecond(899_900), msToNextSecond(1), msToNextSecond(-300)]).toEqual([1000, 900, 1, 700]);
  });

  it('gives a cue only when a threshold is crossed', () => {
    expect(timerCue(undefined, 0)).toBeUndefined();
    expect(timerCue(61_000, 60_000)).toBe('one-minute');
    expect(timerCue(60_000, 59_000)).toBeUndefined();
    expect(timerCue(500, 0)).toBe('time-up');
    expect(timerCue(61_000, -100)).toBe('time-up');
    expect(timerCue(-100, -1100)).toBeUndefined();
  });
});

describe('run reducer', () => {
  const plan = workshopPlan(workshop, exercises);
  const t0 = Date.UTC(2025, 2, 4, 8, 0, 0);
  const run = (actions: RunAction[], from: RunState = initialRun(plan.steps, '2025-03-04')) => actions.reduce((s, a) => reduceRun(s, a, plan.steps), from);

  it('starts the run with the first timer and moves between steps with fresh timers', () => {
    let s = run([{ type: 'toggle', now: t0 }]);
    expect(s.startedAt).toBe(t0);
    expect(s.timer.status).toBe('running');
    s = run([{ type: 'next' }], s);
    expect(s.index).toBe(1);
    expect(s.timer).toEqual(idleTimer(20));
    s = run([{ type: 'prev' }, { type: 'prev' }], s);
    expect(s.index).toBe(0);
    s = run([{ type: 'goto', index: 99 }], s);
    expect(s.index).toBe(plan.steps.length - 1);
    s = run([{ type: 'next' }], s);
    expect(s.index).toBe(plan.steps.length - 1);
    expect(s.startedAt).toBe(t0);
  });

  it('keeps notes per step, resets the timer and restarts without losing notes', () => {
    let s = run([
      { type: 'note', key: 'a:0', text: 'Fem kriterier' },
      { type: 'toggle', now: t0 },
      { type: 'add-minute', now: t0 },
      { type: 'reset' },
      { type: 'note', key: 'a:1', text: 'x' },
      { type: 'note', key: 'a:1', text: '' },
      { type: 'participants', text: 'Elin, Ahmed' },
      { type: 'sound', on: true },
    ]);
    expect(s.notes).toEqual({ 'a:0': 'Fem kriterier' });
    expect(s.timer).toEqual(idleTimer(15));
    expect(s).toMatchObject({ participants: 'Elin, Ahmed', sound: true });
    s = run([{ type: 'finish', now: t0 + 90 * MIN }], s);
    expect(s.finishedAt).toBe(t0 + 90 * MIN);
    s = run([{ type: 'restart' }], s);
    expect(s).toMatchObject({ index: 0, startedAt: null, finishedAt: null, notes: { 'a:0': 'Fem kriterier' } });
  });

  it('reports elapsed against planned time', () => {
    let s = run([{ type: 'toggle', now: t0 }, { type: 'next' }, { type: 'toggle', now: t0 + 20 * MIN }]);
    const p = runProgress(s, plan.steps, t0 + 25 * MIN);
    expect(p).toMatchObject({ elapsedMs: 25 * MIN, plannedMs: 130 * MIN, plannedSoFarMs: 20 * MIN, deviationMs: 5 * MIN, started: true });
    expect(describeDeviation(p.deviationMs)).toBe('5 min efter planen');
    expect(describeDeviation(-2 * MIN)).toBe('2 min före planen');
    expect(describeDeviation(20_000)).toBe('I fas med planen');
    expect(formatElapsed(65 * MIN + 59_000)).toBe('1 h 5 min');
    s = run([{ type: 'finish', now: t0 + 30 * MIN }], s);
    expect(runProgress(s, plan.steps, t0 + 99 * MIN).elapsedMs).toBe(30 * MIN);
  });

  it('restores a stored run and repairs what does not fit the plan', () => {
    const stored = run([{ type: 'next' }, { type: 'toggle', now: t0 }, { type: 'note', key: 'a:1', text: 'Anteckning' }]);
    const restored = parseRunState(JSON.parse(JSON.stringify(stored)), plan.steps, '2025-01-01');
    expect(restored).toEqual(stored);
    const shrunk = parseRunState({ ...stored, index: 40 }, plan.steps.slice(0, 2), '2025-01-01');
    expect(shrunk.index).toBe(1);
    expect(shrunk.timer).toEqual(idleTimer(20));
    expect(parseRunState({ v: 1, index: 0, timer: { status: 'running' }, notes: { a: 5 } }, plan.steps, '2025-01-01')).toMatchObject({ timer: idleTimer(15), notes: {} });
    expect(parseRunState('skräp', plan.steps, '2025-01-01')).toEqual(initialRun(plan.steps, '2025-01-01'));
  });

  it('sends only what the room may see to the projector', () => {
    const s = run([{ type: 'note', key: 'a:0', text: 'GRUPPENS anteckning' }, { type: 'toggle', now: t0 }]);
    const view = projectorView(plan, s, t0 + 5 * MIN);
    expect(view).toEqual({
      type: 'show',
      context: 'Prioritering · Steg 1 av 3',
      title: 'Prioritering steg 1',
      instructions: 'Till deltagarna prioritering 1.',
      timer: { status: 'running', remainingMs: 10 * MIN, durationMs: 15 * MIN },
      finished: false,
    });
    expect(JSON.stringify(view)).not.toMatch(/HEMLIGT|GRUPPENS/);
    expect(projectorView(plan, run([{ type: 'goto', index: 3 }]), t0).context).toBe('Trygghetsrådet i mars');
  });
});

describe('documentation', () => {
  const plan = workshopPlan(workshop, exercises);
  let state = initialRun(plan.steps, '2025-03-04');
  state = reduceRun(state, { type: 'note', key: 'a:0', text: 'Vi valde fem kriterier.\n# inte en rubrik' }, plan.steps);
  state = reduceRun(state, { type: 'note', key: 'c:1', text: 'Tre orsaker.' }, plan.steps);
  state = reduceRun(state, { type: 'participants', text: 'Elin Ström, Ahmed Yilmaz' }, plan.steps);
  const doc = buildDocumentation(plan, state);

  it('collects each step’s notes, leaving out breaks without notes', () => {
    expect(doc).toMatchObject({ title: 'Trygghetsrådet i mars', date: '2025-03-04', time: '09:00–11:10', participants: 'Elin Ström, Ahmed Yilmaz' });
    expect(doc.items.map((i) => [i.title, i.time])).toEqual([
      ['Prioritering', '09:00–09:45'],
      ['Orsaksanalys', '10:00–11:00'],
      ['Avrundning', '11:00–11:10'],
    ]);
    expect(doc.items[1]!.steps.map((s) => s.notes)).toEqual(['', 'Tre orsaker.']);
  });

  it('writes Markdown with date, participants and notes', () => {
    const md = documentationMarkdown(doc);
    expect(md).toContain('# Dokumentation från workshopen: Trygghetsrådet i mars\n');
    expect(md).toContain('- **Datum:** tisdag 4 mars 2025\n- **Tid:** 09:00–11:10');
    expect(md).toContain('## Deltagare\n\nElin Ström, Ahmed Yilmaz');
    expect(md).toContain('## 1. Prioritering (09:00–09:45)\n\n### Steg 1: Prioritering steg 1\n\nVi valde fem kriterier.\n\\# inte en rubrik');
    expect(md).toContain('### Steg 1: Orsaksanalys steg 1\n\n_Inga anteckningar._');
    expect(md).toContain('## 3. Avrundning (11:00–11:10)\n\n_Inga anteckningar._\n');
    expect(md).not.toContain('HEMLIGT');
  });

  it('exports JSON and names the files', () => {
    const json = JSON.parse(documentationJson(doc));
    expect(json).toMatchObject({ format: 'samverkanshandboken/workshop-dokumentation', version: 1, source: { kind: 'workshop', id: 'w-1' } });
    expect(json.items[0].steps[0].notes).toBe('Vi valde fem kriterier.\n# inte en rubrik');
    expect(documentationFilename(doc, 'md')).toBe('dokumentation-trygghetsradet-i-mars-2025-03-04.md');
    expect(documentationFilename({ title: '!!!', date: '' }, 'json')).toBe('dokumentation-workshop.json');
  });

  it('documents a single exercise without numbering or clock times', () => {
    const single = exercisePlan(prio);
    const md = documentationMarkdown(buildDocumentation(single, initialRun(single.steps, '2025-03-04')));
    expect(md).toContain('## Prioritering\n\n### Steg 1');
    expect(md).toContain('## Deltagare\n\n_Inte angivet._');
    expect(md).not.toContain('**Tid:**');
  });
});
