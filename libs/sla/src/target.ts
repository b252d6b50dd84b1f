import { Pause, dueAfter, pausedMinutes } from './clock';
import { Schedule } from './schedule';

// One service target of a ticket (first response, or resolution) at a moment: when it is due, when
// the warning falls, whether it was met or breached. Pure; recomputed from its inputs whenever
// priority, topic, plan, schedule or the pauses change.

export interface TargetInput {
  schedule: Schedule;
  // When the clock started (the ticket's creation).
  start: Date;
  // The target in business minutes.
  minutes: number;
  // Business minutes after the due date before the target counts as breached.
  graceMinutes: number;
  // The warning, as the share of the target elapsed (0.75), or null for none.
  warnRatio: number | null;
  pauses: readonly Pause[];
  // When the target was met (first public response; resolution), or null.
  metAt: Date | null;
  // A due date an agent set by hand: it stays, whatever the clock says.
  dueByHand?: Date | null;
}

export interface TargetState {
  // null while the clock is paused (it resumes with the ticket).
  dueAt: Date | null;
  warnAt: Date | null;
  breachAt: Date | null;
  metAt: Date | null;
  // Met after its breach time, or not met and the breach time has passed.
  breached: boolean;
  pausedMinutes: number;
}

export function targetState(input: TargetInput, now: Date): TargetState {
  const { schedule, start, pauses } = input;
  const until = input.metAt ?? now;
  const dueAt = input.dueByHand ?? dueAfter(schedule, start, input.minutes, pauses);
  const breachAt = input.dueByHand ?? dueAfter(schedule, start, input.minutes + input.graceMinutes, pauses);
  const warnAt = input.warnRatio === null ? null : dueAfter(schedule, start, Math.floor(input.minutes * input.warnRatio), pauses);
  const breached = breachAt !== null && (input.metAt ? input.metAt > breachAt : now >= breachAt);
  return { dueAt, warnAt: input.dueByHand ? null : warnAt, breachAt, metAt: input.metAt, breached, pausedMinutes: pausedMinutes(schedule, start, until, pauses) };
}
