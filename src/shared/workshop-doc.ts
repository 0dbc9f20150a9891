/**
 * "Dokumentation från workshopen": what a run produced (date, participants, each step's notes) as one
 * document, exported as Markdown and JSON entirely on the device.
 */
import { agendaSlots, formatSlot, parseClock } from './agenda';
import { asciiId } from './slug';
import { formatLongDate, type ItemKind, type RunPlan, type RunSource } from './workshop';
import type { RunState } from './workshop-run';
import { wt } from '../i18n/workshop';

export interface DocStep {
  title: string;
  minutes: number;
  notes: string;
}

export interface DocItem {
  title: string;
  kind: ItemKind;
  /** "09:00–09:45", or '' when the run has no start time. */
  time: string;
  steps: DocStep[];
}

export interface WorkshopDocumentation {
  format: 'samverkanshandboken/workshop-dokumentation';
  version: 1;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** "09:00–11:45" for a workshop with a start time, otherwise ''. */
  time: string;
  participants: string;
  source: RunSource;
  items: DocItem[];
}

/** The documentation of a run. Breaks appear only when someone wrote a note during them. */
export function buildDocumentation(plan: RunPlan, state: RunState): WorkshopDocumentation {
  const start = parseClock(plan.start);
  const slots = start === undefined ? [] : agendaSlots(start, plan.items);
  const items: DocItem[] = [];
  plan.items.forEach((item, i) => {
    const steps = plan.steps
      .filter((s) => s.itemKey === item.key)
      .map((s) => ({ title: s.title, minutes: s.minutes, notes: (state.notes[s.key] ?? '').trim() }));
    if (item.kind === 'break' && steps.every((s) => !s.notes)) return;
    const slot = slots[i];
    items.push({ title: item.title, kind: item.kind, time: slot ? formatSlot(slot) : '', steps });
  });
  const first = slots[0];
  const last = slots[slots.length - 1];
  return {
    format: 'samverkanshandboken/workshop-dokumentation',
    version: 1,
    title: plan.title,
    date: state.date,
    time: first && last ? formatSlot({ start: first.start, end: last.end }) : '',
    participants: state.participants.trim(),
    source: plan.source,
    items,
  };
}

export const NO_NOTES = wt('doc.notes.none');

/** Notes as Markdown: line endings normalised, and a leading "#" escaped so a note cannot become a heading. */
function markdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^(\s*)#/, '$1\\#'))
    .join('\n');
}

export function documentationMarkdown(doc: WorkshopDocumentation): string {
  const out: string[] = [`# ${wt('doc.title')}: ${doc.title}`, ''];
  out.push(`- **${wt('doc.date')}:** ${formatLongDate(doc.date) || doc.date || wt('doc.date.none')}`);
  if (doc.time) out.push(`- **${wt('doc.time')}:** ${doc.time}`);
  out.push('', `## ${wt('doc.participants')}`, '', doc.participants ? markdownText(doc.participants) : `_${wt('doc.participants.none')}_`, '');
  doc.items.forEach((item, i) => {
    const heading = `## ${doc.items.length > 1 ? `${i + 1}. ` : ''}${item.title}${item.time ? ` (${item.time})` : ''}`;
    out.push(heading, '');
    if (item.kind === 'exercise') {
      item.steps.forEach((s, n) => {
        out.push(`### ${wt('doc.step', { n: n + 1, title: s.title })}`, '', s.notes ? markdownText(s.notes) : `_${NO_NOTES}_`, '');
      });
    } else {
      const notes = item.steps.map((s) => s.notes).filter(Boolean).join('\n\n');
      out.push(notes ? markdownText(notes) : `_${NO_NOTES}_`, '');
    }
  });
  return `${out.join('\n').trimEnd()}\n`;
}

export function documentationJson(doc: WorkshopDocumentation): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** "dokumentation-prioritering-av-problem-2025-03-04.md". */
export function documentationFilename(doc: Pick<WorkshopDocumentation, 'title' | 'date'>, extension: 'md' | 'json'): string {
  const name = asciiId(doc.title).slice(0, 60).replace(/-$/, '') || 'workshop';
  return `dokumentation-${name}${doc.date ? `-${doc.date}` : ''}.${extension}`;
}
