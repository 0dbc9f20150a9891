// A workshop run's edges: what each action does to the timer and the run's start and end, the plan
// deviation at its rounding boundaries, and what a stored run keeps or repairs.
import { describe, expect, it, vi } from 'vitest';
import {
  breakText,
  describeDeviation,
  formatElapsed,
  initialRun,
  parseRunState,
  projectorView,
  reduceRun,
  runDate,
  runProgress,
  stepContext,
  type RunAction,
  type RunState,
} from '../../src/shared/workshop-run';
import { idleTimer, pauseTimer, startTimer } from '../../src/shared/workshop-timer';

const MIN = 60_000;
const t0 = Date.UTC(2025, 2, 4, 8, 0, 0);
/** Three steps: 15, 20 and 10 minutes. */
const steps = [{ minutes: 15 }, { minutes: 20 }, { minutes: 10 }];
const run = (actions: RunAction[], from: RunState = initialRun(steps, '2025-03-04')) => actions.reduce((s, a) => reduceRun(s, a, steps), from);

describe('a fresh run', () => {
  it('starts at the first step with its full time, nothing started, no notes and no sound', () => {
    expect(initialRun(steps, '2025-03-04')).toEqual({
      v: 1,
      index: 0,
      timer: idleTimer(15),
      startedAt: null,
      finishedAt: null,
      notes: {},
      participants: '',
      date: '2025-03-04',
      sound: false,
    });
  });

  it('a plan without steps gets a zero timer and stays at step 0', () => {
    const empty = initialRun([], '2025-03-04');
    expect(empty.timer).toEqual(idleTimer(0));
    const moved = [{ type: 'next' } as const, { type: 'goto', index: 3 } as const, { type: 'reset' } as const, { type: 'restart' } as const].reduce((s, a) => reduceRun(s, a, []), empty);
    expect(moved).toEqual(empty);
  });
});

describe('timer actions', () => {
  it('"start" never pauses a running timer; "toggle" does', () => {
    const running = run([{ type: 'start', now: t0 }]);
    expect(running.timer).toEqual(startTimer(idleTimer(15), t0));
    expect(run([{ type: 'start', now: t0 + MIN }], running).timer).toEqual(running.timer);
    expect(run([{ type: 'toggle', now: t0 + MIN }], running).timer).toEqual({ status: 'paused', durationMs: 15 * MIN, remainingMs: 14 * MIN });
  });

  it('the run starts with the first timer start and keeps that time through pauses and later starts', () => {
    const paused = run([{ type: 'toggle', now: t0 }, { type: 'toggle', now: t0 + MIN }]);
    expect(paused.startedAt).toBe(t0);
    expect(run([{ type: 'start', now: t0 + 5 * MIN }], paused).startedAt).toBe(t0);
    // Pausing a timer that never ran does not start the run.
    expect(run([{ type: 'pause', now: t0 }]).startedAt).toBeNull();
  });

  it('"pause" stops a running timer with what is left; "add-minute" gives a minute more', () => {
    const s = run([{ type: 'start', now: t0 }, { type: 'pause', now: t0 + 5 * MIN }]);
    expect(s.timer).toEqual({ status: 'paused', durationMs: 15 * MIN, remainingMs: 10 * MIN });
    expect(run([{ type: 'add-minute', now: t0 + 6 * MIN }], s).timer).toEqual({ status: 'paused', durationMs: 16 * MIN, remainingMs: 11 * MIN });
  });

  it('"reset" gives the current step its planned time again', () => {
    const s = run([{ type: 'next' }, { type: 'start', now: t0 }, { type: 'add-minute', now: t0 }, { type: 'reset' }]);
    expect(s.index).toBe(1);
    expect(s.timer).toEqual(idleTimer(20));
  });

  it('ending the run pauses the timer and records when; starting again takes the run up again', () => {
    const ended = run([{ type: 'start', now: t0 }, { type: 'finish', now: t0 + 10 * MIN }]);
    expect(ended).toMatchObject({ startedAt: t0, finishedAt: t0 + 10 * MIN, timer: { status: 'paused', remainingMs: 5 * MIN } });
    const resumed = run([{ type: 'toggle', now: t0 + 12 * MIN }], ended);
    expect(resumed).toMatchObject({ startedAt: t0, finishedAt: null, timer: { status: 'running', endsAt: t0 + 17 * MIN } });
    // Ending a run that never started counts it as started then.
    expect(run([{ type: 'finish', now: t0 }])).toMatchObject({ startedAt: t0, finishedAt: t0, timer: idleTimer(15) });
  });

  it('pausing or adding a minute to an ended run keeps it ended', () => {
    const ended = run([{ type: 'start', now: t0 }, { type: 'finish', now: t0 + 10 * MIN }]);
    expect(run([{ type: 'pause', now: t0 + 12 * MIN }, { type: 'add-minute', now: t0 + 12 * MIN }], ended).finishedAt).toBe(t0 + 10 * MIN);
  });

  it('restarting goes back to the first step with its full time, not started', () => {
    const s = run([{ type: 'goto', index: 2 }, { type: 'start', now: t0 }, { type: 'finish', now: t0 + MIN }, { type: 'restart' }]);
    expect(s).toMatchObject({ index: 0, timer: idleTimer(15), startedAt: null, finishedAt: null });
  });
});

describe('moving between steps', () => {
  it('going to the current step keeps its running timer', () => {
    const s = run([{ type: 'next' }, { type: 'start', now: t0 }]);
    expect(run([{ type: 'goto', index: 1 }], s)).toBe(s);
  });

  it('a step before the first or after the last is the first or the last, each with its own time', () => {
    expect(run([{ type: 'goto', index: -3 }], run([{ type: 'goto', index: 2 }]))).toMatchObject({ index: 0, timer: idleTimer(15) });
    expect(run([{ type: 'goto', index: 7 }])).toMatchObject({ index: 2, timer: idleTimer(10) });
    expect(run([{ type: 'prev' }])).toMatchObject({ index: 0 });
    expect(run([{ type: 'next' }, { type: 'next' }])).toMatchObject({ index: 2, timer: idleTimer(10) });
  });
});

describe('notes, participants, date and sound', () => {
  it('keeps each step’s note, and an emptied note is removed', () => {
    const s = run([
      { type: 'note', key: 'a:0', text: 'Ett' },
      { type: 'note', key: 'a:1', text: 'Två' },
      { type: 'note', key: 'a:0', text: '' },
    ]);
    expect(s.notes).toEqual({ 'a:1': 'Två' });
  });

  it('stores participants, the date and the sound choice', () => {
    expect(run([{ type: 'participants', text: 'Elin' }, { type: 'date', date: '2025-05-06' }, { type: 'sound', on: true }])).toMatchObject({
      participants: 'Elin',
      date: '2025-05-06',
      sound: true,
    });
    expect(run([{ type: 'sound', on: true }, { type: 'sound', on: false }]).sound).toBe(false);
  });

  it('a run is documented under the workshop’s date, or today', () => {
    expect(runDate({ date: '2025-03-04' }, new Date(2026, 0, 2))).toBe('2025-03-04');
    expect(runDate({ date: '' }, new Date(2026, 0, 2))).toBe('2026-01-02');
  });
});

describe('progress against the plan', () => {
  it('before the start nothing has elapsed and nothing is planned so far', () => {
    expect(runProgress(initialRun(steps, ''), steps, t0)).toEqual({ elapsedMs: 0, plannedMs: 45 * MIN, plannedSoFarMs: 0, deviationMs: 0, started: false });
  });

  it('counts the earlier steps’ plan plus the time used of this one, at most its plan', () => {
    const s = run([{ type: 'start', now: t0 }, { type: 'next' }, { type: 'start', now: t0 + 15 * MIN }]);
    expect(runProgress(s, steps, t0 + 20 * MIN)).toEqual({ elapsedMs: 20 * MIN, plannedMs: 45 * MIN, plannedSoFarMs: 20 * MIN, deviationMs: 0, started: true });
    // In overtime the step counts as its plan, the rest is behind.
    expect(runProgress(s, steps, t0 + 40 * MIN)).toMatchObject({ plannedSoFarMs: 35 * MIN, deviationMs: 5 * MIN });
    // A step not started yet counts nothing of itself.
    expect(runProgress(run([{ type: 'next' }], s), steps, t0 + 40 * MIN)).toMatchObject({ plannedSoFarMs: 35 * MIN, deviationMs: 5 * MIN });
  });

  it('a minute added to a step counts as used time, not as the plan', () => {
    const s = run([{ type: 'start', now: t0 }, { type: 'add-minute', now: t0 }]);
    // 16-minute timer, 1 minute used.
    expect(runProgress(s, steps, t0 + MIN)).toMatchObject({ plannedSoFarMs: MIN, deviationMs: 0 });
  });

  it('a plan without steps has nothing planned', () => {
    const s = reduceRun(initialRun([], ''), { type: 'start', now: t0 }, []);
    expect(runProgress(s, [], t0 + MIN)).toEqual({ elapsedMs: MIN, plannedMs: 0, plannedSoFarMs: 0, deviationMs: MIN, started: true });
  });

  it('a clock set back does not give negative elapsed time', () => {
    const s = run([{ type: 'start', now: t0 }]);
    expect(runProgress(s, steps, t0 - 5 * MIN).elapsedMs).toBe(0);
  });

  it('rounds the deviation to whole minutes: half a minute counts', () => {
    expect(describeDeviation(0)).toBe('I fas med planen');
    expect(describeDeviation(29_999)).toBe('I fas med planen');
    expect(describeDeviation(30_000)).toBe('1 min efter planen');
    expect(describeDeviation(-30_000)).toBe('1 min före planen');
    expect(describeDeviation(-29_999)).toBe('I fas med planen');
    expect(describeDeviation(75 * MIN)).toBe('1 h 15 min efter planen');
  });

  it('shows elapsed time in whole minutes, rounded down', () => {
    expect(formatElapsed(59_999)).toBe('0 min');
    expect(formatElapsed(60_000)).toBe('1 min');
    expect(formatElapsed(120 * MIN)).toBe('2 h');
  });
});

describe('a stored run', () => {
  const date = '2025-01-01';

  it('restores a paused, an idle and a running timer as they were', () => {
    const paused = { status: 'paused', durationMs: 15 * MIN, remainingMs: 3 * MIN };
    expect(parseRunState({ v: 1, index: 0, timer: paused }, steps, date).timer).toEqual(paused);
    expect(parseRunState({ v: 1, index: 0, timer: { status: 'idle', durationMs: 16 * MIN } }, steps, date).timer).toEqual(idleTimer(16));
    expect(parseRunState({ v: 1, index: 0, timer: { status: 'idle', durationMs: 0 } }, steps, date).timer).toEqual(idleTimer(0));
    const running = { status: 'running', durationMs: 15 * MIN, endsAt: t0 };
    expect(parseRunState({ v: 1, index: 0, timer: running }, steps, date).timer).toEqual(running);
  });

  it('a broken timer becomes the step’s fresh timer', () => {
    for (const timer of [
      { status: 'paused', durationMs: MIN },
      { status: 'running', durationMs: MIN, endsAt: 'snart' },
      { status: 'idle', durationMs: -1 },
      { status: 'idle', durationMs: Infinity },
      { status: 'stopped', durationMs: MIN },
      { status: 'idle' },
      [1, 2],
      null,
    ]) {
      expect(parseRunState({ v: 1, index: 1, timer }, steps, date).timer).toEqual(idleTimer(20));
    }
  });

  it('the stored status decides what a timer is, whatever other fields it carries', () => {
    expect(parseRunState({ v: 1, index: 0, timer: { status: 'paused', durationMs: MIN, remainingMs: 5, endsAt: t0 } }, steps, date).timer).toEqual({ status: 'paused', durationMs: MIN, remainingMs: 5 });
    expect(parseRunState({ v: 1, index: 0, timer: { status: 'idle', durationMs: MIN, remainingMs: 5, endsAt: t0 } }, steps, date).timer).toEqual(idleTimer(1));
  });

  it('a run stored for a plan that now has no steps is at step 0 with a zero timer', () => {
    expect(parseRunState({ v: 1, index: 0, timer: { status: 'idle', durationMs: MIN } }, [], date)).toMatchObject({ index: 0, timer: idleTimer(1) });
    expect(parseRunState({ v: 1, index: 0, timer: 'x' }, [], date)).toMatchObject({ index: 0, timer: idleTimer(0) });
  });

  it('a step index that does not fit the plan is clamped and its timer starts afresh', () => {
    const timer = { status: 'paused', durationMs: MIN, remainingMs: 1 };
    expect(parseRunState({ v: 1, index: 2, timer }, steps, date)).toMatchObject({ index: 2, timer });
    expect(parseRunState({ v: 1, index: 5, timer }, steps, date)).toMatchObject({ index: 2, timer: idleTimer(10) });
    expect(parseRunState({ v: 1, index: -2, timer }, steps, date)).toMatchObject({ index: 0, timer: idleTimer(15) });
    expect(parseRunState({ v: 1, index: 1.7, timer }, steps, date)).toMatchObject({ index: 1, timer: idleTimer(20) });
    expect(parseRunState({ v: 1, index: '1', timer }, steps, date)).toMatchObject({ index: 0, timer: idleTimer(15) });
    expect(parseRunState({ v: 1, index: 3, timer }, [], date)).toMatchObject({ index: 0, timer: idleTimer(0) });
  });

  it('keeps text notes (cut at 20 000 characters) and drops empty or non-text ones', () => {
    const long = 'x'.repeat(20_001);
    const s = parseRunState({ v: 1, notes: { 'a:0': 'Ett', 'a:1': '', 'a:2': 7, 'b:0': long } }, steps, date);
    expect(s.notes).toEqual({ 'a:0': 'Ett', 'b:0': long.slice(0, 20_000) });
    expect(parseRunState({ v: 1, notes: ['Ett'] }, steps, date).notes).toEqual({});
  });

  it('keeps the run’s start and end times only when they are numbers', () => {
    expect(parseRunState({ v: 1, startedAt: t0, finishedAt: t0 + MIN }, steps, date)).toMatchObject({ startedAt: t0, finishedAt: t0 + MIN });
    expect(parseRunState({ v: 1, startedAt: String(t0), finishedAt: NaN }, steps, date)).toMatchObject({ startedAt: null, finishedAt: null });
  });

  it('keeps participants (cut at 4 000 characters), a valid date and sound only when on', () => {
    const s = parseRunState({ v: 1, participants: 'p'.repeat(4001), date: '2025-06-07', sound: true }, steps, date);
    expect(s).toMatchObject({ participants: 'p'.repeat(4000), date: '2025-06-07', sound: true });
    const broken = parseRunState({ v: 1, participants: 5, date: '7 juni 2025', sound: 'ja' }, steps, date);
    expect(broken).toMatchObject({ participants: '', date, sound: false });
    expect(parseRunState({ v: 1, date: 'x2025-06-07' }, steps, date).date).toBe(date);
    expect(parseRunState({ v: 1, date: ['2025-06-07'] }, steps, date).date).toBe(date);
    expect(parseRunState({ v: 1, date: '2025-06-07x' }, steps, date).date).toBe(date);
  });

  it('another version or a non-object is a fresh run', () => {
    const fresh = initialRun(steps, date);
    expect(parseRunState({ v: 2, index: 1, notes: { a: 'x' } }, steps, date)).toEqual(fresh);
    expect(parseRunState([{ v: 1 }], steps, date)).toEqual(fresh);
    expect(parseRunState(null, steps, date)).toEqual(fresh);
  });
});

describe('what the room sees', () => {
  it('an exercise step names the exercise and the step; other items the plan', () => {
    expect(stepContext({ itemKind: 'exercise', itemTitle: 'Prioritering', stepIndex: 1, stepCount: 3 }, 'Rådet')).toBe('Prioritering · Steg 2 av 3');
    expect(stepContext({ itemKind: 'custom', itemTitle: 'Avrundning', stepIndex: 0, stepCount: 1 }, 'Rådet')).toBe('Rådet');
  });

  it('a break paused at the end or in overtime says at least one minute', () => {
    const paused = pauseTimer(startTimer(idleTimer(1), t0), t0 + 3 * MIN);
    expect(breakText({ timer: paused }, t0 + 3 * MIN, 0)).toBe('Paus i 1 min.');
    const almost = pauseTimer(startTimer(idleTimer(2), t0), t0 + 61_000);
    expect(breakText({ timer: almost }, t0, 0)).toBe('Paus i 1 min.');
    const over = pauseTimer(startTimer(idleTimer(3), t0), t0 + 59_000);
    expect(breakText({ timer: over }, t0, 0)).toBe('Paus i 3 min.');
  });

  it('a running break past its end says the room continues now (the current minute, rounded up)', () => {
    const running = startTimer(idleTimer(1), t0);
    // 08:05:20 UTC, the break ended at 08:01.
    expect(breakText({ timer: running }, t0 + 5 * MIN + 20_000, 0)).toBe('Paus. Vi fortsätter kl. 08:06.');
    // Exactly on a minute it stays that minute.
    expect(breakText({ timer: running }, t0 + 30_000, 0)).toBe('Paus. Vi fortsätter kl. 08:01.');
  });

  it('a plan without steps shows its title and nothing else; an ended run says so', () => {
    const state = initialRun([], '2025-03-04');
    expect(projectorView({ title: 'Rådet', steps: [] }, state, t0)).toEqual({
      type: 'show',
      context: 'Rådet',
      title: 'Rådet',
      instructions: '',
      timer: { status: 'idle', remainingMs: 0, durationMs: 0 },
      finished: false,
    });
    expect(projectorView({ title: 'Rådet', steps: [] }, { ...state, finishedAt: t0 }, t0).finished).toBe(true);
  });
});

describe('a stored run, with the module loaded inside the test', () => {
  // The shape checks are made when the module loads; loading it anew here checks them, not a copy.
  it('keeps numbers and records, and refuses what is neither', async () => {
    vi.resetModules();
    const { parseRunState: parse } = await import('../../src/shared/workshop-run');
    const timer = { status: 'running', durationMs: MIN, endsAt: t0 };
    expect(parse({ v: 1, index: 1, timer, startedAt: t0, notes: { 'a:0': 'Ett' } }, steps, '')).toMatchObject({ index: 1, timer, startedAt: t0, notes: { 'a:0': 'Ett' } });
    expect(parse({ v: 1, index: 1, timer: [timer], startedAt: '1', finishedAt: Infinity, notes: [['a:0', 'Ett']] }, steps, '')).toMatchObject({
      index: 1,
      timer: idleTimer(20),
      startedAt: null,
      finishedAt: null,
      notes: {},
    });
    expect(parse({ v: 1, index: 1, timer: { ...timer, endsAt: NaN } }, steps, '').timer).toEqual(idleTimer(20));
  });
});
