import { DateTime, IANAZone } from 'luxon';

// When an instance works: weekly opening intervals in local time, a time zone, and holidays. Pure.

// Minutes after local midnight, start inclusive, end exclusive; 0 <= start < end <= 1440.
export interface OpeningInterval {
  start: number;
  end: number;
}

// ISO weekdays: week[0] is Monday, week[6] Sunday.
export type Week = readonly (readonly OpeningInterval[])[];

export interface Schedule {
  timeZone: string;
  week: Week;
  // 'YYYY-MM-DD' closes one date; '--MM-DD' (ISO 8601's date without a year) closes it every year.
  holidays: readonly string[];
}

const DAY = 24 * 60;
// How far ahead a target may lie; a schedule open less often than that is an error.
const HORIZON_YEARS = 10;

export function alwaysOpen(timeZone = 'UTC'): Schedule {
  return { timeZone, week: Array.from({ length: 7 }, () => [{ start: 0, end: DAY }]), holidays: [] };
}

// Monday to Friday, the same hours every day ('09:00'-'17:00').
export function workingWeek(timeZone: string, from: string, to: string, holidays: string[] = []): Schedule {
  const open = [{ start: minutesOf(from), end: minutesOf(to) }];
  return { timeZone, week: [open, open, open, open, open, [], []], holidays };
}

// 'HH:MM' -> minutes after midnight ('24:00' is the end of the day).
export function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!match || (match[1] === '24' && match[2] !== '00')) throw new Error(`Not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface ScheduleProblem {
  field: 'timeZone' | 'week' | 'holidays';
  message: string;
}

// Minutes after midnight -> 'HH:MM'.
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// The days of the week as the API names them, Monday first.
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

// Why a schedule cannot be used, and which part is wrong; or null.
export function scheduleProblem(schedule: Schedule): ScheduleProblem | null {
  const week = (message: string): ScheduleProblem => ({ field: 'week', message });
  if (!IANAZone.isValidZone(schedule.timeZone)) return { field: 'timeZone', message: `${schedule.timeZone} is not a time zone` };
  if (schedule.week.length !== 7) return week('the week needs seven days, Monday first');
  for (const [index, day] of schedule.week.entries()) {
    let previousEnd = -1;
    for (const { start, end } of day) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > DAY || start >= end) {
        return week(`day ${index + 1}: an interval must lie within the day and end after it starts`);
      }
      if (start < previousEnd) return week(`day ${index + 1}: intervals must be in order and must not overlap`);
      previousEnd = end;
    }
  }
  if (schedule.week.every((day) => day.length === 0)) return week('the week has no opening hours');
  for (const holiday of schedule.holidays) {
    if (!holidayPattern(holiday)) return { field: 'holidays', message: `${holiday} is neither a date (2025-12-25) nor a yearly date (--12-25)` };
  }
  return null;
}

function holidayPattern(holiday: string): boolean {
  const once = /^(\d{4})-(\d{2})-(\d{2})$/.exec(holiday);
  if (once) return DateTime.fromObject({ year: +once[1], month: +once[2], day: +once[3] }).isValid;
  const yearly = /^--(\d{2})-(\d{2})$/.exec(holiday);
  // 2024 is a leap year: --02-29 is a holiday in the years that have it.
  return !!yearly && DateTime.fromObject({ year: 2024, month: +yearly[1], day: +yearly[2] }).isValid;
}

export interface OpenPeriod {
  start: number;
  end: number;
}

// The schedule's open periods as instants (epoch milliseconds), in order, from the day holding
// `from` on. Each interval's local start and end become instants in the schedule's zone, so a
// day on which the clocks change is as long as it really is: 00:00-24:00 is 23 or 25 hours. A
// local time skipped in spring counts from the first instant after the gap; one that repeats in
// autumn is its first occurrence.
export function* openPeriods(schedule: Schedule, from: number): Generator<OpenPeriod> {
  const holidays = new Set(schedule.holidays);
  let day = DateTime.fromMillis(from, { zone: schedule.timeZone }).startOf('day');
  const horizon = day.plus({ years: HORIZON_YEARS });
  for (;;) {
    if (day > horizon) throw new Error(`The schedule has no opening hours in ${HORIZON_YEARS} years`);
    const closed = holidays.has(day.toISODate() ?? '') || holidays.has(`--${day.toFormat('MM-dd')}`);
    if (!closed) {
      for (const { start, end } of schedule.week[day.weekday - 1]) {
        const period = { start: at(day, start), end: at(day, end) };
        if (period.end > from && period.end > period.start) yield { start: Math.max(period.start, from), end: period.end };
      }
    }
    day = day.plus({ days: 1 });
  }
}

function at(day: DateTime, minutes: number): number {
  if (minutes === DAY) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}
