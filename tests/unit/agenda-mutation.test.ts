// Agenda durations and clock times at their boundaries: whole hours, the last minute of the day, times
// before or past midnight and clock text that is almost right.
import { describe, expect, it, vi } from 'vitest';
import { agendaSlots, formatClock, formatMinutes, formatSlot, parseClock, totalMinutes } from '../../src/shared/agenda';

describe('durations', () => {
  it('adds up the steps', () => {
    expect(totalMinutes([])).toBe(0);
    expect(totalMinutes([{ minutes: 15 }, { minutes: 20 }, { minutes: 10 }])).toBe(45);
  });

  it('minutes under an hour, whole hours, and hours with minutes', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(59)).toBe('59 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(61)).toBe('1 h 1 min');
    expect(formatMinutes(125)).toBe('2 h 5 min');
    expect(formatMinutes(180)).toBe('3 h');
  });
});

describe('clock times', () => {
  it('reads 00:00–23:59, with or without a leading zero, around spaces', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock(' 7:45 ')).toBe(465);
  });

  it('refuses what is not a 24-hour clock time', () => {
    for (const text of ['', '9', '9:5', '123:00', '09:000', '9.30', 'x09:00', '09:00x', '24:00', '23:60', '-1:00']) {
      expect(parseClock(text), text).toBeUndefined();
    }
  });

  it('writes times padded, rounded to the minute, wrapping around midnight both ways', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(1439)).toBe('23:59');
    expect(formatClock(1440)).toBe('00:00');
    expect(formatClock(-10)).toBe('23:50');
    expect(formatClock(-1450)).toBe('23:50');
    expect(formatClock(570.4)).toBe('09:30');
    expect(formatClock(570.6)).toBe('09:31');
    expect(formatClock(65)).toBe('01:05');
  });

  it('a workshop running past midnight wraps its times', () => {
    const slots = agendaSlots(23 * 60 + 30, [{ minutes: 45 }, { minutes: 30 }]);
    expect(slots).toEqual([
      { start: 1410, end: 1455 },
      { start: 1455, end: 1485 },
    ]);
    expect(slots.map(formatSlot)).toEqual(['23:30–00:15', '00:15–00:45']);
    expect(agendaSlots(600, [])).toEqual([]);
  });
});

describe('loaded inside the test', () => {
  // The length of a day is a module constant; loading the module anew here checks it, not a copy.
  it('a day has 1 440 minutes', async () => {
    vi.resetModules();
    const { formatClock: clock } = await import('../../src/shared/agenda');
    expect([clock(1439), clock(1440), clock(1500), clock(-1)]).toEqual(['23:59', '00:00', '01:00', '23:59']);
  });
});
