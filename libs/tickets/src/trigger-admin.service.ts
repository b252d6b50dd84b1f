import { Injectable } from '@nestjs/common';
import { RuleProblem, TriggerAction, TriggerCondition, TriggerEvent, splitTags, triggerProblems, triggerReferenceOf } from '@tessera/automation';
import { TenantDatabase, newId, refuseDuplicate } from '@tessera/database';
import { isTemplateKey } from '@tessera/notifications';
import { placed } from './rule-positions';
import { normalizeTag } from './tag-name';
import { TicketFilterRepository } from './ticket-filter.repository';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { Trigger } from './trigger.entity';
import { TriggerRepository } from './trigger.repository';

export interface TriggerInput {
  name: string;
  events: TriggerEvent[];
  match: 'all' | 'any';
  conditions: TriggerCondition[];
  actions: TriggerAction[];
  isActive?: boolean;
  // 1 runs first; absent on a new trigger: after the others. Moving one renumbers the rest.
  position?: number;
}

const notFound = (id: string) => new TicketError(TicketErrorCode.TriggerNotFound, `No trigger ${id}`);

function refuse(problems: RuleProblem[]): TicketError {
  return new TicketError(TicketErrorCode.TriggerInvalid, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0].field, errors: problems });
}

// The instance's triggers, kept by its managers: ordered, switched on and off, checked when
// saved (patterns RE2 runs, ids of rows of this instance, template keys, web addresses). Runs in
// the tenant transaction.
@Injectable()
export class TriggerAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TriggerRepository,
    private readonly targets: TicketFilterRepository,
  ) {}

  list(): Promise<Trigger[]> {
    return this.repository.list();
  }

  async get(id: string): Promise<Trigger> {
    const trigger = await this.repository.get(id);
    if (!trigger) throw notFound(id);
    return trigger;
  }

  async create(input: TriggerInput): Promise<Trigger> {
    const now = new Date();
    const all = await this.repository.list();
    const trigger = Object.assign(new Trigger(), { tenantId: this.db.tenant.id, id: newId(), isActive: true, position: all.length + 1, createdAt: now });
    return this.save(trigger, input, all);
  }

  async update(id: string, changes: Partial<TriggerInput>): Promise<Trigger> {
    const trigger = await this.get(id);
    return this.save(trigger, changes, await this.repository.list());
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.repository.delete(id);
    await this.repository.renumber((await this.repository.list()).map((t) => t.id));
  }

  private async save(trigger: Trigger, changes: Partial<TriggerInput>, all: Trigger[]): Promise<Trigger> {
    if (changes.name !== undefined) trigger.name = changes.name.trim();
    if (changes.events !== undefined) trigger.events = [...new Set(changes.events)];
    if (changes.match !== undefined) trigger.match = changes.match;
    if (changes.conditions !== undefined) trigger.conditions = changes.conditions.map(conditionOf);
    if (changes.actions !== undefined) trigger.actions = changes.actions.map(actionOf);
    if (changes.isActive !== undefined) trigger.isActive = changes.isActive;
    const problems: RuleProblem[] = [];
    if (!trigger.name) problems.push({ field: 'name', message: 'The name is empty' });
    problems.push(...triggerProblems(trigger));
    if (problems.length === 0) problems.push(...(await this.referenceProblems(trigger.actions)));
    if (problems.length > 0) throw refuse(problems);
    trigger.updatedAt = new Date();
    const saved = await refuseDuplicate(
      () => this.repository.save(trigger),
      () => new TicketError(TicketErrorCode.TriggerNameTaken, `There is already a trigger named "${trigger.name}"`, { field: 'name' }),
    );
    const { order, position } = placed(
      all.filter((t) => t.id !== trigger.id).map((t) => t.id),
      trigger.id,
      changes.position ?? trigger.position,
    );
    await this.repository.renumber(order);
    saved.position = position;
    return saved;
  }

  // Each id an action names is a row of this instance a ticket may use; tags are spelled as tags
  // are; a notification names a template of the catalogue.
  private async referenceProblems(actions: TriggerAction[]): Promise<RuleProblem[]> {
    const problems: RuleProblem[] = [];
    for (const [index, action] of actions.entries()) {
      const at = `actions.${index}.value`;
      const value = action.value ?? '';
      if (action.kind === 'add-tags') {
        const wrong = splitTags(value).find((name) => normalizeTag(name) === null);
        if (wrong !== undefined) problems.push({ field: at, message: `"${wrong}" is not a tag: letters and digits, with - _ . / inside` });
        continue;
      }
      const takes = triggerReferenceOf(action.kind);
      if (takes === 'template') {
        if (!isTemplateKey(value)) problems.push({ field: at, message: `No mail template ${value}` });
        continue;
      }
      if (!takes || !value) continue;
      const found = (await this.targets.targets(takes, [value])).get(value);
      if (!found) problems.push({ field: at, message: `No ${takes.replace('-', ' ')} ${value} here` });
      else if (!found.usable && takes !== 'status') problems.push({ field: at, message: `The ${takes.replace('-', ' ')} "${found.name}" cannot be used` });
    }
    return problems;
  }
}

function conditionOf(condition: TriggerCondition): TriggerCondition {
  const { field, operator, value } = condition;
  return field === 'header' ? { field, operator, value, header: condition.header?.trim() ?? null } : { field, operator, value };
}

function actionOf(action: TriggerAction): TriggerAction {
  const value = action.value?.trim() || null;
  return action.kind === 'send-notification' ? { kind: action.kind, value, to: action.to ?? null } : { kind: action.kind, value };
}
