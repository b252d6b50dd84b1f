import { Schedule, openPeriods } from './schedule';

// Business time: minutes the schedule is open, minus the time a ticket's clock was paused. Pure;
// instants are epoch milliseconds or Dates, durations whole minutes.

export interface Pause {
  from: Date;
  // null: still paused.
  to: Date | null;
}

const MINUTE = 60_000;

// The open periods from `from` on with the pauses cut out; ends at an open pause.
function* runningPeriods(schedule: Schedule, from: number, pauses: readonly Pause[]) {
  const cuts = pauses
    .map((pause) => ({ start: pause.from.getTime(), end: pause.to ? pause.to.getTime() : Infinity }))
    .filter((cut) => cut.end > from && cut.end > cut.start)
    .sort((a, b) => a.start - b.start);
  for (const period of openPeriods(schedule, from)) {
    let start = period.start;
    for (const cut of cuts) {
      if (cut.end <= start || cut.start >= period.end) continue;
      if (cut.start > start) yield { start, end: cut.start };
      if (cut.end === Infinity) return;
      start = Math.max(start, cut.end);
    }
    if (start < period.end) yield { start, end: period.end };
  }
}

// When `minutes` of business time have run from `start`; null while an open pause stops the
// clock before that. A target of 0 is due at once (at the first running instant).
export function dueAfter(schedule: Schedule, start: Date, minutes: number, pauses: readonly Pause[] = []): Date | null {
  let left = minutes * MINUTE;
  for (const period of runningPeriods(schedule, start.getTime(), pauses)) {
    const length = period.end - period.start;
    if (left <= length) return new Date(period.start + left);
    left -= length;
  }
  return null;
}

// Business minutes between two instants (0 when `to` is not after `from`), pauses not counted.
export function businessMinutes(schedule: Schedule, from: Date, to: Date, pauses: readonly Pause[] = []): number {
  let total = 0;
  const end = to.getTime();
  if (end <= from.getTime()) return 0;
  for (const period of runningPeriods(schedule, from.getTime(), pauses)) {
    if (period.start >= end) break;
    total += Math.min(period.end, end) - period.start;
  }
  return Math.floor(total / MINUTE);
}

// Business minutes the pauses took from the clock up to `now` (a pause still open counts to now).
export function pausedMinutes(schedule: Schedule, start: Date, now: Date, pauses: readonly Pause[]): number {
  return businessMinutes(schedule, start, now) - businessMinutes(schedule, start, now, pauses);
}
