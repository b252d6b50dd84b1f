import { Injectable } from '@nestjs/common';
import { TicketService } from './ticket.service';
import { TimeRuleActions } from './time-rule-actions';
import { TimeRule } from './time-rule.entity';
import { DueTimeRule, TimeRuleRepository } from './time-rule.repository';

export interface TimeRuleSweepResult {
  // Due rows looked at, rules that acted, and rows dropped because a further condition failed.
  due: number;
  acted: number;
  passed: number;
  // More rows were due than one run takes: the instance stays due.
  more: boolean;
}

// One instance's time-rule sweep, in its tenant transaction: each rule due on a ticket acts
// once per episode. The due row is taken off and the run recorded in the transaction that acts,
// a second sweeper skips the rows this one holds, and a crash rolls all of it back for the
// next sweep. `now` is the sweep's clock (tests give the instant they sweep at).
@Injectable()
export class TimeRuleSweepService {
  constructor(
    private readonly repository: TimeRuleRepository,
    private readonly tickets: TicketService,
    private readonly actions: TimeRuleActions,
  ) {}

  dueInstances(now: Date): Promise<{ id: string; slug: string }[]> {
    return this.repository.dueInstances(now);
  }

  async sweep(now: Date, limit = 500): Promise<TimeRuleSweepResult> {
    await this.repository.lockDeadline();
    const due = await this.repository.due(now, limit);
    const result: TimeRuleSweepResult = { due: due.length, acted: 0, passed: 0, more: due.length === limit };
    const rules = new Map((await this.repository.list()).map((rule) => [rule.id, rule]));
    for (const row of due) {
      const rule = rules.get(row.ruleId);
      const ticket = await this.tickets.byId(row.ticketId);
      if (!rule || !(await this.holds(rule, ticket, row))) {
        await this.repository.drop(row);
        result.passed++;
        continue;
      }
      if (!(await this.repository.claim(row, now))) continue;
      await this.actions.apply(ticket, rule);
      result.acted++;
    }
    await this.repository.resetDeadline();
    return result;
  }

  // The further conditions, as the ticket stands when its time has come.
  private async holds(rule: TimeRule, ticket: { id: string; departmentId: string; helpTopicId: string | null; priorityId: string }, row: DueTimeRule): Promise<boolean> {
    if (!rule.isActive || row.ticketId !== ticket.id) return false;
    if (rule.departmentId && rule.departmentId !== ticket.departmentId) return false;
    if (rule.helpTopicId && rule.helpTopicId !== ticket.helpTopicId) return false;
    if (rule.priorityId && rule.priorityId !== ticket.priorityId) return false;
    return rule.tag ? this.repository.hasTag(ticket.id, rule.tag) : true;
  }
}
