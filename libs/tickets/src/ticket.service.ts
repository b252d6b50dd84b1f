import { Inject, Injectable } from '@nestjs/common';
import { FilterMessage } from '@tessera/automation';
import { CONFIG, Config } from '@tessera/config';
import { JsonObject, Outbox, TenantDatabase, isUniqueViolation, newId, statement, storableJson } from '@tessera/database';
import { EventPayload } from '@tessera/events';
import {
  CustomFormService,
  Department,
  DirectoryService,
  FormFiller,
  HelpTopic,
  MatrixLevel,
  SlaPlan,
  TicketState,
  TicketStatus,
  bandFor,
} from '@tessera/directory';
import { Organization, Requester, RequesterContact, RequesterService } from '@tessera/requesters';
import { EntityManager, In, IsNull } from 'typeorm';
import { AttachmentService } from './attachment.service';
import { guestToken, guestTokenMatches, newTokenSalt } from './guest-token';
import { ReferenceService } from './reference.service';
import { TeamTurnRepository } from './team-turn.repository';
import { putTags } from './tag-writes';
import { MAX_TAGS_PER_TICKET, normalizeTag } from './tag-name';
import { TicketFilterService, routedBy } from './ticket-filter.service';
import { canMove, isDone } from './ticket-state';
import {
  EntryKind,
  EntryVisibility,
  ParticipantRole,
  Task,
  Ticket,
  TicketEntry,
  TicketEvent,
  TicketParticipant,
  TicketSource,
  TicketType,
} from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';

// Who acts on a ticket. Recorded on every thread entry.
export type Actor =
  | { kind: 'staff'; staffId: string }
  | { kind: 'requester'; requesterId: string }
  | { kind: 'api'; apiKeyId: string }
  | { kind: 'system' };

export interface OpenTicket {
  requester: RequesterContact | { id: string };
  subject: string;
  body: string;
  source: TicketSource;
  // The first entry: the requester's message, or an internal note for internal tickets.
  firstEntry?: 'message' | 'note';
  helpTopicId?: string | null;
  departmentId?: string | null;
  priorityId?: string | null;
  statusId?: string | null;
  type?: TicketType;
  impact?: MatrixLevel | null;
  urgency?: MatrixLevel | null;
  dueAt?: Date | null;
  isConfidential?: boolean;
  // Values of the help topic's form fields, by key; checked against the form.
  customData?: JsonObject;
  // Tags the caller puts on the new ticket once it is open (a recurring ticket's): the filters see them.
  tags?: string[];
  // Who filled the form in: their required fields must be there. Absent (mail, follow-ups,
  // recurring tickets): nobody saw a form, so values are checked and nothing is required.
  formFilledBy?: FormFiller;
  assigneeStaffId?: string | null;
  assigneeTeamId?: string | null;
  collaborators?: (RequesterContact | { id: string })[];
  // Kept on the first entry (the mail it came from, for e-mail).
  entryData?: JsonObject;
  // What the instance's ticket filters read of the message (mail intake gives its headers and
  // addresses); absent: taken from this input. false: no filter runs (a closed ticket's follow-up).
  filterMessage?: FilterMessage | false;
}

// A new ticket with what its answer shows beyond the row: the requester's name and primary
// address (null when not known without a read) and how many collaborators were added.
export interface OpenedTicket {
  ticket: Ticket;
  requester: { id: string; name: string; email: string } | null;
  collaborators: number;
}

// How a requester's reply arrived, and what its entry keeps about that.
export interface ReplyOrigin {
  source: TicketSource;
  data?: JsonObject;
}

export interface NewEntry {
  kind: EntryKind;
  visibility: EntryVisibility;
  body?: string;
  event?: TicketEvent;
  data?: JsonObject;
}

// An assignment by name, as thread events keep it.
export interface AssigneeNames {
  staff: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
}

// What a change may set on a ticket row; version and timestamps are handled here.
export type TicketChanges = Partial<
  Pick<
    Ticket,
    | 'subject'
    | 'departmentId'
    | 'helpTopicId'
    | 'priorityId'
    | 'statusId'
    | 'slaPlanId'
    | 'assigneeStaffId'
    | 'assigneeTeamId'
    | 'dueAt'
    | 'dueByHand'
    | 'impact'
    | 'urgency'
    | 'type'
    | 'isConfidential'
    | 'customData'
    | 'mergedIntoId'
    | 'firstResponseAt'
    | 'resolvedAt'
    | 'closedAt'
    | 'rating'
    | 'ratingComment'
    | 'ratedAt'
    | 'requesterId'
  >
>;

// The rules every channel shares (agent API, portal, e-mail): opening a ticket with its
// reference, defaults, SLA due date and participants; the thread; versioned updates; status
// moves with the open-task check; the requester's reply reopening a ticket. Callers check who
// may act; this service keeps the ticket consistent. Everything runs in the tenant transaction.
@Injectable()
export class TicketService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    private readonly forms: CustomFormService,
    private readonly requesters: RequesterService,
    private readonly references: ReferenceService,
    private readonly turns: TeamTurnRepository,
    private readonly outbox: Outbox,
    private readonly filters: TicketFilterService,
    private readonly attachments: AttachmentService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async open(input: OpenTicket, actor: Actor): Promise<Ticket> {
    return (await this.openTicket(input, actor)).ticket;
  }

  // Opens a ticket and says what its answer shows beyond the row, so that it need not be read back.
  async openTicket(given: OpenTicket, actor: Actor): Promise<OpenedTicket> {
    const filtered = given.filterMessage === false ? null : await this.filters.plan(given.filterMessage ?? (await this.filters.messageOf(given, actor.kind)));
    const rejectedBy = filtered?.outcome.rejectedBy;
    if (rejectedBy) {
      throw new TicketError(TicketErrorCode.Rejected, `The ticket filter "${rejectedBy.name}" refuses this ticket`, { filter: { id: rejectedBy.filterId, name: rejectedBy.name } });
    }
    const input = filtered ? routedBy(given, filtered.outcome) : given;
    const settings = await this.directory.settings();
    const topic = input.helpTopicId ? await this.activeTopic(input.helpTopicId) : null;
    const departmentId = input.departmentId ?? topic?.departmentId ?? null;
    if (!departmentId) throw invalid('Choose a department or a help topic', 'departmentId');
    const department = await this.directory.department(departmentId);
    const customData = await this.forms.checked(await this.forms.ticketFields(topic?.id ?? null), input.customData ?? {}, input.formFilledBy ?? null);
    await this.assertAssignable({ staffId: input.assigneeStaffId, teamId: input.assigneeTeamId }, { staffId: 'assigneeStaffId', teamId: 'assigneeTeamId' });

    const now = new Date();
    const { requester, email: requesterEmail, sharing } = await this.requesterWithEmail(input.requester);
    const assigneeTeamId = input.assigneeTeamId ?? topic?.autoAssignTeamId ?? null;
    let assigneeStaffId = input.assigneeStaffId ?? topic?.autoAssignStaffId ?? null;
    // A team that assigns its tickets itself also names the agent (and holds its turn until commit).
    const turn = assigneeTeamId && !assigneeStaffId ? await this.turns.next(this.db.manager, assigneeTeamId, now) : null;
    if (turn) assigneeStaffId = turn.staffId;
    let priorityId = input.priorityId ?? topic?.priorityId ?? null;
    let dueAt = input.dueAt ?? null;
    const impact = input.impact ?? null;
    const urgency = input.urgency ?? null;
    const sla = filtered?.outcome.slaPlanId ? await this.directory.slaPlan(filtered.outcome.slaPlanId) : await this.slaFor(topic, department);
    if (settings.priorityMode === 'matrix' && impact && urgency && !input.priorityId) {
      const band = bandFor(impact, urgency, await this.directory.priorityMatrix(settings));
      priorityId = band.priorityId;
      dueAt ??= await this.directory.dueAfter(sla, now, band.resolveMinutes);
    }
    const priority = priorityId ? await this.directory.priority(priorityId) : await this.directory.defaultPriority();
    const status = input.statusId ? await this.directory.status(input.statusId) : await this.directory.defaultStatus();
    if (status.state === 'resolved' || status.state === 'closed') {
      throw invalid('A new ticket cannot start resolved or closed', 'statusId');
    }
    if (!dueAt && sla) dueAt = await this.directory.dueAfter(sla, now, sla.resolutionMinutes);

    const ticket = Object.assign(new Ticket(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      reference: await this.references.next(topic?.referenceFormat ?? settings.referenceFormat),
      subject: input.subject.trim(),
      requesterId: requester.id,
      departmentId,
      helpTopicId: topic?.id ?? null,
      priorityId: priority.id,
      statusId: status.id,
      slaPlanId: sla?.id ?? null,
      source: input.source,
      type: input.type ?? 'incident',
      assigneeStaffId,
      assigneeTeamId,
      impact,
      urgency,
      dueAt,
      dueByHand: Boolean(input.dueAt),
      isConfidential: input.isConfidential ?? false,
      customData: customData as JsonObject,
      mergedIntoId: null,
      createdByStaffId: actor.kind === 'staff' ? actor.staffId : null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
    });
    if (!ticket.subject) throw invalid('The subject is empty', 'subject');
    const firstEntry: NewEntry =
      input.firstEntry === 'note'
        ? { kind: 'note', visibility: 'internal', body: input.body }
        : { kind: 'message', visibility: 'public', body: input.body, data: input.entryData };
    const firstAuthor: Actor = input.firstEntry === 'note' || actor.kind === 'requester' ? actor : { kind: 'requester', requesterId: requester.id };
    const entries = [
      entryRow(ticket, actor, { kind: 'event', visibility: 'public', event: 'created', data: { source: ticket.source, reference: ticket.reference } }),
      entryRow(ticket, firstAuthor, firstEntry),
    ];
    if (ticket.assigneeStaffId || ticket.assigneeTeamId) {
      entries.push(
        entryRow(ticket, actor, {
          kind: 'event',
          visibility: 'internal',
          event: 'assigned',
          data: {
            staffId: ticket.assigneeStaffId,
            teamId: ticket.assigneeTeamId,
            automatic: !given.assigneeStaffId && !given.assigneeTeamId,
            teamAssignment: turn?.mode ?? null,
            from: { staff: null, team: null },
            to: await this.assigneeOf(ticket.assigneeStaffId, ticket.assigneeTeamId),
          },
        }),
      );
    }
    // Each filter that acted says what it did.
    for (const applied of filtered?.applied ?? []) {
      entries.push(entryRow(ticket, { kind: 'system' }, { kind: 'event', visibility: 'internal', event: 'filtered', data: { ...applied, actions: applied.actions.map((a) => ({ ...a })) } }));
    }
    const autoResponse = filtered?.outcome.autoResponse === false ? { autoResponse: false } : {};
    // The ticket, its requester, the first entries and the outbox message in one statement.
    try {
      await this.db.query(INSERT_TICKET, [
        ticket.id,
        ticket.reference,
        ticket.subject,
        ticket.requesterId,
        ticket.departmentId,
        ticket.helpTopicId,
        ticket.priorityId,
        ticket.statusId,
        ticket.slaPlanId,
        ticket.source,
        ticket.type,
        ticket.assigneeStaffId,
        ticket.assigneeTeamId,
        ticket.impact,
        ticket.urgency,
        ticket.dueAt,
        ticket.dueByHand,
        ticket.isConfidential,
        storableJson(ticket.customData),
        ticket.createdByStaffId,
        now,
        newTokenSalt(),
        JSON.stringify(storableJson(entries)),
        newId(),
        storableJson({ ticketId: ticket.id, reference: ticket.reference, source: ticket.source, ...autoResponse } satisfies EventPayload<'ticket.created'>),
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new TicketError(TicketErrorCode.Stale, `The reference ${ticket.reference} was just taken; try again`);
      throw error;
    }
    const collaborators = sharing ? await this.autoCollaborators(requester.id) : [];
    for (const person of input.collaborators ?? []) collaborators.push(await this.requesterOf(person));
    const added = collaborators.length > 0 ? await this.addCollaborators(ticket, actor, collaborators) : [];
    const byFilters = [];
    for (const email of filtered?.outcome.collaborators ?? []) byFilters.push(await this.requesterOf({ email }));
    if (byFilters.length > 0) added.push(...(await this.addCollaborators(ticket, { kind: 'system' }, byFilters)));
    // Checked when the filter was saved; spelled as the instance keeps them.
    const tags = [...new Set((filtered?.outcome.tags ?? []).map(normalizeTag).filter((tag): tag is string => tag !== null))];
    if (tags.length > 0) await putTags(this.db.manager, ticket.id, tags.slice(0, MAX_TAGS_PER_TICKET));
    for (const canned of filtered ? await this.filters.cannedFor(ticket, filtered.outcome.cannedResponseIds) : []) await this.respondAsInstance(ticket, canned);
    return { ticket, requester: requesterEmail === null ? null : { id: requester.id, name: requester.name, email: requesterEmail }, collaborators: added.length };
  }

  // A canned response sent for the instance (by a filter or trigger): it answers the requester
  // without counting as an agent's first response.
  async respondAsInstance(ticket: Ticket, canned: { id: string; body: string }): Promise<TicketEntry> {
    const entry = await this.appendEntry(ticket, { kind: 'system' }, { kind: 'response', visibility: 'public', body: canned.body, data: { cannedResponseId: canned.id } });
    await this.attachments.attachCanned(entry, canned.id);
    await this.outbox.add('ticket.response', { ticketId: ticket.id, entryId: entry.id });
    return entry;
  }

  // An assignment names an active, unlocked agent and an active team of this instance; `fields`
  // are the names the caller's request gave them.
  async assertAssignable(to: { staffId?: string | null; teamId?: string | null }, fields = { staffId: 'staffId', teamId: 'teamId' }): Promise<void> {
    if (!to.staffId && !to.teamId) return;
    const [row]: { staff: boolean | null; team: boolean | null }[] = await this.db.manager.query(
      `select (select is_active and not is_locked from staff where id = $1) as staff, (select is_active from teams where id = $2) as team`,
      [to.staffId ?? null, to.teamId ?? null],
    );
    if (to.staffId && !row.staff) throw invalid('Assign to an active agent of this instance', fields.staffId);
    if (to.teamId && !row.team) throw invalid('Assign to an active team of this instance', fields.teamId);
  }

  async assigneeOf(staffId: string | null, teamId: string | null, manager: EntityManager = this.db.manager): Promise<AssigneeNames> {
    const [row] = await manager.query(
      `select (select json_build_object('id', id, 'name', name) from staff where id = $1) as staff,
              (select json_build_object('id', id, 'name', name) from teams where id = $2) as team`,
      [staffId, teamId],
    );
    return { staff: row.staff, team: row.team };
  }

  // Finds a ticket by reference; a merged ticket's reference leads to the ticket it was merged into.
  async byReference(reference: string): Promise<Ticket> {
    let ticket = await this.db.manager.findOneBy(Ticket, { reference });
    for (let hops = 0; ticket?.mergedIntoId && hops < 10; hops++) {
      ticket = await this.db.manager.findOneBy(Ticket, { id: ticket.mergedIntoId });
    }
    if (!ticket) throw new TicketError(TicketErrorCode.NotFound, `No ticket ${reference}`);
    return ticket;
  }

  // The ticket a write will change, locked (SELECT ... FOR UPDATE) until the transaction ends and
  // read after the lock: writes on one ticket queue here instead of failing on the version, so a
  // write without If-Match applies to the current version. A merge done while waiting is followed.
  async forWrite(reference: string): Promise<Ticket> {
    let ticket: Ticket | null = await this.byReference(reference);
    for (let hops = 0; ticket && hops < 10; hops++) {
      ticket = await this.db.manager.findOne(Ticket, { where: { id: ticket.id }, lock: { mode: 'pessimistic_write' } });
      if (!ticket?.mergedIntoId) break;
      ticket = await this.byId(ticket.mergedIntoId);
    }
    if (!ticket || ticket.mergedIntoId) throw new TicketError(TicketErrorCode.NotFound, `No ticket ${reference}`);
    return ticket;
  }

  async byId(id: string): Promise<Ticket> {
    const ticket = await this.db.manager.findOneBy(Ticket, { id });
    if (!ticket) throw new TicketError(TicketErrorCode.NotFound, `No ticket with id ${id}`);
    return ticket;
  }

  async appendEntry(ticket: Ticket, actor: Actor, entry: NewEntry, manager: EntityManager = this.db.manager): Promise<TicketEntry> {
    const row = entryRow(ticket, actor, entry);
    await manager.insert(TicketEntry, row);
    return row;
  }

  // The thread in order. `visibilities` limits what the reader may see.
  entries(ticketId: string, visibilities: EntryVisibility[]): Promise<TicketEntry[]> {
    return this.db.manager.find(TicketEntry, {
      where: { ticketId, visibility: In(visibilities) },
      order: { id: 'ASC' },
    });
  }

  // Applies changes if the ticket is still at `expectedVersion` (the caller's If-Match, or the
  // version just read), raising the version. A concurrent change in between -> 409.
  async update(ticket: Ticket, changes: TicketChanges, expectedVersion: number = ticket.version, manager: EntityManager = this.db.manager): Promise<Ticket> {
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(Ticket)
      .set({ ...changes, version: () => 'version + 1', updatedAt: now, lastActivityAt: now })
      .where('id = :id and version = :version', { id: ticket.id, version: expectedVersion })
      .execute();
    if (!result.affected) throw stale(ticket.reference);
    Object.assign(ticket, changes, { version: expectedVersion + 1, updatedAt: now, lastActivityAt: now });
    return ticket;
  }

  // Moves a ticket to a status, checking the state machine and the open-task rule, stamping
  // resolved/closed times and recording the event.
  async moveTo(ticket: Ticket, status: TicketStatus, actor: Actor, expectedVersion?: number): Promise<Ticket> {
    const current = await this.directory.status(ticket.statusId);
    if (current.id === status.id) return ticket;
    if (!canMove(current.state, status.state)) {
      throw new TicketError(
        TicketErrorCode.Transition,
        `A ${current.state} ticket cannot move to ${status.state} ("${status.name}")`,
        { from: current.state, to: status.state },
      );
    }
    if (isDone(status.state)) await this.assertNoOpenTasks(ticket);
    const now = new Date();
    const changes: TicketChanges = { statusId: status.id, ...stamps(status.state, now) };
    await this.update(ticket, changes, expectedVersion);
    const reopened = isDone(current.state) && !isDone(status.state);
    await this.appendEntry(ticket, actor, {
      kind: 'event',
      visibility: 'public',
      event: reopened ? 'reopened' : 'status',
      data: { from: { id: current.id, name: current.name, state: current.state }, to: { id: status.id, name: status.name, state: status.state } },
    });
    // Resolved and closed mail their notices; other moves only reach the live streams.
    if (status.state === 'resolved' || status.state === 'closed') {
      await this.outbox.add(`ticket.${status.state}`, { ticketId: ticket.id, reference: ticket.reference, fromStatusId: current.id });
    } else {
      await this.outbox.add('ticket.status', { ticketId: ticket.id, statusId: status.id, fromStatusId: current.id });
    }
    return ticket;
  }

  // A requester's (or collaborator's) message: reopens a resolved ticket; on a closed ticket the
  // instance decides between reopening and a new ticket linked to the old one.
  async requesterReply(
    ticket: Ticket,
    requesterId: string,
    body: string,
    origin: ReplyOrigin = { source: 'web' },
  ): Promise<{ ticket: Ticket; entry: TicketEntry; followUp: boolean }> {
    const actor: Actor = { kind: 'requester', requesterId };
    const state = (await this.directory.status(ticket.statusId)).state;
    if (state === 'closed' && (await this.directory.settings()).closedReplyPolicy === 'new_ticket') {
      // A topic deactivated since the ticket was opened must not turn the reply away.
      const topic = ticket.helpTopicId ? await this.directory.helpTopic(ticket.helpTopicId) : null;
      // The follow-up keeps the closed ticket's requester and people; the reply is the replier's.
      const people = (await this.participants(ticket.id)).map((p) => p.requesterId).filter((id) => id !== ticket.requesterId);
      const follow = await this.open(
        {
          requester: { id: ticket.requesterId },
          collaborators: [...new Set([...people, requesterId])].filter((id) => id !== ticket.requesterId).map((id) => ({ id })),
          subject: ticket.subject,
          body,
          source: origin.source,
          entryData: origin.data,
          departmentId: ticket.departmentId,
          helpTopicId: topic?.isActive ? topic.id : null,
          // It continues a ticket the filters saw when it was new.
          filterMessage: false,
        },
        actor,
      );
      await this.link(follow, ticket, 'related', actor);
      const [entry] = (await this.entries(follow.id, ['public'])).filter((e) => e.kind === 'message');
      return { ticket: follow, entry, followUp: true };
    }
    if (isDone(state)) await this.moveTo(ticket, await this.directory.firstStatusIn('open'), actor);
    const entry = await this.appendEntry(ticket, actor, { kind: 'message', visibility: 'public', body, data: origin.data });
    await this.update(ticket, {});
    await this.outbox.add('ticket.message', { ticketId: ticket.id, entryId: entry.id });
    return { ticket, entry, followUp: false };
  }

  async link(ticket: Ticket, other: Ticket, kind: 'child_of' | 'related' | 'duplicate_of', actor: Actor): Promise<void> {
    if (ticket.id === other.id) throw invalid('A ticket cannot be linked to itself', 'reference');
    await this.db.manager.query(
      `insert into ticket_links (tenant_id, ticket_id, linked_ticket_id, kind) values (tessera_current_tenant(), $1, $2, $3)
       on conflict (tenant_id, ticket_id, linked_ticket_id) do update set kind = excluded.kind`,
      [ticket.id, other.id, kind],
    );
    await this.db.manager.query('delete from ticket_links where ticket_id = $1 and linked_ticket_id = $2', [other.id, ticket.id]);
    for (const [from, to] of [[ticket, other], [other, ticket]] as const) {
      await this.appendEntry(from, actor, { kind: 'event', visibility: 'internal', event: 'linked', data: { kind, reference: to.reference, self: from === ticket } });
    }
  }

  participants(ticketId: string): Promise<TicketParticipant[]> {
    return this.db.manager.find(TicketParticipant, { where: { ticketId }, order: { addedAt: 'ASC' } });
  }

  // Adds people as collaborators; the requester and those already on the ticket are skipped.
  async addCollaborators(ticket: Ticket, actor: Actor, people: Requester[]): Promise<Requester[]> {
    const present = new Set((await this.participants(ticket.id)).map((p) => p.requesterId));
    const added: Requester[] = [];
    for (const person of people) {
      if (present.has(person.id)) continue;
      present.add(person.id);
      await this.addParticipant(ticket, person.id, 'collaborator');
      added.push(person);
    }
    if (added.length > 0) {
      await this.appendEntry(ticket, actor, {
        kind: 'event',
        visibility: 'public',
        event: 'collaborator_added',
        data: { collaborators: added.map((p) => ({ id: p.id, name: p.name })) },
      });
    }
    return added;
  }

  // The link that opens the ticket for one participant without an account.
  async guestToken(ticket: Ticket, requesterId: string): Promise<string> {
    const salt = await this.saltOf(ticket.id, requesterId);
    if (!salt) throw new TicketError(TicketErrorCode.NotFound, `No such participant on ${ticket.reference}`);
    return guestToken(this.config.secretKey, ticket.tenantId, ticket.id, requesterId, salt);
  }

  // Reference + e-mail + token -> the ticket and the participant, or not found (one answer for
  // every mismatch, so the endpoint reveals nothing).
  async openAsGuest(reference: string, email: string, token: string): Promise<{ ticket: Ticket; requesterId: string }> {
    const link = await this.guestLinkOf(reference, email);
    if (!link || !guestTokenMatches(link.token, token)) throw new TicketError(TicketErrorCode.NotFound, `No ticket ${reference} for that address and link`);
    return { ticket: link.ticket.mergedIntoId ? await this.byReference(reference) : link.ticket, requesterId: link.requesterId };
  }

  // Reference + e-mail -> the guest link of the participant with that address, or null when the
  // ticket, the address or the participation is unknown.
  async guestLinkOf(reference: string, email: string): Promise<{ ticket: Ticket; requesterId: string; token: string } | null> {
    const ticket = await this.db.manager.findOneBy(Ticket, { reference });
    const requester = await this.requesters.findByEmail(email);
    if (!ticket || !requester) return null;
    const salt = await this.saltOf(ticket.id, requester.id);
    if (!salt) return null;
    return { ticket, requesterId: requester.id, token: guestToken(this.config.secretKey, ticket.tenantId, ticket.id, requester.id, salt) };
  }

  // Housekeeping: resolved tickets nobody reacted to for the instance's auto-close days are closed
  // (a requester's reply reopens a ticket, so resolved_at is the start of the silence). Tickets
  // with open tasks stay resolved. At most `limit` per run; the next sweep takes the rest.
  async autoCloseResolved(limit = 500): Promise<number> {
    const days = (await this.directory.settings()).autocloseDays;
    if (days === 0) return 0;
    const closed = await this.directory.firstStatusIn('closed');
    const due: Ticket[] = await this.db.manager
      .createQueryBuilder(Ticket, 't')
      .innerJoin('ticket_statuses', 's', 's.tenant_id = t.tenant_id and s.id = t.status_id')
      .where("s.state = 'resolved' and t.merged_into_id is null and t.resolved_at < now() - make_interval(days => :days)", { days })
      .orderBy('t.resolved_at', 'ASC')
      .limit(limit)
      .getMany();
    let count = 0;
    for (const ticket of due) {
      try {
        await this.moveTo(ticket, closed, { kind: 'system' });
        count++;
      } catch (error) {
        if (!(error instanceof TicketError && error.code === TicketErrorCode.OpenTasks)) throw error;
      }
    }
    return count;
  }

  async assertNoOpenTasks(ticket: Ticket): Promise<void> {
    const open = await this.db.manager.countBy(Task, { ticketId: ticket.id, closedAt: IsNull() });
    if (open > 0) {
      throw new TicketError(TicketErrorCode.OpenTasks, `${ticket.reference} has ${open} open task(s); close them first`, { openTasks: open });
    }
  }

  private async addParticipant(ticket: Ticket, requesterId: string, role: ParticipantRole): Promise<void> {
    await this.db.manager.insert(TicketParticipant, {
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      requesterId,
      role,
      tokenSalt: newTokenSalt(),
      addedAt: new Date(),
    });
  }

  private async saltOf(ticketId: string, requesterId: string): Promise<Buffer | null> {
    const row = await this.db.manager
      .createQueryBuilder(TicketParticipant, 'p')
      .addSelect('p.tokenSalt')
      .where('p.ticket_id = :ticketId and p.requester_id = :requesterId', { ticketId, requesterId })
      .getOne();
    return row?.tokenSalt ?? null;
  }

  private async requesterOf(input: OpenTicket['requester']): Promise<Requester> {
    return (await this.requesterWithEmail(input)).requester;
  }

  // With the requester's primary address where the lookup gives it (not by id), and whether an
  // organization of theirs may add collaborators (assumed by id).
  private async requesterWithEmail(input: OpenTicket['requester']): Promise<{ requester: Requester; email: string | null; sharing: boolean }> {
    if ('id' in input) return { requester: await this.requesters.get(input.id), email: null, sharing: true };
    return this.requesters.findOrCreate(input);
  }

  // Organizations that add every member to each other's new tickets.
  private async autoCollaborators(requesterId: string): Promise<Requester[]> {
    const organizationIds = await this.requesters.organizationIds(requesterId);
    if (organizationIds.length === 0) return [];
    const automatic = await this.db.manager.findBy(Organization, { id: In(organizationIds), autoAddMembers: true });
    const members = await Promise.all(automatic.map((o) => this.requesters.members(o.id)));
    return members.flat().filter((m) => m.id !== requesterId);
  }

  async activeTopic(id: string): Promise<HelpTopic> {
    const topic = await this.directory.helpTopic(id);
    if (!topic.isActive) throw invalid(`The help topic "${topic.name}" is not active`, 'helpTopicId');
    return topic;
  }

  // The help topic's plan, else the department's, else the instance's default.
  private async slaFor(topic: HelpTopic | null, department: Department): Promise<SlaPlan | null> {
    const planId = topic?.slaPlanId ?? department.slaPlanId;
    if (planId) return this.directory.slaPlan(planId);
    return this.directory.defaultSlaPlan();
  }
}

function entryRow(ticket: Ticket, actor: Actor, entry: NewEntry): TicketEntry {
  return Object.assign(new TicketEntry(), {
    tenantId: ticket.tenantId,
    id: newId(),
    ticketId: ticket.id,
    kind: entry.kind,
    visibility: entry.visibility,
    authorStaffId: actor.kind === 'staff' ? actor.staffId : null,
    authorRequesterId: actor.kind === 'requester' ? actor.requesterId : null,
    event: entry.event ?? null,
    body: entry.body ?? '',
    data: actor.kind === 'api' ? { ...entry.data, apiKeyId: actor.apiKeyId } : entry.data ?? {},
    createdAt: new Date(),
  });
}

// A new ticket with its requester as participant, its first entries (a JSON array of
// TicketEntry) and its ticket.created outbox message. Foreign keys are checked at the end of the
// statement, when the ticket exists.
const INSERT_TICKET = statement(
  'tickets.insert',
  `with ticket as (
     insert into tickets (tenant_id, id, reference, subject, requester_id, department_id, help_topic_id, priority_id, status_id, sla_plan_id,
                          source, type, assignee_staff_id, assignee_team_id, impact, urgency, due_at, due_by_hand, is_confidential, custom_data,
                          created_by_staff_id, version, created_at, updated_at, last_activity_at)
     values (tessera_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 1, $21, $21, $21)
     returning id),
   participant as (
     insert into ticket_participants (tenant_id, ticket_id, requester_id, role, token_salt, added_at)
     select tessera_current_tenant(), ticket.id, $4, 'requester', $22, $21 from ticket),
   entries as (
     insert into ticket_entries (tenant_id, id, ticket_id, kind, visibility, author_staff_id, author_requester_id, event, body, data, created_at)
     select tessera_current_tenant(), e.id, e."ticketId", e.kind, e.visibility, e."authorStaffId", e."authorRequesterId", e.event, e.body, e.data, e."createdAt"
       from jsonb_to_recordset($23::jsonb) as e(id uuid, "ticketId" uuid, kind text, visibility text, "authorStaffId" uuid, "authorRequesterId" uuid,
                                                event text, body text, data jsonb, "createdAt" timestamptz)),
   outbox as (
     insert into outbox (tenant_id, id, topic, payload) values (tessera_current_tenant(), $24, 'ticket.created', $25))
   select 1`,
);

function stamps(state: TicketState, now: Date): TicketChanges {
  if (state === 'resolved') return { resolvedAt: now, closedAt: null };
  if (state === 'closed') return { closedAt: now };
  return { resolvedAt: null, closedAt: null };
}

export function invalid(message: string, field?: string): TicketError {
  return new TicketError(TicketErrorCode.Invalid, message, field ? { field } : undefined);
}

export function stale(reference: string): TicketError {
  return new TicketError(TicketErrorCode.Stale, `${reference} was changed by someone else; reload it and try again`);
}
