/** Durations and agenda times for exercises and workshops (shared by pages and the workshop client). */
import { wt } from '../i18n/workshop';

export function totalMinutes(steps: readonly { minutes: number }[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}

/** "1 h 25 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return wt('duration.minutes', { m });
  return m === 0 ? wt('duration.hours', { h }) : wt('duration.hoursMinutes', { h, m });
}

/** Minutes in a day; agenda clock times wrap past midnight. */
const DAY = 24 * 60;

/** "09:30" → 570 (minutes after midnight); undefined for anything that is not a valid 24-hour time. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

/** 570 → "09:30"; times past midnight wrap (1450 → "00:10"). */
export function formatClock(minutesAfterMidnight: number): string {
  const t = ((Math.round(minutesAfterMidnight) % DAY) + DAY) % DAY;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** One row of a timed agenda, in minutes after midnight (end may pass 1440 for a workshop that runs past midnight). */
export interface AgendaSlot {
  start: number;
  end: number;
}

/**
 * Start and end of each entry when they follow each other without gaps from `start`
 * (minutes after midnight, e.g. from parseClock).
 */
export function agendaSlots(start: number, entries: readonly { minutes: number }[]): AgendaSlot[] {
  let at = start;
  return entries.map((entry) => {
    const slot = { start: at, end: at + entry.minutes };
    at = slot.end;
    return slot;
  });
}

/** "09:00–09:45". */
export function formatSlot(slot: AgendaSlot): string {
  return `${formatClock(slot.start)}–${formatClock(slot.end)}`;
}
