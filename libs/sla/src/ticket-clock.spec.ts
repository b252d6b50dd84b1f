import { DateTime } from 'luxon';
import { alwaysOpen, workingWeek } from './schedule';
import { ClockMarks, TicketClockInput, clockDue, nextDueAt, ticketClock } from './ticket-clock';

const MADRID = 'Europe/Madrid';
const VIENNA = 'Europe/Vienna';
const at = (text: string, zone = MADRID) => DateTime.fromISO(text, { zone }).toJSDate();
const office = workingWeek(MADRID, '09:00', '17:00');

const input = (extra: Partial<TicketClockInput> = {}): TicketClockInput => ({
  schedule: office,
  start: at('2026-11-27T17:00'),
  responseMinutes: 2 * 60,
  resolutionMinutes: 8 * 60,
  graceMinutes: 0,
  warnRatio: 0.75,
  pending: [],
  pauseWhenPending: true,
  respondedAt: null,
  doneAt: null,
  dueByHand: null,
  ...extra,
});
const noMarks = (): ClockMarks => ({ warnedAt: { response: null, resolution: null }, breachedAt: { response: null, resolution: null }, stepsRun: new Set() });

describe('the SLA clock of a ticket', () => {
  it('is due Monday 17:00 for a ticket opened Friday 17:00 with 8 business hours; Tuesday when Monday is a holiday', () => {
    const now = at('2026-11-27T17:00');
    expect(ticketClock(input(), now).resolution.dueAt).toEqual(at('2026-11-30T17:00'));
    expect(ticketClock(input(), now).response.dueAt).toEqual(at('2026-11-30T11:00'));
    const holiday = workingWeek(MADRID, '09:00', '17:00', ['2026-11-30']);
    expect(ticketClock(input({ schedule: holiday }), now).resolution.dueAt).toEqual(at('2026-12-01T17:00'));
  });

  it('does not count pending time, unless the plan says so', () => {
    const pending = [{ from: at('2026-11-30T10:00'), to: at('2026-11-30T13:00') }];
    const clock = ticketClock(input({ pending }), at('2026-11-30T14:00'));
    expect(clock.resolution).toMatchObject({ dueAt: at('2026-12-01T12:00'), pausedMinutes: 180 });
    expect(ticketClock(input({ pending, pauseWhenPending: false }), at('2026-11-30T14:00')).resolution).toMatchObject({ dueAt: at('2026-11-30T17:00'), pausedMinutes: 0 });
    // Still pending: no due date until the ticket comes back.
    const open = ticketClock(input({ pending: [{ from: at('2026-11-30T10:00'), to: null }] }), at('2026-12-02T10:00'));
    expect(open.resolution).toMatchObject({ dueAt: null, breached: false, pausedMinutes: (7 + 8 + 1) * 60 });
  });

  it('stops the response clock at the first public response, and both at resolution', () => {
    const responded = ticketClock(input({ respondedAt: at('2026-11-30T09:30') }), at('2026-12-03T10:00'));
    expect(responded.response).toMatchObject({ metAt: at('2026-11-30T09:30'), breached: false });
    expect(responded.resolution.breached).toBe(true);
    const resolved = ticketClock(input({ doneAt: at('2026-11-30T16:00') }), at('2026-12-03T10:00'));
    expect([resolved.response.metAt, resolved.resolution.metAt]).toEqual([at('2026-11-30T16:00'), at('2026-11-30T16:00')]);
    expect(resolved.response.breached).toBe(true);
    expect(resolved.resolution.breached).toBe(false);
  });

  it('keeps a due date set by hand and recomputes the rest from its inputs', () => {
    const now = at('2026-11-30T10:00');
    const byHand = ticketClock(input({ dueByHand: at('2026-12-10T12:00'), resolutionMinutes: 60 }), now);
    expect(byHand.resolution.dueAt).toEqual(at('2026-12-10T12:00'));
    // A higher priority: a shorter target moves both dates.
    const urgent = ticketClock(input({ responseMinutes: 30, resolutionMinutes: 4 * 60 }), now);
    expect([urgent.response.dueAt, urgent.resolution.dueAt]).toEqual([at('2026-11-30T09:30'), at('2026-11-30T13:00')]);
    expect(nextDueAt(urgent)).toEqual(at('2026-11-30T09:30'));
    expect(nextDueAt(ticketClock(input({ respondedAt: at('2026-11-30T09:10'), responseMinutes: 30, resolutionMinutes: 240 }), now))).toEqual(at('2026-11-30T13:00'));
  });

  it('takes the default matrix targets: emergency is due at once, low in 24 business hours', () => {
    // Product 64: respond now, resolve in 1 h; product 1: 16 h / 24 h.
    const start = at('2026-11-30T10:00');
    const emergency = ticketClock(input({ start, responseMinutes: 0, resolutionMinutes: 60 }), start);
    expect([emergency.response.dueAt, emergency.resolution.dueAt]).toEqual([start, at('2026-11-30T11:00')]);
    const low = ticketClock(input({ start, responseMinutes: 16 * 60, resolutionMinutes: 24 * 60 }), start);
    expect([low.response.dueAt, low.resolution.dueAt]).toEqual([at('2026-12-02T10:00'), at('2026-12-03T10:00')]);
  });

  it('counts 24x7 targets across the DST changes in Vienna and Madrid', () => {
    // Spring: 29 March 2026 has 23 hours; autumn: 25 October 2026 has 25.
    const spring = ticketClock(input({ schedule: alwaysOpen(VIENNA), start: at('2026-03-28T12:00', VIENNA), resolutionMinutes: 24 * 60 }), at('2026-03-28T12:00', VIENNA));
    expect(spring.resolution.dueAt).toEqual(at('2026-03-29T13:00', VIENNA));
    const autumn = ticketClock(input({ schedule: alwaysOpen(MADRID), start: at('2026-10-24T12:00'), resolutionMinutes: 24 * 60 }), at('2026-10-24T12:00'));
    expect(autumn.resolution.dueAt).toEqual(at('2026-10-25T11:00'));
    // Office hours do not move with the change.
    const viennaOffice = workingWeek(VIENNA, '09:00', '17:00');
    const office = ticketClock(input({ schedule: viennaOffice, start: at('2026-03-27T16:00', VIENNA), resolutionMinutes: 120 }), at('2026-03-27T16:00', VIENNA));
    expect(office.resolution.dueAt).toEqual(at('2026-03-30T10:00', VIENNA));
  });
});

describe('what falls due on the clock', () => {
  const steps = [
    { id: 'second-line', after: 'breach' as const, minutes: 60 },
    { id: 'heads-up', after: 'warning' as const, minutes: 0 },
  ];
  const start = at('2026-11-30T09:00');
  const clockAt = (now: Date) => ticketClock(input({ start }), now);

  it('warns at 75 %, breaches at the due date, then walks the line, each once', () => {
    let now = at('2026-11-30T10:00');
    expect(clockDue(clockAt(now), noMarks(), steps, office, now)).toEqual({ events: [], next: at('2026-11-30T10:30') });

    now = at('2026-11-30T10:30');
    const warned = clockDue(clockAt(now), noMarks(), steps, office, now);
    expect(warned.events).toEqual([
      { kind: 'warning', target: 'response', at: at('2026-11-30T10:30') },
      { kind: 'step', stepId: 'heads-up', at: at('2026-11-30T10:30') },
    ]);
    expect(warned.next).toEqual(at('2026-11-30T11:00'));

    const marks: ClockMarks = { ...noMarks(), warnedAt: { response: now, resolution: null }, stepsRun: new Set(['heads-up']) };
    now = at('2026-11-30T11:00');
    const breached = clockDue(clockAt(now), marks, steps, office, now);
    expect(breached.events).toEqual([{ kind: 'breach', target: 'response', at: at('2026-11-30T11:00') }]);
    expect(breached.next).toEqual(at('2026-11-30T12:00'));

    marks.breachedAt.response = at('2026-11-30T11:00');
    now = at('2026-11-30T12:00');
    expect(clockDue(clockAt(now), marks, steps, office, now).events).toEqual([{ kind: 'step', stepId: 'second-line', at: at('2026-11-30T12:00') }]);
    marks.stepsRun = new Set(['heads-up', 'second-line']);
    // Nothing twice; the resolution warning (15:00) is next.
    expect(clockDue(clockAt(now), marks, steps, office, now)).toEqual({ events: [], next: at('2026-11-30T15:00') });
  });

  it('raises everything that passed at once when the sweep comes late, and nothing for a met target', () => {
    const now = at('2026-12-01T10:00');
    const late = clockDue(clockAt(now), noMarks(), [], office, now);
    expect(late.events.map((event) => event.kind + ':' + ('target' in event ? event.target : ''))).toEqual([
      'warning:response',
      'breach:response',
      'warning:resolution',
      'breach:resolution',
    ]);
    expect(late.next).toBeNull();
    const done = ticketClock(input({ start, doneAt: at('2026-11-30T10:00') }), now);
    expect(clockDue(done, noMarks(), steps, office, now)).toEqual({ events: [], next: null });
  });

  it('waits without a deadline while the ticket is pending', () => {
    const now = at('2026-11-30T12:00');
    const pending = ticketClock(input({ start, pending: [{ from: at('2026-11-30T09:30'), to: null }] }), now);
    expect(clockDue(pending, noMarks(), steps, office, now)).toEqual({ events: [], next: null });
  });
});
