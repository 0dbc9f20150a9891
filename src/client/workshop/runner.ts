/**
 * The facilitator's screen (/workshop/kor/). State lives in a RunState (src/shared/workshop-run.ts),
 * saved to localStorage after every change; the timer is redrawn from its absolute end time each time
 * the shown second changes, so time keeps counting across reloads. The projector window gets a
 * ProjectorView over a BroadcastChannel on every change and when it asks.
 */
import { formatClock, formatMinutes } from '../../shared/agenda';
import { stepClockTimes, workshopHref, type RunPlan } from '../../shared/workshop';
import {
  describeDeviation,
  formatElapsed,
  projectorView,
  reduceRun,
  runDate,
  runProgress,
  stepContext,
  type RunAction,
  type RunState,
} from '../../shared/workshop-run';
import { formatCountdown, formatOvertime, isTimeUp, msToNextSecond, remainingMs, spokenDuration, timerCue } from '../../shared/workshop-timer';
import { wt } from '../../i18n/workshop';
import { siteStrings } from '../../i18n/site';
import { openChannel, runnerLock, type ToProjector, type ToRunner } from './channel';
import { h, makeAnnouncer, must, plainText, showNotice } from './dom';
import { confirmDialog } from '../ui/dialog';
import { onOtherTab } from '../storage/index';
import { runKey } from '../../shared/storage/keys';
import { sourceKey } from '../../shared/workshop';
import { openPagePlan } from './plan';
import { playTimeUp, prepareSound } from './sound';
import { loadRun, loadSaved, reportProblems, storeRun } from './store';
import { urls } from '../../shared/urls';

const root = must(document, '[data-runner]');
const errorBox = must(root, '[data-run-error]');

void init();

async function init(): Promise<void> {
  const page = await openPagePlan(must(root, '[data-run-loading]'), errorBox);
  if (page.status === 'ok') new Runner(page.plan).start();
  else showChooser();
}

function showChooser(): void {
  must(root, '[data-run-chooser]').hidden = false;
  // Server-rendered as ?ovning= (the link checker reads fragments as anchors); the hash form also works offline.
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-run-link]')) a.href = workshopHref(urls.workshopRun, { kind: 'ovning', id: a.dataset['runLink']! });
  const saved = loadSaved();
  if (!saved.length) return;
  must(root, '[data-chooser-saved]').hidden = false;
  must(root, '[data-chooser-saved-list]').replaceChildren(
    ...saved.map((w) => h('li', {}, h('a', { text: w.name, attrs: { href: workshopHref(urls.workshopRun, { kind: 'workshop', id: w.id }) } }))),
  );
}

/** Keys that are typed, not shortcuts, in these elements. */
const TEXT_ENTRY = 'input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable]:not([contenteditable="false"])';
/** Elements whose own action the space bar triggers. */
const SPACE_ACTIVATES = 'button, a[href], summary, input, [role="button"], [role="checkbox"], [role="link"]';

class Runner {
  private state: RunState;
  private readonly el = {
    title: must(root, '[data-run-title]'),
    planLine: must(root, '[data-run-plan]'),
    warning: must(root, '[data-run-warning]'),
    context: must(root, '[data-step-context]'),
    stepTitle: must(root, '[data-step-title]'),
    stepMeta: must(root, '[data-step-meta]'),
    timerBox: must(root, '[data-timer-box]'),
    timerState: must(root, '[data-timer-state]'),
    clock: must(root, '[data-timer-clock]'),
    cue: must(root, '[data-timer-cue]'),
    over: must(root, '[data-timer-over]'),
    toggle: must<HTMLButtonElement>(root, '[data-timer-toggle]'),
    add: must<HTMLButtonElement>(root, '[data-timer-add]'),
    reset: must<HTMLButtonElement>(root, '[data-timer-reset]'),
    sound: must<HTMLInputElement>(root, '[data-sound]'),
    prev: must<HTMLButtonElement>(root, '[data-prev]'),
    next: must<HTMLButtonElement>(root, '[data-next]'),
    instructions: must(root, '[data-step-instructions]'),
    facilitator: must(root, '[data-step-facilitator]'),
    notesLabel: must(root, '[data-notes-label]'),
    notes: must<HTMLTextAreaElement>(root, '[data-notes]'),
    elapsed: must(root, '[data-progress-elapsed]'),
    planned: must(root, '[data-progress-planned]'),
    position: must(root, '[data-progress-state]'),
    agenda: must(root, '[data-agenda]'),
    docLink: must<HTMLAnchorElement>(root, '[data-doc-link]'),
    finish: must<HTMLButtonElement>(root, '[data-finish]'),
    restart: must<HTMLButtonElement>(root, '[data-restart]'),
    finished: must(root, '[data-finished]'),
  };
  private readonly announce = makeAnnouncer(must(root, '[data-announcer]'));
  private channel: BroadcastChannel | undefined;
  private readonly clockTimes: string[];
  private previousRemaining: number | undefined;
  private lastDrawn = '';
  private nextTick: number | undefined;
  private storageWarned = false;

  constructor(private readonly plan: RunPlan) {
    this.state = loadRun(plan.source, plan.steps, runDate(plan, new Date()));
    this.clockTimes = stepClockTimes(plan).map((s) => formatClock(s.start));
  }

  start(): void {
    const { plan, el } = this;
    document.title = `${plan.title} – ${wt('runner.title')} – ${siteStrings['site.name']}`;
    el.title.textContent = plan.title;
    const total = formatMinutes(plan.steps.reduce((sum, s) => sum + s.minutes, 0));
    const parts = [plan.source.kind === 'ovning' ? wt('runner.plan.exercise') : wt('runner.plan.workshop'), wt('runner.plan.steps', { n: plan.steps.length }), total];
    if (plan.start) parts.push(wt('runner.plan.start', { time: plan.start }));
    el.planLine.textContent = parts.join(' · ');
    if (plan.missing.length) showNotice(el.warning, wt('error.missing', { ids: plan.missing.join(', ') }));
    el.docLink.href = workshopHref(urls.workshopDocumentation, plan.source);
    el.planned.textContent = total;
    el.sound.checked = this.state.sound;
    this.buildAgenda();
    this.wire();
    reportProblems(el.warning);
    must(root, '[data-run]').hidden = false;
    this.drawStep();
    this.tick();
    this.broadcast();
  }

  private now(): number {
    return Date.now();
  }

  private dispatch(action: RunAction): void {
    const before = this.state;
    const focused = document.activeElement;
    const next = reduceRun(this.state, action, this.plan.steps);
    // Only this step's note goes from this tab into storage; the other steps' notes come back as stored
    // (another runner tab may have written them). When storage refuses, the screen still follows the
    // facilitator, and the warning says nothing is being saved.
    const stored = storeRun(this.plan.source, next, action.type === 'note' ? action.key : undefined);
    this.state = stored ?? next;
    if (!stored && !this.storageWarned) {
      this.storageWarned = true;
      showNotice(this.el.warning, wt('error.storage'));
    }
    if (before.index !== this.state.index) {
      this.previousRemaining = undefined;
      this.drawStep();
      // Focus on a button that is now disabled (first or last step) would fall to <body>: keep it on the heading.
      if (focused instanceof HTMLButtonElement && focused.disabled) this.el.stepTitle.focus();
      const step = this.plan.steps[this.state.index]!;
      this.announce(wt('runner.announce.step', { n: this.state.index + 1, count: this.plan.steps.length, title: step.title }));
    }
    if (before.finishedAt !== this.state.finishedAt) this.drawFinished();
    this.tick();
    if (action.type !== 'note' && action.type !== 'participants' && action.type !== 'sound') this.broadcast();
  }

  /** This tab, as the projector names it: the plan and when the tab was opened. */
  private get runnerId() {
    this.tabId ??= {
      id: Math.random().toString(36).slice(2, 10),
      name: wt('runner.tabName', { title: this.plan.title, time: new Date().toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' }) }),
    };
    return this.tabId;
  }
  private tabId: { id: string; name: string } | undefined;
  /** This tab's lock (see channel.ts): nothing goes to the projector before it is held. */
  private lock: ReturnType<typeof runnerLock> | undefined;

  private broadcast(): void {
    const message = { ...projectorView(this.plan, this.state, this.now()), runner: this.runnerId } satisfies ToProjector;
    this.lock ??= runnerLock(message.runner.id);
    void this.lock.hold().then(() => this.channel?.postMessage(message));
  }

  private connect(): void {
    this.channel = openChannel();
    this.channel?.addEventListener('message', (event: MessageEvent<ToRunner>) => {
      if (event.data?.type === 'hello') this.broadcast();
    });
  }

  private wire(): void {
    const { el } = this;
    // A mouse click leaves focus on the clicked button, where the space bar would press it again;
    // dropping focus lets space start and pause the timer as the shortcut promises. Keyboard and
    // assistive-technology activation (no pointer) keeps focus where it is.
    const control = (button: HTMLButtonElement, run: () => void) =>
      button.addEventListener('click', (event) => {
        run();
        const pointer = (event as PointerEvent).pointerType;
        if ((pointer !== undefined ? pointer !== '' : event.detail > 0) && document.activeElement === button) button.blur();
      });
    control(el.toggle, () => this.toggle());
    control(el.add, () => {
      this.dispatch({ type: 'add-minute', now: this.now() });
      this.announce(wt('runner.announce.added', { left: spokenDuration(remainingMs(this.state.timer, this.now())) }));
    });
    control(el.reset, () => {
      this.dispatch({ type: 'reset' });
      this.announce(wt('runner.announce.reset', { left: spokenDuration(this.state.timer.durationMs) }));
    });
    control(el.prev, () => this.dispatch({ type: 'prev' }));
    control(el.next, () => this.dispatch({ type: 'next' }));
    el.sound.addEventListener('change', () => {
      if (el.sound.checked) prepareSound();
      this.dispatch({ type: 'sound', on: el.sound.checked });
    });
    el.notes.addEventListener('input', () => {
      const step = this.plan.steps[this.state.index]!;
      this.dispatch({ type: 'note', key: step.key, text: el.notes.value });
    });
    el.finish.addEventListener('click', () => {
      this.dispatch({ type: 'finish', now: this.now() });
      this.announce(wt('runner.announce.finished'));
      el.finished.focus();
    });
    el.restart.addEventListener('click', () => {
      void confirmDialog({
        title: wt('runner.confirm.restart.title'),
        text: wt('runner.confirm.restart.text'),
        ok: wt('runner.confirm.restart.ok'),
        cancel: wt('builder.confirm.cancel'),
      }).then((ok) => {
        if (ok) this.dispatch({ type: 'restart' });
      });
    });
    // Audio may only start after a gesture: any click after a reload re-arms it.
    document.addEventListener('pointerdown', () => this.state.sound && prepareSound());
    document.addEventListener('keydown', (event) => this.onKey(event));
    this.connect();
    // Left for another page: the projector moves on, and the page closes its channel, because Chromium
    // drops a cached page whose channel gets a message. Back from the back-forward cache: it speaks again.
    window.addEventListener('pagehide', () => {
      this.lock?.release();
      this.channel?.close();
      this.channel = undefined;
    });
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      this.connect();
      this.broadcast();
    });
    // Another runner tab on this run wrote: take its notes (not the one being typed here) and position.
    onOtherTab(runKey(sourceKey(this.plan.source)), () => {
      const fresh = loadRun(this.plan.source, this.plan.steps, this.state.date);
      const step = this.plan.steps[this.state.index]!;
      const typing = document.activeElement === this.el.notes;
      const notes = { ...fresh.notes };
      if (typing) {
        if (this.el.notes.value) notes[step.key] = this.el.notes.value;
        else delete notes[step.key];
      }
      this.state = { ...this.state, notes };
      if (!typing) this.el.notes.value = notes[step.key] ?? '';
    });
  }

  private toggle(): void {
    if (this.state.sound) prepareSound();
    this.dispatch({ type: 'toggle', now: this.now() });
    const left = spokenDuration(Math.max(0, remainingMs(this.state.timer, this.now())));
    const step = this.plan.steps[this.state.index]!;
    if (this.state.timer.status === 'running') this.announce(wt('runner.announce.start', { left, step: step.title }));
    else this.announce(wt('runner.announce.pause', { left }));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(TEXT_ENTRY) || target?.closest('dialog[open]')) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.dispatch({ type: 'next' });
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      this.dispatch({ type: 'prev' });
    } else if (event.key === ' ' || event.code === 'Space') {
      if (target?.closest(SPACE_ACTIVATES)) return;
      event.preventDefault();
      if (!event.repeat) this.toggle();
    }
  }

  private buildAgenda(): void {
    const { plan } = this;
    const stepButton = (index: number) => {
      const step = plan.steps[index]!;
      const time = this.clockTimes[index];
      const button = h(
        'button',
        { class: 'ws-agenda__step', attrs: { type: 'button' }, data: { index: String(index) } },
        h('span', { class: 'ws-agenda__name', text: step.itemKind === 'exercise' ? `${step.stepIndex + 1}. ${step.title}` : step.title }),
        h('span', { class: 'ws-agenda__time', text: time ? `${time} · ${step.minutes} min` : `${step.minutes} min` }),
      );
      button.addEventListener('click', (event) => {
        this.dispatch({ type: 'goto', index });
        if ((event as PointerEvent).pointerType) button.blur();
      });
      return button;
    };
    const single = plan.items.length === 1 && plan.items[0]!.kind === 'exercise';
    if (single) {
      this.el.agenda.replaceChildren(...plan.steps.map((_, i) => h('li', {}, stepButton(i))));
      return;
    }
    this.el.agenda.replaceChildren(
      ...plan.items.map((item) => {
        const indexes = plan.steps.flatMap((s, i) => (s.itemKey === item.key ? [i] : []));
        if (item.kind !== 'exercise') return h('li', { class: `ws-agenda__item ws-agenda__item--${item.kind}` }, stepButton(indexes[0]!));
        return h(
          'li',
          { class: 'ws-agenda__item' },
          h('span', { class: 'ws-agenda__exercise', text: item.title }),
          h('ol', { class: 'ws-agenda__steps' }, ...indexes.map((i) => h('li', {}, stepButton(i)))),
        );
      }),
    );
  }

  private drawStep(): void {
    const { el, plan, state } = this;
    const step = plan.steps[state.index]!;
    el.context.textContent = stepContext(step, plan.title);
    el.stepTitle.textContent = step.title;
    const meta = [wt('runner.step.of', { n: state.index + 1, count: plan.steps.length }), wt('runner.step.time', { duration: formatMinutes(step.minutes) })];
    const clock = this.clockTimes[state.index];
    if (clock) meta.push(wt('runner.step.clock', { time: clock }));
    el.stepMeta.textContent = meta.join(' · ');
    el.instructions.replaceChildren(...(step.instructions ? plainText(step.instructions) : [h('p', { class: 'muted', text: wt('runner.instructions.none') })]));
    el.facilitator.replaceChildren(...(step.facilitator ? plainText(step.facilitator) : [h('p', { class: 'muted', text: wt('runner.facilitator.none') })]));
    el.notesLabel.textContent = wt('runner.notes.label', { step: step.title });
    el.notes.value = state.notes[step.key] ?? '';
    el.prev.disabled = state.index === 0;
    el.next.disabled = state.index === plan.steps.length - 1;
    for (const b of el.agenda.querySelectorAll<HTMLButtonElement>('[data-index]')) {
      const i = Number(b.dataset['index']);
      if (i === state.index) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
      b.classList.toggle('is-done', i < state.index);
    }
    this.drawFinished();
  }

  private drawFinished(): void {
    this.el.finished.hidden = this.state.finishedAt === null;
    this.el.finish.disabled = this.state.finishedAt !== null;
  }

  /**
   * Redraws the timer and progress; announces and sounds the one-minute and time-up cues once. It runs
   * again exactly when the shown second changes (and at least once a second for the elapsed time).
   */
  private tick(): void {
    const { el, state } = this;
    const now = this.now();
    const remaining = remainingMs(state.timer, now);
    window.clearTimeout(this.nextTick);
    this.nextTick = window.setTimeout(() => this.tick(), state.timer.status === 'running' ? msToNextSecond(remaining) : 1000);
    if (state.timer.status === 'running') {
      const cue = timerCue(this.previousRemaining, remaining);
      const step = this.plan.steps[state.index]!;
      if (cue === 'one-minute') this.announce(wt('runner.announce.oneMinute'));
      if (cue === 'time-up') {
        this.announce(wt('runner.announce.timeUp', { step: step.title }));
        if (state.sound) playTimeUp();
      }
      this.previousRemaining = remaining;
    } else {
      this.previousRemaining = undefined;
    }
    const up = isTimeUp(state.timer, now);
    const progress = runProgress(state, this.plan.steps, now);
    const status = state.timer.status;
    const drawn = [formatCountdown(remaining), up, up ? formatOvertime(remaining) : '', status, formatElapsed(progress.elapsedMs), describeDeviation(progress.deviationMs), state.finishedAt].join('|');
    if (drawn === this.lastDrawn) return;
    this.lastDrawn = drawn;
    el.clock.textContent = formatCountdown(remaining);
    el.cue.hidden = !up;
    el.over.hidden = !up || remaining > -1000;
    el.over.textContent = wt('runner.overtime', { time: formatOvertime(remaining) });
    el.timerBox.classList.toggle('is-up', up);
    el.timerBox.classList.toggle('is-running', status === 'running');
    // One state at a time: when the time is up, the cue replaces "Tiden går".
    el.timerState.textContent = up ? '' : status === 'running' ? wt('runner.running') : status === 'paused' ? wt('runner.paused') : wt('runner.notStarted');
    el.timerState.hidden = up;
    el.toggle.textContent = status === 'running' ? wt('runner.pause') : status === 'paused' ? wt('runner.resume') : wt('runner.start');
    el.elapsed.textContent = progress.started ? formatElapsed(progress.elapsedMs) : wt('runner.progress.notStarted');
    el.position.textContent = state.finishedAt !== null ? wt('runner.progress.finished') : progress.started ? describeDeviation(progress.deviationMs) : '–';
  }
}
