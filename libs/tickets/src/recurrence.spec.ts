import { latestOccurrence, nextOccurrence, recurrenceProblem } from './recurrence';

const madrid = (rrule: string, startsAt = '2026-03-02T09:00') => ({ rrule, startsAt, timezone: 'Europe/Madrid' });

describe('recurrence', () => {
  it('keeps a weekly 09:00 at 09:00 local time across the spring and autumn changes', () => {
    const weekly = madrid('FREQ=WEEKLY;BYDAY=MO');
    // Madrid leaves CET (+01) for CEST (+02) on Sunday 29 March 2026 and returns on 25 October.
    expect(nextOccurrence(weekly, new Date('2026-03-23T07:59:00Z'))?.toISOString()).toBe('2026-03-23T08:00:00.000Z');
    // Strictly after: from the occurrence itself, the next Monday's, now an hour earlier in UTC.
    expect(nextOccurrence(weekly, new Date('2026-03-23T08:00:00Z'))?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(nextOccurrence(weekly, new Date('2026-10-19T07:00:00Z'))?.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('moves an occurrence the spring change skips to the first valid time after it', () => {
    const daily = madrid('FREQ=DAILY', '2026-03-27T02:30');
    expect(nextOccurrence(daily, new Date('2026-03-28T12:00:00Z'))?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(nextOccurrence(daily, new Date('2026-03-29T12:00:00Z'))?.toISOString()).toBe('2026-03-30T00:30:00.000Z');
  });

  it('places a time the autumn change repeats at one of its two instants, once', () => {
    const daily = madrid('FREQ=DAILY', '2026-10-24T02:30');
    // 02:30 comes twice on 25 October (00:30 and 01:30 UTC); the occurrence is the second.
    expect(nextOccurrence(daily, new Date('2026-10-24T12:00:00Z'))?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(nextOccurrence(daily, new Date('2026-10-25T01:30:00Z'))?.toISOString()).toBe('2026-10-26T01:30:00.000Z');
  });

  it('finds the latest occurrence due, and none before the start', () => {
    const monthly = madrid('FREQ=MONTHLY;BYMONTHDAY=1', '2026-01-01T08:00');
    expect(latestOccurrence(monthly, new Date('2026-04-15T00:00:00Z'))?.toISOString()).toBe('2026-04-01T06:00:00.000Z');
    expect(latestOccurrence(monthly, new Date('2026-04-01T06:00:00Z'))?.toISOString()).toBe('2026-04-01T06:00:00.000Z');
    expect(latestOccurrence(monthly, new Date('2025-12-31T00:00:00Z'))).toBeNull();
  });

  it('ends with COUNT and UNTIL', () => {
    const twice = madrid('FREQ=DAILY;COUNT=2');
    expect(nextOccurrence(twice, new Date('2026-03-02T08:00:00Z'))?.toISOString()).toBe('2026-03-03T08:00:00.000Z');
    expect(nextOccurrence(twice, new Date('2026-03-03T08:00:00Z'))).toBeNull();
    expect(nextOccurrence(madrid('FREQ=WEEKLY;UNTIL=20260310T000000Z'), new Date('2026-03-09T08:00:00Z'))).toBeNull();
  });

  it('names what is wrong', () => {
    expect(recurrenceProblem(madrid('FREQ=WEEKLY;BYDAY=MO,FR'))).toBeNull();
    expect(recurrenceProblem({ ...madrid('FREQ=DAILY'), timezone: 'Europe/Atlantis' })).toMatchObject({ field: 'timezone' });
    expect(recurrenceProblem(madrid('FREQ=DAILY', '2026-02-30T09:00'))).toMatchObject({ field: 'startsAt' });
    expect(recurrenceProblem(madrid('FREQ=DAILY', 'next monday'))).toMatchObject({ field: 'startsAt' });
    expect(recurrenceProblem(madrid('every day'))).toMatchObject({ field: 'rrule' });
    expect(recurrenceProblem(madrid('BYDAY=MO'))).toMatchObject({ field: 'rrule', message: expect.stringContaining('FREQ') });
    expect(recurrenceProblem(madrid('FREQ=MINUTELY'))).toMatchObject({ field: 'rrule' });
    expect(recurrenceProblem(madrid('FREQ=BOGUS'))).toMatchObject({ field: 'rrule' });
    expect(recurrenceProblem(madrid('FREQ=DAILY;BYMINUTE=5'))).toMatchObject({ field: 'rrule', message: expect.stringContaining('BYMINUTE') });
    expect(recurrenceProblem(madrid('DTSTART:20200101T000000Z\nRRULE:FREQ=DAILY'))).toMatchObject({ field: 'rrule' });
  });
});
