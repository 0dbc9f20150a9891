/**
 * The workshop countdown as data. A running timer stores the absolute time it ends (ms since epoch),
 * not a remaining count, so it keeps counting across a reload and in a throttled background tab;
 * every function takes `now` so tests (and Playwright's fake clock) decide what time it is.
 */

export type TimerState =
  /** Not started for this step: shows the full duration. */
  | { status: 'idle'; durationMs: number }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number };

export type TimerStatus = TimerState['status'];

export const MINUTE = 60_000;

export function idleTimer(minutes: number): TimerState {
  return { status: 'idle', durationMs: minutes * MINUTE };
}

/** Milliseconds left; negative once the time is up and the timer still runs (overtime). */
export function remainingMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case 'idle':
      return timer.durationMs;
    case 'running':
      return timer.endsAt - now;
    case 'paused':
      return timer.remainingMs;
  }
}

export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'running') return timer;
  return { status: 'running', durationMs: timer.durationMs, endsAt: now + remainingMs(timer, now) };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return { status: 'paused', durationMs: timer.durationMs, remainingMs: timer.endsAt - now };
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'running' ? pauseTimer(timer, now) : startTimer(timer, now);
}

/** +1 minute. In overtime the minute counts from now, so "+1 min" always gives a minute more to work. */
export function addMinute(timer: TimerState, now: number): TimerState {
  switch (timer.status) {
    case 'idle':
      return { ...timer, durationMs: timer.durationMs + MINUTE };
    case 'running':
      return { ...timer, durationMs: timer.durationMs + MINUTE, endsAt: Math.max(timer.endsAt, now) + MINUTE };
    case 'paused':
      return { ...timer, durationMs: timer.durationMs + MINUTE, remainingMs: Math.max(timer.remainingMs, 0) + MINUTE };
  }
}

/** Time is up: the timer was started for this step and nothing is left. */
export function isTimeUp(timer: TimerState, now: number): boolean {
  return timer.status !== 'idle' && remainingMs(timer, now) <= 0;
}

/** Whole seconds shown for a remaining time: rounded up, so a fresh 15-minute timer shows 15:00. */
export function displaySeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

/** 900 000 → "15:00", 59 000 → "00:59", 3 723 000 → "1:02:03". Negative values show as 00:00. */
export function formatCountdown(ms: number): string {
  const total = displaySeconds(ms);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Overtime as "0:32" or "12:05" (minutes unpadded), for "Över tiden: 0:32". */
export function formatOvertime(ms: number): string {
  const total = Math.max(0, Math.floor(-ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** What to tell the room between two readings of the same running timer. */
export type TimerCue = 'one-minute' | 'time-up';

/**
 * The cue crossed between the previous and the current remaining time (undefined when nothing
 * happened). A crossing is needed, so a reload after time is up does not sound or announce again.
 */
export function timerCue(previousMs: number | undefined, currentMs: number): TimerCue | undefined {
  if (previousMs === undefined) return undefined;
  if (previousMs > 0 && currentMs <= 0) return 'time-up';
  if (previousMs > MINUTE && currentMs <= MINUTE) return 'one-minute';
  return undefined;
}

/** "15 minuter", "1 minut", "30 sekunder" for announcements. */
export function spokenDuration(ms: number): string {
  const seconds = displaySeconds(ms);
  if (seconds < 60) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 minut' : `${minutes} minuter`;
}

/**
 * Milliseconds until the displayed second changes (1–1000), so a redraw lands exactly when the
 * countdown (or the overtime) ticks over instead of up to a polling interval late.
 */
export function msToNextSecond(ms: number): number {
  const rest = ((ms % 1000) + 1000) % 1000;
  return rest === 0 ? 1000 : rest;
}
