import { DateTime } from 'luxon';
import { businessMinutes, dueAfter, pausedMinutes } from './clock';
import { Schedule, alwaysOpen, minutesOf, workingWeek } from './schedule';

// Local wall-clock time in a zone -> Date, and back, to write the cases as a manager reads them.
const local = (zone: string, text: string) => DateTime.fromISO(text, { zone }).toJSDate();
const shown = (zone: string, date: Date | null) => (date ? DateTime.fromJSDate(date, { zone }).toFormat("ccc yyyy-MM-dd HH:mm") : null);

const MADRID = 'Europe/Madrid';
const VIENNA = 'Europe/Vienna';
const office = (holidays: string[] = []) => workingWeek(MADRID, '09:00', '17:00', holidays);
const at = (text: string) => local(MADRID, text);

describe('business time', () => {
  it('carries a target over the night and the weekend: Friday 17:00 plus 8 h is Monday 17:00', () => {
    // 2026-11-27 is a Friday.
    expect(shown(MADRID, dueAfter(office(), at('2026-11-27T17:00'), 8 * 60))).toBe('Mon 2026-11-30 17:00');
    expect(shown(MADRID, dueAfter(office(), at('2026-11-27T16:00'), 8 * 60))).toBe('Mon 2026-11-30 16:00');
    // Opened on Saturday: the clock starts on Monday at nine.
    expect(shown(MADRID, dueAfter(office(), at('2026-11-28T11:00'), 90))).toBe('Mon 2026-11-30 10:30');
    // Opened before opening time.
    expect(shown(MADRID, dueAfter(office(), at('2026-11-30T06:00'), 60))).toBe('Mon 2026-11-30 10:00');
  });

  it('skips holidays, single dates and yearly ones', () => {
    expect(shown(MADRID, dueAfter(office(['2026-11-30']), at('2026-11-27T17:00'), 8 * 60))).toBe('Tue 2026-12-01 17:00');
    // Christmas and St Stephen's day every year: Thursday 24th 16:00 + 2 h is Monday 28th 10:00.
    const christmas = office(['--12-25', '--12-26']);
    expect(shown(MADRID, dueAfter(christmas, at('2026-12-24T16:00'), 120))).toBe('Mon 2026-12-28 10:00');
    expect(shown(MADRID, dueAfter(christmas, at('2031-12-24T16:00'), 120))).toBe('Mon 2031-12-29 10:00');
  });

  it('knows several intervals a day and different days', () => {
    // Mornings 8-14 and afternoons 15:30-18 Monday to Thursday; Friday 8-15.
    const split = [{ start: minutesOf('08:00'), end: minutesOf('14:00') }, { start: minutesOf('15:30'), end: minutesOf('18:00') }];
    const week: Schedule = { timeZone: MADRID, week: [split, split, split, split, [{ start: minutesOf('08:00'), end: minutesOf('15:00') }], [], []], holidays: [] };
    expect(shown(MADRID, dueAfter(week, at('2026-11-30T13:00'), 120))).toBe('Mon 2026-11-30 16:30');
    expect(shown(MADRID, dueAfter(week, at('2026-12-03T17:00'), 8 * 60))).toBe('Fri 2026-12-04 15:00');
    expect(shown(MADRID, dueAfter(week, at('2026-12-04T14:00'), 120))).toBe('Mon 2026-12-07 09:00');
    expect(businessMinutes(week, at('2026-11-30T13:00'), at('2026-11-30T16:30'))).toBe(120);
  });

  it('counts real time across the spring change: a 24x7 day is 23 hours long', () => {
    // Madrid: 2026-03-29 02:00 -> 03:00. Vienna changes at the same instant.
    for (const zone of [MADRID, VIENNA]) {
      const always = alwaysOpen(zone);
      expect(shown(zone, dueAfter(always, local(zone, '2026-03-28T12:00'), 24 * 60))).toBe('Sun 2026-03-29 13:00');
      expect(businessMinutes(always, local(zone, '2026-03-29T00:00'), local(zone, '2026-03-30T00:00'))).toBe(23 * 60);
    }
    // Opening hours that hold the skipped hour are an hour shorter that day.
    const night: Schedule = { timeZone: MADRID, week: Array.from({ length: 7 }, () => [{ start: minutesOf('01:00'), end: minutesOf('04:00') }]), holidays: [] };
    expect(businessMinutes(night, at('2026-03-29T00:00'), at('2026-03-29T12:00'))).toBe(120);
    expect(shown(MADRID, dueAfter(night, at('2026-03-29T00:00'), 150))).toBe('Mon 2026-03-30 01:30');
    // Office hours are untouched: Friday 17:00 + 8 h is still Monday 17:00, an hour less in UTC.
    const due = dueAfter(office(), at('2026-03-27T17:00'), 8 * 60)!;
    expect(shown(MADRID, due)).toBe('Mon 2026-03-30 17:00');
    expect(due.toISOString()).toBe('2026-03-30T15:00:00.000Z');
  });

  it('counts real time across the autumn change: a 24x7 day is 25 hours long', () => {
    // Vienna and Madrid: 2026-10-25 03:00 -> 02:00.
    for (const zone of [VIENNA, MADRID]) {
      const always = alwaysOpen(zone);
      expect(shown(zone, dueAfter(always, local(zone, '2026-10-24T12:00'), 24 * 60))).toBe('Sun 2026-10-25 11:00');
      expect(businessMinutes(always, local(zone, '2026-10-25T00:00'), local(zone, '2026-10-26T00:00'))).toBe(25 * 60);
    }
    const vienna = workingWeek(VIENNA, '08:00', '16:00');
    const due = dueAfter(vienna, local(VIENNA, '2026-10-23T15:00'), 2 * 60)!;
    expect(shown(VIENNA, due)).toBe('Mon 2026-10-26 09:00');
    expect(due.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('stops while paused and resumes where it stopped', () => {
    const start = at('2026-11-30T09:00');
    // Pending on the requester Monday 11:00 - Tuesday 10:00: 7 business hours do not count.
    const pauses = [{ from: at('2026-11-30T11:00'), to: at('2026-12-01T10:00') }];
    expect(shown(MADRID, dueAfter(office(), start, 8 * 60, pauses))).toBe('Tue 2026-12-01 16:00');
    expect(pausedMinutes(office(), start, at('2026-12-02T09:00'), pauses)).toBe(7 * 60);
    // Still paused: no due date until the clock runs again, and the pause so far is counted.
    const open = [{ from: at('2026-11-30T11:00'), to: null }];
    expect(dueAfter(office(), start, 8 * 60, open)).toBeNull();
    expect(pausedMinutes(office(), start, at('2026-11-30T15:30'), open)).toBe(270);
    // A target reached before the pause is not touched by it.
    expect(shown(MADRID, dueAfter(office(), start, 60, open))).toBe('Mon 2026-11-30 10:00');
    // Pauses outside opening hours cost nothing; overlapping pauses count once.
    expect(shown(MADRID, dueAfter(office(), start, 8 * 60, [{ from: at('2026-11-30T18:00'), to: at('2026-12-01T08:00') }]))).toBe('Mon 2026-11-30 17:00');
    const twice = [
      { from: at('2026-11-30T10:00'), to: at('2026-11-30T12:00') },
      { from: at('2026-11-30T11:00'), to: at('2026-11-30T13:00') },
    ];
    expect(shown(MADRID, dueAfter(office(), start, 8 * 60, twice))).toBe('Tue 2026-12-01 12:00');
  });

  it('is due at once for a target of zero, and refuses a schedule that never opens', () => {
    expect(shown(MADRID, dueAfter(office(), at('2026-11-28T11:00'), 0))).toBe('Mon 2026-11-30 09:00');
    expect(businessMinutes(office(), at('2026-11-30T12:00'), at('2026-11-30T10:00'))).toBe(0);
    const everyDayOff: Schedule = { ...office(), holidays: Array.from({ length: 366 }, (_, i) => `--${DateTime.fromObject({ year: 2024 }).plus({ days: i }).toFormat('MM-dd')}`) };
    expect(() => dueAfter(everyDayOff, at('2026-11-30T12:00'), 60)).toThrow(/no opening hours in 10 years/);
  });
});
