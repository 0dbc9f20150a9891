/**
 * A workshop run as state + reducer: where the facilitator is, the step timer, when the run started and
 * ended, and what the group produced (notes per step). The runner stores the state in localStorage
 * after every action, so a reload resumes the same step with the timer still counting.
 */
import { formatClock, formatMinutes } from './agenda';
import { wt } from '../i18n/workshop';
import { isoDate, type RunPlan, type RunStep } from './workshop';
import { MINUTE, addMinute, idleTimer, pauseTimer, remainingMs, startTimer, toggleTimer, type TimerState } from './workshop-timer';

export interface RunState {
  v: 1;
  /** Index into RunPlan.steps. */
  index: number;
  timer: TimerState;
  /** When the first timer of the run was started (ms since epoch); null before. */
  startedAt: number | null;
  /** When the facilitator ended the run; null while it goes on. */
  finishedAt: number | null;
  /** Group notes by RunStep.key. Never sent to the projector. */
  notes: Record<string, string>;
  /** Who took part (free text, for the documentation). */
  participants: string;
  /** YYYY-MM-DD of the workshop, for the documentation. */
  date: string;
  /** Sound cue when the time is up (Web Audio); off by default. */
  sound: boolean;
}

export type RunAction =
  | { type: 'toggle' | 'start' | 'pause' | 'add-minute' | 'finish'; now: number }
  | { type: 'reset' | 'next' | 'prev' | 'restart' }
  | { type: 'goto'; index: number }
  | { type: 'note'; key: string; text: string }
  | { type: 'participants'; text: string }
  | { type: 'date'; date: string }
  | { type: 'sound'; on: boolean };

type Steps = readonly Pick<RunStep, 'minutes'>[];

/** A fresh run at the first step. `date` is the workshop's date (or today). */
export function initialRun(steps: Steps, date: string): RunState {
  return { v: 1, index: 0, timer: idleTimer(steps[0]?.minutes ?? 0), startedAt: null, finishedAt: null, notes: {}, participants: '', date, sound: false };
}

function goTo(state: RunState, steps: Steps, index: number): RunState {
  const target = Math.min(Math.max(0, index), Math.max(0, steps.length - 1));
  if (target === state.index) return state;
  return { ...state, index: target, timer: idleTimer(steps[target]?.minutes ?? 0) };
}

export function reduceRun(state: RunState, action: RunAction, steps: Steps): RunState {
  switch (action.type) {
    case 'start':
    case 'toggle': {
      const timer = action.type === 'start' ? startTimer(state.timer, action.now) : toggleTimer(state.timer, action.now);
      const started = timer.status === 'running';
      return {
        ...state,
        timer,
        startedAt: state.startedAt ?? (started ? action.now : null),
        finishedAt: started ? null : state.finishedAt,
      };
    }
    case 'pause':
      return { ...state, timer: pauseTimer(state.timer, action.now) };
    case 'add-minute':
      return { ...state, timer: addMinute(state.timer, action.now) };
    case 'reset':
      return { ...state, timer: idleTimer(steps[state.index]?.minutes ?? 0) };
    case 'next':
      return goTo(state, steps, state.index + 1);
    case 'prev':
      return goTo(state, steps, state.index - 1);
    case 'goto':
      return goTo(state, steps, action.index);
    case 'finish':
      return { ...state, timer: pauseTimer(state.timer, action.now), finishedAt: action.now, startedAt: state.startedAt ?? action.now };
    case 'restart':
      return { ...state, index: 0, timer: idleTimer(steps[0]?.minutes ?? 0), startedAt: null, finishedAt: null };
    case 'note': {
      const notes = { ...state.notes };
      if (action.text) notes[action.key] = action.text;
      else delete notes[action.key];
      return { ...state, notes };
    }
    case 'participants':
      return { ...state, participants: action.text };
    case 'date':
      return { ...state, date: action.date };
    case 'sound':
      return { ...state, sound: action.on };
  }
}

/** Elapsed against planned time for the facilitator's overview. */
export interface RunProgress {
  /** Since the first timer start (until the run was ended). */
  elapsedMs: number;
  /** The whole plan. */
  plannedMs: number;
  /** Where the plan says the run should be by now: earlier steps plus the time used of this one (capped at its plan). */
  plannedSoFarMs: number;
  /** elapsed − plannedSoFar: positive = behind the plan. */
  deviationMs: number;
  started: boolean;
}

export function runProgress(state: RunState, steps: Steps, now: number): RunProgress {
  const plannedMs = steps.reduce((sum, s) => sum + s.minutes * MINUTE, 0);
  const before = steps.slice(0, state.index).reduce((sum, s) => sum + s.minutes * MINUTE, 0);
  const stepPlan = (steps[state.index]?.minutes ?? 0) * MINUTE;
  // An idle timer has used nothing: its remaining time is its duration.
  const usedInStep = Math.max(0, state.timer.durationMs - remainingMs(state.timer, now));
  const plannedSoFarMs = before + Math.min(stepPlan, usedInStep);
  const elapsedMs = state.startedAt === null ? 0 : Math.max(0, (state.finishedAt ?? now) - state.startedAt);
  return { elapsedMs, plannedMs, plannedSoFarMs, deviationMs: elapsedMs - plannedSoFarMs, started: state.startedAt !== null };
}

/** "I fas med planen", "3 min efter planen", "2 min före planen". */
export function describeDeviation(deviationMs: number): string {
  const minutes = Math.round(Math.abs(deviationMs) / MINUTE);
  if (minutes === 0) return wt('runner.deviation.none');
  return wt(deviationMs > 0 ? 'runner.deviation.behind' : 'runner.deviation.ahead', { duration: formatMinutes(minutes) });
}

/** Elapsed time in whole minutes: "0 min", "1 h 5 min". */
export function formatElapsed(ms: number): string {
  return formatMinutes(Math.floor(ms / MINUTE));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => Number.isFinite(v);

function parseTimer(raw: unknown, fallbackMinutes: number): TimerState {
  if (isRecord(raw) && finite(raw['durationMs']) && raw['durationMs'] >= 0) {
    const durationMs = raw['durationMs'];
    if (raw['status'] === 'running' && finite(raw['endsAt'])) return { status: 'running', durationMs, endsAt: raw['endsAt'] };
    if (raw['status'] === 'paused' && finite(raw['remainingMs'])) return { status: 'paused', durationMs, remainingMs: raw['remainingMs'] };
    if (raw['status'] === 'idle') return { status: 'idle', durationMs };
  }
  return idleTimer(fallbackMinutes);
}

/**
 * A stored run (or a fresh one when the data is missing or broken). The step index is clamped to the
 * plan, which may have changed since (a workshop edited after the run began).
 */
export function parseRunState(raw: unknown, steps: Steps, date: string): RunState {
  const fresh = initialRun(steps, date);
  if (!isRecord(raw) || raw['v'] !== 1) return fresh;
  const index = finite(raw['index']) ? Math.min(Math.max(0, Math.floor(raw['index'])), Math.max(0, steps.length - 1)) : 0;
  const notes: Record<string, string> = {};
  if (isRecord(raw['notes'])) for (const [k, v] of Object.entries(raw['notes'])) if (typeof v === 'string' && v) notes[k] = v.slice(0, 20_000);
  const storedDate = typeof raw['date'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw['date']) ? raw['date'] : date;
  return {
    v: 1,
    index,
    timer: index === raw['index'] ? parseTimer(raw['timer'], steps[index]?.minutes ?? 0) : idleTimer(steps[index]?.minutes ?? 0),
    startedAt: finite(raw['startedAt']) ? raw['startedAt'] : null,
    finishedAt: finite(raw['finishedAt']) ? raw['finishedAt'] : null,
    notes,
    participants: typeof raw['participants'] === 'string' ? raw['participants'].slice(0, 4000) : '',
    date: storedDate,
    sound: raw['sound'] === true,
  };
}

/** The date a new run of a plan is documented under: the workshop's date, or today. */
export function runDate(plan: Pick<RunPlan, 'date'>, today: Date): string {
  return plan.date || isoDate(today);
}

/**
 * Everything the projector may show for the current step, and nothing else: the step title, the
 * participant instructions and the timer. Facilitator notes and group notes are never part of it, so
 * they never travel over the BroadcastChannel.
 */
export interface ProjectorView {
  type: 'show';
  /** "Prioritering av problem · Steg 2 av 6". */
  context: string;
  title: string;
  instructions: string;
  /** Remaining time when the view was made; the projector counts down from it with its own clock. */
  timer: { status: TimerState['status']; remainingMs: number; durationMs: number };
  finished: boolean;
}

export function stepContext(step: Pick<RunStep, 'itemKind' | 'itemTitle' | 'stepIndex' | 'stepCount'>, planTitle: string): string {
  if (step.itemKind === 'exercise') return wt('runner.context', { title: step.itemTitle, n: step.stepIndex + 1, count: step.stepCount });
  return planTitle;
}

/**
 * A running break tells the room the clock time it ends ("Paus. Vi fortsätter kl. 10:45."), rounded up
 * to the whole minute; paused or not yet started, how long it is. `now` is local time in ms.
 */
export function breakText(state: Pick<RunState, 'timer'>, now: number, timezoneOffsetMinutes = new Date(now).getTimezoneOffset()): string {
  const left = remainingMs(state.timer, now);
  if (state.timer.status !== 'running') return wt('projector.break.length', { duration: formatMinutes(Math.max(1, Math.ceil(left / MINUTE))) });
  const endLocalMinutes = Math.ceil((now + Math.max(0, left)) / MINUTE) - timezoneOffsetMinutes;
  return wt('projector.break.resume', { time: formatClock(endLocalMinutes) });
}

export function projectorView(plan: Pick<RunPlan, 'title' | 'steps'>, state: RunState, now: number): ProjectorView {
  const step = plan.steps[state.index];
  return {
    type: 'show',
    context: step ? stepContext(step, plan.title) : plan.title,
    title: step?.title ?? plan.title,
    instructions: step?.itemKind === 'break' ? breakText(state, now) : (step?.instructions ?? ''),
    timer: { status: state.timer.status, remainingMs: remainingMs(state.timer, now), durationMs: state.timer.durationMs },
    finished: state.finishedAt !== null,
  };
}
