import { Injectable } from '@nestjs/common';
import { Json, JsonObject, Outbox, TenantDatabase, isUuid } from '@tessera/database';
import { CustomFormService, DirectoryService, MatrixLevel, SlaPlan, bandFor } from '@tessera/directory';
import { Organization, Requester, RequesterError, RequesterErrorCode, RequesterService } from '@tessera/requesters';
import { In } from 'typeorm';
import { parseAddressList } from './address-list';
import { AgentTickets } from './ticket-gate.service';
import { TeamTurnRepository } from './team-turn.repository';
import { TicketTagService } from './ticket-tag.service';
import { isDone } from './ticket-state';
import { EntryVisibility, LinkKind, Ticket, TicketEvent, TicketLock, TicketParticipant, TicketType } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { AssigneeNames, TicketChanges, TicketService, invalid, stale } from './ticket.service';

export interface TicketEdit {
  subject?: string;
  type?: TicketType;
  isConfidential?: boolean;
  // Merged into the ticket's custom data; a null value removes the field.
  customData?: { [field: string]: Json };
}

// undefined keeps a side of the assignment, null clears it.
export interface Assignment {
  staffId?: string | null;
  teamId?: string | null;
}

export interface PriorityChange {
  priorityId?: string;
  impact?: MatrixLevel;
  urgency?: MatrixLevel;
}

export interface CollaboratorInput {
  // Pasted lists; each item may hold several addresses.
  emails?: string[];
  organizationId?: string;
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
}

export interface CollaboratorsAdded {
  ticket: Ticket;
  added: Person[];
  alreadyThere: Person[];
}

export const AGENT_LINK_KINDS = ['child_of', 'parent_of', 'related', 'duplicate_of'] as const;
export type AgentLinkKind = (typeof AGENT_LINK_KINDS)[number];

// More addresses than a person pastes at once: a mailing list belongs in an organization.
export const MAX_PASTED_ADDRESSES = 500;

const REVERSE: Record<LinkKind, string> = { child_of: 'parent_of', duplicate_of: 'duplicated_by', related: 'related' };

interface Named {
  id: string;
  name: string;
}

// Everything an agent does to a ticket besides writing in its thread: edit, assign, claim,
// release, transfer, status, priority, help topic, due date, collaborators, merge, link and
// delete. Each checks the agent's permission in the ticket's department, records an event in the
// thread and raises the version. The caller opened the ticket through the gate (visibility) and
// checked If-Match; TicketService.update refuses a change that raced with another.
@Injectable()
export class TicketWorkflowService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tickets: TicketService,
    private readonly directory: DirectoryService,
    private readonly requesters: RequesterService,
    private readonly outbox: Outbox,
    private readonly turns: TeamTurnRepository,
    private readonly tags: TicketTagService,
    private readonly forms: CustomFormService,
  ) {}

  async edit(agent: AgentTickets, ticket: Ticket, edit: TicketEdit): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    const changes: TicketChanges = {};
    const events: JsonObject[] = [];
    const change = <K extends 'subject' | 'type' | 'isConfidential' | 'customData'>(field: K, to: Ticket[K], from: Json = ticket[field], shown: Json = to) => {
      changes[field] = to;
      events.push({ field, from, to: shown });
    };
    if (edit.subject !== undefined) {
      const subject = edit.subject.trim();
      if (!subject) throw invalid('The subject is empty', 'subject');
      if (subject !== ticket.subject) change('subject', subject);
    }
    if (edit.type !== undefined && edit.type !== ticket.type) change('type', edit.type);
    if (edit.isConfidential !== undefined && edit.isConfidential !== ticket.isConfidential) change('isConfidential', edit.isConfidential);
    if (edit.customData) {
      const data = (await this.forms.checked(await this.forms.ticketFields(ticket.helpTopicId), edit.customData, 'agent', ticket.customData)) as JsonObject;
      const { from, to } = customDataChange(ticket.customData, data, Object.keys(edit.customData));
      if (Object.keys(to).length > 0) change('customData', data, from, to);
    }
    if (events.length === 0) return ticket;
    await this.tickets.update(ticket, changes);
    for (const data of events) await this.event(agent, ticket, 'edited', data);
    await this.changed(ticket, 'edited');
    return ticket;
  }

  async assign(agent: AgentTickets, ticket: Ticket, to: Assignment): Promise<Ticket> {
    agent.require(ticket, 'ticket.assign');
    if (to.staffId === undefined && to.teamId === undefined) throw invalid('Name an agent (staffId) or a team (teamId); null clears one', 'staffId');
    let staffId = to.staffId === undefined ? ticket.assigneeStaffId : to.staffId;
    const teamId = to.teamId === undefined ? ticket.assigneeTeamId : to.teamId;
    await this.tickets.assertAssignable({ staffId: staffId !== ticket.assigneeStaffId ? staffId : null, teamId: teamId !== ticket.assigneeTeamId ? teamId : null });
    // A new team that assigns its tickets itself names the agent, unless the request did.
    const turn = to.staffId === undefined && teamId && teamId !== ticket.assigneeTeamId ? await this.turns.next(this.db.manager, teamId) : null;
    if (turn) staffId = turn.staffId;
    const before = { fromStaffId: ticket.assigneeStaffId, fromTeamId: ticket.assigneeTeamId };
    const changed = await this.reassign(agent, ticket, staffId, teamId, 'assigned', turn ? { automatic: true, teamAssignment: turn.mode } : {});
    if (changed && (staffId || teamId)) {
      await this.outbox.add('ticket.assigned', { ticketId: ticket.id, staffId, teamId, byStaffId: agent.access.staffId, ...before });
    } else if (changed) {
      await this.outbox.add('ticket.unassigned', { ticketId: ticket.id, byStaffId: agent.access.staffId });
    }
    return ticket;
  }

  // Taking a ticket: anyone who may assign, or who may reply to a ticket nobody holds.
  async claim(agent: AgentTickets, ticket: Ticket): Promise<Ticket> {
    const me = agent.access.staffId;
    const mayAssign = agent.may(ticket, 'ticket.assign');
    if (!mayAssign) agent.require(ticket, 'ticket.reply');
    if (ticket.assigneeStaffId === me) return ticket;
    if (ticket.assigneeStaffId && !mayAssign) {
      const holder = await this.assignee(ticket.assigneeStaffId, null);
      throw new TicketError(TicketErrorCode.AlreadyAssigned, `${holder.staff?.name ?? 'Another agent'} holds ${ticket.reference}`, {
        assignee: holder.staff,
      });
    }
    await this.reassign(agent, ticket, me, ticket.assigneeTeamId, 'claimed');
    await this.outbox.add('ticket.claimed', { ticketId: ticket.id, staffId: me });
    return ticket;
  }

  // Gives up the agent's own assignment (anyone) or someone else's (ticket.assign); the team stays.
  async release(agent: AgentTickets, ticket: Ticket): Promise<Ticket> {
    if (!ticket.assigneeStaffId) return ticket;
    if (ticket.assigneeStaffId !== agent.access.staffId) agent.require(ticket, 'ticket.assign');
    const staffId = ticket.assigneeStaffId;
    await this.reassign(agent, ticket, null, ticket.assigneeTeamId, 'released');
    await this.outbox.add('ticket.released', { ticketId: ticket.id, staffId, byStaffId: agent.access.staffId });
    return ticket;
  }

  // Moves the ticket to another department; the note explains why to its new readers.
  async transfer(agent: AgentTickets, ticket: Ticket, departmentId: string, note?: string): Promise<Ticket> {
    agent.require(ticket, 'ticket.transfer');
    const to = await this.directory.department(departmentId);
    if (to.id === ticket.departmentId) throw invalid(`${ticket.reference} is already in ${to.name}`, 'departmentId');
    const from = await this.directory.department(ticket.departmentId);
    await this.tickets.update(ticket, { departmentId: to.id });
    await this.event(agent, ticket, 'transferred', { from: named(from), to: named(to) });
    const entry = note?.trim() ? await this.tickets.appendEntry(ticket, agent.actor, { kind: 'note', visibility: 'internal', body: note }) : null;
    await this.outbox.add('ticket.transferred', {
      ticketId: ticket.id,
      fromDepartmentId: from.id,
      toDepartmentId: to.id,
      byStaffId: agent.access.staffId,
      noteEntryId: entry?.id ?? null,
    });
    return ticket;
  }

  // Resolving and closing need ticket.close; every other move ticket.edit. TicketService.moveTo
  // checks the state machine and the open tasks.
  async setStatus(agent: AgentTickets, ticket: Ticket, statusId: string): Promise<Ticket> {
    const status = await this.directory.status(statusId);
    agent.require(ticket, isDone(status.state) ? 'ticket.close' : 'ticket.edit');
    return this.tickets.moveTo(ticket, status, agent.actor);
  }

  // A priority from the list, or (matrix instances) impact x urgency, whose band also sets the
  // due date unless an agent chose it by hand.
  async setPriority(agent: AgentTickets, ticket: Ticket, change: PriorityChange): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    const byMatrix = change.impact !== undefined || change.urgency !== undefined;
    if (byMatrix === (change.priorityId !== undefined) || (byMatrix && (!change.impact || !change.urgency))) {
      throw invalid('Send either priorityId, or impact and urgency', 'priorityId');
    }
    const changes: TicketChanges = {};
    if (change.priorityId) {
      changes.priorityId = (await this.directory.priority(change.priorityId)).id;
    } else {
      if ((await this.directory.settings()).priorityMode !== 'matrix') {
        throw invalid('This instance picks priorities from its list: send priorityId', 'impact');
      }
      const band = bandFor(change.impact!, change.urgency!, await this.directory.priorityMatrix());
      Object.assign(changes, { priorityId: band.priorityId, impact: change.impact, urgency: change.urgency });
      if (!ticket.dueByHand) changes.dueAt = await this.directory.dueAfter(await this.planOf(ticket), ticket.createdAt, band.resolveMinutes);
    }
    const dueChanged = changes.dueAt !== undefined && !sameTime(changes.dueAt, ticket.dueAt);
    const kept = (['priorityId', 'impact', 'urgency'] as const).every((field) => changes[field] === undefined || changes[field] === ticket[field]);
    if (kept && !dueChanged) return ticket;
    const from = { ...named(await this.directory.priority(ticket.priorityId)), impact: ticket.impact, urgency: ticket.urgency };
    const dueFrom = ticket.dueAt;
    const fromPriorityId = ticket.priorityId;
    await this.tickets.update(ticket, changes);
    const to = { ...named(await this.directory.priority(ticket.priorityId)), impact: ticket.impact, urgency: ticket.urgency };
    await this.event(agent, ticket, 'priority', { from, to, ...(dueChanged ? { dueAt: { from: iso(dueFrom), to: iso(ticket.dueAt) } } : {}) });
    await this.outbox.add('ticket.priority', { ticketId: ticket.id, priorityId: ticket.priorityId, fromPriorityId });
    return ticket;
  }

  // The department stays; only the topic (and what filters and reports read from it) changes.
  async setTopic(agent: AgentTickets, ticket: Ticket, helpTopicId: string): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    const topic = await this.tickets.activeTopic(helpTopicId);
    if (topic.id === ticket.helpTopicId) return ticket;
    const from = ticket.helpTopicId ? named(await this.directory.helpTopic(ticket.helpTopicId)) : null;
    await this.tickets.update(ticket, { helpTopicId: topic.id });
    await this.event(agent, ticket, 'topic', { from, to: named(topic) });
    await this.changed(ticket, 'topic');
    return ticket;
  }

  // A date sets the due date by hand; null returns to the automatic one.
  async setDue(agent: AgentTickets, ticket: Ticket, dueAt: Date | null): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    const byHand = dueAt !== null;
    const next = dueAt ?? (await this.automaticDue(ticket));
    if (sameTime(next, ticket.dueAt) && byHand === ticket.dueByHand) return ticket;
    const from = iso(ticket.dueAt);
    await this.tickets.update(ticket, { dueAt: next, dueByHand: byHand });
    await this.event(agent, ticket, 'due', { from, to: iso(next), byHand });
    await this.changed(ticket, 'due');
    return ticket;
  }

  // Adds many people at once: pasted addresses (known requesters are reused, new ones created)
  // and the members of an organization. One unreadable address refuses the whole list.
  async addCollaborators(agent: AgentTickets, ticket: Ticket, input: CollaboratorInput): Promise<CollaboratorsAdded> {
    agent.require(ticket, 'ticket.edit');
    const list = parseAddressList((input.emails ?? []).join('\n'));
    if (list.invalid.length > 0) {
      throw new TicketError(TicketErrorCode.Invalid, `Not e-mail addresses: ${list.invalid.join(', ')}`, { field: 'emails', invalid: list.invalid });
    }
    if (list.addresses.length > MAX_PASTED_ADDRESSES) throw invalid(`At most ${MAX_PASTED_ADDRESSES} addresses at once`, 'emails');
    if (list.addresses.length === 0 && !input.organizationId) throw invalid('Give e-mail addresses or an organization', 'emails');
    const members = input.organizationId ? await this.organizationMembers(input.organizationId) : [];
    const people = new Map<string, Requester>();
    for (const address of list.addresses) {
      const { requester } = await this.requesters.findOrCreate(address);
      people.set(requester.id, requester);
    }
    for (const member of members) people.set(member.id, member);
    const present = new Set((await this.tickets.participants(ticket.id)).map((p) => p.requesterId));
    const alreadyThere = [...people.values()].filter((p) => present.has(p.id));
    const added = await this.tickets.addCollaborators(ticket, agent.actor, [...people.values()]);
    if (added.length > 0) {
      await this.tickets.update(ticket, {});
      await this.changed(ticket, 'collaborators');
    }
    return { ticket, added: await this.withEmails(added), alreadyThere: await this.withEmails(alreadyThere) };
  }

  async removeCollaborator(agent: AgentTickets, ticket: Ticket, requesterId: string): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    const row = isUuid(requesterId) ? await this.db.manager.findOneBy(TicketParticipant, { ticketId: ticket.id, requesterId, role: 'collaborator' }) : null;
    if (!row) throw new TicketError(TicketErrorCode.CollaboratorNotFound, `${requesterId} is not a collaborator of ${ticket.reference}`);
    const person = await this.requesters.get(requesterId);
    await this.db.manager.delete(TicketParticipant, { ticketId: ticket.id, requesterId });
    await this.tickets.update(ticket, {});
    await this.event(agent, ticket, 'collaborator_removed', { collaborators: [named(person)] }, 'public');
    await this.changed(ticket, 'collaborators');
    return ticket;
  }

  // ticket.edit, like the ticket's other fields; the tags answer in the ticket.
  async addTags(agent: AgentTickets, ticket: Ticket, names: string[]): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    await this.tags.add(this.db.manager, ticket, agent.actor, names);
    return ticket;
  }

  async removeTag(agent: AgentTickets, ticket: Ticket, name: string): Promise<Ticket> {
    agent.require(ticket, 'ticket.edit');
    const removed = await this.tags.remove(this.db.manager, ticket, agent.actor, [name]);
    if (removed.length === 0) throw new TicketError(TicketErrorCode.TagNotFound, `${ticket.reference} has no tag "${name}"`, { tag: name });
    return ticket;
  }

  // Folds `source` into the ticket `into` names: its thread and open tasks move there, its
  // requester and collaborators become collaborators there, and its reference leads there from
  // now on (TicketService.byReference follows merges). Answers the target.
  async merge(agent: AgentTickets, source: Ticket, into: string): Promise<Ticket> {
    agent.require(source, 'ticket.merge');
    const target = await agent.openForWrite(into);
    if (target.id === source.id) throw invalid(`${source.reference} cannot be merged into itself`, 'into');
    agent.require(target, 'ticket.merge');
    // The thread moves: a confidential thread must not land where more people can read it.
    if (source.isConfidential && !target.isConfidential) {
      throw invalid(`${source.reference} is confidential; mark ${target.reference} confidential before merging into it`, 'into');
    }
    const manager = this.db.manager;
    await manager.query('update ticket_entries set ticket_id = $2 where ticket_id = $1', [source.id, target.id]);
    await manager.query('update tasks set ticket_id = $2 where ticket_id = $1', [source.id, target.id]);
    await manager.delete(TicketLock, { ticketId: source.id });
    await this.tickets.update(source, { mergedIntoId: target.id });
    const people = (await this.tickets.participants(source.id)).map((p) => p.requesterId);
    await this.tickets.addCollaborators(target, agent.actor, await manager.findBy(Requester, { id: In(people) }));
    await this.tickets.update(target, {});
    const data = { from: { id: source.id, reference: source.reference }, to: { id: target.id, reference: target.reference } };
    await this.event(agent, source, 'merged', data, 'public');
    await this.event(agent, target, 'merged', data, 'public');
    await this.changed(source, 'merged');
    await this.changed(target, 'merged');
    return target;
  }

  // parent_of is stored as the other ticket being a child of this one.
  async link(agent: AgentTickets, ticket: Ticket, reference: string, kind: AgentLinkKind): Promise<Ticket> {
    agent.require(ticket, 'ticket.link');
    const other = await agent.openForWrite(reference);
    if (kind === 'parent_of') await this.tickets.link(other, ticket, 'child_of', agent.actor);
    else await this.tickets.link(ticket, other, kind, agent.actor);
    await this.tickets.update(ticket, {});
    await this.tickets.update(other, {});
    await this.changed(ticket, 'links');
    await this.changed(other, 'links');
    return ticket;
  }

  // Removes the link with the ticket of that exact reference, in whichever direction it was made.
  async unlink(agent: AgentTickets, ticket: Ticket, reference: string): Promise<Ticket> {
    agent.require(ticket, 'ticket.link');
    const other = await this.db.manager.findOne(Ticket, { where: { reference }, lock: { mode: 'pessimistic_write' } });
    const [link]: { ticket_id: string; kind: LinkKind }[] = other
      ? await this.db.manager.query(
          `with gone as (delete from ticket_links
                          where (ticket_id = $1 and linked_ticket_id = $2) or (ticket_id = $2 and linked_ticket_id = $1)
                          returning ticket_id, kind)
           select ticket_id, kind from gone`,
          [ticket.id, other.id],
        )
      : [];
    if (!other || !link) throw new TicketError(TicketErrorCode.LinkNotFound, `${ticket.reference} has no link to ${reference}`);
    const ours = link.ticket_id === ticket.id ? link.kind : REVERSE[link.kind];
    const theirs = link.ticket_id === other.id ? link.kind : REVERSE[link.kind];
    await this.tickets.update(ticket, {});
    await this.tickets.update(other, {});
    await this.event(agent, ticket, 'unlinked', { kind: ours, reference: other.reference });
    await this.event(agent, other, 'unlinked', { kind: theirs, reference: ticket.reference });
    await this.changed(ticket, 'links');
    await this.changed(other, 'links');
    return ticket;
  }

  // Removes the ticket, its thread and the tickets merged into it (their threads are in it).
  async delete(agent: AgentTickets, ticket: Ticket): Promise<void> {
    agent.require(ticket, 'ticket.delete');
    const merged: { id: string; reference: string }[] = await this.db.manager.query(
      `with recursive merged as (
         select id, reference from tickets where merged_into_id = $1
         union all
         select t.id, t.reference from tickets t join merged m on t.merged_into_id = m.id)
       select id, reference from merged`,
      [ticket.id],
    );
    const result = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(Ticket)
      .where('id = :id and version = :version', { id: ticket.id, version: ticket.version })
      .execute();
    if (!result.affected) throw stale(ticket.reference);
    if (merged.length > 0) await this.db.manager.delete(Ticket, { id: In(merged.map((m) => m.id)) });
    await this.outbox.add('ticket.deleted', {
      ticketId: ticket.id,
      reference: ticket.reference,
      mergedReferences: merged.map((m) => m.reference),
      byStaffId: agent.access.staffId,
    });
  }

  // The due date the ticket gets without an agent's choice, counted from its creation on its SLA
  // plan's business hours: the matrix band's resolution time when impact x urgency chose the
  // priority, else the SLA plan's.
  private async automaticDue(ticket: Ticket): Promise<Date | null> {
    const settings = await this.directory.settings();
    const plan = await this.planOf(ticket);
    if (settings.priorityMode === 'matrix' && ticket.impact && ticket.urgency) {
      const band = bandFor(ticket.impact as MatrixLevel, ticket.urgency as MatrixLevel, await this.directory.priorityMatrix());
      return this.directory.dueAfter(plan, ticket.createdAt, band.resolveMinutes);
    }
    return plan ? this.directory.dueAfter(plan, ticket.createdAt, plan.resolutionMinutes) : null;
  }

  private async planOf(ticket: Ticket): Promise<SlaPlan | null> {
    return ticket.slaPlanId ? this.directory.slaPlan(ticket.slaPlanId) : null;
  }

  // Changes the assignment and records it; false when it was already so.
  private async reassign(agent: AgentTickets, ticket: Ticket, staffId: string | null, teamId: string | null, event: TicketEvent, extra: JsonObject = {}): Promise<boolean> {
    if (staffId === ticket.assigneeStaffId && teamId === ticket.assigneeTeamId) return false;
    const from = await this.assignee(ticket.assigneeStaffId, ticket.assigneeTeamId);
    await this.tickets.update(ticket, { assigneeStaffId: staffId, assigneeTeamId: teamId });
    await this.event(agent, ticket, event, { from, to: await this.assignee(staffId, teamId), ...extra });
    return true;
  }

  private assignee(staffId: string | null, teamId: string | null): Promise<AssigneeNames> {
    return this.tickets.assigneeOf(staffId, teamId);
  }

  private async organizationMembers(organizationId: string): Promise<Requester[]> {
    const organization = isUuid(organizationId) ? await this.db.manager.findOneBy(Organization, { id: organizationId }) : null;
    if (!organization) throw new RequesterError(RequesterErrorCode.OrganizationNotFound, `No organization with id ${organizationId}`);
    return this.requesters.members(organization.id);
  }

  private async withEmails(people: Requester[]): Promise<Person[]> {
    const rows: { requester_id: string; email: string }[] = await this.db.manager.query(
      `select distinct on (requester_id) requester_id, email from requester_emails
        where requester_id = any($1::uuid[]) order by requester_id, is_primary desc, email`,
      [people.map((p) => p.id)],
    );
    const emails = new Map(rows.map((row) => [row.requester_id, row.email]));
    return people.map((p) => ({ id: p.id, name: p.name, email: emails.get(p.id) ?? null }));
  }

  // For the live streams: a change agents see that mails nobody.
  private async changed(ticket: Ticket, change: 'edited' | 'topic' | 'due' | 'collaborators' | 'merged' | 'links'): Promise<void> {
    await this.outbox.add('ticket.updated', { ticketId: ticket.id, change });
  }

  private async event(agent: AgentTickets, ticket: Ticket, event: TicketEvent, data: JsonObject, visibility: EntryVisibility = 'internal'): Promise<void> {
    await this.tickets.appendEntry(ticket, agent.actor, { kind: 'event', visibility, event, data });
  }
}

// The fields of a custom-data change that really change, before and after.
function customDataChange(current: JsonObject, data: JsonObject, keys: string[]): { from: JsonObject; to: JsonObject } {
  const from: JsonObject = {};
  const to: JsonObject = {};
  for (const key of keys) {
    const before = current[key] ?? null;
    const after = data[key] ?? null;
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    from[key] = before;
    to[key] = after;
  }
  return { from, to };
}

function named(row: Named): Named {
  return { id: row.id, name: row.name };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
