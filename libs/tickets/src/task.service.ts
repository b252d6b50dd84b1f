import { Injectable } from '@nestjs/common';
import { Outbox, TenantDatabase, isUuid, newId } from '@tessera/database';
import { In } from 'typeorm';
import { AgentAccess, DirectoryService, Permission, can, canSee, isMember } from '@tessera/directory';
import { AgentTickets, TicketGate } from './ticket-gate.service';
import { Task, TaskNote, Ticket } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { TicketService } from './ticket.service';

// Task queues: mine (assigned to me), my teams', the departments I work in, overdue ones there.
export const TASK_QUEUES = ['mine', 'teams', 'department', 'overdue'] as const;
export type TaskQueue = (typeof TASK_QUEUES)[number];

export interface NewTask {
  title: string;
  description?: string;
  departmentId: string;
  // The ticket the task belongs to; standalone without.
  ticketReference?: string;
  assigneeStaffId?: string | null;
  assigneeTeamId?: string | null;
  dueAt?: Date | null;
}

export type TaskChanges = Partial<Omit<NewTask, 'ticketReference'>>;

export interface TaskView extends Task {
  // The ticket, for those who may see it; otherwise only that there is one, and its reference.
  ticket: { reference: string } | null;
  ticketReference: string | null;
  inTicket: boolean;
  overdue: boolean;
  actions: TaskAction[];
}

export const TASK_ACTIONS = ['edit', 'assign', 'transfer', 'note', 'close', 'delete'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];
const NEEDS: Record<TaskAction, Permission> = {
  edit: 'task.edit',
  assign: 'task.assign',
  transfer: 'task.transfer',
  note: 'task.reply',
  close: 'task.close',
  delete: 'task.delete',
};

// No team or department to match: a value no row has.
const NIL = '00000000-0000-0000-0000-000000000000';
const notFound = (id: string) => new TicketError(TicketErrorCode.TaskNotFound, `No task ${id}`);
const invalidTask = (message: string, field: string) => new TicketError(TicketErrorCode.TaskInvalid, message, { field });

// Tasks of a department, standalone or inside a ticket. The agents of the task's department see
// it (and its notes), also when the ticket is another department's: that ticket they do not see,
// only that the task belongs to one. Those who see the ticket see its tasks. The role in the
// task's department decides what one may do. Runs in the tenant transaction.
@Injectable()
export class TaskService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gate: TicketGate,
    private readonly tickets: TicketService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
  ) {}

  async list(staffId: string, query: { queue?: TaskQueue; state?: 'open' | 'closed'; ticket?: string }): Promise<TaskView[]> {
    const agent = await this.gate.forAgent(staffId);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `:p${params.push(value)}`;
    const list = (values: string[]) => `:...p${params.push(values.length ? values : [NIL])}`;
    if (query.ticket) where.push(`t.ticket_id = ${param((await agent.open(query.ticket)).id)}`);
    if (query.state !== 'closed') where.push('t.closed_at is null');
    else where.push('t.closed_at is not null');
    const { access } = agent;
    const departments = [...access.departments.keys()];
    switch (query.queue) {
      case 'mine':
        where.push(`t.assignee_staff_id = ${param(access.staffId)}`);
        break;
      case 'teams':
        where.push(`t.assignee_team_id in (${list([...access.teamIds])})`);
        break;
      case 'department':
        where.push(`t.department_id in (${list(departments)})`);
        break;
      case 'overdue':
        where.push(`t.due_at < now()`);
        break;
    }
    const tasks: Task[] = await this.db.manager
      .createQueryBuilder(Task, 't')
      .where(where.length ? where.join(' and ') : 'true', Object.fromEntries(params.map((value, index) => [`p${index + 1}`, value])))
      .orderBy('t.dueAt', 'ASC', 'NULLS LAST')
      .addOrderBy('t.createdAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(500)
      .getMany();
    const ticketIds = [...new Set(tasks.map((task) => task.ticketId).filter((id): id is string => id !== null))];
    const tickets = new Map((ticketIds.length ? await this.db.manager.findBy(Ticket, { id: In(ticketIds) }) : []).map((ticket) => [ticket.id, ticket]));
    return tasks
      .map((task) => ({ task, ticket: task.ticketId ? (tickets.get(task.ticketId) ?? null) : null }))
      .filter(({ task, ticket }) => this.sees(agent.access, task, ticket))
      .map(({ task, ticket }) => this.view(agent.access, task, ticket));
  }

  async get(staffId: string, id: string): Promise<TaskView> {
    const agent = await this.gate.forAgent(staffId);
    return this.viewOf(agent, await this.visible(agent, id));
  }

  async create(staffId: string, input: NewTask): Promise<TaskView> {
    const agent = await this.gate.forAgent(staffId);
    await this.directory.department(input.departmentId).catch(() => {
      throw invalidTask('Choose a department of this instance', 'departmentId');
    });
    const ticket = input.ticketReference ? await agent.open(input.ticketReference) : null;
    this.require(agent.access, input.departmentId, 'task.create');
    await this.assignable(input);
    const now = new Date();
    const task = Object.assign(new Task(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      ticketId: ticket?.id ?? null,
      departmentId: input.departmentId,
      title: title(input.title),
      description: input.description ?? '',
      assigneeStaffId: input.assigneeStaffId ?? null,
      assigneeTeamId: input.assigneeTeamId ?? null,
      dueAt: input.dueAt ?? null,
      createdByStaffId: staffId,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      overdueAlertedAt: null,
    });
    await this.db.manager.insert(Task, task);
    await this.outbox.add('task.created', { taskId: task.id, byStaffId: staffId });
    return this.viewOf(agent, task);
  }

  async update(staffId: string, id: string, changes: TaskChanges): Promise<TaskView> {
    const agent = await this.gate.forAgent(staffId);
    const task = await this.visible(agent, id, true);
    const { access } = agent;
    if (changes.title !== undefined || changes.description !== undefined || changes.dueAt !== undefined) this.require(access, task.departmentId, 'task.edit');
    if (changes.assigneeStaffId !== undefined || changes.assigneeTeamId !== undefined) {
      this.require(access, task.departmentId, 'task.assign');
      await this.assignable(changes);
    }
    if (changes.departmentId !== undefined && changes.departmentId !== task.departmentId) {
      this.require(access, task.departmentId, 'task.transfer');
      await this.directory.department(changes.departmentId).catch(() => {
        throw invalidTask('Choose a department of this instance', 'departmentId');
      });
    }
    if (changes.title !== undefined) task.title = title(changes.title);
    if (changes.description !== undefined) task.description = changes.description;
    // A new due date may fall due again, and alert again.
    if (changes.dueAt !== undefined && changes.dueAt?.getTime() !== task.dueAt?.getTime()) task.overdueAlertedAt = null;
    if (changes.dueAt !== undefined) task.dueAt = changes.dueAt;
    const assignee = { staffId: task.assigneeStaffId, teamId: task.assigneeTeamId };
    if (changes.assigneeStaffId !== undefined) task.assigneeStaffId = changes.assigneeStaffId;
    if (changes.assigneeTeamId !== undefined) task.assigneeTeamId = changes.assigneeTeamId;
    if (changes.departmentId !== undefined) task.departmentId = changes.departmentId;
    task.updatedAt = new Date();
    await this.db.manager.save(Task, task);
    const reassigned = task.assigneeStaffId !== assignee.staffId || task.assigneeTeamId !== assignee.teamId;
    if (reassigned && (task.assigneeStaffId || task.assigneeTeamId)) {
      await this.outbox.add('task.assigned', { taskId: task.id, staffId: task.assigneeStaffId, teamId: task.assigneeTeamId, byStaffId: staffId });
    }
    return this.viewOf(agent, task);
  }

  async close(staffId: string, id: string, closed: boolean): Promise<TaskView> {
    const agent = await this.gate.forAgent(staffId);
    const task = await this.visible(agent, id, true);
    this.require(agent.access, task.departmentId, 'task.close');
    if (closed !== (task.closedAt !== null)) {
      task.closedAt = closed ? new Date() : null;
      task.updatedAt = new Date();
      await this.db.manager.save(Task, task);
      if (closed) await this.outbox.add('task.closed', { taskId: task.id, ticketId: task.ticketId, byStaffId: staffId });
    }
    return this.viewOf(agent, task);
  }

  async delete(staffId: string, id: string): Promise<void> {
    const agent = await this.gate.forAgent(staffId);
    const task = await this.visible(agent, id, true);
    this.require(agent.access, task.departmentId, 'task.delete');
    await this.db.manager.delete(Task, { id: task.id });
  }

  async notes(staffId: string, id: string): Promise<TaskNote[]> {
    const agent = await this.gate.forAgent(staffId);
    const task = await this.visible(agent, id);
    return this.db.manager.find(TaskNote, { where: { taskId: task.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async addNote(staffId: string, id: string, body: string): Promise<TaskNote> {
    const agent = await this.gate.forAgent(staffId);
    const task = await this.visible(agent, id, true);
    this.require(agent.access, task.departmentId, 'task.reply');
    if (!body.trim()) throw invalidTask('Write the note', 'body');
    const note = Object.assign(new TaskNote(), { tenantId: this.db.tenant.id, id: newId(), taskId: task.id, authorStaffId: staffId, body, createdAt: new Date() });
    await this.db.manager.insert(TaskNote, note);
    await this.db.manager.update(Task, { id: task.id }, { updatedAt: note.createdAt });
    return note;
  }

  // The task, or the same 404 as an unknown id when the agent may not see it.
  private async visible(agent: AgentTickets, id: string, forWrite = false): Promise<Task> {
    const task = isUuid(id) ? await this.db.manager.findOne(Task, { where: { id }, ...(forWrite ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!task || !this.sees(agent.access, task, await this.ticketOf(task))) throw notFound(id);
    return task;
  }

  private sees(access: AgentAccess, task: Task, ticket: Ticket | null): boolean {
    if (access.isManager || isMember(access, task.departmentId)) return true;
    if (task.assigneeStaffId === access.staffId || (task.assigneeTeamId !== null && access.teamIds.includes(task.assigneeTeamId))) return true;
    return ticket !== null && canSee(access, ticket);
  }

  private async viewOf(agent: AgentTickets, task: Task): Promise<TaskView> {
    return this.view(agent.access, task, await this.ticketOf(task));
  }

  private view(access: AgentAccess, task: Task, ticket: Ticket | null): TaskView {
    return {
      ...task,
      ticket: ticket && canSee(access, ticket) ? { reference: ticket.reference } : null,
      ticketReference: ticket?.reference ?? null,
      inTicket: task.ticketId !== null,
      overdue: task.closedAt === null && task.dueAt !== null && task.dueAt.getTime() < Date.now(),
      actions: TASK_ACTIONS.filter((action) => can(access, task.departmentId, NEEDS[action])),
    };
  }

  private ticketOf(task: Task): Promise<Ticket | null> {
    return task.ticketId ? this.db.manager.findOneBy(Ticket, { id: task.ticketId }) : Promise.resolve(null);
  }

  private require(access: AgentAccess, departmentId: string, permission: Permission): void {
    if (!can(access, departmentId, permission)) {
      throw new TicketError(TicketErrorCode.TaskForbidden, `Your role in this department does not allow ${permission}`, { permission });
    }
  }

  private async assignable(to: { assigneeStaffId?: string | null; assigneeTeamId?: string | null }): Promise<void> {
    await this.tickets.assertAssignable({ staffId: to.assigneeStaffId, teamId: to.assigneeTeamId }, { staffId: 'assigneeStaffId', teamId: 'assigneeTeamId' });
  }
}

function title(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalidTask('Give the task a title', 'title');
  return trimmed;
}
