import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { SignInChallengeService, StaffPasswordResetService, StaffService } from '@tessera/auth';
import { Outbox, TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { RequesterAuthService } from '@tessera/requesters';
import { TenantService } from '@tessera/tenancy';
import { TaskOverdueService, TicketService } from '@tessera/tickets';
import { WebhookAdminService } from '@tessera/webhooks';
import { Queue } from 'bullmq';
import { JobHandlers, JobProcessor, queueTenantJobs } from '../job-processor';
import { HousekeepingJobs } from './housekeeping.jobs';

interface TenantChores {
  expiredSessions: number;
  // Sign-in challenges and password reset links of agents.
  expiredStaffCredentials: number;
  expiredRequesterCredentials: number;
  autoClosedTickets: number;
  staleOutboxFlagged: number;
  overdueTasks: number;
  purgedEvents: number;
  purgedDeliveries: number;
}

@Processor(QueueName.Housekeeping)
export class HousekeepingProcessor extends JobProcessor<HousekeepingJobs> {
  protected readonly queueName = QueueName.Housekeeping;
  private readonly logger = new Logger(HousekeepingProcessor.name);
  protected readonly handlers: JobHandlers<HousekeepingJobs> = {
    sweep: () => this.sweep(),
    tenant: (data) => this.tenantChores(data),
  };

  constructor(
    @InjectQueue(QueueName.Housekeeping) private readonly queue: Queue,
    private readonly tenants: TenantService,
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
    private readonly challenges: SignInChallengeService,
    private readonly staffResets: StaffPasswordResetService,
    private readonly requesterAuth: RequesterAuthService,
    private readonly tickets: TicketService,
    private readonly taskOverdue: TaskOverdueService,
    private readonly outbox: Outbox,
    private readonly webhooks: WebhookAdminService,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    super(metrics, config);
  }

  private async sweep(): Promise<{ tenants: number }> {
    return { tenants: await queueTenantJobs(this.queue, 'tenant', await this.tenants.activeTenants()) };
  }

  private async tenantChores(data: HousekeepingJobs['tenant']): Promise<TenantChores> {
    const result = await this.db.run({ id: data.tenantId, slug: data.slug }, async () => ({
      expiredSessions: await this.staff.purgeExpiredSessions(),
      expiredStaffCredentials: (await this.challenges.purgeExpired()) + (await this.staffResets.purgeExpired()),
      expiredRequesterCredentials: await this.requesterAuth.purgeExpired(),
      autoClosedTickets: await this.tickets.autoCloseResolved(),
      staleOutboxFlagged: Number(await this.outbox.flagStale()),
      overdueTasks: await this.taskOverdue.alertOverdue(),
      purgedEvents: await this.outbox.purgeDispatched(this.config.worker.outboxRetentionDays),
      purgedDeliveries: await this.webhooks.purgeDeliveries(this.config.worker.outboxRetentionDays),
    }));
    if (Object.values(result).some((n) => n > 0)) this.logger.log({ tenant: data.slug, ...result }, 'housekeeping done');
    return result;
  }
}
