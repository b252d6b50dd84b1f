import { Injectable } from '@nestjs/common';
import { RuleProblem, TIME_RULE_ACTION_KINDS, TimeCondition, TimeRuleAction, WaitUnit, referenceOf, splitTags, timeRuleProblems } from '@tessera/automation';
import { TenantDatabase, newId, refuseDuplicate } from '@tessera/database';
import { normalizeTag } from './tag-name';
import { TicketFilterRepository } from './ticket-filter.repository';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { TimeRule } from './time-rule.entity';
import { TimeRuleRepository } from './time-rule.repository';

export interface TimeRuleInput {
  name: string;
  condition: TimeCondition;
  state?: string | null;
  statusId?: string | null;
  waitAmount: number;
  waitUnit: WaitUnit;
  departmentId?: string | null;
  helpTopicId?: string | null;
  priorityId?: string | null;
  tag?: string | null;
  actions: TimeRuleAction[];
  isActive?: boolean;
}

const notFound = (id: string) => new TicketError(TicketErrorCode.TimeRuleNotFound, `No time rule ${id}`);

function refuse(problems: RuleProblem[]): TicketError {
  return new TicketError(TicketErrorCode.TimeRuleInvalid, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0].field, errors: problems });
}

// The instance's time rules, kept by its managers and checked when saved (the rule as written,
// then the ids it names). Saving one brings its due rows up to date, so it also takes the
// tickets already in its condition. Runs in the tenant transaction.
@Injectable()
export class TimeRuleAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TimeRuleRepository,
    private readonly targets: TicketFilterRepository,
  ) {}

  list(): Promise<TimeRule[]> {
    return this.repository.list();
  }

  async get(id: string): Promise<TimeRule> {
    const rule = await this.repository.get(id);
    if (!rule) throw notFound(id);
    return rule;
  }

  create(input: TimeRuleInput): Promise<TimeRule> {
    const now = new Date();
    const rule = Object.assign(new TimeRule(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      isActive: true,
      state: null,
      statusId: null,
      departmentId: null,
      helpTopicId: null,
      priorityId: null,
      tag: null,
      createdAt: now,
    });
    return this.save(rule, input);
  }

  async update(id: string, changes: Partial<TimeRuleInput>): Promise<TimeRule> {
    return this.save(await this.get(id), changes);
  }

  async delete(id: string): Promise<void> {
    await this.repository.delete((await this.get(id)).id);
  }

  private async save(rule: TimeRule, changes: Partial<TimeRuleInput>): Promise<TimeRule> {
    if (changes.name !== undefined) rule.name = changes.name.trim();
    if (changes.condition !== undefined) {
      rule.condition = changes.condition;
      // A new condition drops what only the old one took, unless it is given again.
      if (changes.condition !== 'state' && changes.state === undefined) rule.state = null;
      if (changes.condition !== 'status' && changes.statusId === undefined) rule.statusId = null;
    }
    for (const field of ['state', 'statusId', 'departmentId', 'helpTopicId', 'priorityId'] as const) {
      if (changes[field] !== undefined) rule[field] = changes[field] || null;
    }
    if (changes.waitAmount !== undefined) rule.waitAmount = changes.waitAmount;
    if (changes.waitUnit !== undefined) rule.waitUnit = changes.waitUnit;
    if (changes.isActive !== undefined) rule.isActive = changes.isActive;
    if (changes.actions !== undefined) rule.actions = changes.actions.map((a) => ({ kind: a.kind, value: a.value?.trim() || null }));
    const problems: RuleProblem[] = [];
    if (!rule.name) problems.push({ field: 'name', message: 'The name is empty' });
    if (changes.tag !== undefined) {
      const tag = changes.tag?.trim() ? normalizeTag(changes.tag) : null;
      if (changes.tag?.trim() && !tag) problems.push({ field: 'tag', message: `"${changes.tag}" is not a tag: letters and digits, with - _ . / inside` });
      rule.tag = tag;
    }
    problems.push(...timeRuleProblems(rule));
    if (problems.length === 0) problems.push(...(await this.referenceProblems(rule)));
    if (problems.length > 0) throw refuse(problems);
    rule.updatedAt = new Date();
    const saved = await refuseDuplicate(
      () => this.repository.save(rule),
      () => new TicketError(TicketErrorCode.TimeRuleNameTaken, `There is already a time rule named "${rule.name}"`, { field: 'name' }),
    );
    await this.repository.refreshDue(saved.id);
    return saved;
  }

  // Each id the rule names is a row of this instance (an agent, team or canned response it
  // acts with must also be usable).
  private async referenceProblems(rule: TimeRule): Promise<RuleProblem[]> {
    const problems: RuleProblem[] = [];
    const check = async (field: string, kind: 'status' | 'department' | 'help-topic' | 'priority' | 'team' | 'canned-response', id: string | null, mustBeUsable: boolean) => {
      if (!id) return;
      const found = (await this.targets.targets(kind, [id])).get(id);
      if (!found) problems.push({ field, message: `No ${kind.replace('-', ' ')} ${id} here` });
      else if (mustBeUsable && !found.usable) problems.push({ field, message: `The ${kind.replace('-', ' ')} "${found.name}" is not active` });
    };
    await check('statusId', 'status', rule.statusId, false);
    await check('departmentId', 'department', rule.departmentId, false);
    await check('helpTopicId', 'help-topic', rule.helpTopicId, false);
    await check('priorityId', 'priority', rule.priorityId, false);
    for (const [index, action] of rule.actions.entries()) {
      const field = `actions.${index}.value`;
      if (TIME_RULE_ACTION_KINDS[action.kind] === 'tags') {
        const wrong = splitTags(action.value ?? '').find((name) => normalizeTag(name) === null);
        if (wrong !== undefined) problems.push({ field, message: `"${wrong}" is not a tag: letters and digits, with - _ . / inside` });
        continue;
      }
      const takes = action.kind === 'notify-assignee' || action.kind === 'notify-department-manager' ? null : referenceOf(action.kind);
      if (takes === 'status' || takes === 'priority' || takes === 'team' || takes === 'canned-response') await check(field, takes, action.value ?? null, takes !== 'status' && takes !== 'priority');
    }
    return problems;
  }
}
