import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { TicketService } from '@tessera/tickets';
import { WebhookAdminService } from '@tessera/webhooks';
import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';
import { HOUSEKEEPING_SCHEDULER } from '../src/processors/housekeeping/housekeeping.jobs';

describe('worker: housekeeping', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database, { WORKER_HOUSEKEEPING_INTERVAL_SECONDS: '3600' });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  async function sessionsOf(tenantId: string): Promise<{ expired: number; live: number }> {
    const { rows } = await owner.query(
      `select count(*) filter (where expires_at <= now())::int as expired, count(*) filter (where expires_at > now())::int as live
         from staff_sessions where tenant_id = $1`,
      [tenantId],
    );
    return rows[0];
  }

  async function addSessions(tenantId: string, staffId: string): Promise<void> {
    const requesterId = newId();
    await owner.query("insert into requesters (tenant_id, id, name) values ($1, $2, 'R')", [tenantId, requesterId]);
    for (const offset of ['-1 hour', '-1 minute', '+1 hour']) {
      for (const [table, column, ownerId] of [['staff_sessions', 'staff_id', staffId], ['requester_sessions', 'requester_id', requesterId]]) {
        await owner.query(
          `insert into ${table} (tenant_id, id, ${column}, token_hash, expires_at)
           values ($1, $2, $3, decode(md5(random()::text), 'hex'), now() + $4::interval)`,
          [tenantId, newId(), ownerId, offset],
        );
      }
    }
    // Agents' sign-in challenges: expired, live.
    for (const expires of ['-1 minute', '+5 minutes']) {
      await owner.query(
        `insert into staff_sign_in_challenges (tenant_id, id, staff_id, token_hash, next, expires_at)
         values ($1, $2, $3, decode(md5(random()::text), 'hex'), 'code', now() + $4::interval)`,
        [tenantId, newId(), staffId, expires],
      );
    }
    // Reset links: expired, used two days ago, used just now, unused and live.
    for (const [expires, used] of [['-1 minute', null], ['+1 hour', '-2 days'], ['+1 hour', '-1 minute'], ['+1 hour', null]]) {
      await owner.query(
        `insert into staff_password_resets (tenant_id, id, staff_id, token_hash, expires_at, used_at)
         values ($1, $2, $3, decode(md5(random()::text), 'hex'), now() + $4::interval, now() + $5::interval)`,
        [tenantId, newId(), staffId, expires, used],
      );
      await owner.query(
        `insert into requester_tokens (tenant_id, id, requester_id, purpose, token_hash, expires_at, used_at)
         values ($1, $2, $3, 'reset', decode(md5(random()::text), 'hex'), now() + $4::interval, now() + $5::interval)`,
        [tenantId, newId(), requesterId, expires, used],
      );
    }
  }

  async function staffCredentialsOf(tenantId: string): Promise<number> {
    const { rows } = await owner.query(
      'select (select count(*)::int from staff_sign_in_challenges where tenant_id = $1) + (select count(*)::int from staff_password_resets where tenant_id = $1) as n',
      [tenantId],
    );
    return rows[0].n;
  }

  async function requesterCredentialsOf(tenantId: string): Promise<number> {
    const { rows } = await owner.query(
      'select (select count(*)::int from requester_sessions where tenant_id = $1) + (select count(*)::int from requester_tokens where tenant_id = $1) as n',
      [tenantId],
    );
    return rows[0].n;
  }

  const provision = (slug: string) =>
    worker.get(ProvisioningService).provision({ slug, name: slug, manager: { email: `m@${slug}.example`, name: 'M', password: 'a long enough password' } });

  // Runs one instance's chores as the sweep would and answers what they did.
  async function choresOf(tenant: { id: string; slug: string }): Promise<unknown> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const events = new QueueEvents(QueueName.Housekeeping, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      const job = await queue.add('tenant', { tenantId: tenant.id, slug: tenant.slug }, { jobId: `tenant-${tenant.id}` });
      return await job.waitUntilFinished(events, 20_000);
    } finally {
      await events.close();
    }
  }

  it('registers one periodic sweep', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual([HOUSEKEEPING_SCHEDULER]);
    expect(schedulers[0].every).toBe(3_600_000);
  });

  it('purges expired sessions of every active instance, each in its own tenant context', async () => {
    const instances = [];
    for (const slug of ['sweep-one', 'sweep-two']) {
      const created = await provision(slug);
      await addSessions(created.tenant.id, created.manager.id);
      instances.push(created);
    }
    for (const { tenant } of instances) expect(await sessionsOf(tenant.id)).toEqual({ expired: 2, live: 1 });

    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const events = new QueueEvents(QueueName.Housekeeping, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      const tenantJobs = instances.map(({ tenant }) =>
        new Promise<unknown>((resolve, reject) => {
          const jobId = `tenant-${tenant.id}`;
          events.on('completed', ({ jobId: id, returnvalue }) => id === jobId && resolve(returnvalue));
          events.on('failed', ({ jobId: id, failedReason }) => id === jobId && reject(new Error(failedReason)));
        }),
      );
      const sweep = await queue.add('sweep', {});
      expect(await sweep.waitUntilFinished(events, 20_000)).toEqual({ tenants: 2 });
      const results = await Promise.all(tenantJobs);
      // Staff: two expired sessions, an expired sign-in challenge, an expired reset link and one
      // used more than a day ago. Requesters: two expired sessions, an expired link and one used
      // more than a day ago.
      const purged = { expiredSessions: 2, expiredStaffCredentials: 3, expiredRequesterCredentials: 4, autoClosedTickets: 0, staleOutboxFlagged: 0, overdueTasks: 0, purgedEvents: 0, purgedDeliveries: 0 };
      expect(results).toEqual([purged, purged]);
    } finally {
      await events.close();
    }
    for (const { tenant } of instances) {
      expect(await sessionsOf(tenant.id)).toEqual({ expired: 0, live: 1 });
      expect(await requesterCredentialsOf(tenant.id)).toBe(3);
      expect(await staffCredentialsOf(tenant.id)).toBe(3);
    }
  });

  it('closes resolved tickets after the instance’s silent days, unless they have open tasks', async () => {
    const created = await provision('sweep-close');
    const tenant = { id: created.tenant.id, slug: created.tenant.slug };
    const tickets = worker.get(TicketService);
    const open = (subject: string) =>
      worker.get(TenantDatabase).run(tenant, () =>
        tickets.open({ requester: { email: 'r@close.example' }, subject, body: 'b', source: 'web', departmentId: created.department.id }, { kind: 'system' }),
      );
    const [old, recent, blocked] = [await open('old'), await open('recent'), await open('blocked')];
    const resolve = async (ticketId: string, daysAgo: number) =>
      owner.query(
        `update tickets set status_id = (select id from ticket_statuses where tenant_id = $1 and state = 'resolved'),
                resolved_at = now() - make_interval(days => $3) where id = $2`,
        [tenant.id, ticketId, daysAgo],
      );
    await resolve(old.id, 15);
    await resolve(recent.id, 13);
    await resolve(blocked.id, 30);
    await owner.query("insert into tasks (tenant_id, id, ticket_id, department_id, title) values ($1, $2, $3, $4, 'still open')", [
      tenant.id,
      newId(),
      blocked.id,
      created.department.id,
    ]);

    expect(await choresOf(tenant)).toMatchObject({ autoClosedTickets: 1 });
    const { rows } = await owner.query(
      `select t.subject, s.state, t.closed_at is not null as closed,
              exists (select 1 from ticket_entries e where e.ticket_id = t.id and e.event = 'status' and e.author_staff_id is null) as recorded
         from tickets t join ticket_statuses s on s.id = t.status_id where t.tenant_id = $1 order by t.subject`,
      [tenant.id],
    );
    expect(rows).toEqual([
      { subject: 'blocked', state: 'resolved', closed: false, recorded: false },
      { subject: 'old', state: 'closed', closed: true, recorded: true },
      { subject: 'recent', state: 'resolved', closed: false, recorded: false },
    ]);
  });

  it('deletes relayed events and webhook deliveries past the retention, and no longer re-delivers those events', async () => {
    const created = await provision('sweep-events');
    const tenant = { id: created.tenant.id, slug: created.tenant.slug };
    const event = async (created: string, dispatched: string | null) => {
      const id = newId();
      await owner.query(
        `insert into outbox (tenant_id, id, topic, payload, created_at, dispatched_at)
         values ($1, $2, 'ticket.created', '{}', now() - $3::interval, now() - $4::interval)`,
        [tenant.id, id, created, dispatched],
      );
      return id;
    };
    // Relayed 31 and 29 days ago; waiting for 40 days (never relayed: kept, the relay owes it).
    const [old, recent, waiting] = [await event('31 days', '31 days'), await event('29 days', '29 days'), await event('40 days', null)];
    const webhookId = newId();
    await owner.query("insert into webhooks (tenant_id, id, name, url, kinds, secret_sealed) values ($1, $2, 'Hook', 'https://hooks.example/in', '{ticket.created}', 'x')", [tenant.id, webhookId]);
    const delivery = (outboxId: string, age: string) =>
      owner.query("insert into webhook_deliveries (tenant_id, webhook_id, outbox_id, kind, status, created_at) values ($1, $2, $3, 'ticket.created', 'sent', now() - $4::interval)", [
        tenant.id,
        webhookId,
        outboxId,
        age,
      ]);
    await delivery(old, '31 days');
    // Logged just inside the retention, of an event just outside it.
    const lateDelivery = newId();
    await owner.query("insert into outbox (tenant_id, id, topic, payload, created_at, dispatched_at) values ($1, $2, 'ticket.created', '{}', now() - interval '30 days 1 hour', now() - interval '30 days 1 hour')", [tenant.id, lateDelivery]);
    await delivery(lateDelivery, '29 days 23 hours');
    await delivery(recent, '29 days');

    expect(await choresOf(tenant)).toMatchObject({ purgedEvents: 2, purgedDeliveries: 1 });
    const kept = await owner.query('select id from outbox where tenant_id = $1 and id = any($2) order by created_at', [tenant.id, [old, recent, waiting, lateDelivery]]);
    expect(kept.rows.map((row) => row.id)).toEqual([waiting, recent]);
    const logged = await owner.query('select outbox_id from webhook_deliveries where tenant_id = $1 order by created_at', [tenant.id]);
    expect(logged.rows.map((row) => row.outbox_id)).toEqual([lateDelivery, recent]);
    const webhooks = worker.get(WebhookAdminService);
    await expect(worker.get(TenantDatabase).run(tenant, () => webhooks.redeliver(webhookId, lateDelivery))).rejects.toMatchObject({ code: 'webhook.delivery-not-found' });
    await expect(worker.get(TenantDatabase).run(tenant, () => webhooks.redeliver(webhookId, recent))).resolves.toMatchObject({ status: 'pending' });
  });

  it('skips suspended instances', async () => {
    const created = await provision('sweep-paused');
    await addSessions(created.tenant.id, created.manager.id);
    await owner.query("update tenants set status = 'suspended' where id = $1", [created.tenant.id]);
    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const events = new QueueEvents(QueueName.Housekeeping, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      const sweep = await queue.add('sweep', {});
      expect(await sweep.waitUntilFinished(events, 20_000)).toEqual({ tenants: 4 });
    } finally {
      await events.close();
    }
    expect(await sessionsOf(created.tenant.id)).toEqual({ expired: 2, live: 1 });
  });
});
