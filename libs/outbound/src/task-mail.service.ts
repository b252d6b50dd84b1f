import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { OutboxMessage, TenantDatabase } from '@tessera/database';
import { EventPayload } from '@tessera/events';
import { AlertContext, NotificationSettingsService, TemplateService, recipientsFor } from '@tessera/notifications';
import { Tenant } from '@tessera/tenancy';
import { TASK_MAIL_TOPICS, TaskMailTopic, agentTaskLink } from './task-mail-rules';
import { addressOf, mailDate, mailbox } from './ticket-mail-rules';
import { NewOutboundMail, TicketMailRepository } from './ticket-mail.repository';
import { untiedMail } from './untied-mail';

// Task alerts (new, assigned, overdue) to the agents the instance's alert settings name around
// the task: its agent, its team's members, its department. Every one of them may open the task
// (TaskService lets its department, assignee and team see it). From the deployment's address,
// like other mails about no ticket: a task's ticket may be one its agents do not see. Runs in the
// tenant transaction.
@Injectable()
export class TaskMailService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TicketMailRepository,
    private readonly notificationSettings: NotificationSettingsService,
    private readonly templates: TemplateService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async plan(topic: TaskMailTopic, message: OutboxMessage): Promise<NewOutboundMail[]> {
    const payload = message.payload as unknown as EventPayload<TaskMailTopic>;
    const task = await this.repository.task(payload.taskId);
    // Deleted since, or closed before anyone was told: nothing to do.
    if (!task || task.closedAt) return [];
    const actorStaffId = 'byStaffId' in payload ? payload.byStaffId : null;
    // An assignment alerts about the assignee the event names, even if it changed again since.
    const assignee = 'staffId' in payload ? { staffId: payload.staffId, teamId: payload.teamId } : { staffId: task.assigneeStaffId, teamId: task.assigneeTeamId };
    const key = TASK_MAIL_TOPICS[topic];
    const context: AlertContext = {
      assigneeStaffId: assignee.staffId,
      team: assignee.teamId ? { memberStaffIds: await this.repository.teamMembers(assignee.teamId) } : null,
      department: { managerStaffId: task.departmentManagerId, memberStaffIds: await this.repository.departmentMembers(task.departmentId) },
      actorStaffId,
    };
    const ids = recipientsFor(key, await this.notificationSettings.settings(), context);
    if (ids.length === 0) return [];
    const tenant = await this.db.manager.findOneByOrFail(Tenant, { id: this.db.tenant.id });
    const [actor] = actorStaffId ? await this.repository.staff([actorStaffId], { activeOnly: false }) : [];
    const names = await this.repository.names(assignee);
    const portal = `${this.config.http.publicUrl}/${tenant.slug}`;
    const sender = addressOf(this.config.mail.from);
    const mails: NewOutboundMail[] = [];
    for (const agent of await this.repository.staff(ids, { activeOnly: true })) {
      const language = agent.language ?? tenant.defaultLanguage;
      const rendered = await this.templates.render(key, language, {
        'instance.name': tenant.name,
        'instance.link': `${portal}/`,
        'recipient.name': agent.name,
        'recipient.email': agent.email,
        'task.title': task.title,
        'task.description': task.description,
        'task.dueAt': mailDate(task.dueAt, language, tenant.timezone),
        'task.link': agentTaskLink(portal, task.id),
        'department.name': task.department,
        'assignee.name': names.staff ?? names.team ?? '',
        'agent.name': actor?.name ?? '',
      });
      const mail = { from: mailbox(tenant.name, sender), replyTo: null, to: agent.email, ...rendered, inReplyTo: null, references: [] };
      mails.push(untiedMail(this.config, tenant, { outboxId: message.id, template: key, status: 'pending', mail }));
    }
    return mails;
  }
}
