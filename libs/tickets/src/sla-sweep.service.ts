import { Injectable } from '@nestjs/common';
import { Outbox } from '@tessera/database';
import { DirectoryService, EscalationStep, MatrixLevel, PriorityBand, bandFor, isMatrixLevel } from '@tessera/directory';
import { ClockEvent, Schedule, SlaTarget, TicketClock, alwaysOpen, clockDue, ticketClock } from '@tessera/sla';
import { ClockRow, SlaClockRepository } from './sla-clock.repository';
import { Ticket } from './ticket.entities';
import { TicketChanges, TicketService } from './ticket.service';

export interface SlaSweepResult {
  clocks: number;
  warnings: number;
  breaches: number;
  steps: number;
  // More clocks were due than one run takes: the instance stays due.
  more: boolean;
}

export interface SlaClockView {
  clock: TicketClock;
  breachedAt: Record<SlaTarget, Date | null>;
}

interface ClockBasis {
  clock: TicketClock | null;
  schedule: Schedule;
  steps: EscalationStep[];
}

// One instance's SLA sweep, in its tenant transaction: every clock whose deadline passed is
// recomputed, its warnings and breaches raised and its escalation steps run, each once (the marks
// are conditional updates and the steps unique rows, and a doubled sweeper skips locked clocks).
@Injectable()
export class SlaSweepService {
  constructor(
    private readonly clocks: SlaClockRepository,
    private readonly directory: DirectoryService,
    private readonly tickets: TicketService,
    private readonly outbox: Outbox,
  ) {}

  async sweep(now: Date, limit = 500): Promise<SlaSweepResult> {
    await this.clocks.lockDeadline();
    const due = await this.clocks.due(now, limit);
    const result: SlaSweepResult = { clocks: due.length, warnings: 0, breaches: 0, steps: 0, more: due.length === limit };
    for (const row of due) {
      const { clock, schedule, steps } = await this.basis(row, now);
      if (!clock) {
        await this.clocks.save(row.ticketId, emptyClock(), null, now);
        continue;
      }
      const timing = steps.map((step) => ({ id: step.id, after: step.afterEvent, minutes: step.afterMinutes }));
      const { events, next } = clockDue(clock, { warnedAt: row.warnedAt, breachedAt: row.breachedAt, stepsRun: new Set(row.stepsRun) }, timing, schedule, now);
      let changed = false;
      for (const event of events) {
        if (event.kind === 'step') {
          const step = steps.find((s) => s.id === event.stepId) as EscalationStep;
          if (await this.clocks.recordStep(row.ticketId, step.id, now)) {
            await this.escalate(row, step);
            result.steps++;
            changed = true;
          }
        } else if (await this.raise(row, event, now)) {
          result[event.kind === 'warning' ? 'warnings' : 'breaches']++;
        }
      }
      // A step changed the ticket: its clock is recomputed at once with the new priority.
      await this.clocks.save(row.ticketId, clock, changed ? now : next, now);
      await this.clocks.setTicketDue(row.ticketId, clock.resolution.dueAt);
    }
    await this.clocks.resetDeadline();
    return result;
  }

  // The clock of a ticket as it stands, with the breach times the sweep recorded: what its
  // answer shows.
  async clockOf(ticketId: string, now = new Date()): Promise<SlaClockView | null> {
    const row = await this.clocks.ofTicket(ticketId);
    const clock = row && (await this.basis(row, now)).clock;
    return row && clock ? { clock, breachedAt: row.breachedAt } : null;
  }

  private async basis(row: ClockRow, now: Date): Promise<ClockBasis> {
    const plan = row.slaPlanId ? await this.directory.slaPlan(row.slaPlanId).catch(() => null) : null;
    // Without a schedule the clock runs around the clock, where the zone makes no difference.
    const schedule = plan?.scheduleId ? await this.directory.schedule(plan.scheduleId) : alwaysOpen();
    const { targets, band } = await this.targets(row, plan);
    if (!targets) return { clock: null, schedule, steps: [] };
    const clock = ticketClock(
      {
        schedule,
        start: row.createdAt,
        ...targets,
        graceMinutes: plan?.graceMinutes ?? 0,
        warnRatio: plan ? (plan.warnPercent === null ? null : plan.warnPercent / 100) : 0.75,
        pending: row.pending,
        pauseWhenPending: plan?.pauseWhenPending ?? true,
        respondedAt: row.firstResponseAt,
        doneAt: row.doneAt,
        dueByHand: row.dueByHand ? row.dueAt : null,
      },
      now,
    );
    return { clock, schedule, steps: await this.line(plan, band) };
  }

  // The plan's targets, or the priority band's when the instance runs the impact x urgency matrix.
  private async targets(row: ClockRow, plan: { firstResponseMinutes: number; resolutionMinutes: number } | null) {
    const settings = await this.directory.settings();
    if (settings.priorityMode === 'matrix' && isMatrixLevel(row.impact) && isMatrixLevel(row.urgency)) {
      const band = bandFor(row.impact as MatrixLevel, row.urgency as MatrixLevel, await this.directory.priorityMatrix(settings));
      return { targets: { responseMinutes: band.respondMinutes, resolutionMinutes: band.resolveMinutes }, band };
    }
    return { targets: plan ? { responseMinutes: plan.firstResponseMinutes, resolutionMinutes: plan.resolutionMinutes } : null, band: null };
  }

  // The band's own escalation line where it has one (as its targets replace the plan's), else the plan's.
  private async line(plan: { id: string } | null, band: PriorityBand | null): Promise<EscalationStep[]> {
    const own = band ? await this.directory.bandEscalationSteps(band.minProduct) : [];
    if (own.length > 0) return own;
    return plan ? this.directory.escalationSteps(plan.id) : [];
  }

  private async raise(row: ClockRow, event: Extract<ClockEvent, { kind: 'warning' | 'breach' }>, now: Date): Promise<boolean> {
    const warning = event.kind === 'warning';
    if (!(await this.clocks.mark(row.ticketId, event.target, warning ? 'warned' : 'breached', warning ? now : event.at))) return false;
    const ticket = await this.tickets.byId(row.ticketId);
    await this.tickets.appendEntry(ticket, { kind: 'system' }, { kind: 'event', visibility: 'internal', event: warning ? 'sla_warning' : 'overdue', data: { target: event.target, at: event.at.toISOString() } });
    if (warning) await this.outbox.add('ticket.sla-warning', { ticketId: row.ticketId, target: event.target });
    else await this.outbox.add('ticket.overdue', { ticketId: row.ticketId, target: event.target });
    return true;
  }

  // Transfer, assign and raise the priority as the step says, and record it on the thread; the
  // mail sender notifies from the outbox event.
  private async escalate(row: ClockRow, step: EscalationStep): Promise<void> {
    const ticket: Ticket = await this.tickets.byId(row.ticketId);
    const changes: TicketChanges = {};
    if (step.transferDepartmentId && step.transferDepartmentId !== ticket.departmentId) changes.departmentId = step.transferDepartmentId;
    if (step.assignStaffId) changes.assigneeStaffId = step.assignStaffId;
    if (step.assignTeamId) changes.assigneeTeamId = step.assignTeamId;
    if (step.raisePriority) {
      const priorities = await this.directory.priorities();
      const current = priorities.find((p) => p.id === ticket.priorityId);
      const higher = priorities.find((p) => current && p.urgency > current.urgency);
      if (higher) changes.priorityId = higher.id;
    }
    const from = { departmentId: ticket.departmentId, assigneeStaffId: ticket.assigneeStaffId, assigneeTeamId: ticket.assigneeTeamId, priorityId: ticket.priorityId };
    if (Object.keys(changes).length > 0) await this.tickets.update(ticket, changes);
    await this.tickets.appendEntry(ticket, { kind: 'system' }, {
      kind: 'event',
      visibility: 'internal',
      event: 'escalated',
      data: {
        stepId: step.id,
        position: step.position,
        after: step.afterEvent,
        minutes: step.afterMinutes,
        from,
        to: { ...changes },
        notify: { staffIds: step.notifyStaffIds, departmentManager: step.notifyDepartmentManager },
      },
    });
    await this.outbox.add('ticket.escalated', {
      ticketId: ticket.id,
      stepId: step.id,
      position: step.position,
      notifyStaffIds: step.notifyStaffIds,
      notifyDepartmentManager: step.notifyDepartmentManager,
    });
  }
}

function emptyClock(): TicketClock {
  const none = { dueAt: null, warnAt: null, breachAt: null, metAt: null, breached: false, pausedMinutes: 0 };
  return { response: none, resolution: none };
}
