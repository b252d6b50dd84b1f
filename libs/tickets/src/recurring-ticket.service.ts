import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId, refuseDuplicate } from '@tessera/database';
import { DirectoryService, normalizeEmail } from '@tessera/directory';
import { DataSource } from 'typeorm';
import { latestOccurrence, nextOccurrence, recurrenceProblem } from './recurrence';
import { RecurringTicket } from './recurring-ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { MAX_TAGS_PER_REQUEST, MAX_TAG_LENGTH, normalizeTag } from './tag-name';
import { TicketTagService } from './ticket-tag.service';
import { TicketService } from './ticket.service';

export interface RecurringTicketInput {
  name: string;
  rrule: string;
  startsAt: string;
  timezone: string;
  subject: string;
  body: string;
  requesterEmail: string;
  requesterName?: string | null;
  departmentId: string;
  helpTopicId?: string | null;
  priorityId?: string | null;
  assignStaffId?: string | null;
  assignTeamId?: string | null;
  // Put on each ticket it opens.
  tags?: string[];
  isActive?: boolean;
}

// An occurrence opened: when, and the ticket (null once that ticket is deleted).
export interface RecurringRun {
  occurrenceAt: Date;
  ticketReference: string | null;
  createdAt: Date;
}

export interface RecurringSweepResult {
  opened: number;
}

const notFound = (id: string) => new TicketError(TicketErrorCode.RecurringNotFound, `No recurring ticket ${id}`);
const invalid = (field: string, message: string) => new TicketError(TicketErrorCode.RecurringInvalid, message, { field });

// Recurring tickets of an instance, kept by its managers, and the worker's run that opens each
// occurrence once: the run row and the ticket are written in one transaction, so a restarted
// or second worker finds the occurrence taken. After an outage only the latest missed
// occurrence opens (a week of daily checks does not arrive at once).
@Injectable()
export class RecurringTicketService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryService,
    private readonly tickets: TicketService,
    private readonly tags: TicketTagService,
  ) {}

  list(): Promise<RecurringTicket[]> {
    return this.db.manager.find(RecurringTicket, { order: { name: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<RecurringTicket> {
    const row = isUuid(id) ? await this.db.manager.findOneBy(RecurringTicket, { id }) : null;
    if (!row) throw notFound(id);
    return row;
  }

  create(input: RecurringTicketInput): Promise<RecurringTicket> {
    const now = new Date();
    const row = Object.assign(new RecurringTicket(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      requesterName: null,
      helpTopicId: null,
      priorityId: null,
      assignStaffId: null,
      assignTeamId: null,
      tags: [],
      isActive: true,
      lastRunAt: null,
      createdAt: now,
    });
    return this.save(row, input, now);
  }

  async update(id: string, changes: Partial<RecurringTicketInput>): Promise<RecurringTicket> {
    return this.save(await this.get(id), changes, new Date());
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.delete(RecurringTicket, { id: (await this.get(id)).id });
  }

  // The latest occurrences opened, newest first.
  async runs(id: string, limit = 50): Promise<RecurringRun[]> {
    const row = await this.get(id);
    const rows: { occurrence_at: Date; reference: string | null; created_at: Date }[] = await this.db.manager.query(
      `select r.occurrence_at, t.reference, r.created_at from recurring_ticket_runs r left join tickets t on t.id = r.ticket_id
        where r.recurring_id = $1 order by r.occurrence_at desc limit $2`,
      [row.id, limit],
    );
    return rows.map((r) => ({ occurrenceAt: r.occurrence_at, ticketReference: r.reference, createdAt: r.created_at }));
  }

  // Control plane: the instances with an occurrence due.
  dueInstances(now: Date): Promise<{ id: string; slug: string }[]> {
    return this.dataSource.query(
      `select d.due_tenant_id as id, t.slug from recurring_due d join tenants t on t.id = d.due_tenant_id
        where d.next_at <= $1 and t.status = 'active' order by d.next_at`,
      [now],
    );
  }

  // The worker, in the instance's transaction: opens what is due and writes back the instance's
  // next occurrence. The instance's row is held meanwhile, so a change committed during the run
  // lowers it after the run wrote it back.
  async sweep(now: Date): Promise<RecurringSweepResult> {
    await this.db.manager.query('select 1 from recurring_due where due_tenant_id = tessera_current_tenant() for update', []);
    const due = await this.db.manager
      .createQueryBuilder(RecurringTicket, 'r')
      .where('r.is_active and r.next_run_at <= :now', { now })
      .orderBy('r.next_run_at')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    let opened = 0;
    for (const row of due) {
      const occurrence = latestOccurrence(row, now) ?? row.nextRunAt!;
      if (await this.openOccurrence(row, occurrence)) opened++;
      row.lastRunAt = occurrence;
      row.nextRunAt = nextOccurrence(row, now > occurrence ? now : occurrence);
      await this.db.manager.update(RecurringTicket, { id: row.id }, { lastRunAt: row.lastRunAt, nextRunAt: row.nextRunAt });
    }
    const [{ next }] = await this.db.manager.query('select min(next_run_at) as next from recurring_tickets where is_active and next_run_at is not null', []);
    if (next === null) {
      await this.db.manager.query('delete from recurring_due where due_tenant_id = tessera_current_tenant()', []);
    } else {
      await this.db.manager.query(
        `insert into recurring_due (due_tenant_id, next_at) values (tessera_current_tenant(), $1)
           on conflict (due_tenant_id) do update set next_at = excluded.next_at`,
        [next],
      );
    }
    return { opened };
  }

  // Takes the occurrence (false when it was taken already) and opens its ticket.
  private async openOccurrence(row: RecurringTicket, occurrence: Date): Promise<boolean> {
    const [taken] = await this.db.manager.query(
      `insert into recurring_ticket_runs (tenant_id, recurring_id, occurrence_at) values (tessera_current_tenant(), $1, $2)
         on conflict do nothing returning 1`,
      [row.id, occurrence],
    );
    if (!taken) return false;
    const ticket = await this.tickets.open(
      {
        requester: { email: row.requesterEmail, name: row.requesterName ?? undefined },
        subject: row.subject,
        body: row.body,
        source: 'internal',
        firstEntry: 'note',
        departmentId: row.departmentId,
        helpTopicId: row.helpTopicId,
        priorityId: row.priorityId,
        assigneeStaffId: row.assignStaffId,
        assigneeTeamId: row.assignTeamId,
        tags: row.tags,
      },
      { kind: 'system' },
    );
    await this.tags.add(this.db.manager, ticket, { kind: 'system' }, row.tags);
    await this.db.manager.query('update recurring_ticket_runs set ticket_id = $1 where recurring_id = $2 and occurrence_at = $3', [ticket.id, row.id, occurrence]);
    return true;
  }

  private async save(row: RecurringTicket, changes: Partial<RecurringTicketInput>, now: Date): Promise<RecurringTicket> {
    for (const field of ['name', 'subject', 'body'] as const) {
      const value = changes[field];
      if (value === undefined) continue;
      if (!value.trim()) throw invalid(field, `The ${field} is empty`);
      row[field] = field === 'body' ? value : value.trim();
    }
    if (changes.requesterEmail !== undefined) {
      const email = normalizeEmail(changes.requesterEmail);
      if (!email) throw invalid('requesterEmail', `${changes.requesterEmail} is not an e-mail address`);
      row.requesterEmail = email;
    }
    if (changes.requesterName !== undefined) row.requesterName = changes.requesterName?.trim() || null;
    for (const field of ['rrule', 'startsAt', 'timezone'] as const) if (changes[field] !== undefined) row[field] = changes[field].trim();
    if (changes.tags !== undefined) row.tags = checkedTags(changes.tags);
    const problem = recurrenceProblem(row);
    if (problem) throw invalid(problem.field, problem.message);
    await this.assertReferences(changes);
    Object.assign(row, pick(changes, ['departmentId', 'helpTopicId', 'priorityId', 'assignStaffId', 'assignTeamId', 'isActive']));
    // The schedule (re)starts from now: what fell due before it was saved is not opened.
    row.nextRunAt = row.isActive ? nextOccurrence(row, new Date(now.getTime() - 1)) : null;
    if (row.isActive && row.nextRunAt === null) throw invalid('rrule', 'The rule has no occurrence from now on');
    row.updatedAt = now;
    return refuseDuplicate(
      () => this.db.manager.save(RecurringTicket, row),
      () => new TicketError(TicketErrorCode.RecurringNameTaken, `There is already a recurring ticket named "${row.name}"`, { field: 'name' }),
    );
  }

  private async assertReferences(changes: Partial<RecurringTicketInput>): Promise<void> {
    const known = async (field: keyof RecurringTicketInput, list: () => Promise<{ id: string }[]>) => {
      const id = changes[field];
      if (typeof id === 'string' && !(await list()).some((item) => item.id === id)) throw invalid(field, `No ${field.replace(/Id$/, '')} ${id} here`);
    };
    await known('departmentId', () => this.directory.departments());
    await known('helpTopicId', () => this.directory.helpTopics());
    await known('priorityId', () => this.directory.priorities());
    await known('assignTeamId', () => this.directory.teams());
    if (changes.assignStaffId) {
      const [agent] = await this.db.manager.query('select 1 from staff where id = $1 and is_active and not is_locked', [changes.assignStaffId]);
      if (!agent) throw invalid('assignStaffId', `No active agent ${changes.assignStaffId} here`);
    }
  }
}

function checkedTags(names: string[]): string[] {
  if (names.length > MAX_TAGS_PER_REQUEST) throw invalid('tags', `A recurring ticket puts at most ${MAX_TAGS_PER_REQUEST} tags on its tickets`);
  const tags = names.map((name) => {
    const tag = normalizeTag(name);
    if (!tag) throw invalid('tags', `"${name}" is not a tag: letters and digits, with - _ . / inside, ${MAX_TAG_LENGTH} at most`);
    return tag;
  });
  return [...new Set(tags)];
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as Partial<Pick<T, K>>;
}
