import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { liveChannel } from '@tessera/live';
import { ProvisioningService } from '@tessera/platform';
import { redisOptionsFromUrl } from '@tessera/queue';
import { RequesterAuthService, RequesterService } from '@tessera/requesters';
import { TestDatabase, createTestDatabase, testConfig, waitUntil } from '@tessera/testing';
import { PortalTicketService, TicketService } from '@tessera/tickets';
import Redis from 'ioredis';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';

// The outbox relay publishing live events, against real PostgreSQL and Redis.
describe('worker: the outbox relay publishes live events', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let subscriber: Redis;
  let tenant: { id: string; slug: string };
  const received: { channel: string; text: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database, { WORKER_OUTBOX_INTERVAL_MS: '200' });
    subscriber = new Redis(redisOptionsFromUrl(config.redis.url));
    subscriber.on('message', (channel: string, text: string) => received.push({ channel, text }));
    await subscriber.subscribe(liveChannel(config.redis.queuePrefix));
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'live',
      name: 'Live desk',
      manager: { email: 'm@live.example', name: 'M', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
  });

  afterAll(async () => {
    await subscriber.quit();
    await owner.end();
    await worker.close();
    await database.drop();
  });

  it('publishes a ticket message once it is dispatched, as ids and a kind, and never a portal link', async () => {
    const ticket = await worker.get(TenantDatabase).run(tenant, async () => {
      const [topic] = await worker.get(DirectoryService).helpTopics();
      const opened = await worker.get(PortalTicketService).create(null, {
        helpTopicId: topic.id,
        subject: 'A secret subject',
        message: 'A secret body',
        guest: { name: 'Guest', email: 'guest@live.example' },
      });
      const { requester } = await worker.get(RequesterService).findOrCreate({ email: 'invited@live.example', name: 'Invited' });
      await worker.get(RequesterAuthService).invite(requester.id);
      return worker.get(TicketService).byReference(opened.ticket.reference);
    });
    const [message] = (await owner.query("select id from outbox where tenant_id = $1 and topic = 'ticket.created'", [tenant.id])).rows;
    await waitUntil(async () => received.some((r) => r.text.includes(message.id)), 15_000, 'the live event of the new ticket');

    const events = received.map((r) => JSON.parse(r.text));
    expect(events).toContainEqual({ id: message.id, tenantId: tenant.id, kind: 'ticket.created', ticketId: ticket.id, reference: ticket.reference });
    const [{ dispatched }] = (await owner.query('select dispatched_at is not null as dispatched from outbox where id = $1', [message.id])).rows;
    expect(dispatched).toBe(true);
    // The invitation was relayed too (its mail job waits for SMTP), but it is not a live event.
    await waitUntil(
      async () => (await owner.query("select 1 from outbox where tenant_id = $1 and topic = 'requester.invitation' and dispatched_at is not null", [tenant.id])).rowCount === 1,
      15_000,
      'the invitation relayed',
    );
    expect(events.map((e) => e.kind)).not.toContain('requester.invitation');
    expect(events.every((e) => Object.keys(e).every((key) => ['id', 'tenantId', 'kind', 'ticketId', 'reference'].includes(key)))).toBe(true);
    expect(received.map((r) => r.text).join()).not.toMatch(/secret|guest@|invited@|token/i);
  });
});
