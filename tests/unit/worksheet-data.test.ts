import { describe, expect, it } from 'vitest';
import { answersToMarkdown, buildExport, hasContent, mergeAnswers, type WorkspaceAnswers } from '../../src/shared/worksheet-data';
import { readImport as readImportWith, type CatalogueLike } from '../../src/shared/storage/transfer';
import { LIMITS } from '../../src/shared/storage/limits';
import { SHAPES } from '../../src/shared/storage/schemas';
import { ShapeError } from '../../src/shared/storage/store';
import { parseFields } from '../../src/build/content/worksheet-fields-parse';

const data: WorkspaceAnswers = {
  version: 1,
  worksheets: {
    aktorskarta: { updated: '2024-03-01T10:00:00.000Z', fields: { omrade: 'Resecentrum', aktorer: [['Polisen', 'Kommunpolis'], ['', '']], val: ['0', '2'] } },
  },
};
const catalogueOf = (ids: string[]): CatalogueLike =>
  Object.fromEntries(
    ids.map((id) => [id, { title: id, fields: [{ id: 'omrade', component: 'TextField' }, { id: 'aktorer', component: 'TableField' }, { id: 'val', component: 'ChecklistField' }, { id: 'mal', component: 'TextArea' }] }]),
  );
const known = ['aktorskarta', 'atgardsplan'];
const readImport = (text: string, size: number, ids: Iterable<string>) => readImportWith(text, size, catalogueOf([...ids]));
const MAX_IMPORT_BYTES = LIMITS.importBytes;
const parseAnswers = (raw: unknown) => SHAPES.answers.parse(raw);

describe('stored answers', () => {
  it('accepts the stored shape and rejects anything else with a reason', () => {
    expect(parseAnswers(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(() => parseAnswers({ version: 2, worksheets: {} })).toThrow(ShapeError);
    expect(() => parseAnswers({ version: 1, worksheets: { 'A B': { fields: {} } } })).toThrow(/ogiltigt id/);
    expect(() => parseAnswers({ version: 1, worksheets: { a: { fields: { f: 3 } } } })).toThrow(/a\.fields\.f/);
    expect(() => parseAnswers('x')).toThrow(ShapeError);
  });
  it('knows an empty answer from a filled one', () => {
    expect(hasContent('  ')).toBe(false);
    expect(hasContent([['', ''], ['']])).toBe(false);
    expect(hasContent([['', 'x']])).toBe(true);
  });
});

describe('export and import', () => {
  const file = JSON.stringify(buildExport('Trygghetsrådet', data, new Date('2024-05-01T00:00:00Z')));

  it('round-trips an export', () => {
    const preview = readImport(file, file.length, known);
    expect(preview.name).toBe('Trygghetsrådet');
    expect(preview.known).toEqual(['aktorskarta']);
    expect(preview.fieldCount).toBe(3);
    expect(preview.data).toEqual(data);
  });
  it('keeps unknown worksheets out and says so', () => {
    const preview = readImport(file, file.length, new Set(['atgardsplan']));
    expect(preview.known).toEqual([]);
    expect(preview.unknown).toEqual(['aktorskarta']);
  });
  it.each([
    ['{ inte json', 20, /inte en giltig JSON-fil/],
    [JSON.stringify({ format: 'annat', version: 1 }), 40, /kommer inte från/],
    [JSON.stringify({ format: 'samverkanshandboken-arbetsyta', version: 7, worksheets: {} }), 80, /version 7/],
    [file, MAX_IMPORT_BYTES + 1, /för stor/],
    [file.replace('Resecentrum', 'x'.repeat(LIMITS.text + 1)), 200, /20001 tecken, högst 20000/],
  ])('rejects a bad file with a clear message (%#)', (text, size, message) => {
    expect(() => readImport(text, size, known)).toThrow(message);
  });
  it('merges field by field, imported values winning', () => {
    const incoming: WorkspaceAnswers = { version: 1, worksheets: { aktorskarta: { updated: '2024-04-01T00:00:00.000Z', fields: { omrade: 'Torget' } }, atgardsplan: { updated: '2024-04-01T00:00:00.000Z', fields: { mal: 'Färre inbrott' } } } };
    const merged = mergeAnswers(data, incoming);
    expect(merged.worksheets['aktorskarta']!.fields['omrade']).toBe('Torget');
    expect(merged.worksheets['aktorskarta']!.fields['val']).toEqual(['0', '2']);
    expect(merged.worksheets['aktorskarta']!.updated).toBe('2024-04-01T00:00:00.000Z');
    expect(merged.worksheets['atgardsplan']!.fields['mal']).toBe('Färre inbrott');
  });
  it('writes readable Markdown with labels, chosen options and tables', () => {
    const md = answersToMarkdown('Trygghetsrådet', data, {
      aktorskarta: {
        title: 'Aktörskarta',
        fields: [
          { id: 'omrade', component: 'TextField', label: 'Område' },
          { id: 'aktorer', component: 'TableField', label: 'Aktörer', list: ['Aktör', 'Roll'] },
          { id: 'val', component: 'ChoiceField', label: 'Källor', list: ['Polisen', 'NTU', 'Skolan'] },
        ],
      },
    }, new Date('2024-05-01T00:00:00Z'));
    expect(md).toContain('# Arbetsyta: Trygghetsrådet');
    expect(md).toContain('## Aktörskarta');
    expect(md).toContain('### Område\n\nResecentrum');
    expect(md).toContain('| Aktör | Roll |\n| --- | --- |\n| Polisen | Kommunpolis |');
    expect(md).not.toContain('|  |  |');
    expect(md).toContain('- Polisen\n- Skolan');
  });
});

describe('field catalogue from MDX', () => {
  it('reads every field component with its options', () => {
    const fields = parseFields(`## Del
<TextField id="namn" label="Namn" hint="T.ex. {inte kod}" />
<ChoiceField id="val" label="Välj" options={["Ett", "Två, tre"]} multiple />
<RatingField id="betyg" label="Hur väl?" min={1} max={4} />
<TableField id="rader" label="Rader" columns={["A", "B"]} rows={3} />`);
    expect(fields).toEqual([
      { id: 'namn', component: 'TextField', label: 'Namn' },
      { id: 'val', component: 'ChoiceField', label: 'Välj', list: ['Ett', 'Två, tre'], multiple: true },
      { id: 'betyg', component: 'RatingField', label: 'Hur väl?', min: 1, max: 4 },
      { id: 'rader', component: 'TableField', label: 'Rader', list: ['A', 'B'] },
    ]);
  });
  it('refuses a duplicate field id', () => {
    expect(() => parseFields('<TextField id="a" label="A" />\n<TextArea id="a" label="B" />')).toThrow(/"a" används två gånger/);
  });
});
