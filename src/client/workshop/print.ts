/**
 * The print view (/workshop/utskrift/): agenda plus facilitator pack for a saved workshop (or one
 * exercise), built from data.json and the saved workshop. The browser's print dialog does the rest
 * (A4 rules in workshop.css and print.css).
 */
import { agendaSlots, formatClock, formatMinutes, formatSlot, parseClock } from '../../shared/agenda';
import { formatLongDate, stepClockTimes, workshopHref, type ExerciseInfo, type RunPlan } from '../../shared/workshop';
import { wt } from '../../i18n/workshop';
import { siteStrings } from '../../i18n/site';
import { loadExercises } from './data';
import { h, must, plainText, showNotice, wirePrintButtons } from './dom';
import { openPagePlan } from './plan';
import { loadSaved } from './store';
import { urls } from '../../shared/urls';

const root = must(document, '[data-print-root]');
const doc = must(root, '[data-print-doc]');
const errorBox = must(root, '[data-print-error]');

void init();

async function init(): Promise<void> {
  must(root, '[data-print-tools]').hidden = false;
  const page = await openPagePlan(must(root, '[data-print-loading]'), errorBox);
  if (page.status === 'none') return chooseWorkshop();
  if (page.status === 'failed') return;
  // Already loaded for the plan (data.ts keeps it): no second request.
  const loaded = await loadExercises();
  render(page.plan, loaded.exercises, loaded.data.site);
  wirePrintButtons(root);
}

function chooseWorkshop(): void {
  const saved = loadSaved();
  doc.replaceChildren(
    h('p', { text: saved.length ? wt('print.choose') : wt('builder.saved.empty') }),
    h('ul', {}, ...saved.map((w) => h('li', {}, h('a', { text: w.name, attrs: { href: workshopHref(urls.workshopPrint, { kind: 'workshop', id: w.id }) } })))),
  );
}

function render(plan: RunPlan, exercises: ReadonlyMap<string, ExerciseInfo>, site: string): void {
  document.title = `${plan.title} – ${wt('print.title')} – ${siteStrings['site.name']}`;
  must(root, '[data-print-title]').textContent = plan.title;
  must(root, '[data-print-kicker]').hidden = false;
  const start = parseClock(plan.start);
  const slots = start === undefined ? [] : agendaSlots(start, plan.items);
  const totalMinutes = plan.items.reduce((sum, i) => sum + i.minutes, 0);
  const first = slots[0];
  const last = slots[slots.length - 1];
  const facts = [formatLongDate(plan.date), first && last ? formatSlot({ start: first.start, end: last.end }) : '', formatMinutes(totalMinutes)].filter(Boolean).join(' · ');
  if (plan.missing.length) showNotice(errorBox, wt('error.missing', { ids: plan.missing.join(', ') }));

  const agenda = h(
    'section',
    { class: 'ws-print__agenda', attrs: { 'aria-labelledby': 'print-agenda' } },
    h('h2', { text: wt('print.agenda'), attrs: { id: 'print-agenda' } }),
    h('p', { class: 'ws-print__facts', text: facts }),
    h(
      'table',
      { class: 'ws-print__table' },
      h('thead', {}, h('tr', {}, ...[wt('print.time'), wt('print.content'), wt('print.duration')].map((text) => h('th', { text, attrs: { scope: 'col' } })))),
      h(
        'tbody',
        {},
        ...plan.items.map((item, i) =>
          h(
            'tr',
            {},
            h('td', { text: slots[i] ? formatSlot(slots[i]) : '' }),
            h('th', { attrs: { scope: 'row' } }, item.title, kindNote(item.title, item.kind)),
            h('td', { text: formatMinutes(item.minutes) }),
          ),
        ),
      ),
      h('tfoot', {}, h('tr', {}, h('th', { text: wt('print.total'), attrs: { scope: 'row', colspan: '2' } }), h('td', { text: formatMinutes(totalMinutes) }))),
    ),
  );

  const stepTimes = stepClockTimes(plan).map((s) => formatClock(s.start));
  let n = 0;
  const guides = plan.items.flatMap((item) => {
    const ex = item.exerciseId ? exercises.get(item.exerciseId) : undefined;
    if (ex) return [exerciseGuide(ex, ++n, item.firstStep, stepTimes, site)];
    const step = plan.steps[item.firstStep];
    if (item.kind === 'custom' && step?.instructions) {
      return [h('article', { class: 'ws-print__custom' }, h('h3', { text: `${wt('kind.custom')}: ${item.title}` }), ...plainText(step.instructions))];
    }
    return [];
  });
  const pack = h('section', { class: 'ws-print__pack', attrs: { 'aria-labelledby': 'print-pack' } }, h('h2', { text: wt('print.pack'), attrs: { id: 'print-pack' } }), ...guides);
  doc.replaceChildren(agenda, pack);
}

/** " (övning)" after an agenda title, left out when the title already says it ("Paus"). */
function kindNote(title: string, kind: RunPlan['items'][number]['kind']): HTMLSpanElement | null {
  const label = wt(`kind.${kind}`);
  return title.toLowerCase() === label.toLowerCase() ? null : h('span', { class: 'ws-print__kind', text: ` (${label.toLowerCase()})` });
}

function list(items: string[]): HTMLUListElement {
  return h('ul', {}, ...items.map((i) => h('li', { text: i })));
}

function exerciseGuide(ex: ExerciseInfo, n: number, firstStep: number, stepTimes: string[], site: string): HTMLElement {
  const id = `print-ex-${n}`;
  const sub = (text: string) => h('h4', { text });
  const parts: (Node | null)[] = [
    h('h3', { text: wt('print.exercise', { n, title: ex.title }), attrs: { id } }),
    h('p', { class: 'ws-print__summary', text: ex.summary }),
    h('p', { class: 'ws-print__facts', text: `${formatMinutes(ex.minutes)} · ${wt('print.groupSize')}: ${ex.groupSize}` }),
    sub(wt('print.purpose')),
    h('p', { text: ex.purpose }),
    sub(wt('print.outcome')),
    h('p', { text: ex.outcome }),
    sub(wt('print.participants')),
    list(ex.participants),
  ];
  if (ex.materials.length) parts.push(sub(wt('print.materials')), list(ex.materials));
  if (ex.preparation.length) parts.push(sub(wt('print.preparation')), list(ex.preparation));
  if (ex.worksheets.length) {
    parts.push(
      sub(wt('print.worksheets')),
      h(
        'ul',
        {},
        ...ex.worksheets.map((w) => {
          const path = urls.worksheet(w.id);
          return h('li', {}, h('a', { text: w.title, attrs: { href: path } }), h('span', { class: 'ws-print__url', text: ` – ${site.replace(/^https?:\/\//, '')}${path}` }));
        }),
      ),
    );
  }
  let offset = 0;
  parts.push(
    sub(wt('print.steps')),
    h(
      'ol',
      { class: 'ws-print__steps' },
      ...ex.steps.map((s, i) => {
        const clock = stepTimes[firstStep + i];
        const when = clock ? wt('print.step.clock', { minutes: s.minutes, time: clock }) : wt('print.step.offset', { minutes: s.minutes, offset });
        offset += s.minutes;
        return h(
          'li',
          { class: 'ws-print__step' },
          h('p', { class: 'ws-print__step-title' }, h('strong', { text: s.title }), ` (${when})`),
          h('p', { class: 'ws-print__label', text: wt('print.toParticipants') }),
          ...plainText(s.instructions),
          h('div', { class: 'ws-print__facilitator' }, h('p', { class: 'ws-print__label', text: wt('print.toFacilitator') }), ...plainText(s.facilitator)),
        );
      }),
    ),
  );
  return h('article', { class: 'ws-print__exercise', attrs: { 'aria-labelledby': id } }, ...parts);
}
