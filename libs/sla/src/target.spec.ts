import { DateTime } from 'luxon';
import { workingWeek } from './schedule';
import { TargetInput, targetState } from './target';

const MADRID = 'Europe/Madrid';
const at = (text: string) => DateTime.fromISO(text, { zone: MADRID }).toJSDate();
const office = workingWeek(MADRID, '09:00', '17:00');

// Resolution in 8 business hours, 30 minutes' grace, a warning at 75 %.
const resolution = (extra: Partial<TargetInput> = {}): TargetInput => ({
  schedule: office,
  start: at('2026-11-30T09:00'),
  minutes: 8 * 60,
  graceMinutes: 30,
  warnRatio: 0.75,
  pauses: [],
  metAt: null,
  ...extra,
});

describe('a ticket target', () => {
  it('is due, warns and breaches on the business clock', () => {
    const state = targetState(resolution(), at('2026-11-30T12:00'));
    expect(state).toEqual({ dueAt: at('2026-11-30T17:00'), warnAt: at('2026-11-30T15:00'), breachAt: at('2026-12-01T09:30'), metAt: null, breached: false, pausedMinutes: 0 });
    expect(targetState(resolution(), at('2026-12-01T09:29')).breached).toBe(false);
    expect(targetState(resolution(), at('2026-12-01T09:30')).breached).toBe(true);
  });

  it('is met in time, or met late and so breached', () => {
    expect(targetState(resolution({ metAt: at('2026-11-30T16:00') }), at('2026-12-05T10:00')).breached).toBe(false);
    expect(targetState(resolution({ metAt: at('2026-12-01T09:30') }), at('2026-12-05T10:00')).breached).toBe(false);
    expect(targetState(resolution({ metAt: at('2026-12-01T10:00') }), at('2026-12-05T10:00')).breached).toBe(true);
  });

  it('moves with the pauses and counts them, up to when it was met', () => {
    const pauses = [{ from: at('2026-11-30T10:00'), to: at('2026-11-30T12:00') }];
    const state = targetState(resolution({ pauses }), at('2026-11-30T13:00'));
    expect(state).toMatchObject({ dueAt: at('2026-12-01T11:00'), warnAt: at('2026-11-30T17:00'), breachAt: at('2026-12-01T11:30'), pausedMinutes: 120 });
    const paused = targetState(resolution({ pauses: [{ from: at('2026-11-30T16:00'), to: null }] }), at('2026-12-01T12:00'));
    expect(paused).toMatchObject({ dueAt: null, breachAt: null, breached: false, pausedMinutes: 4 * 60 });
    // The warning had passed before the pause: it stays where it was.
    expect(paused.warnAt).toEqual(at('2026-11-30T15:00'));
  });

  it('keeps a due date set by hand, with no warning of its own', () => {
    const state = targetState(resolution({ dueByHand: at('2026-12-04T12:00') }), at('2026-12-04T12:00'));
    expect(state).toMatchObject({ dueAt: at('2026-12-04T12:00'), breachAt: at('2026-12-04T12:00'), warnAt: null, breached: true });
  });

  it('recomputes from its inputs: a higher priority with a shorter target is due sooner', () => {
    const now = at('2026-11-30T10:00');
    expect(targetState(resolution({ minutes: 4 * 60 }), now).dueAt).toEqual(at('2026-11-30T13:00'));
    expect(targetState(resolution({ schedule: workingWeek(MADRID, '08:00', '20:00') }), now).dueAt).toEqual(at('2026-11-30T17:00'));
    expect(targetState(resolution({ start: at('2026-11-30T14:00') }), now).dueAt).toEqual(at('2026-12-01T14:00'));
  });
});
