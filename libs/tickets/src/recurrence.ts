import { DateTime } from 'luxon';
import { Frequency, Options, RRule } from 'rrule';

// When a recurring ticket opens: an RFC 5545 RRULE value (without DTSTART), its first occurrence
// as wall-clock time ("2026-03-02T09:00") and the time zone both are read in. Occurrences are
// computed in wall-clock time and placed in the zone afterwards, so "every Monday at 09:00"
// stays at 09:00 across daylight-saving changes (a time the change skips moves to the first
// valid one after it).
export interface Recurrence {
  rrule: string;
  startsAt: string;
  timezone: string;
}

export type RecurrenceField = keyof Recurrence;

// Hourly is the finest: a rule that opened a ticket every minute would flood its department.
const FREQUENCIES: Frequency[] = [Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY, Frequency.HOURLY];
const FORBIDDEN = ['dtstart', 'tzid', 'byminute', 'bysecond'] as const;

// Why the recurrence cannot be used (the field and the reason), or null.
export function recurrenceProblem(recurrence: Recurrence): { field: RecurrenceField; message: string } | null {
  if (!DateTime.now().setZone(recurrence.timezone).isValid) return { field: 'timezone', message: `${recurrence.timezone} is not a known time zone` };
  if (!wallClock(recurrence.startsAt)) return { field: 'startsAt', message: 'The start is not a date and time such as 2026-03-02T09:00' };
  const options = parsed(recurrence.rrule);
  if (!options) return { field: 'rrule', message: 'The rule is not an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO' };
  if (options.freq === undefined || !FREQUENCIES.includes(options.freq)) {
    return { field: 'rrule', message: 'The rule needs FREQ: YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY' };
  }
  const extra = FORBIDDEN.find((name) => options[name] !== undefined && options[name] !== null);
  if (extra) return { field: 'rrule', message: `The rule may not set ${extra.toUpperCase()}: the start and the time zone are fields of their own` };
  return null;
}

// The first occurrence strictly after the instant, or null when the rule has no more.
export function nextOccurrence(recurrence: Recurrence, after: Date): Date | null {
  const found = rule(recurrence).after(floating(after, recurrence.timezone), false);
  return found ? placed(found, recurrence.timezone) : null;
}

// The latest occurrence at or before the instant, or null when there is none yet.
export function latestOccurrence(recurrence: Recurrence, atOrBefore: Date): Date | null {
  const found = rule(recurrence).before(floating(atOrBefore, recurrence.timezone), true);
  return found ? placed(found, recurrence.timezone) : null;
}

function rule(recurrence: Recurrence): RRule {
  const start = wallClock(recurrence.startsAt);
  const options = parsed(recurrence.rrule);
  if (!start || !options) throw new Error('An invalid recurrence was stored');
  return new RRule({ ...options, dtstart: new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute)) });
}

function parsed(rrule: string): Partial<Options> | null {
  if (!/^[A-Z0-9=;,+\-:]+$/i.test(rrule.trim())) return null;
  try {
    return RRule.parseString(rrule.trim());
  } catch {
    return null;
  }
}

function wallClock(value: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00)?$/.test(value)) return null;
  const time = DateTime.fromISO(value, { zone: 'utc' });
  return time.isValid ? time : null;
}

// rrule computes in "floating" time: the wall clock written as if it were UTC.
function floating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant).setZone(zone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond));
}

function placed(wall: Date, zone: string): Date {
  const parts = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
  return DateTime.fromObject(parts, { zone }).toJSDate();
}
