import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { LivePublisher } from '@tessera/live';
import { METRICS, Metrics } from '@tessera/observability';
import { MailTransport, PortalMailService, TicketMailSender, isPortalMail, sendsTicketMail } from '@tessera/outbound';
import { QueueName } from '@tessera/queue';
import { Job, Queue } from 'bullmq';
import { CRASH_RECOVERY_OPTIONS, JobHandlers, JobProcessor } from '../job-processor';
import { DataSource } from 'typeorm';
import { OutboxJobs, RELAY_BATCH } from './outbox.jobs';

// Relays the outbox to jobs and delivers them. Messages are written in the transaction of the
// change that causes them; the relay reads them after commit, queues one job each (job id = the
// message id, so a relay that runs twice queues once), then marks them dispatched. Delivery is
// at least once: consumers are idempotent. Redis being down only delays mail. Each dispatched
// message is also published to the live streams (ticket topics only, ids and kinds only).
@Processor(QueueName.Outbox, CRASH_RECOVERY_OPTIONS)
export class OutboxProcessor extends JobProcessor<OutboxJobs> {
  protected readonly queueName = QueueName.Outbox;
  private readonly logger = new Logger(OutboxProcessor.name);
  protected readonly handlers: JobHandlers<OutboxJobs> = {
    relay: () => this.relay(),
    deliver: (data, job) => this.deliver(data, job),
  };

  constructor(
    @InjectQueue(QueueName.Outbox) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly portalMail: PortalMailService,
    private readonly transport: MailTransport,
    private readonly ticketMail: TicketMailSender,
    private readonly live: LivePublisher,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(metrics, config);
  }

  private async relay(): Promise<{ relayed: number }> {
    // Control-plane flags: which instances have pending messages. Suspended instances wait.
    // The flag's time travels as text: a JavaScript Date would drop its microseconds, and the
    // flag would then look newer than itself and never be dropped.
    const flagged: { id: string; slug: string; at: string }[] = await this.dataSource.query(
      `select s.signalled_tenant_id as id, t.slug, s.signalled_at::text as at
         from outbox_signals s join tenants t on t.id = s.signalled_tenant_id where t.status = 'active'`,
    );
    let relayed = 0;
    for (const tenant of flagged) {
      const ref = { id: tenant.id, slug: tenant.slug };
      const pending: { id: string; topic: string }[] = await this.db.run(ref, (manager) =>
        manager.query('select id, topic from outbox where dispatched_at is null order by created_at, id limit $1', [RELAY_BATCH]),
      );
      if (pending.length > 0) {
        await this.queue.addBulk(
          pending.map((message) => ({
            name: 'deliver',
            data: { tenantId: tenant.id, slug: tenant.slug, outboxId: message.id, topic: message.topic } satisfies OutboxJobs['deliver'],
            opts: { jobId: `outbox-${message.id}`, attempts: 10, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
          })),
        );
        await this.db.run(ref, (manager) => manager.query('update outbox set dispatched_at = now() where id = any($1)', [pending.map((m) => m.id)]));
        relayed += pending.length;
        // Live events are a hint: a client that missed one replays it from the outbox.
        await this.live.publish(ref, pending.map((m) => m.id)).catch((error) => this.logger.warn({ err: error, tenant: tenant.slug }, 'live events not published'));
      }
      // Drained: drop the flag unless a newer message raised it meanwhile.
      if (pending.length < RELAY_BATCH) {
        await this.dataSource.query('delete from outbox_signals where signalled_tenant_id = $1 and signalled_at <= $2::timestamptz', [tenant.id, tenant.at]);
      }
    }
    return { relayed };
  }

  private async deliver(data: OutboxJobs['deliver'], job: Job): Promise<{ sent: number; failed?: number }> {
    const ref = { id: data.tenantId, slug: data.slug };
    if (sendsTicketMail(data.topic)) {
      // The job's last try: a failure now is final.
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const result = await this.ticketMail.deliver(ref, data.outboxId, lastAttempt);
      if (result.sent + result.failed > 0) this.logger.log({ tenant: data.slug, topic: data.topic, outboxId: data.outboxId, ...result }, 'ticket mail delivered');
      return result;
    }
    // Other topics (ticket.deleted, ...) are only relayed: nothing mails them.
    if (!isPortalMail(data.topic)) return { sent: 0 };
    const mail = await this.db.run(ref, () => this.portalMail.compose(data.outboxId));
    if (!mail) return { sent: 0 };
    // SMTP outside the transaction; a failure throws and BullMQ retries with back-off.
    await this.transport.send(mail);
    await this.db.run(ref, () => this.portalMail.markSent(data.outboxId, mail.messageId));
    this.logger.log({ tenant: data.slug, topic: data.topic, outboxId: data.outboxId }, 'mail sent');
    return { sent: 1 };
  }
}
