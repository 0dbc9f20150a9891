/**
 * The documentation page (/workshop/dokumentation/): the run's notes as a document, with the date and
 * participants editable (saved into the run), printable and downloadable as Markdown and JSON.
 */
import { formatLongDate, workshopHref, type RunPlan } from '../../shared/workshop';
import { reduceRun, runDate, type RunAction, type RunState } from '../../shared/workshop-run';
import { buildDocumentation, documentationFilename, documentationJson, documentationMarkdown, type WorkshopDocumentation } from '../../shared/workshop-doc';
import { wt } from '../../i18n/workshop';
import { siteStrings } from '../../i18n/site';
import { downloadText } from '../ui/download';
import { h, makeAnnouncer, must, showNotice, wirePrintButtons } from './dom';
import { openPagePlan } from './plan';
import { hasRun, loadRun, loadSaved, storeRun } from './store';
import { urls } from '../../shared/urls';

const root = must(document, '[data-doc-root]');
const article = must(root, '[data-doc]');
const errorBox = must(root, '[data-doc-error]');
const announce = makeAnnouncer(must(root, '[data-announcer]'));

void init();

async function init(): Promise<void> {
  const page = await openPagePlan(must(root, '[data-doc-loading]'), errorBox);
  if (page.status === 'none') {
    const saved = loadSaved().filter((w) => hasRun({ kind: 'workshop', id: w.id }));
    showNotice(
      must(root, '[data-doc-notice]'),
      saved.length ? wt('doc.choose') : wt('doc.noRun'),
      h('ul', {}, ...saved.map((w) => h('li', {}, h('a', { text: w.name, attrs: { href: workshopHref(urls.workshopDocumentation, { kind: 'workshop', id: w.id }) } })))),
    );
    return;
  }
  if (page.status === 'failed') return;
  const { source, plan } = page;
  if (!hasRun(source)) showNotice(must(root, '[data-doc-notice]'), wt('doc.noRun'));
  let state = loadRun(source, plan.steps, runDate(plan, new Date()));
  const dispatch = (action: RunAction) => {
    // From the run as stored now: the runner may be going on in another tab.
    const next = reduceRun(loadRun(source, plan.steps, state.date), action, plan.steps);
    const stored = storeRun(source, next);
    if (!stored) showNotice(errorBox, wt('error.storage'));
    else state = stored;
    draw(plan, state);
  };

  const date = must<HTMLInputElement>(root, '[data-doc-date]');
  const participants = must<HTMLTextAreaElement>(root, '[data-doc-participants]');
  date.value = state.date;
  participants.value = state.participants;
  date.addEventListener('change', () => date.value && dispatch({ type: 'date', date: date.value }));
  participants.addEventListener('input', () => dispatch({ type: 'participants', text: participants.value }));
  must<HTMLAnchorElement>(root, '[data-doc-back]').href = workshopHref(urls.workshopRun, source);
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', () => {
      const doc = buildDocumentation(plan, state);
      const md = button.dataset['download'] === 'md';
      const name = documentationFilename(doc, md ? 'md' : 'json');
      downloadText(name, md ? documentationMarkdown(doc) : documentationJson(doc), md ? 'text/markdown;charset=utf-8' : 'application/json;charset=utf-8');
      announce(wt('doc.downloaded', { name }));
    });
  }
  must(root, '[data-doc-form]').hidden = false;
  wirePrintButtons(root);
  document.title = `${wt('doc.title')}: ${plan.title} – ${siteStrings['site.name']}`;
  draw(plan, state);
}

function draw(plan: RunPlan, state: RunState): void {
  const doc: WorkshopDocumentation = buildDocumentation(plan, state);
  const facts = h('dl', { class: 'ws-doc__facts' });
  const fact = (label: string, value: string) => facts.append(h('div', {}, h('dt', { text: label }), h('dd', { text: value })));
  fact(wt('doc.date'), formatLongDate(doc.date) || doc.date);
  if (doc.time) fact(wt('doc.time'), doc.time);
  fact(wt('doc.participants'), doc.participants || wt('doc.participants.none'));
  const notes = (text: string) => (text ? h('p', { class: 'ws-doc__notes', text }) : h('p', { class: 'muted', text: wt('doc.notes.none') }));
  article.replaceChildren(
    h('h2', { class: 'ws-doc__title', text: doc.title, attrs: { id: 'ws-doc-title' } }),
    facts,
    ...doc.items.map((item, i) =>
      h(
        'section',
        { class: 'ws-doc__item' },
        h('h3', { text: `${doc.items.length > 1 ? `${i + 1}. ` : ''}${item.title}${item.time ? ` (${item.time})` : ''}` }),
        ...(item.kind === 'exercise'
          ? item.steps.flatMap((s, n) => [h('h4', { text: wt('doc.step', { n: n + 1, title: s.title }) }), notes(s.notes)])
          : [notes(item.steps.map((s) => s.notes).filter(Boolean).join('\n\n'))]),
      ),
    ),
  );
  article.hidden = false;
}
