import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
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
import { TenantSweepProcessor } from '../job-processor';

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

// Every active instance's chores, each instance in its own job and tenant context.
@Processor(QueueName.Housekeeping)
export class HousekeepingProcessor extends TenantSweepProcessor<TenantChores> {
  protected readonly queueName = QueueName.Housekeeping;
  protected readonly jobPrefix = 'tenant';

  constructor(
    @InjectQueue(QueueName.Housekeeping) queue: Queue,
    db: TenantDatabase,
    private readonly tenants: TenantService,
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
    super(queue, db, metrics, config);
  }

  protected dueInstances() {
    return this.tenants.activeTenants();
  }

  protected async sweepInstance(): Promise<TenantChores> {
    return {
      expiredSessions: await this.staff.purgeExpiredSessions(),
      expiredStaffCredentials: (await this.challenges.purgeExpired()) + (await this.staffResets.purgeExpired()),
      expiredRequesterCredentials: await this.requesterAuth.purgeExpired(),
      autoClosedTickets: await this.tickets.autoCloseResolved(),
      staleOutboxFlagged: Number(await this.outbox.flagStale()),
      overdueTasks: await this.taskOverdue.alertOverdue(),
      purgedEvents: await this.outbox.purgeDispatched(this.config.worker.outboxRetentionDays),
      purgedDeliveries: await this.webhooks.purgeDeliveries(this.config.worker.outboxRetentionDays),
    };
  }

  protected worthLogging(result: TenantChores): boolean {
    return Object.values(result).some((n) => n > 0);
  }
}
