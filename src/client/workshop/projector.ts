/**
 * The projector window (/workshop/projektor/). It shows the last ProjectorView the facilitator's
 * screen sent and counts the timer down with its own clock from the moment the view arrived, so it
 * needs no message per second and stays right even if the two windows' clocks differ.
 */
import { wt } from '../../i18n/workshop';
import type { ProjectorView } from '../../shared/workshop-run';
import { formatCountdown, msToNextSecond } from '../../shared/workshop-timer';
import { openChannel, whenRunnerGone, type ToRunner } from './channel';
import { must, plainText } from './dom';

const root = must(document, '[data-projector]');
const el = {
  context: must(root, '[data-proj-context]'),
  title: must(root, '[data-proj-title]'),
  instructions: must(root, '[data-proj-instructions]'),
  waiting: must(root, '[data-proj-waiting]'),
  timerBox: must(root, '[data-proj-timer-box]'),
  timer: must(root, '[data-proj-timer]'),
  state: must(root, '[data-proj-state]'),
  cue: must(root, '[data-proj-cue]'),
  fullscreen: must<HTMLButtonElement>(root, '[data-fullscreen]'),
};

/** The smallest share of the normal type size a long step may shrink to. */
const MIN_FIT = 0.6;

let view: ProjectorView | undefined;
let receivedAt = 0;
/** The runner tab this projector follows (the first it heard from), and the line that names it. */
let followed: string | undefined;
const runnerLine = Object.assign(document.createElement('p'), { className: 'projector__runner', hidden: true });
el.context.after(runnerLine);

el.waiting.hidden = false;

/** Accepts only the fields the projector shows, with the right types. */
function readView(data: unknown): ProjectorView | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<ProjectorView>;
  const t = d.timer;
  if (d.type !== 'show' || typeof d.title !== 'string' || typeof d.context !== 'string' || typeof d.instructions !== 'string') return undefined;
  if (!t || !['idle', 'running', 'paused'].includes(t.status) || typeof t.remainingMs !== 'number' || typeof t.durationMs !== 'number') return undefined;
  return { type: 'show', context: d.context, title: d.title, instructions: d.instructions, timer: { status: t.status, remainingMs: t.remainingMs, durationMs: t.durationMs }, finished: d.finished === true };
}

function readRunner(data: unknown): { id: string; name: string } | undefined {
  const r = typeof data === 'object' && data !== null ? (data as { runner?: { id?: unknown; name?: unknown } }).runner : undefined;
  return r && typeof r.id === 'string' && typeof r.name === 'string' ? { id: r.id, name: r.name.slice(0, 200) } : undefined;
}

function remaining(): number {
  if (!view) return 0;
  return view.timer.status === 'running' ? view.timer.remainingMs - (Date.now() - receivedAt) : view.timer.remainingMs;
}

function draw(): void {
  if (!view) return;
  el.waiting.hidden = true;
  el.context.textContent = view.context;
  if (view.finished) {
    el.title.textContent = wt('projector.finished.title');
    el.instructions.replaceChildren();
    el.timerBox.hidden = true;
    return;
  }
  el.title.textContent = view.title;
  el.instructions.replaceChildren(...plainText(view.instructions));
  el.timerBox.hidden = false;
  drawTimer();
  fit();
}

/** A room cannot scroll the projector: a step that does not fit gets smaller type, step by step, down to MIN_FIT. */
function fit(): void {
  const overflows = () => document.documentElement.scrollHeight > window.innerHeight;
  let scale = 1;
  root.style.setProperty('--proj-fit', '1');
  while (scale > MIN_FIT && overflows()) {
    scale = Math.round((scale - 0.05) * 100) / 100;
    root.style.setProperty('--proj-fit', String(scale));
  }
}
window.addEventListener('resize', () => view && fit());

let lastTimer = '';
let nextTick: number | undefined;
/** Redraws the timer, again exactly when the shown second changes. */
function drawTimer(): void {
  window.clearTimeout(nextTick);
  if (!view || view.finished) return;
  const left = remaining();
  nextTick = window.setTimeout(drawTimer, view.timer.status === 'running' ? msToNextSecond(left) : 1000);
  const up = view.timer.status !== 'idle' && left <= 0;
  const state = view.timer.status === 'paused' ? wt('runner.paused') : view.timer.status === 'idle' ? wt('runner.notStarted') : '';
  const key = `${formatCountdown(left)}|${up}|${state}`;
  if (key === lastTimer) return;
  lastTimer = key;
  el.timer.textContent = formatCountdown(left);
  el.timer.classList.toggle('is-long', el.timer.textContent.length > 5);
  el.state.textContent = state;
  el.state.hidden = !state || up;
  el.cue.hidden = !up;
  el.timerBox.classList.toggle('is-up', up);
}

const channel = openChannel();
channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
  const runner = readRunner(event.data);
  const next = readView(event.data);
  if (!runner || !next) return;
  if (followed === undefined) {
    followed = runner.id;
    whenRunnerGone(runner.id, () => {
      if (followed !== runner.id) return;
      // The followed tab closed: take whichever runner answers next.
      followed = undefined;
      channel.postMessage({ type: 'hello' } satisfies ToRunner);
    });
  }
  if (runner.id !== followed) return;
  runnerLine.textContent = wt('projector.following', { name: runner.name });
  runnerLine.hidden = false;
  view = next;
  receivedAt = Date.now();
  lastTimer = '';
  draw();
});
channel?.postMessage({ type: 'hello' } satisfies ToRunner);

if (document.fullscreenEnabled) {
  // In full screen the button would be projected to the room: it hides (Esc leaves full screen).
  const label = () => {
    el.fullscreen.textContent = wt('projector.fullscreen.enter');
    el.fullscreen.hidden = document.fullscreenElement !== null;
  };
  el.fullscreen.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  });
  document.addEventListener('fullscreenchange', label);
  label();
}
