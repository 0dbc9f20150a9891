/** Durations and agenda times for exercises and workshops (shared by pages and the workshop client). */

export function totalMinutes(steps: readonly { minutes: number }[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}

/** "1 h 25 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
