import { Pause, dueAfter } from './clock';
import { Schedule } from './schedule';
import { TargetState, targetState } from './target';

// A ticket's two service targets, first response and resolution, on one clock; what the sweep
// must do about them at a moment, and when it must look again. Pure.

export const SLA_TARGETS = ['response', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

export interface TicketClockInput {
  schedule: Schedule;
  // The ticket's creation.
  start: Date;
  // Business minutes for each target (the plan's, or the priority band's).
  responseMinutes: number;
  resolutionMinutes: number;
  graceMinutes: number;
  warnRatio: number | null;
  // The times the ticket was pending; counted only when the plan pauses for pending.
  pending: readonly Pause[];
  pauseWhenPending: boolean;
  // The first public agent response.
  respondedAt: Date | null;
  // Resolved (or closed) at.
  doneAt: Date | null;
  // The resolution due date an agent set by hand: it stays.
  dueByHand: Date | null;
}

export type TicketClock = Record<SlaTarget, TargetState>;

export function ticketClock(input: TicketClockInput, now: Date): TicketClock {
  const pauses = input.pauseWhenPending ? input.pending : [];
  const common = { schedule: input.schedule, start: input.start, graceMinutes: input.graceMinutes, warnRatio: input.warnRatio, pauses };
  return {
    // Resolving a ticket answers it too: a resolved ticket breaches no response target.
    response: targetState({ ...common, minutes: input.responseMinutes, metAt: input.respondedAt ?? input.doneAt }, now),
    resolution: targetState({ ...common, minutes: input.resolutionMinutes, metAt: input.doneAt, dueByHand: input.dueByHand }, now),
  };
}

// What the sweep already recorded of a ticket: the warnings and breaches raised, the escalation
// steps run.
export interface ClockMarks {
  warnedAt: Record<SlaTarget, Date | null>;
  breachedAt: Record<SlaTarget, Date | null>;
  stepsRun: ReadonlySet<string>;
}

// One step of an escalation line: N business minutes after the ticket's first breach (or first
// warning).
export interface StepTiming {
  id: string;
  after: 'breach' | 'warning';
  minutes: number;
}

export type ClockEvent = { kind: 'warning' | 'breach'; target: SlaTarget; at: Date } | { kind: 'step'; stepId: string; at: Date };

export interface ClockDue {
  // Due now, in the order they fell due.
  events: ClockEvent[];
  // When the sweep must look at the ticket again; null when nothing more can fall due.
  next: Date | null;
}

// The warnings, breaches and escalation steps due at `now` that the marks do not hold yet, and
// the next instant one falls due. Steps wait for their anchor (the first breach or warning,
// counting the ones due now) and run in the schedule's business time after it.
export function clockDue(clock: TicketClock, marks: ClockMarks, steps: readonly StepTiming[], schedule: Schedule, now: Date): ClockDue {
  const events: ClockEvent[] = [];
  const future: Date[] = [];
  const warned = { ...marks.warnedAt };
  const breached = { ...marks.breachedAt };
  const consider = (at: Date | null, event: () => ClockEvent) => {
    if (!at) return;
    if (at <= now) events.push(event());
    else future.push(at);
  };
  for (const target of SLA_TARGETS) {
    const state = clock[target];
    if (state.metAt) continue;
    if (!warned[target] && !breached[target]) {
      consider(state.warnAt, () => {
        warned[target] = now;
        return { kind: 'warning', target, at: state.warnAt as Date };
      });
    }
    if (!breached[target]) {
      consider(state.breachAt, () => {
        breached[target] = state.breachAt;
        return { kind: 'breach', target, at: state.breachAt as Date };
      });
    }
  }
  const anchors = { breach: earliest(Object.values(breached)), warning: earliest([...Object.values(warned), ...Object.values(breached)]) };
  const open = SLA_TARGETS.some((target) => !clock[target].metAt);
  for (const step of steps) {
    const anchor = anchors[step.after];
    if (marks.stepsRun.has(step.id) || !anchor || !open) continue;
    consider(dueAfter(schedule, anchor, step.minutes), () => ({ kind: 'step', stepId: step.id, at: dueAfter(schedule, anchor, step.minutes) as Date }));
  }
  // A step waiting for a breach that has not happened is looked at again when the breach falls.
  return { events: events.sort((a, b) => a.at.getTime() - b.at.getTime()), next: earliest(future) };
}

// The earliest unmet due date of a ticket: what its queue row shows.
export function nextDueAt(clock: TicketClock): Date | null {
  return earliest(SLA_TARGETS.filter((target) => !clock[target].metAt).map((target) => clock[target].dueAt));
}

function earliest(dates: readonly (Date | null)[]): Date | null {
  let first: Date | null = null;
  for (const date of dates) if (date && (!first || date < first)) first = date;
  return first;
}
