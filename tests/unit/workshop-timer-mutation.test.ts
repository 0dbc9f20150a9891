// The workshop countdown's edges: pausing what is not running, +1 min while paused in overtime, the
// thresholds of the cues, overtime past an hour and the spoken durations at their boundaries.
import { describe, expect, it } from 'vitest';
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
} from '../../src/shared/workshop-timer';

const MIN = 60_000;
const t0 = Date.UTC(2025, 2, 4, 8, 0, 0);

describe('timer states', () => {
  it('a fresh timer shows its full length and is not running', () => {
    expect(idleTimer(15)).toEqual({ status: 'idle', durationMs: 15 * MIN });
    expect(remainingMs(idleTimer(15), t0 + 99 * MIN)).toBe(15 * MIN);
  });

  it('pausing a timer that is not running changes nothing', () => {
    const idle = idleTimer(5);
    expect(pauseTimer(idle, t0)).toBe(idle);
    const paused = pauseTimer(startTimer(idle, t0), t0 + MIN);
    expect(pauseTimer(paused, t0 + 3 * MIN)).toBe(paused);
    expect(remainingMs(paused, t0 + 3 * MIN)).toBe(4 * MIN);
  });

  it('starting a running timer keeps its end time; a paused one resumes with what was left', () => {
    const running = startTimer(idleTimer(5), t0);
    expect(startTimer(running, t0 + 2 * MIN)).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: t0 + 5 * MIN });
    const paused = pauseTimer(running, t0 + 2 * MIN);
    expect(paused).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN });
    expect(startTimer(paused, t0 + 10 * MIN)).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: t0 + 13 * MIN });
    expect(toggleTimer(idleTimer(5), t0)).toEqual(running);
  });

  it('a timer paused in overtime keeps counting the overtime and resumes in it', () => {
    const paused = pauseTimer(startTimer(idleTimer(1), t0), t0 + 90_000);
    expect(remainingMs(paused, t0 + 5 * MIN)).toBe(-30_000);
    expect(isTimeUp(paused, t0 + 5 * MIN)).toBe(true);
  });

  it('+1 min on a paused timer adds a minute to what is left, and in overtime gives one full minute', () => {
    const paused = pauseTimer(startTimer(idleTimer(10), t0), t0 + 4 * MIN);
    expect(addMinute(paused, t0 + 20 * MIN)).toEqual({ status: 'paused', durationMs: 11 * MIN, remainingMs: 7 * MIN });
    const over = pauseTimer(startTimer(idleTimer(1), t0), t0 + 3 * MIN);
    expect(addMinute(over, t0 + 4 * MIN)).toEqual({ status: 'paused', durationMs: 2 * MIN, remainingMs: MIN });
  });

  it('+1 min on a running timer lengthens the step by a minute and moves its end', () => {
    const running = startTimer(idleTimer(10), t0);
    expect(addMinute(running, t0 + MIN)).toEqual({ status: 'running', durationMs: 11 * MIN, endsAt: t0 + 11 * MIN });
    // In overtime the minute counts from now.
    expect(addMinute(running, t0 + 12 * MIN)).toEqual({ status: 'running', durationMs: 11 * MIN, endsAt: t0 + 13 * MIN });
  });

  it('time is up exactly when nothing is left, for a running or a paused timer, never for an idle one', () => {
    const running = startTimer(idleTimer(2), t0);
    expect(isTimeUp(running, t0 + 2 * MIN - 1)).toBe(false);
    expect(isTimeUp(running, t0 + 2 * MIN)).toBe(true);
    expect(isTimeUp(pauseTimer(running, t0 + 2 * MIN), t0 + 9 * MIN)).toBe(true);
    expect(isTimeUp(pauseTimer(running, t0 + MIN), t0 + 9 * MIN)).toBe(false);
    expect(isTimeUp(idleTimer(0), t0 + MIN)).toBe(false);
  });
});

describe('timer display', () => {
  it('rounds the shown seconds up and never below zero', () => {
    expect(displaySeconds(1)).toBe(1);
    expect(displaySeconds(1000)).toBe(1);
    expect(displaySeconds(1001)).toBe(2);
    expect(displaySeconds(0)).toBe(0);
    expect(displaySeconds(-1500)).toBe(0);
  });

  it('shows hours only from one hour, with padded minutes and seconds', () => {
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
    expect(formatCountdown(3_599_000)).toBe('59:59');
    expect(formatCountdown(5_000)).toBe('00:05');
    expect(formatCountdown(2 * 3_600_000 + 5 * MIN + 7_000)).toBe('2:05:07');
  });

  it('shows overtime in minutes and seconds, also past an hour, and nothing while time is left', () => {
    expect(formatOvertime(-(12 * 60 + 5) * 1000)).toBe('12:05');
    expect(formatOvertime(-75 * MIN)).toBe('75:00');
    expect(formatOvertime(-999)).toBe('0:00');
    expect(formatOvertime(-1000)).toBe('0:01');
    expect(formatOvertime(0)).toBe('0:00');
    expect(formatOvertime(5 * MIN)).toBe('0:00');
  });

  it('schedules the next redraw when the shown second changes', () => {
    expect(msToNextSecond(1000)).toBe(1000);
    expect(msToNextSecond(1999)).toBe(999);
    expect(msToNextSecond(-1000)).toBe(1000);
    expect(msToNextSecond(-1)).toBe(999);
  });
});

describe('cues and announcements', () => {
  it('time is up only when the time crosses zero from above', () => {
    expect(timerCue(1, 0)).toBe('time-up');
    expect(timerCue(0, -100)).toBeUndefined();
    expect(timerCue(1, 1)).toBeUndefined();
    expect(timerCue(-5, -6)).toBeUndefined();
  });

  it('one minute left only when the time crosses the minute from above', () => {
    expect(timerCue(MIN + 1, MIN)).toBe('one-minute');
    expect(timerCue(MIN, MIN - 1)).toBeUndefined();
    expect(timerCue(MIN + 2, MIN + 1)).toBeUndefined();
    expect(timerCue(2 * MIN, 30_000)).toBe('one-minute');
  });

  it('says seconds under a minute and whole minutes from one minute, singular and plural', () => {
    expect(spokenDuration(1000)).toBe('1 sekund');
    expect(spokenDuration(2000)).toBe('2 sekunder');
    expect(spokenDuration(59_000)).toBe('59 sekunder');
    expect(spokenDuration(59_001)).toBe('1 minut');
    expect(spokenDuration(89_000)).toBe('1 minut');
    expect(spokenDuration(90_000)).toBe('2 minuter');
    expect(spokenDuration(0)).toBe('0 sekunder');
  });
});
