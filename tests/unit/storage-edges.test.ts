/**
 * The storage layer's edges (src/shared/storage): every refusal with its exact message, the branches a
 * write takes when a key is locked or storage is blocked, the boundaries of each limit, and the paths
 * that must write nothing. tests/unit/storage.test.ts has the two-tab stories; this file pins what the
 * mutation run (npm run test:mutation) found unguarded there.
 */
import { describe, expect, it, vi } from 'vitest';
import { BackupError, readBackup, restoreBackup, shapeOfKey, BACKUP_FORMAT } from '../../src/shared/storage/backup';
import { loadDocumentSettings, saveDocumentSettings } from '../../src/shared/storage/documents';
import { answersKey, KEYS, LEGACY_KEYS, runKey } from '../../src/shared/storage/keys';
import { LIMITS } from '../../src/shared/storage/limits';
import { migrate } from '../../src/shared/storage/migrate';
import { expectedKind, kindOf, SHAPES } from '../../src/shared/storage/schemas';
import { parseSettings, readSettings } from '../../src/shared/storage/settings';
import { saveStatistics } from '../../src/shared/storage/statistics';
import { decode, describeIssue, ShapeError, Store } from '../../src/shared/storage/store';
import { describeWrongType, EXPORT_FORMAT, ImportError, readImport, type CatalogueLike } from '../../src/shared/storage/transfer';
import { FIRST_ID, uniqueName, Worksheets } from '../../src/shared/storage/worksheets';
import { readWorkshopsFile, Workshops, WORKSHOPS_FORMAT } from '../../src/shared/storage/workshops';
import type { SavedWorkshop } from '../../src/shared/workshop';
import { MemoryStorage } from './support/memory-storage';

const NOW = new Date('2026-03-01T10:00:00Z');
const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
};

/** A Storage whose every call throws (storage switched off, or a sandboxed frame). */
class BlockedStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('no', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('no', 'SecurityError');
  }
  override removeItem(): void {
    throw new DOMException('no', 'SecurityError');
  }
}

describe('Store: decoding, locks and blocked storage', () => {
  it('decode names a missing version with a dash and a value that is no record as the wrong version', () => {
    const err = thrown(() => decode('{"list":[]}', SHAPES.workspaces));
    expect(err).toBeInstanceOf(ShapeError);
    expect(err.name).toBe('ShapeError');
    expect(err.message).toBe('datan har version –, men den här versionen av handboken kan bara läsa version 1');
    // null is JSON but not a record: reported like a missing version, not a crash.
    expect(thrown(() => decode('null', SHAPES.workspaces)).message).toBe('datan har version –, men den här versionen av handboken kan bara läsa version 1');
    expect(thrown(() => decode('{"version":2}', SHAPES.workspaces)).message).toBe('datan har version 2, men den här versionen av handboken kan bara läsa version 1');
  });
  it('says full for Firefox’s quota error too, and blocked for any other failure', () => {
    const firefox = new MemoryStorage();
    firefox.setItem = () => {
      throw new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
    };
    expect(new Store(firefox).write('hb:x', 1)).toEqual({ ok: false, reason: 'full' });
    expect(new Store(new BlockedStorage()).write('hb:x', 1)).toEqual({ ok: false, reason: 'blocked' });
  });
  it('a storage that cannot be read gives no value and no problem; removing from it says blocked', () => {
    const store = new Store(new BlockedStorage());
    expect(store.raw(KEYS.settings)).toBeNull();
    expect(store.read(KEYS.settings, SHAPES.settings)).toBeUndefined();
    expect(store.problems).toEqual([]);
    expect(store.remove(KEYS.settings)).toEqual({ ok: false, reason: 'blocked' });
  });
  it('remove says ok with no value when it worked', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.settings, '{"version":1}');
    expect(new Store(storage).remove(KEYS.settings)).toEqual({ ok: true, value: undefined });
    expect(storage.getItem(KEYS.settings)).toBeNull();
  });
  it('a locked key refuses writeText, remove and update, and update does not even compute the change', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.selfcheck, 'inte json');
    storage.fill();
    const store = new Store(storage, () => NOW);
    expect(store.read(KEYS.selfcheck, SHAPES.selfcheck)).toBeUndefined();
    expect(store.problems[0]).toMatchObject({ key: KEYS.selfcheck, quarantineKey: KEYS.selfcheck });
    storage.quota = Infinity;
    expect(store.writeText(KEYS.selfcheck, '{}')).toEqual({ ok: false, reason: 'locked' });
    expect(store.remove(KEYS.selfcheck)).toEqual({ ok: false, reason: 'locked' });
    const change = vi.fn(() => ({ version: 1 as const, checked: {} }));
    expect(store.update(KEYS.selfcheck, SHAPES.selfcheck, change)).toEqual({ ok: false, reason: 'locked' });
    expect(change).not.toHaveBeenCalled();
    expect(storage.getItem(KEYS.selfcheck)).toBe('inte json');
  });
  it('lists only handbook keys, under the prefix asked for, sorted', () => {
    const storage = new MemoryStorage();
    for (const key of ['hb:svar:v1:b', 'annan-app', 'hb:svar:v1:a', KEYS.settings, 'hb-workshop-saved']) storage.setItem(key, 'x');
    const store = new Store(storage);
    expect(store.keys()).toEqual(['hb-workshop-saved', KEYS.settings, 'hb:svar:v1:a', 'hb:svar:v1:b']);
    expect(store.keys(KEYS.answersPrefix)).toEqual(['hb:svar:v1:a', 'hb:svar:v1:b']);
  });
  it('counts the bytes of the handbook’s keys as browsers do (two per character of key and value)', () => {
    const storage = new MemoryStorage();
    storage.setItem('hb:a', '12345');
    storage.setItem('annan-app', 'x'.repeat(1000));
    expect(new Store(storage).usedBytes()).toBe(2 * (4 + 5));
    expect(new Store(new MemoryStorage()).usedBytes()).toBe(0);
  });
  it('describeIssue names the path, or a dash when there is none', () => {
    expect(describeIssue({ path: 'worksheets.s', message: 'fel' })).toBe('datan har fel form (worksheets.s: fel)');
    expect(describeIssue({ path: '', message: 'fel' })).toBe('datan har fel form (–: fel)');
  });
});

describe('settings (read without the validator)', () => {
  it('takes the stored shape and versionless settings', () => {
    expect(parseSettings({ version: 1, revisionMarkers: 'on' })).toEqual({ version: 1, revisionMarkers: 'on' });
    expect(parseSettings({ revisionMarkers: 'off' })).toEqual({ version: 1, revisionMarkers: 'off' });
    expect(parseSettings({})).toEqual({ version: 1 });
  });
  it('refuses what is not an object, another version and an unknown marker value, saying which', () => {
    for (const raw of [null, 'on', [1]]) expect(() => parseSettings(raw)).toThrow(/^inte ett objekt$/);
    expect(() => parseSettings({ version: 2 })).toThrow(/^version 2$/);
    expect(() => parseSettings({ version: '1' })).toThrow(/^version "1"$/);
    expect(() => parseSettings({ revisionMarkers: 'ja' })).toThrow(/^revisionMarkers$/);
  });
  it('readSettings: none, the settings, or unreadable (which the caller must not overwrite)', () => {
    const storage = new MemoryStorage();
    expect(readSettings(storage, KEYS.settings)).toBeUndefined();
    storage.setItem(KEYS.settings, '{"version":1,"revisionMarkers":"off"}');
    expect(readSettings(storage, KEYS.settings)).toEqual({ version: 1, revisionMarkers: 'off' });
    storage.setItem(KEYS.settings, '{"version":1,"revisionMarkers":"kanske"}');
    expect(readSettings(storage, KEYS.settings)).toBe('unreadable');
    storage.setItem(KEYS.settings, '{inte json');
    expect(readSettings(storage, KEYS.settings)).toBe('unreadable');
    expect(readSettings(new BlockedStorage(), KEYS.settings)).toBe('unreadable');
  });
});

describe('module-level tables, loaded inside the test', () => {
  // Keys and schemas are built when their module loads; loading them anew inside the test checks the
  // tables themselves, not a copy another test file loaded first.
  it('every key follows hb:<shape>:v<version>[:<id>]', async () => {
    vi.resetModules();
    const keys = await import('../../src/shared/storage/keys');
    expect(keys.answersKey('ay-1')).toBe('hb:svar:v1:ay-1');
    expect(keys.statistikKey('ay-1')).toBe('hb:statistik:v1:ay-1');
    expect(keys.dokumentKey('ay-1')).toBe('hb:dokument:v1:ay-1');
    expect(keys.runKey('workshop:w-1')).toBe('hb:workshop-korning:v1:workshop:w-1');
    expect(keys.isHandbookKey('hb:svar:v1:ay-1')).toBe(true);
    expect(keys.isHandbookKey('hb-workshop-draft')).toBe(true);
    expect(keys.isHandbookKey('annan-app:hb:')).toBe(false);
    expect(keys.isHandbookKey('hb-annat')).toBe(false);
  });
  it('the schemas: ids, limits with their messages, defaults and the fixed choices', async () => {
    vi.resetModules();
    const { check, SHAPES: shapes, workspaceList, workspaceAnswers, runState, worksheetAnswers, statistics, documentSettings, selfcheck, savedWorkshops, draft } = await import(
      '../../src/shared/storage/schemas'
    );
    const fails = (f: () => unknown) => thrown(f).message;
    const list = (id: string, name = 'Rådet') => ({ version: 1, current: id, list: [{ id, name, created: 'x' }] });
    expect(check(workspaceList, list('ay-1', '  Rådet  ')).list[0]).toEqual({ id: 'ay-1', name: 'Rådet', created: 'x' });
    for (const bad of ['Ay', '-ay', 'ay_1', 'ay 1']) expect(fails(() => check(workspaceList, list(bad)))).toBe('datan har fel form (list.0.id: ogiltigt id)');
    expect(fails(() => check(workspaceList, list('ay-1', '   ')))).toMatch(/^datan har fel form \(list\.0\.name: /);
    expect(fails(() => check(workspaceList, 'x'))).toMatch(/^datan har fel form \(–: /);
    // Answers: text, list and rows, each with its limit and message.
    const answers = (value: unknown) => ({ version: 1, worksheets: { s: { updated: 'u', fields: { f: value } } } });
    expect(check(workspaceAnswers, answers('x'.repeat(LIMITS.text))).worksheets['s']!.fields['f']).toHaveLength(LIMITS.text);
    expect(fails(() => check(workspaceAnswers, answers('x'.repeat(LIMITS.text + 1))))).toBe(
      'datan har fel form (worksheets.s.fields.f: texten har 20001 tecken, högst 20000 får plats)',
    );
    expect(fails(() => check(workspaceAnswers, answers(Array(LIMITS.items + 1).fill('a'))))).toBe('datan har fel form (worksheets.s.fields.f: för många värden (högst 100))');
    expect(check(workspaceAnswers, answers([['a', 'b']])).worksheets['s']!.fields['f']).toEqual([['a', 'b']]);
    expect(fails(() => check(workspaceAnswers, answers(Array(LIMITS.rows + 1).fill(['a']))))).toBe('datan har fel form (worksheets.s.fields.f: 201 rader, högst 200 får plats)');
    expect(fails(() => check(workspaceAnswers, answers([['a'], 'b'])))).toMatch(/^datan har fel form \(worksheets\.s\.fields\.f\.1: /);
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, 'x']));
    expect(Object.keys(check(workspaceAnswers, { version: 1, worksheets: { s: { fields: fields(LIMITS.entries) } } }).worksheets['s']!.fields)).toHaveLength(500);
    expect(fails(() => check(workspaceAnswers, { version: 1, worksheets: { s: { fields: fields(LIMITS.entries + 1) } } }))).toBe(
      'datan har fel form (worksheets.s.fields: högst 500 poster)',
    );
    expect(check(worksheetAnswers, { fields: {} })).toEqual({ updated: '1970-01-01T00:00:00.000Z', fields: {} });
    expect(check(runState, { v: 1, notes: { s1: 'a' } })).toEqual({ v: 1, notes: { s1: 'a' }, participants: '' });
    expect(fails(() => check(runState, { v: 1, notes: {}, participants: 'x'.repeat(4001) }))).toMatch(/texten har 4001 tecken, högst 4000/);
    expect(check(selfcheck, { version: 1, checked: { a: true } })).toEqual({ version: 1, checked: { a: true } });
    expect(check(savedWorkshops, { v: 1, workshops: [{ id: 'w', name: 'N' }] })).toEqual({ v: 1, workshops: [{ id: 'w', name: 'N' }] });
    expect(fails(() => check(savedWorkshops, { v: 1, workshops: [{ name: 'utan id' }] }))).toMatch(/^datan har fel form \(workshops\.0\.id: /);
    expect(check(draft, { v: 1, draft: { name: 'N' } })).toEqual({ v: 1, draft: { name: 'N' } });
    // Statistics: the fixed choices are exactly these.
    const dataset = (unit: string) => ({
      id: 'd', name: 'n', source: 's', fileName: 'f.csv', imported: 'i', unit, invented: false,
      rows: [{ place: 'P', period: '2024', measure: 'm', value: 1, population: null }],
      problems: [{ line: 2, message: 'm' }], populations: { P: 100 },
    });
    const chart = (kind: string, show: string) => ({ id: 'c', datasetId: 'd', title: 't', kind, measure: 'm', places: ['P'], show, pool: 1, period: '2024', include: true });
    const stats = (unit: string, kind = 'line', show = 'value') => ({ version: 1, threshold: 3, datasets: [dataset(unit)], charts: [chart(kind, show)] });
    for (const unit of ['antal', 'per100k', 'procent', 'annat']) expect(check(statistics, stats(unit)).datasets[0]!.unit).toBe(unit);
    expect(check(statistics, stats('antal', 'bar', 'rate')).charts[0]).toEqual(chart('bar', 'rate'));
    expect(check(statistics, stats('antal')).datasets[0]).toEqual(dataset('antal'));
    expect(fails(() => check(statistics, stats('styck')))).toMatch(/^datan har fel form \(datasets\.0\.unit: /);
    expect(fails(() => check(statistics, stats('antal', 'paj')))).toMatch(/^datan har fel form \(charts\.0\.kind: /);
    expect(fails(() => check(statistics, stats('antal', 'line', 'andel')))).toMatch(/^datan har fel form \(charts\.0\.show: /);
    const populations = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, i]));
    expect(Object.keys(check(statistics, { ...stats('antal'), datasets: [{ ...dataset('antal'), populations: populations(LIMITS.statisticsRows) }] }).datasets[0]!.populations)).toHaveLength(100_000);
    expect(fails(() => check(statistics, { ...stats('antal'), datasets: [{ ...dataset('antal'), populations: populations(LIMITS.statisticsRows + 1) }] }))).toBe(
      'datan har fel form (datasets.0.populations: högst 100000 poster)',
    );
    // Document settings: names up to twice the arbetsyta's, the logo as a PNG or JPEG data URL.
    const doc = (kommun: string, logo?: unknown) => ({ version: 1, kommun, organ: 'Kommunstyrelsen', ...(logo ? { logo } : {}) });
    expect(check(documentSettings, doc('k'.repeat(LIMITS.name * 2))).kommun).toHaveLength(160);
    expect(fails(() => check(documentSettings, doc('k'.repeat(LIMITS.name * 2 + 1))))).toBe('datan har fel form (kommun: texten har 161 tecken, högst 160 får plats)');
    expect(fails(() => check(documentSettings, { ...doc('K'), organ: 'o'.repeat(LIMITS.name * 2 + 1) }))).toBe('datan har fel form (organ: texten har 161 tecken, högst 160 får plats)');
    expect(check(documentSettings, { ...doc('K'), organ: 'o'.repeat(LIMITS.name * 2) }).organ).toHaveLength(160);
    const logo = (dataUrl: string) => ({ name: 'l.png', dataUrl, width: 2, height: 1 });
    expect(check(documentSettings, doc('K', logo('data:image/png;base64,AAAA'))).logo).toEqual(logo('data:image/png;base64,AAAA'));
    expect(fails(() => check(documentSettings, doc('K', logo('data:image/svg+xml;base64,AAAA'))))).toBe('datan har fel form (logo.dataUrl: logotypen är inte en PNG- eller JPEG-bild)');
    expect(fails(() => check(documentSettings, doc('K', logo(`data:image/png;base64,${'A'.repeat(LIMITS.logoBytes * 2)}`))))).toBe(
      'datan har fel form (logo.dataUrl: logotypen är större än 200 kB)',
    );
    // The shapes: what the reader is told, the version field and the version.
    expect(shapes.answers).toMatchObject({ what: 'svaren i en arbetsyta', versionField: 'version', version: 1 });
    expect(shapes.workshops).toMatchObject({ what: 'de sparade workshopparna', versionField: 'v', version: 1 });
    expect(shapes.answers.parse(answers('x'))).toEqual(answers('x'));
  });
  it('the workshops file format is named as other handbooks read it', async () => {
    vi.resetModules();
    const { buildWorkshopsFile } = await import('../../src/shared/storage/workshops');
    expect(buildWorkshopsFile([], NOW)).toEqual({ format: 'samverkanshandboken-workshoppar', version: 1, exported: '2026-03-01T10:00:00.000Z', workshops: [] });
  });
});

describe('value kinds of the import', () => {
  it('by component', () => {
    expect(expectedKind('TableField')).toBe('rows');
    expect(expectedKind('PriorityMatrix')).toBe('rows');
    expect(expectedKind('ChecklistField')).toBe('list');
    expect(expectedKind('ChoiceField', true)).toBe('list');
    expect(expectedKind('ChoiceField')).toBe('text');
    expect(expectedKind('ChoiceField', false)).toBe('text');
    expect(expectedKind('TextField', true)).toBe('text');
  });
  it('by value', () => {
    expect(kindOf('a')).toBe('text');
    expect(kindOf(5)).toBeUndefined();
    expect(kindOf({ 0: 'a' })).toBeUndefined();
    expect(kindOf(['a', 'b'])).toBe('list');
    expect(kindOf([['a'], []])).toBe('rows');
    expect(kindOf(['a', ['b']])).toBeUndefined();
    expect(kindOf([1])).toBeUndefined();
  });
});

describe('arbetsytor: choosing, limits and the refusals', () => {
  const store = (storage = new MemoryStorage()) => ({ storage, w: new Worksheets(new Store(storage, () => NOW)) });
  it('recovers every orphaned arbetsyta, numbering all but the first', () => {
    const { storage, w } = store();
    for (const id of ['ay-a', 'ay-b', 'ay-c']) storage.setItem(answersKey(id), JSON.stringify({ version: 1, worksheets: {} }));
    expect(w.list().map((x) => [x.id, x.name])).toEqual([
      ['ay-a', 'Min arbetsyta'],
      ['ay-b', 'Återställd arbetsyta 2'],
      ['ay-c', 'Återställd arbetsyta 3'],
    ]);
  });
  it('choose remembers the last one chosen, and ignores one that is gone or already chosen', () => {
    const { storage, w } = store();
    const second = w.create('Andra');
    if (!second.ok) throw new Error('not created');
    expect(w.lastUsed().id).toBe(second.value.id);
    const chosen = w.choose(FIRST_ID);
    expect(chosen.ok && chosen.value!.current).toBe(FIRST_ID);
    expect(w.lastUsed().id).toBe(FIRST_ID);
    const before = storage.getItem(KEYS.workspaces);
    expect(w.choose('ay-finns-inte')).toMatchObject({ ok: true, value: { current: FIRST_ID } });
    expect(w.choose(FIRST_ID).ok).toBe(true);
    expect(storage.getItem(KEYS.workspaces)).toBe(before);
  });
  it('create refuses the 501st arbetsyta (as full) and keeps the 500', () => {
    const { storage, w } = store();
    const list = Array.from({ length: LIMITS.entries - 1 }, (_, i) => ({ id: `ay-${i}`, name: `A${i}`, created: 'x' }));
    storage.setItem(KEYS.workspaces, JSON.stringify({ version: 1, current: 'ay-0', list }));
    expect(w.create('Femhundra').ok).toBe(true);
    expect(w.list()).toHaveLength(500);
    expect(w.create('En för mycket')).toEqual({ ok: false, reason: 'full' });
    expect(w.list()).toHaveLength(500);
  });
  it('a copy’s number fits within the name limit', () => {
    const long = 'n'.repeat(LIMITS.name);
    expect(uniqueName(long, [long])).toBe(`${'n'.repeat(LIMITS.name - 6)} (2)`);
    expect(uniqueName('Rådet', [])).toBe('Rådet');
  });
  it('renaming to its own name keeps the name (it does not count as taken)', () => {
    const { w } = store();
    expect(w.rename(FIRST_ID, 'Min arbetsyta')).toMatchObject({ ok: true, value: { id: FIRST_ID, name: 'Min arbetsyta' } });
  });
  it('removing one keeps the others and the chosen one; removing the chosen one chooses the first left', () => {
    const { w } = store();
    const b = w.create('B');
    const c = w.create('C');
    if (!b.ok || !c.ok) throw new Error('not created');
    const left = w.remove(b.value.id);
    expect(left.ok && left.value.map((x) => x.name)).toEqual(['Min arbetsyta', 'C']);
    expect(w.lastUsed().id).toBe(c.value.id);
    w.remove(c.value.id);
    expect(w.lastUsed().id).toBe(FIRST_ID);
    expect(w.list().map((x) => x.id)).toEqual([FIRST_ID]);
  });
  it('a locked list refuses remove, saveFields and replaceAnswers, and their answers stay', () => {
    const storage = new MemoryStorage();
    storage.setItem(answersKey(FIRST_ID), JSON.stringify({ version: 1, worksheets: { s: { updated: 'u', fields: { f: 'kvar' } } } }));
    storage.setItem(KEYS.workspaces, 'trasig');
    storage.fill();
    const w = new Worksheets(new Store(storage, () => NOW));
    // The list is rebuilt from the answers found, so the arbetsyta is reachable, but the stored list stays untouched.
    const id = w.lastUsed().id;
    storage.quota = Infinity;
    expect(w.saveFields(id, 's', { f: 'ny' })).toEqual({ ok: false, reason: 'locked' });
    expect(w.replaceAnswers(id, { version: 1, worksheets: {} })).toEqual({ ok: false, reason: 'locked' });
    expect(w.remove(id)).toEqual({ ok: false, reason: 'locked' });
    expect(JSON.parse(storage.getItem(answersKey(id))!).worksheets.s.fields.f).toBe('kvar');
    expect(storage.getItem(KEYS.workspaces)).toBe('trasig');
  });
  it('names the sheet and field of a value over a limit', () => {
    const { w } = store();
    expect(w.saveFields(FIRST_ID, 'aktorskarta', { omrade: 'x'.repeat(LIMITS.text + 1) })).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'aktorskarta.omrade: texten har 20001 tecken, högst 20000 får plats',
    });
  });
  it('clearSheet: gone for an unknown arbetsyta; a sheet with no answers writes nothing', () => {
    const { storage, w } = store();
    expect(w.clearSheet('ay-finns-inte', 's')).toEqual({ ok: false, reason: 'gone' });
    expect(w.clearSheet(FIRST_ID, 's')).toEqual({ ok: true, value: { version: 1, worksheets: {} } });
    expect(storage.getItem(answersKey(FIRST_ID))).toBeNull();
    w.saveFields(FIRST_ID, 'a', { f: 'x' }, NOW);
    const text = storage.getItem(answersKey(FIRST_ID));
    expect(w.clearSheet(FIRST_ID, 'b')).toEqual({ ok: true, value: { version: 1, worksheets: { a: { updated: NOW.toISOString(), fields: { f: 'x' } } } } });
    expect(storage.getItem(answersKey(FIRST_ID))).toBe(text);
  });
  it('replaceAnswers: gone, refused with the schema’s reason, or stored as given', () => {
    const { storage, w } = store();
    const data = { version: 1 as const, worksheets: { s: { updated: 'u', fields: { f: 'x' } } } };
    expect(w.replaceAnswers('ay-finns-inte', data)).toEqual({ ok: false, reason: 'gone' });
    const bad = { version: 1 as const, worksheets: { s: { updated: 'u', fields: { f: 'x'.repeat(LIMITS.text + 1) } } } };
    expect(w.replaceAnswers(FIRST_ID, bad)).toEqual({ ok: false, reason: 'invalid', message: 'datan har fel form (worksheets.s.fields.f: texten har 20001 tecken, högst 20000 får plats)' });
    expect(storage.getItem(answersKey(FIRST_ID))).toBeNull();
    expect(w.replaceAnswers(FIRST_ID, data)).toEqual({ ok: true, value: data });
    expect(JSON.parse(storage.getItem(answersKey(FIRST_ID))!)).toEqual(data);
  });
});

describe('"Ladda ner allt": which keys a backup may hold, and the refusals', () => {
  const file = (entries: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, exported: 'x', entries, ...extra });
  const refusal = (text: string, size = text.length) => thrown(() => readBackup(text, size));
  it('knows every key by its shape, and no other', () => {
    expect(shapeOfKey(KEYS.settings)).toBe(SHAPES.settings);
    expect(shapeOfKey(KEYS.draft)).toBe(SHAPES.draft);
    expect(shapeOfKey(KEYS.workshops)).toBe(SHAPES.workshops);
    expect(shapeOfKey(KEYS.selfcheck)).toBe(SHAPES.selfcheck);
    expect(shapeOfKey(runKey('workshop:w-1'))).toBe(SHAPES.run);
    expect(shapeOfKey(`${KEYS.quarantinePrefix}2026:${KEYS.settings}`)).toBe('quarantine');
    for (const prefix of [KEYS.answersPrefix, KEYS.statistikPrefix, KEYS.dokumentPrefix]) {
      expect(shapeOfKey(`${prefix}ay-1`)).toBeDefined();
      for (const id of ['Ay', '-ay', 'ay_', 'ay:1', '']) expect(shapeOfKey(`${prefix}${id}`)).toBeUndefined();
    }
    // A key of a later version, or of an earlier one, is not taken as answers.
    expect(shapeOfKey('hb:framtida:v2')).toBeUndefined();
    expect(shapeOfKey(LEGACY_KEYS.workshops)).toBeUndefined();
    expect(shapeOfKey(`x${KEYS.runPrefix}`)).toBeUndefined();
  });
  it('refuses a file over 5 MB, saying so; a file of exactly 5 MB is read', () => {
    const err = refusal(file({}), LIMITS.backupBytes + 1);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.name).toBe('BackupError');
    expect(err.message).toBe('Filen kunde inte återställas: filen är större än 5 MB');
    expect(readBackup(file({}), LIMITS.backupBytes)).toEqual({});
  });
  it('refuses anything but a backup of this handbook, whichever part is wrong', () => {
    const notBackup = 'Filen kunde inte återställas: filen är inte en säkerhetskopia från Samverkanshandboken';
    for (const text of [
      '{inte json',
      'null',
      '"text"',
      JSON.stringify({ format: 'annat', version: 1, entries: {} }),
      JSON.stringify({ format: BACKUP_FORMAT, version: 2, entries: {} }),
      JSON.stringify({ format: BACKUP_FORMAT, version: 1 }),
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: null }),
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: 'hb' }),
    ]) {
      expect(refusal(text).message).toBe(notBackup);
    }
  });
  it('names an unknown key by its first 80 characters', () => {
    const key = `hb:okand:${'k'.repeat(100)}`;
    expect(refusal(file({ [key]: 'x' })).message).toBe(`Filen kunde inte återställas: posten ${key.slice(0, 80)} hör inte till handboken`);
  });
  it('restoring the same text again writes nothing and keeps nothing aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.settings, '{"version":1}');
    expect(restoreBackup(new Store(storage), { [KEYS.settings]: '{"version":1}' }, NOW)).toEqual({ ok: true, value: { written: 0, kept: [] } });
    expect(storage.length).toBe(1);
  });
  it('counts what it wrote, apart from what it kept aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.settings, '{"version":1,"revisionMarkers":"on"}');
    const result = restoreBackup(new Store(storage), { [KEYS.settings]: '{"version":1}', [KEYS.selfcheck]: '{"version":1,"checked":{}}' }, NOW);
    const aside = `${KEYS.quarantinePrefix}${NOW.toISOString()}:${KEYS.settings}`;
    expect(result).toEqual({ ok: true, value: { written: 2, kept: [aside] } });
    expect(storage.getItem(aside)).toBe('{"version":1,"revisionMarkers":"on"}');
  });
  it('a failed restore removes the keys it had added (no "null" left behind)', () => {
    const storage = new MemoryStorage();
    const first = '{"version":1}';
    storage.quota = KEYS.settings.length + first.length + 5;
    const result = restoreBackup(new Store(storage), { [KEYS.settings]: first, [KEYS.selfcheck]: '{"version":1,"checked":{}}' }, NOW);
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect(storage.length).toBe(0);
  });
  it('when the old value cannot be kept aside, nothing is replaced', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.selfcheck, '{"version":1,"checked":{}}');
    storage.setItem(KEYS.settings, '{"version":1,"revisionMarkers":"on"}');
    storage.fill();
    const result = restoreBackup(new Store(storage), { [KEYS.settings]: '{"version":1}' }, NOW);
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect(storage.getItem(KEYS.settings)).toBe('{"version":1,"revisionMarkers":"on"}');
    expect(storage.length).toBe(2);
  });
});

describe('import of one arbetsyta: the refusals and the name', () => {
  const catalogue: CatalogueLike = {
    s: { title: 'S', fields: [{ id: 'text', component: 'TextField' }, { id: 'lista', component: 'ChecklistField' }, { id: 'tabell', component: 'TableField' }] },
  };
  const file = (extra: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, worksheets: {}, ...extra });
  const refusal = (text: string, size = text.length) => thrown(() => readImport(text, size, catalogue));
  it('refuses a file over 1 MB with its size in kB', () => {
    const err = refusal(file({}), LIMITS.importBytes + 600);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.name).toBe('ImportError');
    expect(err.message).toBe('Filen är för stor (1025 kB). Största tillåtna storlek är 1024 kB.');
    expect(readImport(file({}), LIMITS.importBytes, catalogue).fieldCount).toBe(0);
  });
  it('refuses what is not this handbook’s export, and a version it cannot read', () => {
    expect(refusal('null').message).toBe('Filen kommer inte från Samverkanshandbokens export av arbetsblad.');
    expect(refusal('[1]').message).toBe('Filen kommer inte från Samverkanshandbokens export av arbetsblad.');
    expect(refusal(file({ version: 2 })).message).toBe('Filen har version 2, men handboken kan bara läsa version 1.');
    expect(refusal(file({ version: undefined })).message).toBe('Filen har version –, men handboken kan bara läsa version 1.');
  });
  it('an empty list fits a list or table field, not a text field nor a field the sheet lacks', () => {
    const text = file({ worksheets: { s: { updated: 'u', fields: { text: [], lista: [], tabell: [], okand: [] } } } });
    const preview = readImport(text, text.length, catalogue);
    expect(Object.keys(preview.data.worksheets['s']!.fields)).toEqual(['lista', 'tabell']);
    expect(preview.wrongType).toEqual(['s.text', 's.okand']);
    expect(preview.fieldCount).toBe(2);
  });
  it('takes the arbetsyta’s name trimmed and within the limit, and names it itself when there is none', () => {
    const name = (workspace: unknown) => readImport(file({ workspace }), 100, catalogue).name;
    expect(name({ name: '  Rådet  ' })).toBe('Rådet');
    expect(name({ name: 'n'.repeat(100) })).toBe('n'.repeat(LIMITS.name));
    for (const none of [{ name: '   ' }, { name: 5 }, null, 'Rådet', undefined]) expect(name(none)).toBe('Importerad arbetsyta');
  });
  it('lists the first five left-out fields, and marks that there are more', () => {
    const five = ['a.1', 'a.2', 'a.3', 'a.4', 'a.5'];
    expect(describeWrongType(five)).toBe('5 värden i filen har fel typ för sitt fält och importeras inte: a.1, a.2, a.3, a.4, a.5.');
    expect(describeWrongType([...five, 'a.6'])).toBe('6 värden i filen har fel typ för sitt fält och importeras inte: a.1, a.2, a.3, a.4, a.5 ….');
  });
});

describe('saved workshops and runs: the paths that write nothing, and the file', () => {
  const ws = (id: string): SavedWorkshop => ({ id, name: id, date: '', start: '09:00', items: [], updated: 'x' });
  const setup = () => {
    const storage = new MemoryStorage();
    return { storage, w: new Workshops(new Store(storage)) };
  };
  it('removing one that is not there writes nothing; removing the only one leaves none', () => {
    const { storage, w } = setup();
    expect(w.remove('w-x')).toEqual({ ok: true, value: [] });
    expect(storage.getItem(KEYS.workshops)).toBeNull();
    w.put(ws('w-1'));
    const text = storage.getItem(KEYS.workshops);
    expect(w.remove('w-x')).toEqual({ ok: true, value: [ws('w-1')] });
    expect(storage.getItem(KEYS.workshops)).toBe(text);
    expect(w.remove('w-1')).toEqual({ ok: true, value: [] });
    expect(w.saved()).toEqual([]);
  });
  it('an imported workshop whose long id is taken gets the first 60 characters and a suffix', () => {
    const { w } = setup();
    const long = `w-${'x'.repeat(70)}`;
    w.put(ws(long));
    const added = w.add([ws(long)]);
    const id = added.ok ? added.value[1]!.id : '';
    expect(id).toMatch(new RegExp(`^${long.slice(0, 60)}-[a-z0-9]{1,4}$`));
  });
  it('a run is there after it is stored and gone after it is removed', () => {
    const { w } = setup();
    const source = { kind: 'ovning', id: 'o-1' } as const;
    expect(w.hasRun(source)).toBe(false);
    w.storeRun(source, { v: 1, index: 0, notes: {} } as never);
    expect(w.hasRun(source)).toBe(true);
    expect(w.hasRun({ kind: 'workshop', id: 'o-1' })).toBe(false);
    expect(w.removeRun(source)).toEqual({ ok: true, value: undefined });
    expect(w.hasRun(source)).toBe(false);
  });
  it('an emptied note is removed, not kept as an empty text', () => {
    const { storage, w } = setup();
    const source = { kind: 'ovning', id: 'o-1' } as const;
    const state = { v: 1, index: 0, notes: { s1: 'a' } } as never as Parameters<Workshops['storeRun']>[1];
    w.storeRun(source, state, 's1');
    w.storeRun(source, { ...state, notes: { s1: '' } }, 's1');
    expect(JSON.parse(storage.getItem(runKey('ovning:o-1'))!).notes).toEqual({});
  });
  it('the workshops file: the size limit, every wrong envelope, and at most 500 workshops', () => {
    const text = (workshops: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: WORKSHOPS_FORMAT, version: 1, exported: 'x', workshops, ...extra });
    const message = (t: string, size = t.length) => thrown(() => readWorkshopsFile(t, size)).message;
    expect(message(text([]), LIMITS.importBytes + 1)).toBe('Filen kunde inte återställas: filen är större än 1024 kB');
    expect(readWorkshopsFile(text([]), LIMITS.importBytes)).toEqual([]);
    const notFile = 'filen är inte en export av workshoppar från Samverkanshandboken';
    for (const t of ['{inte json', 'null', '"text"', text([], { format: 'annat' }), text([], { version: 2 }), text({ 0: ws('w') }), text(undefined)]) expect(message(t)).toBe(notFile);
    const many = (n: number) => Array.from({ length: n }, (_, i) => ws(`w-${i}`));
    expect(readWorkshopsFile(text(many(500)), 10)).toHaveLength(500);
    expect(message(text(many(501)), 10)).toBe('Filen har för många värden (501); högst 500 går att importera.');
  });
});

describe('migration: what it must leave alone', () => {
  it('an empty storage stays empty', () => {
    const storage = new MemoryStorage();
    migrate(new Store(storage, () => NOW));
    expect(storage.length).toBe(0);
  });
  it('an old key whose copy is already under the new key is removed, with nothing kept aside', () => {
    const storage = new MemoryStorage();
    const text = JSON.stringify({ v: 1, workshops: [] });
    storage.setItem(LEGACY_KEYS.workshops, text);
    storage.setItem(KEYS.workshops, text);
    const store = new Store(storage, () => NOW);
    migrate(store);
    expect(storage.getItem(LEGACY_KEYS.workshops)).toBeNull();
    expect(storage.getItem(KEYS.workshops)).toBe(text);
    expect(store.problems).toEqual([]);
    expect(storage.length).toBe(1);
  });
  it('unreadable answers are quarantined, and the migration goes on', () => {
    const storage = new MemoryStorage();
    storage.setItem(answersKey('ay-1'), 'trasig');
    storage.setItem(LEGACY_KEYS.draft, JSON.stringify({ v: 1, draft: {} }));
    const store = new Store(storage, () => NOW);
    migrate(store);
    expect(store.problems.map((p) => p.key)).toEqual([answersKey('ay-1')]);
    expect(storage.getItem(KEYS.draft)).toBe(JSON.stringify({ v: 1, draft: {} }));
  });
  it('settings that have a version, a future version or are no object stay byte for byte', () => {
    for (const text of ['{"revisionMarkers":"on","version":1}', '{"revisionMarkers":"off","version":2}', '[1]', '"on"', 'null', '{inte json']) {
      const storage = new MemoryStorage();
      storage.setItem(KEYS.settings, text);
      migrate(new Store(storage, () => NOW));
      expect(storage.getItem(KEYS.settings)).toBe(text);
    }
  });
});

describe('statistics and document settings: a failing change is not taken as a refusal', () => {
  it('an error in the change itself reaches the caller', () => {
    const store = new Store(new MemoryStorage());
    const boom = () => {
      throw new TypeError('fel i koden');
    };
    // The statistics' change runs outside the check; an error inside the check (here a value whose
    // getter fails) must not be reported as a refused value either.
    const broken = () => ({ get version(): 1 { throw new TypeError('fel i koden'); } }) as never;
    expect(() => saveStatistics(store, FIRST_ID, broken)).toThrow(TypeError);
    expect(() => saveDocumentSettings(store, FIRST_ID, boom)).toThrow(TypeError);
    expect(loadDocumentSettings(store, FIRST_ID)).toEqual({ version: 1, kommun: '', organ: '' });
  });
});
