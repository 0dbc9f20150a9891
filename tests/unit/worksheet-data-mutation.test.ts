// Saved worksheet answers at their edges: which update time a merge keeps, what counts as content, and
// the Markdown export of every field kind, escaped so a reader's text cannot change the document.
import { describe, expect, it, vi } from 'vitest';
import { answersToMarkdown, buildExport, emptyAnswers, hasContent, mergeAnswers, type WorkspaceAnswers, type WorksheetCatalogue } from '../../src/shared/worksheet-data';

const now = new Date('2024-05-01T12:00:00Z');
const sheet = (fields: WorkspaceAnswers['worksheets'][string]['fields'], updated = '2024-04-01T00:00:00.000Z') => ({ updated, fields });
const answers = (worksheets: WorkspaceAnswers['worksheets']): WorkspaceAnswers => ({ version: 1, worksheets });

describe('merging', () => {
  it('keeps the later update time, whichever side it is on', () => {
    const base = answers({ a: sheet({ x: '1' }, '2024-06-01T00:00:00.000Z') });
    const older = answers({ a: sheet({ y: '2' }, '2024-01-01T00:00:00.000Z') });
    expect(mergeAnswers(base, older)).toEqual(answers({ a: sheet({ x: '1', y: '2' }, '2024-06-01T00:00:00.000Z') }));
    expect(mergeAnswers(older, base).worksheets['a']!.updated).toBe('2024-06-01T00:00:00.000Z');
  });

  it('leaves the saved answers as they were', () => {
    const base = answers({ a: sheet({ x: '1' }) });
    mergeAnswers(base, answers({ a: sheet({ x: '2' }), b: sheet({}) }));
    expect(base).toEqual(answers({ a: sheet({ x: '1' }) }));
  });

  it('an empty arbetsyta is version 1 without worksheets', () => {
    expect(emptyAnswers()).toEqual({ version: 1, worksheets: {} });
    expect(mergeAnswers(emptyAnswers(), emptyAnswers())).toEqual(emptyAnswers());
  });
});

describe('export', () => {
  it('wraps the answers with format, version, time and the arbetsyta’s name', () => {
    const data = answers({ a: sheet({ x: '1' }) });
    expect(buildExport('Rådet', data, now)).toEqual({ format: 'samverkanshandboken-arbetsyta', version: 1, exported: '2024-05-01T12:00:00.000Z', workspace: { name: 'Rådet' }, worksheets: data.worksheets });
  });
});

describe('content', () => {
  it('nothing, blanks and empty lists are no content; any text is', () => {
    expect(hasContent(undefined)).toBe(false);
    expect(hasContent('')).toBe(false);
    expect(hasContent(' \n\t')).toBe(false);
    expect(hasContent([])).toBe(false);
    expect(hasContent([' '])).toBe(false);
    expect(hasContent(['', '0'])).toBe(true);
    expect(hasContent('x')).toBe(true);
  });
});

describe('Markdown', () => {
  const md = (data: WorkspaceAnswers, catalogue: WorksheetCatalogue, sections?: Record<string, string>) => answersToMarkdown('Rådet', data, catalogue, now, sections);

  it('starts with the arbetsyta, the export date and each worksheet’s last change', () => {
    expect(md(answers({ a: sheet({ x: 'Svar' }, '2024-04-02T23:00:00.000Z') }), { a: { title: 'Blad A', fields: [{ id: 'x', component: 'TextArea', label: 'Fråga' }] } })).toBe(
      '# Arbetsyta: Rådet\n\nExporterad 2024-05-01 från Samverkanshandboken.\n\n## Blad A\n\nSenast ändrad 2024-04-02.\n\n### Fråga\n\nSvar\n',
    );
  });

  it('escapes Markdown in names, titles, labels and answers, and keeps a text’s line breaks', () => {
    const out = answersToMarkdown('*Rådet* #1', answers({ a: sheet({ x: 'Rad [1]\nRad <2> | `3` _4_ \\' }) }), { a: { title: 'Blad #A', fields: [{ id: 'x', component: 'TextArea', label: 'Fråga *' }] } }, now);
    expect(out).toContain('# Arbetsyta: \\*Rådet\\* \\#1\n');
    expect(out).toContain('## Blad \\#A\n');
    expect(out).toContain('### Fråga \\*\n\nRad \\[1\\]  \nRad \\<2\\> \\| \\`3\\` \\_4\\_ \\\\\n');
  });

  it('a worksheet or field missing from the catalogue is shown by its id, every field as text', () => {
    const out = md(answers({ okand: sheet({ f1: 'Ett', f2: '' }) }), {});
    expect(out).toContain('## okand\n\nSenast ändrad 2024-04-01.\n\n### f1\n\nEtt\n');
    expect(out).not.toContain('### f2');
  });

  it('fields without content are left out; the catalogue decides the order', () => {
    const catalogue: WorksheetCatalogue = {
      a: {
        title: 'A',
        fields: [
          { id: 'andra', component: 'TextField', label: 'Andra' },
          { id: 'tom', component: 'TextField', label: 'Tom' },
          { id: 'forsta', component: 'TextField', label: 'Första' },
        ],
      },
    };
    const out = md(answers({ a: sheet({ forsta: '1', tom: ' ', andra: '2' }) }), catalogue);
    expect(out).toContain('### Andra\n\n2\n\n### Första\n\n1\n');
    expect(out).not.toContain('Tom');
  });

  it('a single choice shows its option, or the stored value when the option is gone', () => {
    const catalogue: WorksheetCatalogue = { a: { title: 'A', fields: [{ id: 'v', component: 'ChoiceField', label: 'Val', list: ['Ja', 'Nej'] }] } };
    expect(md(answers({ a: sheet({ v: '1' }) }), catalogue)).toContain('### Val\n\nNej\n');
    expect(md(answers({ a: sheet({ v: '7' }) }), catalogue)).toContain('### Val\n\n7\n');
    expect(md(answers({ a: sheet({ v: ['0', '9'] }) }), catalogue)).toContain('### Val\n\n- Ja\n- 9\n');
  });

  it('a priority matrix has a Problem column; a row’s id cell beyond the columns is left out, and so are empty rows', () => {
    const catalogue: WorksheetCatalogue = { a: { title: 'A', fields: [{ id: 'm', component: 'PriorityMatrix', label: 'Matris', list: ['Allvar', 'Hur ofta'] }] } };
    const out = md(answers({ a: sheet({ m: [['Buller', 'Hög', 'Ofta', 'rad-1'], [' ', '', '', 'rad-2'], ['Klotter', 'Låg', 'Sällan', 'rad-3']] }) }), catalogue);
    expect(out).toContain('### Matris\n\n| Problem | Allvar | Hur ofta |\n| --- | --- | --- |\n| Buller | Hög | Ofta |\n| Klotter | Låg | Sällan |\n');
    expect(out).not.toContain('rad-');
  });

  it('line breaks in a table cell become one space, so the row stays one row', () => {
    const catalogue: WorksheetCatalogue = { a: { title: 'A', fields: [{ id: 't', component: 'TableField', label: 'Tabell', list: ['Aktör', 'Roll'] }] } };
    expect(md(answers({ a: sheet({ t: [['Polisen\n\nKommunpolis', 'Leder\narbetet']] }) }), catalogue)).toContain('\n| Polisen Kommunpolis | Leder arbetet |\n');
  });

  it('a list answer in a worksheet missing from the catalogue shows the stored values', () => {
    expect(md(answers({ okand: sheet({ val: ['0', '2'] }) }), {})).toContain('### val\n\n- 0\n- 2\n');
  });

  it('a matrix without criteria has only the Problem column; a choice without options shows the stored value', () => {
    const catalogue: WorksheetCatalogue = {
      a: {
        title: 'A',
        fields: [
          { id: 'm', component: 'PriorityMatrix', label: 'Matris' },
          { id: 'v', component: 'ChoiceField', label: 'Val' },
        ],
      },
    };
    const out = md(answers({ a: sheet({ m: [['Buller', 'x']], v: '1' }) }), catalogue);
    expect(out).toContain('### Matris\n\n| Problem |\n| --- |\n| Buller |\n');
    expect(out).toContain('### Val\n\n1\n');
  });

  it('a table without column names keeps whole rows', () => {
    const catalogue: WorksheetCatalogue = { a: { title: 'A', fields: [{ id: 't', component: 'TableField', label: 'Tabell' }] } };
    expect(md(answers({ a: sheet({ t: [['a', 'b']] }) }), catalogue)).toContain('\n| a | b |\n');
  });

  it('adds sections under their worksheet, also for a worksheet without answers', () => {
    const catalogue: WorksheetCatalogue = { a: { title: 'A', fields: [] }, b: { title: 'Lägesbild', fields: [] } };
    const out = md(answers({ a: sheet({}) }), catalogue, { a: '  Tabell A  \n', b: '\nTabell B\n', c: 'Tabell C' });
    expect(out).toBe(
      '# Arbetsyta: Rådet\n\nExporterad 2024-05-01 från Samverkanshandboken.\n\n## Lägesbild\n\nTabell B\n\n## c\n\nTabell C\n\n## A\n\nSenast ändrad 2024-04-01.\n\nTabell A\n',
    );
  });
});

describe('loaded inside the test', () => {
  // emptyAnswers is made when the module loads; loading it anew here checks it, not a copy.
  it('an empty arbetsyta is a fresh object each time', async () => {
    vi.resetModules();
    const { emptyAnswers: empty } = await import('../../src/shared/worksheet-data');
    const a = empty();
    expect(a).toEqual({ version: 1, worksheets: {} });
    a.worksheets['x'] = sheet({});
    expect(empty()).toEqual({ version: 1, worksheets: {} });
  });
});
