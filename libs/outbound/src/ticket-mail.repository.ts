import { Injectable } from '@nestjs/common';
import { OutboxMessage, TenantDatabase } from '@tessera/database';
import { ComposedMail, InboundKind, MailMessage } from '@tessera/mailboxes';
import { TemplateKey } from '@tessera/notifications';
import { TicketEvent } from '@tessera/tickets';
import { AUTO_RESPONSES } from './ticket-mail-rules';

// What a ticket mail is about, read in one query.
export interface TicketFacts {
  id: string;
  reference: string;
  subject: string;
  source: string;
  requesterId: string;
  requesterName: string;
  requesterEmail: string | null;
  departmentId: string;
  department: string;
  departmentAutoResponse: boolean;
  departmentManagerId: string | null;
  outgoingEmail: string | null;
  topic: string | null;
  // Null: the ticket has no help topic.
  topicAutoResponse: boolean | null;
  status: string;
  priority: string;
  dueAt: Date | null;
  assigneeStaffId: string | null;
  assigneeTeamId: string | null;
  isConfidential: boolean;
  createdByStaffId: string | null;
}

// What a task alert is about.
export interface TaskFacts {
  id: string;
  title: string;
  description: string;
  dueAt: Date | null;
  closedAt: Date | null;
  departmentId: string;
  department: string;
  departmentManagerId: string | null;
  assigneeStaffId: string | null;
  assigneeTeamId: string | null;
  createdByStaffId: string | null;
}

export interface EntryFacts {
  id: string;
  kind: string;
  visibility: string;
  body: string;
  authorStaffId: string | null;
  authorRequesterId: string | null;
}

// The mail an entry came in as.
export interface InboundFacts {
  messageId: string;
  kind: InboundKind | null;
  address: string | null;
  // Null: no mailbox (the mail came through a pipe without one, or the mailbox is gone).
  mailboxAutoResponse: boolean | null;
}

export interface RequesterRecipient {
  requesterId: string;
  name: string;
  email: string | null;
  language: string | null;
  // Null when the person is not on the ticket (then they have no guest link).
  tokenSalt: Buffer | null;
}

export interface StaffRecipient {
  id: string;
  name: string;
  email: string;
  language: string | null;
  signature: string;
  isManager: boolean;
}

export interface NewOutboundMail {
  id: string;
  messageId: string;
  ticketId: string | null;
  entryId: string | null;
  outboxId: string;
  template: TemplateKey;
  status: 'pending' | 'suppressed';
  content: ComposedMail;
}

const ACTIVE_AGENT = 's.is_active and not s.is_locked';

// The queries of ticket mail, in the tenant transaction. Agents in lists are active and unlocked.
@Injectable()
export class TicketMailRepository {
  constructor(private readonly db: TenantDatabase) {}

  outboxMessage(id: string): Promise<OutboxMessage | null> {
    return this.db.manager.findOneBy(OutboxMessage, { id });
  }

  async composed(outboxId: string): Promise<boolean> {
    const rows = await this.db.manager.query(`select 1 from mail_messages where direction = 'out' and outbox_id = $1 limit 1`, [outboxId]);
    return rows.length > 0;
  }

  async pendingIds(outboxId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `select id from mail_messages where direction = 'out' and outbox_id = $1 and status = 'pending' order by created_at, id`,
      [outboxId],
    );
    return rows.map((row) => row.id);
  }

  async ticket(id: string): Promise<TicketFacts | null> {
    const [row] = await this.db.manager.query(
      `select t.id, t.reference, t.subject, t.source, t.requester_id as "requesterId", r.name as "requesterName",
              (select e.email from requester_emails e where e.requester_id = t.requester_id order by e.is_primary desc, e.email limit 1) as "requesterEmail",
              t.department_id as "departmentId", d.name as department, d.auto_response as "departmentAutoResponse",
              d.manager_staff_id as "departmentManagerId", d.outgoing_email as "outgoingEmail",
              ht.name as topic, ht.auto_response as "topicAutoResponse", st.requester_label as status, p.name as priority,
              t.due_at as "dueAt", t.assignee_staff_id as "assigneeStaffId", t.assignee_team_id as "assigneeTeamId",
              t.is_confidential as "isConfidential", t.created_by_staff_id as "createdByStaffId"
         from tickets t
         join requesters r on r.tenant_id = t.tenant_id and r.id = t.requester_id
         join departments d on d.tenant_id = t.tenant_id and d.id = t.department_id
         join ticket_statuses st on st.tenant_id = t.tenant_id and st.id = t.status_id
         join priorities p on p.tenant_id = t.tenant_id and p.id = t.priority_id
         left join help_topics ht on ht.tenant_id = t.tenant_id and ht.id = t.help_topic_id
        where t.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async task(id: string): Promise<TaskFacts | null> {
    const [row] = await this.db.manager.query(
      `select k.id, k.title, k.description, k.due_at as "dueAt", k.closed_at as "closedAt", k.department_id as "departmentId",
              d.name as department, d.manager_staff_id as "departmentManagerId", k.assignee_staff_id as "assigneeStaffId",
              k.assignee_team_id as "assigneeTeamId", k.created_by_staff_id as "createdByStaffId"
         from tasks k join departments d on d.tenant_id = k.tenant_id and d.id = k.department_id
        where k.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async entry(id: string): Promise<EntryFacts | null> {
    return this.oneEntry('e.id = $1', '', [id]);
  }

  // The ticket's first words: the requester's message, or the note of an internal ticket.
  async firstEntry(ticketId: string): Promise<EntryFacts | null> {
    return this.oneEntry(`e.ticket_id = $1 and e.kind in ('message', 'note')`, 'order by e.id', [ticketId]);
  }

  // The latest event of a kind written before the outbox message (ids are time-ordered);
  // `toState` narrows status events to moves into that state.
  async latestEvent(ticketId: string, event: TicketEvent, beforeId: string, toState?: string): Promise<EntryFacts | null> {
    return this.oneEntry(
      `e.ticket_id = $1 and e.kind = 'event' and e.event = $2 and e.id < $3 and ($4::text is null or e.data -> 'to' ->> 'state' = $4)`,
      'order by e.id desc',
      [ticketId, event, beforeId, toState ?? null],
    );
  }

  async inboundOf(entryId: string): Promise<InboundFacts | null> {
    const [row] = await this.db.manager.query(
      `select mm.message_id as "messageId", mm.kind, mm.address, m.auto_response as "mailboxAutoResponse"
         from mail_messages mm left join mailboxes m on m.tenant_id = mm.tenant_id and m.id = mm.mailbox_id
        where mm.direction = 'in' and mm.entry_id = $1
        order by mm.created_at limit 1`,
      [entryId],
    );
    return row ?? null;
  }

  // The ticket's first mail (received, or sent and not given up) and its latest received one.
  async threadIds(ticketId: string): Promise<{ firstMail: string | null; latestInbound: string | null }> {
    const [row] = await this.db.manager.query(
      `select (select message_id from mail_messages
                where ticket_id = $1 and ((direction = 'in' and status = 'accepted') or status in ('pending', 'sent'))
                order by created_at, id limit 1) as "firstMail",
              (select message_id from mail_messages
                where ticket_id = $1 and direction = 'in' and status = 'accepted'
                order by created_at desc, id desc limit 1) as "latestInbound"`,
      [ticketId],
    );
    return row;
  }

  // Everyone on the ticket (requester first), or the requesters named, on the ticket or not.
  requesters(ticketId: string | null, requesterIds: string[] | null): Promise<RequesterRecipient[]> {
    return this.db.manager.query(
      `select r.id as "requesterId", r.name, r.language, p.token_salt as "tokenSalt",
              (select e.email from requester_emails e where e.requester_id = r.id order by e.is_primary desc, e.email limit 1) as email
         from requesters r
         left join ticket_participants p on p.tenant_id = r.tenant_id and p.ticket_id = $1 and p.requester_id = r.id
        where r.is_active and (($2::uuid[] is null and p.requester_id is not null) or r.id = any($2::uuid[]))
        order by p.role = 'requester' desc nulls last, p.added_at, r.id`,
      [ticketId, requesterIds],
    );
  }

  // Agents by id, in that order; `activeOnly` leaves out deactivated and locked ones.
  // The instance's active managers, by name.
  managers(): Promise<StaffRecipient[]> {
    return this.db.manager.query(
      `select s.id, s.name, s.email, s.language, s.signature, s.is_manager as "isManager"
         from staff s where s.is_manager and ${ACTIVE_AGENT} order by s.name, s.id`,
    );
  }

  staff(ids: string[], { activeOnly }: { activeOnly: boolean }): Promise<StaffRecipient[]> {
    return this.db.manager.query(
      `select s.id, s.name, s.email, s.language, s.signature, s.is_manager as "isManager"
         from unnest($1::uuid[]) with ordinality as wanted (id, position) join staff s on s.id = wanted.id
        where not $2 or (${ACTIVE_AGENT})
        order by wanted.position`,
      [ids, activeOnly],
    );
  }

  // The agents of a department: primary or extra department.
  async departmentMembers(departmentId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `select s.id from staff s
        where ${ACTIVE_AGENT}
          and (s.primary_department_id = $1 or exists (select 1 from staff_departments sd where sd.staff_id = s.id and sd.department_id = $1))
        order by s.name, s.id`,
      [departmentId],
    );
    return rows.map((row) => row.id);
  }

  async teamMembers(teamId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `select s.id from team_members tm join staff s on s.tenant_id = tm.tenant_id and s.id = tm.staff_id
        where tm.team_id = $1 and ${ACTIVE_AGENT} order by s.name, s.id`,
      [teamId],
    );
    return rows.map((row) => row.id);
  }

  async names(ids: { staffId?: string | null; teamId?: string | null; departmentId?: string | null }): Promise<{ staff: string | null; team: string | null; department: string | null }> {
    const [row] = await this.db.manager.query(
      `select (select name from staff where id = $1) as staff, (select name from teams where id = $2) as team,
              (select name from departments where id = $3) as department`,
      [ids.staffId ?? null, ids.teamId ?? null, ids.departmentId ?? null],
    );
    return row;
  }

  // The address of the department's first active mailbox, if it has one.
  async mailboxAddress(departmentId: string): Promise<string | null> {
    const [row] = await this.db.manager.query(
      'select address from mailboxes where department_id = $1 and is_active order by created_at, id limit 1',
      [departmentId],
    );
    return row?.address ?? null;
  }

  // Automatic responses an address got in the last hour (sent or about to be). Holds a lock on
  // the address until the transaction ends, so two mails composed at once cannot both pass.
  async recentAutoResponses(address: string): Promise<number> {
    await this.db.manager.query(`select pg_advisory_xact_lock(hashtextextended('autoresponse:' || tessera_current_tenant() || ':' || lower($1), 0))`, [address]);
    const [row] = await this.db.manager.query(
      `select count(*)::int as count from mail_messages
        where direction = 'out' and address_lower = lower($1) and template = any($2::text[]) and status in ('pending', 'sent')
          and created_at > now() - interval '1 hour'`,
      [address, AUTO_RESPONSES],
    );
    return row.count;
  }

  // The files of an entry, in the order they were attached.
  async entryFiles(entryId: string): Promise<{ sha256: Buffer; filename: string; contentType: string }[]> {
    return this.db.manager.query(`select sha256, filename, content_type as "contentType" from attachments where entry_id = $1 and not is_inline order by created_at, id`, [entryId]);
  }

  async insert(mails: NewOutboundMail[]): Promise<void> {
    if (mails.length === 0) return;
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(MailMessage)
      .values(
        mails.map((mail) => ({
          tenantId: this.db.tenant.id,
          id: mail.id,
          direction: 'out' as const,
          messageId: mail.messageId,
          ticketId: mail.ticketId,
          entryId: mail.entryId,
          address: mail.content.to,
          subject: mail.content.subject,
          status: mail.status,
          template: mail.template,
          outboxId: mail.outboxId,
          content: { ...mail.content },
        })),
      )
      // Composed at the same time by another run: its rows stand (one per recipient and template).
      .orIgnore()
      .execute();
  }

  private async oneEntry(where: string, order: string, params: unknown[]): Promise<EntryFacts | null> {
    const [row] = await this.db.manager.query(
      `select e.id, e.kind, e.visibility, e.body, e.author_staff_id as "authorStaffId", e.author_requester_id as "authorRequesterId"
         from ticket_entries e where ${where} ${order} limit 1`,
      params,
    );
    return row ?? null;
  }
}
