/**
 * The storage layer (src/shared/storage) on an in-memory Storage; a second Store over the same Storage is
 * "the other tab" (each tab in the browser has its own Store over one localStorage).
 */
import { describe, expect, it } from 'vitest';
import { buildBackup, readBackup, restoreBackup, BACKUP_FORMAT } from '../../src/shared/storage/backup';
import { answersKey, KEYS, LEGACY_KEYS, runKey, statistikKey } from '../../src/shared/storage/keys';
import { LIMITS } from '../../src/shared/storage/limits';
import { migrate } from '../../src/shared/storage/migrate';
import { SHAPES } from '../../src/shared/storage/schemas';
import { Store, type Shape } from '../../src/shared/storage/store';
import { describeWrongType, EXPORT_FORMAT, readImport, type CatalogueLike } from '../../src/shared/storage/transfer';
import { FIRST_ID, uniqueName, Worksheets } from '../../src/shared/storage/worksheets';
import { buildWorkshopsFile, readWorkshopsFile, Workshops } from '../../src/shared/storage/workshops';
import { initialRun } from '../../src/shared/workshop-run';
import type { SavedWorkshop } from '../../src/shared/workshop';
import { MemoryStorage } from './support/memory-storage';


const NOW = new Date('2026-03-01T10:00:00Z');
function tabs(storage = new MemoryStorage()) {
  const a = new Store(storage, () => NOW);
  const b = new Store(storage, () => NOW);
  return { storage, a: new Worksheets(a), b: new Worksheets(b), storeA: a, storeB: b };
}

describe('worksheets in two tabs', () => {
  it('two writers on one worksheet keep each other’s fields', () => {
    const { a, b, storage } = tabs();
    const id = a.lastUsed().id;
    // A first visit writes nothing; the first save stores the list too.
    expect(storage.getItem(KEYS.workspaces)).toBeNull();
    expect(a.saveFields(id as string, 'aktorskarta', { omrade: 'Torget' }).ok).toBe(true);
    // Tab B loaded before A's save and changes another field of the same sheet.
    expect(b.saveFields(id as string, 'aktorskarta', { syfte: 'Trygghet' }).ok).toBe(true);
    expect(a.answers(id as string).worksheets['aktorskarta']!.fields).toEqual({ omrade: 'Torget', syfte: 'Trygghet' });
  });
  it('two writers on different worksheets of one arbetsyta keep both sheets', () => {
    const { a, b } = tabs();
    const id = a.lastUsed().id;
    a.saveFields(id, 'aktorskarta', { omrade: 'Torget' });
    b.saveFields(id, 'atgardsplan', { mal: 'Färre inbrott' });
    a.saveFields(id, 'aktorskarta', { omrade: 'Torget och stationen' });
    const stored = b.answers(id);
    expect(Object.keys(stored.worksheets).sort()).toEqual(['aktorskarta', 'atgardsplan']);
    expect(stored.worksheets['atgardsplan']!.fields['mal']).toBe('Färre inbrott');
  });
  it('creating in both tabs keeps both arbetsytor, with unique names', () => {
    const { a, b } = tabs();
    const one = a.create('Trygghetsrådet');
    const two = b.create('Trygghetsrådet');
    expect(one.ok && two.ok).toBe(true);
    expect(a.list().map((w) => w.name)).toEqual(['Min arbetsyta', 'Trygghetsrådet', 'Trygghetsrådet (2)']);
    // Both tabs started in the same first arbetsyta, before anything was stored.
    expect(b.find(FIRST_ID)).toBeDefined();
    expect(a.list()[0]!.id).toBe(FIRST_ID);
  });
  it('renaming in one tab while the other creates keeps both changes', () => {
    const { a, b } = tabs();
    const first = a.lastUsed().id;
    b.create('Projekt Norr');
    const renamed = a.rename(first, 'Brå');
    expect(renamed.ok).toBe(true);
    expect(b.list().map((w) => w.name)).toEqual(['Brå', 'Projekt Norr']);
  });
  it('renaming to a taken name gets a unique one; renaming a deleted arbetsyta says it is gone', () => {
    const { a, b } = tabs();
    const first = a.lastUsed().id;
    const second = a.create('Brå');
    expect(a.rename(first, 'brå')).toMatchObject({ ok: true, value: { name: 'brå (2)' } });
    b.remove(second.ok ? second.value.id : '');
    expect(a.rename(second.ok ? second.value.id : '', 'X')).toEqual({ ok: false, reason: 'gone' });
  });
  it('an arbetsyta deleted in one tab is not written by the other (its text is not saved where no one can reach it)', () => {
    const { a, b, storage } = tabs();
    const doomed = a.create('Gammal');
    const id = doomed.ok ? doomed.value.id : '';
    expect(b.remove(id).ok).toBe(true);
    expect(a.saveFields(id, 'aktorskarta', { omrade: 'Skrivet efteråt' })).toEqual({ ok: false, reason: 'gone' });
    expect(storage.getItem(answersKey(id))).toBeNull();
  });
  it('deleting the last arbetsyta leaves a fresh one; deleting removes its answers and statistics', () => {
    const { a, storage } = tabs();
    const id = a.lastUsed().id;
    a.saveFields(id, 's', { f: 'x' });
    storage.setItem(statistikKey(id), JSON.stringify({ version: 1, threshold: 5, datasets: [], charts: [] }));
    const left = a.remove(id);
    expect(left.ok && left.value.length).toBe(1);
    expect(a.list()[0]!.id).not.toBe(id);
    expect(storage.getItem(answersKey(id))).toBeNull();
    expect(storage.getItem(statistikKey(id))).toBeNull();
  });
  it('clearing one sheet leaves the other sheets', () => {
    const { a } = tabs();
    const id = a.lastUsed().id;
    a.saveFields(id, 'one', { f: 'x' });
    a.saveFields(id, 'two', { f: 'y' });
    expect(a.clearSheet(id, 'one').ok).toBe(true);
    expect(Object.keys(a.answers(id).worksheets)).toEqual(['two']);
  });
  it('recovers arbetsytor from answers when the list is missing', () => {
    const storage = new MemoryStorage();
    storage.setItem(answersKey('ay-old'), JSON.stringify({ version: 1, worksheets: { s: { updated: 'x', fields: { f: 'kvar' } } } }));
    const { a } = tabs(storage);
    expect(a.list().map((w) => w.id)).toEqual(['ay-old']);
    expect(a.answers('ay-old').worksheets['s']!.fields['f']).toBe('kvar');
  });
  it('uniqueName counts up and ignores case', () => {
    expect(uniqueName('Min arbetsyta', ['min arbetsyta', 'Min arbetsyta (2)'])).toBe('Min arbetsyta (3)');
    expect(uniqueName('  ', [])).toBe('Ny arbetsyta');
    expect(uniqueName('x'.repeat(200), []).length).toBe(LIMITS.name);
  });
});

describe('limits: the same for writing as for reading', () => {
  it('refuses a 20,001-character answer at the write and writes nothing', () => {
    const { a, storage } = tabs();
    const id = a.lastUsed().id;
    a.saveFields(id, 's', { f: 'kort' });
    const result = a.saveFields(id, 's', { f: 'x'.repeat(LIMITS.text + 1), g: 'annat' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result.ok === false && 'message' in result && result.message).toMatch(/20001 tecken, högst 20000/);
    expect(JSON.parse(storage.getItem(answersKey(id))!).worksheets.s.fields).toEqual({ f: 'kort' });
    // Exactly at the limit is accepted, and reads back.
    expect(a.saveFields(id, 's', { f: 'x'.repeat(LIMITS.text) }).ok).toBe(true);
    expect((a.answers(id).worksheets['s']!.fields['f'] as string).length).toBe(LIMITS.text);
  });
  it('refuses a table over the row cap and a row over the cell cap', () => {
    const { a } = tabs();
    const id = a.lastUsed().id;
    expect(a.saveFields(id, 's', { t: Array.from({ length: LIMITS.rows + 1 }, () => ['a']) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(a.saveFields(id, 's', { t: Array.from({ length: LIMITS.rows }, () => ['a']) }).ok).toBe(true);
    expect(a.saveFields(id, 's', { t: [Array.from({ length: LIMITS.items + 1 }, () => 'a')] })).toMatchObject({ ok: false, reason: 'invalid' });
  });
  it('a stored value over a limit is quarantined on reading, not loaded', () => {
    const { a, storage, storeA } = tabs();
    const raw = JSON.stringify({ version: 1, worksheets: { s: { updated: 'x', fields: { f: 'x'.repeat(LIMITS.text + 1) } } } });
    storage.setItem(answersKey('ay-1'), raw);
    expect(a.answers('ay-1')).toEqual({ version: 1, worksheets: {} });
    expect(storeA.problems[0]!.message).toMatch(/20001 tecken/);
    expect(storage.getItem(storeA.problems[0]!.quarantineKey)).toBe(raw);
  });
});

describe('storage full, on every write path', () => {
  function full() {
    const t = tabs();
    const id = t.a.lastUsed().id;
    t.a.saveFields(id, 's', { f: 'sparat' });
    const other = t.a.create('Andra');
    t.storage.fill();
    return { ...t, id, other: other.ok ? other.value.id : '' };
  }
  it('saveFields says full and leaves storage as it was', () => {
    const { a, id, storage } = full();
    const before = storage.getItem(answersKey(id));
    expect(a.saveFields(id, 's', { f: 'längre text som inte får plats' })).toEqual({ ok: false, reason: 'full' });
    expect(storage.getItem(answersKey(id))).toBe(before);
  });
  it('create, rename and replaceAnswers say full and change nothing', () => {
    const { a, id } = full();
    const listBefore = a.list();
    expect(a.create('Ny')).toEqual({ ok: false, reason: 'full' });
    expect(a.rename(id, 'Ett mycket längre namn än förut')).toEqual({ ok: false, reason: 'full' });
    expect(a.list()).toEqual(listBefore);
    expect(a.replaceAnswers(id, { version: 1, worksheets: { s: { updated: 'y', fields: { f: 'mycket mer text än innan'.repeat(5) } } } })).toEqual({ ok: false, reason: 'full' });
  });
  it('remove still works when storage is full (it frees space)', () => {
    const { a, other } = full();
    expect(a.remove(other).ok).toBe(true);
  });
  it('workshops: put, draft and run say full and change nothing', () => {
    const storage = new MemoryStorage();
    const w = new Workshops(new Store(storage));
    const workshop: SavedWorkshop = { id: 'w-1', name: 'Uppstart', date: '', start: '09:00', items: [], updated: 'x' };
    expect(w.put(workshop).ok).toBe(true);
    storage.fill();
    expect(w.put({ ...workshop, id: 'w-2', name: 'Andra' })).toEqual({ ok: false, reason: 'full' });
    expect(w.saved().map((s) => s.id)).toEqual(['w-1']);
    const draft = { id: null, name: 'x', date: '', start: '09:00', items: [], dirty: true };
    expect(w.editDraft(draft, (d) => ({ ...d, name: 'y' }))).toEqual({ ok: false, reason: 'full' });
    expect(w.draft()).toBeUndefined();
    expect(w.storeRun({ kind: 'workshop', id: 'w-1' }, initialRun([{ minutes: 5 }], '2026-03-01'))).toEqual({ ok: false, reason: 'full' });
  });
  it('restore undoes everything when storage fills up half way', () => {
    const storage = new MemoryStorage();
    const store = new Store(storage);
    storage.setItem(KEYS.selfcheck, JSON.stringify({ version: 1, checked: { a: true } }));
    storage.quota = storage.used() + 200;
    const entries = {
      [KEYS.selfcheck]: JSON.stringify({ version: 1, checked: { b: true } }),
      [answersKey('ay-x')]: JSON.stringify({ version: 1, worksheets: { s: { updated: 'x', fields: { f: 'y'.repeat(300) } } } }),
    };
    expect(restoreBackup(store, entries, NOW)).toEqual({ ok: false, reason: 'full' });
    expect(store.keys()).toEqual([KEYS.selfcheck]);
    expect(storage.getItem(KEYS.selfcheck)).toBe(JSON.stringify({ version: 1, checked: { a: true } }));
  });
  it('unreadable data that cannot be moved aside stays and is never written over', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.workspaces, '{broken');
    storage.fill();
    const store = new Store(storage);
    const w = new Worksheets(store);
    expect(w.create('Ny')).toEqual({ ok: false, reason: 'locked' });
    expect(storage.getItem(KEYS.workspaces)).toBe('{broken');
    expect(store.problems[0]!.message).toMatch(/ligger kvar orörd/);
  });
  it('the self-check tick (Store.update) says full and keeps the stored ticks', () => {
    const storage = new MemoryStorage();
    const store = new Store(storage);
    store.write(KEYS.selfcheck, { version: 1, checked: { a: true } });
    storage.fill();
    const result = store.update(KEYS.selfcheck, SHAPES.selfcheck, (current) => ({ version: 1 as const, checked: { ...current?.checked, b: true } }));
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect(store.read(KEYS.selfcheck, SHAPES.selfcheck)!.checked).toEqual({ a: true });
  });
  it('a blocked storage (SecurityError) is reported as blocked', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('no', 'SecurityError');
    };
    expect(new Store(storage).write('hb:x', 1)).toEqual({ ok: false, reason: 'blocked' });
  });
});

describe('bad saved data: quarantined, reported, never dropped', () => {
  const keys: [string, keyof typeof SHAPES][] = [
    [KEYS.workspaces, 'workspaces'],
    [answersKey('ay-1'), 'answers'],
    [KEYS.selfcheck, 'selfcheck'],
    [KEYS.settings, 'settings'],
    [KEYS.workshops, 'workshops'],
    [KEYS.draft, 'draft'],
    [runKey('workshop:w-1'), 'run'],
    [statistikKey('ay-1'), 'statistics'],
  ];
  const versionField = (name: keyof typeof SHAPES) => SHAPES[name].versionField;
  it.each(keys)('%s: corrupt JSON', (key, name) => {
    const storage = new MemoryStorage();
    storage.setItem(key, '{"version":1,');
    const store = new Store(storage, () => NOW);
    expect(store.read(key, SHAPES[name] as Shape<unknown>)).toBeUndefined();
    expect(storage.getItem(key)).toBeNull();
    expect(storage.getItem(`hb:karantan:${NOW.toISOString()}:${key}`)).toBe('{"version":1,');
    expect(store.problems[0]!.message).toMatch(/inte giltig JSON/);
  });
  it.each(keys)('%s: a future version', (key, name) => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ [versionField(name)]: 2, whatever: true });
    storage.setItem(key, raw);
    const store = new Store(storage, () => NOW);
    expect(store.read(key, SHAPES[name] as Shape<unknown>)).toBeUndefined();
    expect(storage.getItem(store.problems[0]!.quarantineKey)).toBe(raw);
    expect(store.problems[0]!.message).toMatch(/version 2.*version 1/);
  });
  it('the workshops list with broken data is quarantined, and the next save does not overwrite it', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.workshops, '{"v":1,"workshops":"nej"}');
    const store = new Store(storage, () => NOW);
    const w = new Workshops(store);
    expect(w.saved()).toEqual([]);
    w.put({ id: 'w-1', name: 'Ny', date: '', start: '09:00', items: [], updated: 'x' });
    expect(storage.getItem(store.problems[0]!.quarantineKey)).toBe('{"v":1,"workshops":"nej"}');
  });
});

describe('migration of today’s keys', () => {
  it('moves the old workshop keys byte for byte and removes them only after', () => {
    const storage = new MemoryStorage();
    const saved = JSON.stringify({ v: 1, workshops: [{ id: 'w-1', name: 'Uppstart', date: '', start: '09:00', items: [], updated: 'x' }] });
    const draft = JSON.stringify({ v: 1, draft: { id: null, name: 'Utkast', items: [] } });
    const run = JSON.stringify({ ...initialRun([{ minutes: 5 }], '2026-03-01'), notes: { a: 'Anteckning' } });
    storage.setItem(LEGACY_KEYS.workshops, saved);
    storage.setItem(LEGACY_KEYS.draft, draft);
    storage.setItem(`${LEGACY_KEYS.runPrefix}workshop:w-1`, run);
    const store = new Store(storage);
    migrate(store);
    expect(storage.getItem(KEYS.workshops)).toBe(saved);
    expect(storage.getItem(KEYS.draft)).toBe(draft);
    expect(storage.getItem(runKey('workshop:w-1'))).toBe(run);
    expect(storage.getItem(LEGACY_KEYS.workshops)).toBeNull();
    expect(new Workshops(store).saved()[0]!.name).toBe('Uppstart');
    expect(new Workshops(store).run({ kind: 'workshop', id: 'w-1' }, [{ minutes: 5 }], '2026-03-01').notes).toEqual({ a: 'Anteckning' });
  });
  it('keeps the old key when the new one cannot be written (storage full)', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEYS.workshops, JSON.stringify({ v: 1, workshops: [] }));
    storage.fill();
    migrate(new Store(storage));
    expect(storage.getItem(LEGACY_KEYS.workshops)).not.toBeNull();
    expect(storage.getItem(KEYS.workshops)).toBeNull();
  });
  it('an unreadable old value is quarantined; one that would overwrite newer data is kept aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEYS.draft, 'inte json');
    storage.setItem(LEGACY_KEYS.workshops, JSON.stringify({ v: 1, workshops: [] }));
    storage.setItem(KEYS.workshops, JSON.stringify({ v: 1, workshops: [{ id: 'w-ny' }] }));
    const store = new Store(storage, () => NOW);
    migrate(store);
    expect(store.problems.map((p) => p.key)).toEqual([LEGACY_KEYS.workshops, LEGACY_KEYS.draft]);
    expect(JSON.parse(storage.getItem(KEYS.workshops)!).workshops[0].id).toBe('w-ny');
  });
  it('adds the version to settings stored without one, and reads today’s worksheet keys as they are', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEYS.settings, JSON.stringify({ revisionMarkers: 'off' }));
    const list = JSON.stringify({ version: 1, current: 'ay-a', list: [{ id: 'ay-a', name: 'Rådet', created: 'x' }] });
    storage.setItem(KEYS.workspaces, list);
    storage.setItem(KEYS.selfcheck, JSON.stringify({ version: 1, checked: { 'lag-1': true } }));
    const store = new Store(storage);
    migrate(store);
    expect(store.read(KEYS.settings, SHAPES.settings)).toEqual({ version: 1, revisionMarkers: 'off' });
    expect(new Worksheets(store).list()[0]!.name).toBe('Rådet');
    expect(storage.getItem(KEYS.workspaces)).toBe(list);
    expect(store.read(KEYS.selfcheck, SHAPES.selfcheck)!.checked).toEqual({ 'lag-1': true });
  });
});

describe('runs: two runner tabs never erase notes', () => {
  it('a note typed in one tab survives the other tab’s next action', () => {
    const storage = new MemoryStorage();
    const a = new Workshops(new Store(storage));
    const b = new Workshops(new Store(storage));
    const source = { kind: 'workshop', id: 'w-1' } as const;
    const start = initialRun([{ minutes: 5 }, { minutes: 5 }], '2026-03-01');
    const tabA = a.run(source, [{ minutes: 5 }, { minutes: 5 }], '2026-03-01');
    const tabB = b.run(source, [{ minutes: 5 }, { minutes: 5 }], '2026-03-01');
    expect(tabA).toEqual(start);
    a.storeRun(source, { ...tabA, notes: { s1: 'Gruppen valde torget' } }, 's1');
    // Tab B still holds the state from before A's note, and moves to the next step.
    const storedB = b.storeRun(source, { ...tabB, index: 1 });
    expect(storedB.ok && storedB.value.notes).toEqual({ s1: 'Gruppen valde torget' });
    b.storeRun(source, { ...tabB, index: 1, notes: { s2: 'Steg två' } }, 's2');
    expect(a.run(source, [{ minutes: 5 }, { minutes: 5 }], '2026-03-01').notes).toEqual({ s1: 'Gruppen valde torget', s2: 'Steg två' });
  });
  it('clearing a note removes only that step’s note', () => {
    const storage = new MemoryStorage();
    const w = new Workshops(new Store(storage));
    const source = { kind: 'ovning', id: 'o' } as const;
    const state = { ...initialRun([{ minutes: 5 }], '2026-03-01'), notes: { s1: 'a', s2: 'b' } };
    w.storeRun(source, state, 's1');
    w.storeRun(source, state, 's2');
    w.storeRun(source, { ...state, notes: { s2: 'b' } }, 's1');
    expect(w.run(source, [{ minutes: 5 }], '2026-03-01').notes).toEqual({ s2: 'b' });
  });
});

describe('saved workshops in two builder tabs, and their own export', () => {
  const ws = (id: string, name: string): SavedWorkshop => ({ id, name, date: '', start: '09:00', items: [], updated: 'x' });
  it('saving in one tab does not overwrite the workshop the other tab saved', () => {
    const storage = new MemoryStorage();
    const a = new Workshops(new Store(storage));
    const b = new Workshops(new Store(storage));
    a.put(ws('w-a', 'Från A'));
    b.put(ws('w-b', 'Från B'));
    a.put(ws('w-a', 'Från A, ändrad'));
    expect(b.saved().map((w) => w.name)).toEqual(['Från A, ändrad', 'Från B']);
    b.remove('w-a');
    expect(a.saved().map((w) => w.id)).toEqual(['w-b']);
  });
  it('the draft: an item added in one tab stays when a tab that loaded earlier adds another', () => {
    const storage = new MemoryStorage();
    const a = new Workshops(new Store(storage));
    const b = new Workshops(new Store(storage));
    const empty = { id: null, name: '', date: '', start: '09:00', items: [], dirty: false };
    const item = (key: string) => ({ key, kind: 'break' as const, title: key, minutes: 10 });
    // Both tabs loaded the empty draft; each edits what is stored now, not its copy.
    expect(a.editDraft(empty, (d) => ({ ...d, items: [...d.items, item('i-a')], dirty: true })).ok).toBe(true);
    const fromB = b.editDraft(empty, (d) => ({ ...d, items: [...d.items, item('i-b')], dirty: true }));
    expect(fromB.ok && fromB.value.items.map((i) => i.key)).toEqual(['i-a', 'i-b']);
    b.editDraft(empty, (d) => ({ ...d, name: 'Från B' }));
    expect(a.draft()).toMatchObject({ name: 'Från B', items: [{ key: 'i-a' }, { key: 'i-b' }] });
    // Without a stored draft, the fallback is the base.
    const fresh = new Workshops(new Store(new MemoryStorage()));
    expect(fresh.editDraft({ ...empty, name: 'Bas' }, (d) => ({ ...d, dirty: true }))).toEqual({ ok: true, value: { ...empty, name: 'Bas', dirty: true } });
  });
  it('round-trips the workshops file and never replaces a stored workshop on import', () => {
    const storage = new MemoryStorage();
    const w = new Workshops(new Store(storage));
    w.put(ws('w-1', 'Uppstart'));
    const file = JSON.stringify(buildWorkshopsFile(w.saved(), NOW));
    const read = readWorkshopsFile(file, file.length);
    expect(read).toEqual(w.saved());
    const added = w.add(read);
    expect(added.ok && added.value.map((x) => x.name)).toEqual(['Uppstart', 'Uppstart']);
    expect(new Set(w.saved().map((x) => x.id)).size).toBe(2);
    expect(() => readWorkshopsFile('{"format":"annat"}', 20)).toThrow(/inte en export av workshoppar/);
    expect(() => readWorkshopsFile(file, LIMITS.importBytes + 1)).toThrow(/större än/);
  });
});

describe('import of one arbetsyta', () => {
  const catalogue: CatalogueLike = {
    aktorskarta: {
      title: 'Aktörskarta',
      fields: [
        { id: 'omrade', component: 'TextField' },
        { id: 'aktorer', component: 'TableField' },
        { id: 'val', component: 'ChecklistField' },
        { id: 'en', component: 'ChoiceField' },
        { id: 'flera', component: 'ChoiceField', multiple: true },
      ],
    },
  };
  const file = (fields: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, workspace: { name: 'Rådet' }, worksheets: { aktorskarta: { updated: 'x', fields } } });
  it('reports values of the wrong type and leaves them out of the count', () => {
    const text = file({ omrade: ['lista'], aktorer: 'text', val: ['0'], en: '1', flera: [['x']], okant: 'x' });
    const preview = readImport(text, text.length, catalogue);
    expect(preview.wrongType).toEqual(['aktorskarta.omrade', 'aktorskarta.aktorer', 'aktorskarta.flera', 'aktorskarta.okant']);
    expect(preview.fieldCount).toBe(2);
    expect(Object.keys(preview.data.worksheets['aktorskarta']!.fields)).toEqual(['val', 'en']);
    expect(describeWrongType(preview.wrongType)).toMatch(/^4 värden .*aktorskarta\.omrade/);
  });
  it('keeps ordinary prose that looks like code (no false "HTML-kod" refusals)', () => {
    const prose = ['onsdag = samverkansdag', 'kursen "javascript: grunder"', 'a < b och c > d', 'onclick=ja'];
    for (const p of prose) {
      const text = file({ omrade: p });
      expect(readImport(text, text.length, catalogue).data.worksheets['aktorskarta']!.fields['omrade']).toBe(p);
    }
  });
  it('refuses 10,000 table rows with a clear message, in linear time', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`rad ${i}`, 'x']);
    const text = file({ aktorer: rows });
    const started = performance.now();
    expect(() => readImport(text, text.length, catalogue)).toThrow(/10000 rader, högst 200/);
    expect(performance.now() - started).toBeLessThan(500);
  });
  it('reads a 1 MiB file within the caps quickly', () => {
    const rows = Array.from({ length: LIMITS.rows }, (_, i) => [`rad ${i} ${'å'.repeat(2500)}`, 'x'.repeat(2500)]);
    const text = file({ aktorer: rows });
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const preview = readImport(text, LIMITS.importBytes, catalogue);
    expect(performance.now() - started).toBeLessThan(500);
    expect((preview.data.worksheets['aktorskarta']!.fields['aktorer'] as string[][]).length).toBe(LIMITS.rows);
  });
});

describe('"Ladda ner allt" and "Återställ"', () => {
  function filled() {
    const storage = new MemoryStorage();
    const store = new Store(storage, () => NOW);
    const w = new Worksheets(store);
    w.saveFields(w.lastUsed().id, 'aktorskarta', { omrade: 'Torget\n"citat" och å' });
    store.write(KEYS.selfcheck, { version: 1, checked: { a: true } });
    store.write(statistikKey(w.lastUsed().id), { version: 1, threshold: 5, datasets: [], charts: [] });
    new Workshops(store).put({ id: 'w-1', name: 'Uppstart', date: '', start: '09:00', items: [], updated: 'x' });
    store.writeText(`${KEYS.quarantinePrefix}2026:x`, 'oläsbart');
    storage.setItem('annan-sajt', 'inte vår');
    return { storage, store };
  }
  it('gives back every key byte for byte into an empty storage', () => {
    const { storage, store } = filled();
    const text = JSON.stringify(buildBackup(store, NOW));
    const empty = new MemoryStorage();
    const target = new Store(empty);
    const result = restoreBackup(target, readBackup(text, text.length));
    expect(result).toEqual({ ok: true, value: { written: 6, kept: [] } });
    expect(empty.getItem(statistikKey('ay-forsta'))).not.toBeNull();
    for (const key of store.keys()) expect(empty.getItem(key)).toBe(storage.getItem(key));
    expect(empty.getItem('annan-sajt')).toBeNull();
  });
  it('keeps what a restore replaces, aside, to download', () => {
    const { store } = filled();
    const text = JSON.stringify(buildBackup(store, NOW));
    const other = new MemoryStorage();
    other.setItem(KEYS.selfcheck, JSON.stringify({ version: 1, checked: { annat: true } }));
    const result = restoreBackup(new Store(other), readBackup(text, text.length), NOW);
    expect(result.ok && result.value.kept).toEqual([`hb:karantan:${NOW.toISOString()}:${KEYS.selfcheck}`]);
    expect(other.getItem(`hb:karantan:${NOW.toISOString()}:${KEYS.selfcheck}`)).toBe(JSON.stringify({ version: 1, checked: { annat: true } }));
  });
  it.each([
    ['{', /inte en säkerhetskopia/],
    [JSON.stringify({ format: 'annat' }), /inte en säkerhetskopia/],
    [JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: { 'fel-nyckel': 'x' } }), /hör inte till handboken/],
    [JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: { [KEYS.selfcheck]: '{"version":1,"checked":{"a":"ja"}}' } }), /egenkontroll/],
    [JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: { [KEYS.selfcheck]: 5 } }), /ingen text/],
    [JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries: { [statistikKey('ay-1')]: '{"version":1,"threshold":0,"datasets":[],"charts":[]}' } }), /threshold/],
  ])('refuses a bad backup file before writing anything (%#)', (text, message) => {
    expect(() => readBackup(text, text.length)).toThrow(message);
  });
  it('refuses a file over the size limit', () => {
    expect(() => readBackup('{}', LIMITS.backupBytes + 1)).toThrow(/större än/);
  });
});
