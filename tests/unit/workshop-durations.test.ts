import { describe, expect, it } from 'vitest';
import { exerciseMap, itemMinutes, parseSavedWorkshops, stepMinutesOf, withMinutes, workshopAgenda, workshopPlan, type SavedWorkshop, type WorkshopItem } from '../../src/shared/workshop';
import { breakText, initialRun, projectorView } from '../../src/shared/workshop-run';
import { idleTimer, startTimer, pauseTimer } from '../../src/shared/workshop-timer';
import { exerciseInfo } from './support/exercise';

const MIN = 60_000;
const prio = exerciseInfo('prio', [15, 20, 10]);
const exercises = exerciseMap({ exercises: [prio] });
const item: Extract<WorkshopItem, { kind: 'exercise' }> = { key: 'a', kind: 'exercise', exerciseId: 'prio' };
const workshop: SavedWorkshop = { id: 'w-1', name: 'W', date: '2025-03-04', start: '09:00', items: [item, { key: 'b', kind: 'break', title: 'Fika', minutes: 15 }], updated: '' };

describe('own step lengths', () => {
  it('changing one step changes the exercise total, the agenda times and the run plan', () => {
    const changed = withMinutes(item, 5, prio, 1);
    expect(changed).toEqual({ ...item, stepMinutes: [15, 5, 10] });
    expect(itemMinutes(changed, exercises)).toBe(30);
    const agenda = workshopAgenda({ ...workshop, items: [changed, workshop.items[1]!] }, exercises);
    expect(agenda.map((r) => r.time)).toEqual(['09:00–09:30', '09:30–09:45']);
    const plan = workshopPlan({ ...workshop, items: [changed] }, exercises);
    expect(plan.steps.map((s) => s.minutes)).toEqual([15, 5, 10]);
    expect(plan.items[0]!.minutes).toBe(30);
  });
  it('going back to the exercise’s own lengths drops the override', () => {
    expect(withMinutes(withMinutes(item, 5, prio, 1), 20, prio, 1)).toEqual(item);
  });
  it('a break or custom item takes the new length; a step outside the exercise changes nothing', () => {
    expect(withMinutes(workshop.items[1]!, 25)).toMatchObject({ minutes: 25 });
    expect(withMinutes(item, 5, prio, 7)).toBe(item);
    expect(withMinutes(item, 5, undefined, 0)).toBe(item);
  });
  it('stored lengths that no longer match the exercise’s steps are ignored, not misapplied', () => {
    expect(stepMinutesOf({ ...item, stepMinutes: [1, 2] }, prio)).toEqual([15, 20, 10]);
  });
  it('reads stored lengths only when every one is valid', () => {
    const read = (stepMinutes: unknown) => parseSavedWorkshops({ v: 1, workshops: [{ ...workshop, items: [{ ...item, stepMinutes }] }] })[0]!.items[0];
    expect(read([15, 5, 10])).toEqual({ ...item, stepMinutes: [15, 5, 10] });
    expect(read([15, 'x', 10])).toEqual(item);
    expect(read('5')).toEqual(item);
    expect(read([])).toEqual(item);
  });
});

describe('break screen', () => {
  // 2025-03-04 10:30:20 UTC; the offset is passed so the test does not depend on the machine's zone.
  const now = Date.UTC(2025, 2, 4, 10, 30, 20);
  it('a running break shows the clock time it ends, rounded up to the minute', () => {
    const timer = startTimer(idleTimer(15), now);
    expect(breakText({ timer }, now, 0)).toBe('Paus. Vi fortsätter kl. 10:46.');
    expect(breakText({ timer }, now, -60)).toBe('Paus. Vi fortsätter kl. 11:46.');
  });
  it('a break not started or paused says how long it is', () => {
    expect(breakText({ timer: idleTimer(15) }, now, 0)).toBe('Paus i 15 min.');
    const paused = pauseTimer(startTimer(idleTimer(15), now), now + 5 * MIN);
    expect(breakText({ timer: paused }, now + 6 * MIN, 0)).toBe('Paus i 10 min.');
  });
  it('the projector shows it for a break and the step text otherwise', () => {
    const plan = workshopPlan(workshop, exercises);
    const onBreak = { ...initialRun(plan.steps, '2025-03-04'), index: 3 };
    expect(projectorView(plan, onBreak, now).instructions).toMatch(/^Paus i 15 min\.$/);
    expect(projectorView(plan, initialRun(plan.steps, '2025-03-04'), now).instructions).toBe('i');
  });
});
