// The workshop documentation at its edges: breaks with notes, runs without a start time, notes that
// look like Markdown headings or carry Windows line endings, missing dates and long titles in file names.
import { describe, expect, it } from 'vitest';
import { exerciseMap, workshopPlan, type SavedWorkshop } from '../../src/shared/workshop';
import { initialRun, type RunState } from '../../src/shared/workshop-run';
import { buildDocumentation, documentationFilename, documentationJson, documentationMarkdown, type WorkshopDocumentation } from '../../src/shared/workshop-doc';
import { exerciseInfo } from './support/exercise';

const prio = exerciseInfo('prio', [10, 20], { title: 'Prioritering', step: (n) => ({ title: n === 1 ? 'Samla' : 'Välj', instructions: 'i', facilitator: 'f' }) });
const workshop: SavedWorkshop = {
  id: 'w-1',
  name: 'Rådet',
  date: '2025-03-04',
  start: '13:00',
  updated: '',
  items: [
    { key: 'b', kind: 'break', title: 'Fika', minutes: 15 },
    { key: 'a', kind: 'exercise', exerciseId: 'prio' },
    { key: 'c', kind: 'custom', title: 'Avrundning', minutes: 10, text: '' },
  ],
};
const plan = workshopPlan(workshop, exerciseMap({ exercises: [prio] }));
const withNotes = (notes: Record<string, string>, extra: Partial<RunState> = {}): RunState => ({ ...initialRun(plan.steps, '2025-03-04'), notes, ...extra });

describe('building the documentation', () => {
  it('a break appears, with its time, when someone wrote a note during it; notes and participants are trimmed', () => {
    const doc = buildDocumentation(plan, withNotes({ 'b:0': '  Kaffe \n', 'a:1': '\nTre val.  ' }, { participants: '  Elin  ' }));
    expect(doc).toEqual({
      format: 'samverkanshandboken/workshop-dokumentation',
      version: 1,
      title: 'Rådet',
      date: '2025-03-04',
      time: '13:00–13:55',
      participants: 'Elin',
      source: { kind: 'workshop', id: 'w-1' },
      items: [
        { title: 'Fika', kind: 'break', time: '13:00–13:15', steps: [{ title: 'Fika', minutes: 15, notes: 'Kaffe' }] },
        {
          title: 'Prioritering',
          kind: 'exercise',
          time: '13:15–13:45',
          steps: [
            { title: 'Samla', minutes: 10, notes: '' },
            { title: 'Välj', minutes: 20, notes: 'Tre val.' },
          ],
        },
        { title: 'Avrundning', kind: 'custom', time: '13:45–13:55', steps: [{ title: 'Avrundning', minutes: 10, notes: '' }] },
      ],
    });
  });

  it('a break whose note is only spaces is left out', () => {
    expect(buildDocumentation(plan, withNotes({ 'b:0': '   ' })).items.map((i) => i.title)).toEqual(['Prioritering', 'Avrundning']);
  });

  it('without a start time there are no clock times', () => {
    const doc = buildDocumentation({ ...plan, start: '' }, withNotes({}));
    expect(doc.time).toBe('');
    expect(doc.items.map((i) => i.time)).toEqual(['', '']);
  });
});

describe('Markdown', () => {
  const doc = (over: Partial<WorkshopDocumentation>): WorkshopDocumentation => ({ ...buildDocumentation(plan, withNotes({})), ...over });

  it('a note cannot become a heading, also when indented, and Windows line endings become plain ones', () => {
    const md = documentationMarkdown(buildDocumentation(plan, withNotes({ 'a:0': 'Rad ett\r\n  ## Två\rTre # inte rubrik' })));
    expect(md).toContain('### Steg 1: Samla\n\nRad ett\n  \\## Två\nTre # inte rubrik\n');
    expect(md).not.toContain('\r');
  });

  it('each step of an exercise gets its heading and its notes, with a blank line between steps', () => {
    expect(documentationMarkdown(buildDocumentation(plan, withNotes({ 'a:1': 'Tre val.' })))).toContain(
      '## 1. Prioritering (13:15–13:45)\n\n### Steg 1: Samla\n\n_Inga anteckningar._\n\n### Steg 2: Välj\n\nTre val.\n\n## 2. Avrundning',
    );
  });

  it('the participants are escaped the same way', () => {
    expect(documentationMarkdown(doc({ participants: '# Elin\nAhmed' }))).toContain('## Deltagare\n\n\\# Elin\nAhmed\n');
  });

  it('the notes of a break or custom item come under its heading, several joined by a blank line', () => {
    const md = documentationMarkdown(
      doc({
        items: [
          { title: 'Fika', kind: 'break', time: '', steps: [{ title: 'Fika', minutes: 15, notes: 'Ett' }, { title: 'x', minutes: 1, notes: '' }, { title: 'y', minutes: 1, notes: 'Två' }] },
          { title: 'Avrundning', kind: 'custom', time: '13:45–13:55', steps: [{ title: 'Avrundning', minutes: 10, notes: '' }] },
        ],
      }),
    );
    expect(md).toContain('## 1. Fika\n\nEtt\n\nTvå\n\n## 2. Avrundning (13:45–13:55)\n\n_Inga anteckningar._\n');
  });

  it('without a date it says so; a date that is not YYYY-MM-DD is shown as it is', () => {
    expect(documentationMarkdown(doc({ date: '' }))).toContain('- **Datum:** Inte angivet\n');
    expect(documentationMarkdown(doc({ date: '4 mars' }))).toContain('- **Datum:** 4 mars\n');
  });

  it('ends with exactly one newline', () => {
    const md = documentationMarkdown(doc({}));
    expect(md.slice(-22)).toBe('\n_Inga anteckningar._\n');
    const head = '# Dokumentation från workshopen: Rådet\n\n- **Datum:** tisdag 4 mars 2025\n- **Tid:** 13:00–13:55\n\n## Deltagare\n\n_Inte angivet._\n\n## 1. Prioritering (13:15–13:45)\n\n';
    expect(md.slice(0, head.length)).toBe(head);
  });
});

describe('files', () => {
  it('JSON is indented by two spaces and ends with a newline', () => {
    const d = buildDocumentation(plan, withNotes({}));
    const json = documentationJson(d);
    expect(json).toBe(`${JSON.stringify(d, null, 2)}\n`);
    expect(json).toContain('\n  "format": "samverkanshandboken/workshop-dokumentation",\n');
  });

  it('a long title is cut to 60 characters without a trailing hyphen; no date, no date in the name', () => {
    const title = `${'a'.repeat(59)} ${'b'.repeat(10)}`;
    expect(documentationFilename({ title, date: '2025-03-04' }, 'md')).toBe(`dokumentation-${'a'.repeat(59)}-2025-03-04.md`);
    expect(documentationFilename({ title: 'Rådet för trygghet', date: '' }, 'json')).toBe('dokumentation-radet-for-trygghet.json');
  });
});
