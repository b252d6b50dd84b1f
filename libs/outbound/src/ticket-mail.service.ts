import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { OutboxMessage, TenantDatabase, newId } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { EventPayload } from '@tessera/events';
import { formatMessageId, loopHeaders, loopToken, newMessageId, referenceTag } from '@tessera/mail';
import { ComposedMail, MailMessage, Mailbox, OVER_LIMIT_TOPIC, WEBHOOK_DISABLED_TOPIC } from '@tessera/mailboxes';
import {
  AlertContext,
  AlertKey,
  NoticeKey,
  NotificationSettings,
  NotificationSettingsService,
  TemplateKey,
  TemplateService,
  TemplateValues,
  isTemplateKey,
  noticeEnabled,
  recipientsFor,
} from '@tessera/notifications';
import { Tenant } from '@tessera/tenancy';
import { Webhook } from '@tessera/webhooks';
import { BlobStore, TicketEvent, guestToken } from '@tessera/tickets';
import { OutgoingMail } from './mail-transport';
import { TaskMailService } from './task-mail.service';
import { isTaskMail } from './task-mail-rules';
import { untiedMail } from './untied-mail';
import {
  NoticeAudience,
  TICKET_MAIL_TOPICS,
  TRIGGER_NOTIFICATION_TOPIC,
  TicketMailTopic,
  TopicMails,
  addressOf,
  agentTicketLink,
  automaticHeaders,
  confirmsNewTicket,
  isAutoResponse,
  isTicketMail,
  mailDate,
  sendsTicketMail,
  mailbox,
  mayRead,
  replyAbove,
  requesterTicketLink,
  threadHeaders,
} from './ticket-mail-rules';
import { EntryFacts, InboundFacts, NewOutboundMail, RequesterRecipient, TicketFacts, TicketMailRepository } from './ticket-mail.repository';

// The payloads of the ticket events that mail (event catalogue), as far as mail reads them.
interface TicketMailPayload {
  ticketId: string;
  entryId?: string;
  staffId?: string | null;
  teamId?: string | null;
  byStaffId?: string | null;
  fromDepartmentId?: string | null;
  noteEntryId?: string | null;
  notifyStaffIds?: string[];
  notifyDepartmentManager?: boolean;
  notifyAssignee?: boolean;
  // ticket.time-rule: the rule's name.
  name?: string;
  // ticket.created: false when a ticket filter switched the new-ticket auto-response off.
  autoResponse?: boolean;
}

// What happened: the thread entry the mails are about, who did it, and to whom the ticket is
// assigned for the mails' purposes.
interface Trigger {
  entry: EntryFacts | null;
  actorStaffId: string | null;
  assignee: { staffId: string | null; teamId: string | null };
  previousDepartmentId: string | null;
  // Agents the event itself names for its alert (an escalation step's), besides the settings' groups.
  notify: string[];
  // Values of this event's mails besides the ticket's (the time rule's name).
  values?: Record<string, string>;
}

// What all mails of one outbox message share.
interface Basis {
  outboxId: string;
  tenant: Tenant;
  ticket: TicketFacts;
  trigger: Trigger;
  // The mail the triggering entry came in as.
  inbound: InboundFacts | null;
  // The author of a requester's message, with the address they wrote from.
  author: (RequesterRecipient & { address: string | null }) | null;
  portal: string;
  sender: string;
  thread: { inReplyTo: string | null; references: string[] };
  loopToken: string;
  values: Record<string, string>;
}

interface Recipient {
  address: string;
  name: string;
  language: string;
  link: string;
}

// Ticket mail: notices to requesters and collaborators, alerts to agents. compose() decides, per
// outbox message, who gets which mail and stores each one, fully composed, as a pending row of
// mail_messages; the sender then sends the pending rows one by one (TicketMailSender). A row per
// recipient keeps retries from sending anyone the same mail twice. Runs in the tenant transaction.
@Injectable()
export class TicketMailService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TicketMailRepository,
    private readonly directory: DirectoryService,
    private readonly notificationSettings: NotificationSettingsService,
    private readonly templates: TemplateService,
    private readonly taskMail: TaskMailService,
    private readonly blobs: BlobStore,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // The ids of the outbox message's mails still to send. Composes them the first time only.
  async compose(outboxId: string): Promise<string[]> {
    const message = await this.repository.outboxMessage(outboxId);
    if (!message || !sendsTicketMail(message.topic)) return [];
    if (!(await this.repository.composed(outboxId))) {
      const mails = isTicketMail(message.topic)
        ? await this.plan(message.topic, message)
        : isTaskMail(message.topic)
          ? await this.taskMail.plan(message.topic, message)
          : message.topic === OVER_LIMIT_TOPIC
            ? await this.overLimit(message)
            : message.topic === WEBHOOK_DISABLED_TOPIC
              ? await this.webhookDisabled(message)
              : message.topic === TRIGGER_NOTIFICATION_TOPIC
                ? await this.triggerNotification(message)
                : await this.mailboxFailing(message);
      await this.repository.insert(mails);
    }
    return this.repository.pendingIds(outboxId);
  }

  // The answer to a message refused because its sender has too many open tickets. An automatic
  // response: capped per hour like the others (the intake never asks for one to automatic mail).
  private async overLimit(message: OutboxMessage): Promise<NewOutboundMail[]> {
    const payload = message.payload as unknown as EventPayload<'ticket.overlimit'>;
    const settings = await this.notificationSettings.settings();
    if (!noticeEnabled('ticket.overlimit', settings)) return [];
    const tenant = await this.db.manager.findOneByOrFail(Tenant, { id: this.db.tenant.id });
    const department = await this.directory.department(payload.departmentId);
    const [person] = await this.repository.requesters(null, [payload.requesterId]);
    // Deactivated since: no notice.
    if (!person) return [];
    const language = person.language ?? tenant.defaultLanguage;
    const sender = department.outgoingEmail ?? (await this.repository.mailboxAddress(department.id)) ?? addressOf(this.config.mail.from);
    const refused = await this.db.manager.findOneBy(MailMessage, { id: payload.mailMessageId });
    const rendered = await this.templates.render('ticket.overlimit', language, {
      'instance.name': tenant.name,
      'instance.link': `${this.config.http.publicUrl}/${tenant.slug}/`,
      'recipient.name': person.name,
      'recipient.email': payload.email,
      'ticket.subject': payload.subject,
      'department.name': department.name,
      limit: String(payload.limit),
    });
    const suppressed = (await this.repository.recentAutoResponses(payload.email)) >= (await this.directory.settings()).autoresponseHourlyLimit;
    return [
      this.untiedMail(tenant, message.id, 'ticket.overlimit', suppressed ? 'suppressed' : 'pending', {
        from: mailbox(tenant.name, sender),
        replyTo: sender,
        to: payload.email,
        ...rendered,
        inReplyTo: refused?.messageId ?? null,
        references: refused ? [refused.messageId] : [],
      }),
    ];
  }

  // The mail of a pending row, or null once it is sent or given up.
  async pendingMail(id: string): Promise<OutgoingMail | null> {
    const row = await this.db.manager.findOneBy(MailMessage, { id, direction: 'out', status: 'pending' });
    if (!row?.content) return null;
    const { from, replyTo, to, subject, text, html, inReplyTo, references, headers } = row.content;
    const attachments = row.template === 'ticket.response' && row.entryId ? await this.entryAttachments(row.entryId) : [];
    return { from, replyTo, to, subject, text, html, inReplyTo, references, headers, messageId: formatMessageId(row.messageId), ...(attachments.length > 0 ? { attachments } : {}) };
  }

  // A response's files go with its mail, read when it is sent (the row keeps the text only).
  private async entryAttachments(entryId: string): Promise<NonNullable<OutgoingMail['attachments']>> {
    const files = [];
    for (const file of await this.repository.entryFiles(entryId)) {
      const content = await this.blobs.get(file.sha256);
      if (content) files.push({ filename: file.filename, contentType: file.contentType, content });
    }
    return files;
  }

  async markSent(id: string): Promise<void> {
    await this.db.manager.query(
      `update mail_messages set status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = null where id = $1 and status = 'pending'`,
      [id],
    );
  }

  // A failed attempt; `final`: the mail is given up.
  async markAttempt(id: string, error: string, final: boolean): Promise<void> {
    await this.db.manager.query(
      `update mail_messages set attempts = attempts + 1, last_error = $2, status = case when $3 then 'failed' else status end
        where id = $1 and status = 'pending'`,
      [id, error, final],
    );
  }

  // The outbox message's retries are spent: what is still pending will not be sent.
  async giveUp(outboxId: string, error: string): Promise<void> {
    await this.db.manager.query(
      `update mail_messages set status = 'failed', last_error = coalesce(last_error, $2)
        where direction = 'out' and outbox_id = $1 and status = 'pending'`,
      [outboxId, error],
    );
  }

  // The alert about a mailbox that keeps failing: to its department's manager (as the instance's
  // alert settings say), or the instance's managers when that reaches nobody.
  private async mailboxFailing(message: OutboxMessage): Promise<NewOutboundMail[]> {
    const payload = message.payload as unknown as EventPayload<'mailbox.failing'>;
    const box = await this.db.manager.findOneBy(Mailbox, { id: payload.mailboxId });
    if (!box) return [];
    const department = await this.directory.department(box.departmentId);
    const context: AlertContext = {
      assigneeStaffId: null,
      team: null,
      department: { managerStaffId: department.managerStaffId, memberStaffIds: await this.repository.departmentMembers(department.id) },
      actorStaffId: null,
    };
    return this.setupAlert(message, 'alert.mailbox.failing', context, (tenant) => ({
      'mailbox.name': box.name,
      'mailbox.address': box.address,
      'mailbox.error': payload.error,
      'mailbox.failures': String(payload.failures),
      'mailbox.link': `${this.config.http.publicUrl}/${tenant.slug}/scp/admin/mailboxes/${box.id}`,
      'department.name': department.name,
    }));
  }

  // The alert about a webhook switched off for failing: a webhook has no department, so it goes
  // to the instance's managers.
  private async webhookDisabled(message: OutboxMessage): Promise<NewOutboundMail[]> {
    const payload = message.payload as unknown as EventPayload<'webhook.disabled'>;
    const webhook = await this.db.manager.findOneBy(Webhook, { id: payload.webhookId });
    if (!webhook) return [];
    const nobody: AlertContext = { assigneeStaffId: null, team: null, department: { managerStaffId: null, memberStaffIds: [] }, actorStaffId: null };
    return this.setupAlert(message, 'alert.webhook.disabled', nobody, (tenant) => ({
      'webhook.name': webhook.name,
      'webhook.url': webhook.url,
      'webhook.error': payload.error ?? '',
      'webhook.failures': String(payload.failures),
      'webhook.link': `${this.config.http.publicUrl}/${tenant.slug}/scp/admin/webhooks/${webhook.id}`,
    }));
  }

  // An alert about the instance's set-up rather than a ticket: to whom the alert settings name
  // around it, or the instance's managers when that reaches nobody. From the deployment's
  // address: the department's own mail may be what is broken.
  private async setupAlert(
    message: OutboxMessage,
    key: 'alert.mailbox.failing' | 'alert.webhook.disabled',
    context: AlertContext,
    variables: (tenant: Tenant) => TemplateValues,
  ): Promise<NewOutboundMail[]> {
    const settings = await this.notificationSettings.settings();
    if (!settings.alerts[key].enabled) return [];
    const tenant = await this.db.manager.findOneByOrFail(Tenant, { id: this.db.tenant.id });
    const ids = recipientsFor(key, settings, context);
    const agents = ids.length ? await this.repository.staff(ids, { activeOnly: true }) : await this.repository.managers();
    const sender = addressOf(this.config.mail.from);
    const mails: NewOutboundMail[] = [];
    for (const agent of agents) {
      const rendered = await this.templates.render(key, agent.language ?? tenant.defaultLanguage, {
        'instance.name': tenant.name,
        'instance.link': `${this.config.http.publicUrl}/${tenant.slug}/`,
        'recipient.name': agent.name,
        'recipient.email': agent.email,
        ...variables(tenant),
      });
      mails.push(
        this.untiedMail(tenant, message.id, key, 'pending', {
          from: mailbox(tenant.name, sender),
          replyTo: null,
          to: agent.email,
          ...rendered,
          inReplyTo: null,
          references: [],
        }),
      );
    }
    return mails;
  }

  // A mail about no ticket (a refused message, a failing mailbox, a webhook), marked as automatic and ours.
  private untiedMail(
    tenant: Tenant,
    outboxId: string,
    template: TemplateKey,
    status: NewOutboundMail['status'],
    mail: Omit<ComposedMail, 'headers'>,
  ): NewOutboundMail {
    return untiedMail(this.config, tenant, { outboxId, template, status, mail });
  }

  // A trigger's mail from a template to one of the ticket's people. The notification settings do
  // not apply: the trigger is the managers' own choice of when to mail.
  private async triggerNotification(message: OutboxMessage): Promise<NewOutboundMail[]> {
    const payload = message.payload as unknown as EventPayload<'trigger.notification'>;
    const ticket = await this.repository.ticket(payload.ticketId);
    if (!ticket || !isTemplateKey(payload.templateKey)) return [];
    const assignee = { staffId: ticket.assigneeStaffId, teamId: ticket.assigneeTeamId };
    const basis = await this.basis(message.id, ticket, { entry: null, actorStaffId: null, assignee, previousDepartmentId: null, notify: [] });
    if (payload.to === 'requester') {
      const [person] = await this.repository.requesters(ticket.id, [ticket.requesterId]);
      if (!person?.email) return [];
      const token = person.tokenSalt ? guestToken(this.config.secretKey, basis.tenant.id, ticket.id, person.requesterId, person.tokenSalt) : null;
      const link = requesterTicketLink(basis.portal, ticket.reference, person.email, token);
      return [await this.mail(payload.templateKey, basis, { address: person.email, name: person.name, language: person.language ?? basis.tenant.defaultLanguage, link }, 'pending')];
    }
    const staffId = payload.to === 'assignee' ? ticket.assigneeStaffId : ticket.departmentManagerId;
    const mails: NewOutboundMail[] = [];
    for (const agent of staffId ? await this.repository.staff([staffId], { activeOnly: true }) : []) {
      const recipient = { address: agent.email, name: agent.name, language: agent.language ?? basis.tenant.defaultLanguage, link: agentTicketLink(basis.portal, ticket.reference) };
      mails.push(await this.mail(payload.templateKey, basis, recipient, 'pending'));
    }
    return mails;
  }

  private async plan(topic: TicketMailTopic, message: OutboxMessage): Promise<NewOutboundMail[]> {
    const payload = message.payload as unknown as TicketMailPayload;
    const ticket = await this.repository.ticket(payload.ticketId);
    // Deleted since: nothing to tell anyone.
    if (!ticket) return [];
    const basis = await this.basis(message.id, ticket, await this.trigger(topic, message.id, payload, ticket));
    const settings = await this.notificationSettings.settings();
    const { alert, notice: topicNotice }: TopicMails = TICKET_MAIL_TOPICS[topic];
    const notice = payload.autoResponse === false ? undefined : topicNotice;
    return [
      ...(notice ? await this.notices(notice.key, notice.to, settings, basis) : []),
      ...(alert ? await this.alerts(alert, settings, basis) : []),
    ];
  }

  private async trigger(topic: TicketMailTopic, outboxId: string, payload: TicketMailPayload, ticket: TicketFacts): Promise<Trigger> {
    const of = (entry: EntryFacts | null, actorStaffId = entry?.authorStaffId ?? null): Trigger => ({
      entry,
      actorStaffId,
      assignee: { staffId: ticket.assigneeStaffId, teamId: ticket.assigneeTeamId },
      previousDepartmentId: null,
      notify: [],
    });
    const event = (name: TicketEvent, toState?: string) => this.repository.latestEvent(ticket.id, name, outboxId, toState);
    switch (topic) {
      case 'ticket.created':
        return of(await this.repository.firstEntry(ticket.id), ticket.createdByStaffId);
      case 'ticket.message':
      case 'ticket.response':
      case 'ticket.note':
        return of(payload.entryId ? await this.repository.entry(payload.entryId) : null);
      case 'ticket.assigned':
        return {
          ...of(await event('assigned'), payload.byStaffId ?? null),
          assignee: { staffId: payload.staffId ?? null, teamId: payload.teamId ?? null },
        };
      case 'ticket.transferred': {
        const entry = payload.noteEntryId ? await this.repository.entry(payload.noteEntryId) : await event('transferred');
        return { ...of(entry, payload.byStaffId ?? null), previousDepartmentId: payload.fromDepartmentId ?? null };
      }
      case 'ticket.resolved':
        return of(await event('status', 'resolved'));
      case 'ticket.closed':
        return of(await event('status', 'closed'));
      case 'ticket.overdue':
        return of(null, null);
      case 'ticket.escalated': {
        const manager = payload.notifyDepartmentManager ? ticket.departmentManagerId : null;
        return { ...of(await event('escalated'), null), notify: [...(payload.notifyStaffIds ?? []), ...(manager ? [manager] : [])] };
      }
      case 'ticket.time-rule': {
        const manager = payload.notifyDepartmentManager ? ticket.departmentManagerId : null;
        // The ticket's agent, or its team's members when it has a team and no agent.
        const assignees = !payload.notifyAssignee ? [] : ticket.assigneeStaffId ? [ticket.assigneeStaffId] : ticket.assigneeTeamId ? await this.repository.teamMembers(ticket.assigneeTeamId) : [];
        return { ...of(await event('time_rule'), null), notify: [...assignees, ...(manager ? [manager] : [])], values: { 'rule.name': payload.name ?? '' } };
      }
    }
  }

  private async basis(outboxId: string, ticket: TicketFacts, trigger: Trigger): Promise<Basis> {
    const tenant = await this.db.manager.findOneByOrFail(Tenant, { id: this.db.tenant.id });
    const entry = trigger.entry;
    const inbound = entry ? await this.repository.inboundOf(entry.id) : null;
    const [person] = entry?.authorRequesterId ? await this.repository.requesters(ticket.id, [entry.authorRequesterId]) : [];
    const author = person ? { ...person, address: inbound?.address ?? person.email } : null;
    const [agent] = trigger.actorStaffId ? await this.repository.staff([trigger.actorStaffId], { activeOnly: false }) : [];
    const names = await this.repository.names({ ...trigger.assignee, departmentId: trigger.previousDepartmentId });
    const sender = ticket.outgoingEmail ?? (await this.repository.mailboxAddress(ticket.departmentId)) ?? addressOf(this.config.mail.from);
    const ids = await this.repository.threadIds(ticket.id);
    return {
      outboxId,
      tenant,
      ticket,
      trigger,
      inbound,
      author,
      portal: `${this.config.http.publicUrl}/${tenant.slug}`,
      sender,
      thread: threadHeaders({ entryMail: inbound?.messageId ?? null, ...ids }),
      loopToken: loopToken(tenant.id, this.config.secretKey),
      // Values of every ticket mail; each template uses those it lists.
      values: {
        'instance.name': tenant.name,
        'instance.link': `${this.config.http.publicUrl}/${tenant.slug}/`,
        'ticket.reference': ticket.reference,
        'ticket.subject': ticket.subject,
        'ticket.status': ticket.status,
        'ticket.priority': ticket.priority,
        'ticket.topic': ticket.topic ?? '',
        'department.name': ticket.department,
        'requester.name': ticket.requesterName,
        'requester.email': ticket.requesterEmail ?? '',
        message: entry && entry.kind !== 'event' ? entry.body : '',
        'agent.name': agent?.name ?? '',
        'agent.signature': agent?.signature ?? '',
        'author.name': author?.name ?? '',
        'author.email': author?.address ?? '',
        'assignee.name': names.staff ?? names.team ?? '',
        'previousDepartment.name': names.department ?? '',
        'rule.name': '',
        ...trigger.values,
      },
    };
  }

  private async notices(key: NoticeKey, audience: NoticeAudience, settings: NotificationSettings, basis: Basis): Promise<NewOutboundMail[]> {
    const { ticket, inbound } = basis;
    const switches = { department: ticket.departmentAutoResponse, helpTopic: ticket.topicAutoResponse, mailbox: inbound?.mailboxAutoResponse ?? null };
    if (!noticeEnabled(key, settings, switches)) return [];
    const automatic = isAutoResponse(key);
    // Loop safety: what an automatic sender (out-of-office, bounce, list) wrote is never answered.
    if (automatic && inbound && inbound.kind !== 'human') return [];
    if (key === 'ticket.new.autoresponse' && !confirmsNewTicket(ticket.source)) return [];
    const limit = automatic ? (await this.directory.settings()).autoresponseHourlyLimit : 0;
    const mails: NewOutboundMail[] = [];
    for (const person of await this.noticeRecipients(audience, basis)) {
      const address = person.address;
      if (!address) continue;
      const salt = person.tokenSalt;
      const token = salt ? guestToken(this.config.secretKey, basis.tenant.id, ticket.id, person.requesterId, salt) : null;
      const recipient = {
        address,
        name: person.name,
        language: person.language ?? basis.tenant.defaultLanguage,
        link: requesterTicketLink(basis.portal, ticket.reference, address, token),
      };
      // Over the hourly cap the mail is kept, not sent, so agents see why nothing went out.
      const suppressed = automatic && (await this.repository.recentAutoResponses(address)) >= limit;
      mails.push(await this.mail(key, basis, recipient, suppressed ? 'suppressed' : 'pending'));
    }
    return mails;
  }

  private async noticeRecipients(audience: NoticeAudience, basis: Basis): Promise<(RequesterRecipient & { address: string | null })[]> {
    const { ticket } = basis;
    const withPrimary = (people: RequesterRecipient[]) => people.map((person) => ({ ...person, address: person.email }));
    switch (audience) {
      case 'requester':
        return withPrimary(await this.repository.requesters(ticket.id, [ticket.requesterId]));
      case 'author':
        return basis.author ? [basis.author] : [];
      case 'participants':
        return withPrimary(await this.repository.requesters(ticket.id, null));
    }
  }

  private async alerts(key: AlertKey, settings: NotificationSettings, basis: Basis): Promise<NewOutboundMail[]> {
    const { ticket, trigger } = basis;
    const { staffId, teamId } = trigger.assignee;
    const departmentMembers = await this.repository.departmentMembers(ticket.departmentId);
    const teamMembers = teamId ? await this.repository.teamMembers(teamId) : [];
    const context: AlertContext = {
      assigneeStaffId: staffId,
      team: teamId ? { memberStaffIds: teamMembers } : null,
      department: { managerStaffId: ticket.departmentManagerId, memberStaffIds: departmentMembers },
      actorStaffId: trigger.actorStaffId,
    };
    if (!settings.alerts[key].enabled) return [];
    const ids = [...new Set([...trigger.notify, ...recipientsFor(key, settings, context)])];
    if (ids.length === 0) return [];
    const agents = await this.repository.staff(ids, { activeOnly: true });
    const scope = {
      departmentMemberIds: new Set(departmentMembers),
      managerIds: new Set(agents.filter((agent) => agent.isManager).map((agent) => agent.id)),
      assigneeStaffId: staffId,
      teamMemberIds: new Set(teamMembers),
      isConfidential: ticket.isConfidential,
      restricted: trigger.entry?.visibility === 'restricted',
    };
    const link = agentTicketLink(basis.portal, ticket.reference);
    const mails: NewOutboundMail[] = [];
    for (const agent of agents.filter((candidate) => mayRead(candidate.id, scope))) {
      const recipient = { address: agent.email, name: agent.name, language: agent.language ?? basis.tenant.defaultLanguage, link };
      mails.push(await this.mail(key, basis, recipient, 'pending'));
    }
    return mails;
  }

  private async mail(key: TemplateKey, basis: Basis, recipient: Recipient, status: NewOutboundMail['status']): Promise<NewOutboundMail> {
    const { ticket, tenant } = basis;
    const id = newId();
    const rendered = await this.templates.render(
      key,
      recipient.language,
      {
        ...basis.values,
        'recipient.name': recipient.name,
        'recipient.email': recipient.address,
        'ticket.link': recipient.link,
        'ticket.dueAt': mailDate(ticket.dueAt, recipient.language, tenant.timezone),
      },
      { replyAbove: replyAbove(recipient.language) },
    );
    // Templates are checked for the tag when saved; a reply finds its ticket by it, so make sure.
    const tag = referenceTag(ticket.reference);
    const subject = rendered.subject.includes(tag) ? rendered.subject : `${tag} ${rendered.subject}`;
    return {
      id,
      messageId: newMessageId(basis.loopToken, new URL(this.config.http.publicUrl).hostname, id),
      ticketId: ticket.id,
      entryId: basis.trigger.entry?.id ?? null,
      outboxId: basis.outboxId,
      template: key,
      status,
      content: {
        from: mailbox(tenant.name, basis.sender),
        replyTo: basis.sender,
        to: recipient.address,
        subject,
        text: rendered.text,
        html: rendered.html,
        ...basis.thread,
        headers: { ...automaticHeaders(key), ...loopHeaders(basis.loopToken) },
      },
    };
  }
}
