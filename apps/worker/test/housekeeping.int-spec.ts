import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { newId } from '@tessera/database';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
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
    for (const offset of ['-1 hour', '-1 minute', '+1 hour']) {
      await owner.query(
        `insert into staff_sessions (tenant_id, id, staff_id, token_hash, expires_at)
         values ($1, $2, $3, decode(md5(random()::text), 'hex'), now() + $4::interval)`,
        [tenantId, newId(), staffId, offset],
      );
    }
  }

  it('registers one periodic sweep', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual([HOUSEKEEPING_SCHEDULER]);
    expect(schedulers[0].every).toBe(3_600_000);
  });

  it('purges expired sessions of every active instance, each in its own tenant context', async () => {
    const provisioning = worker.get(ProvisioningService);
    const instances = [];
    for (const slug of ['sweep-one', 'sweep-two']) {
      const created = await provisioning.provision({
        slug,
        name: slug,
        manager: { email: `m@${slug}.example`, name: 'M', password: 'a long enough password' },
      });
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
      expect(results).toEqual([{ expiredSessions: 2 }, { expiredSessions: 2 }]);
    } finally {
      await events.close();
    }
    for (const { tenant } of instances) expect(await sessionsOf(tenant.id)).toEqual({ expired: 0, live: 1 });
  });

  it('skips suspended instances', async () => {
    const created = await worker.get(ProvisioningService).provision({
      slug: 'sweep-paused',
      name: 'paused',
      manager: { email: 'm@paused.example', name: 'M', password: 'a long enough password' },
    });
    await addSessions(created.tenant.id, created.manager.id);
    await owner.query("update tenants set status = 'suspended' where id = $1", [created.tenant.id]);
    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const events = new QueueEvents(QueueName.Housekeeping, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      const sweep = await queue.add('sweep', {});
      expect(await sweep.waitUntilFinished(events, 20_000)).toEqual({ tenants: 2 });
    } finally {
      await events.close();
    }
    expect(await sessionsOf(created.tenant.id)).toEqual({ expired: 2, live: 1 });
  });
});
