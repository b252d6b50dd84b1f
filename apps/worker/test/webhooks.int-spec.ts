import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Outbox, TenantDatabase, TenantRef } from '@tessera/database';
import { ProvisioningService } from '@tessera/platform';
import { TestDatabase, createTestDatabase, testConfig, waitUntil } from '@tessera/testing';
import { WebhookAdminService, WebhookDeliveryService, signatureMatches } from '@tessera/webhooks';
import { CONFIG, Config } from '@tessera/config';
import { randomUUID } from 'node:crypto';
import { WorkerModule } from '../src/worker.module';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

// Webhooks against a real receiver on 127.0.0.1, PostgreSQL and Redis: signed, once per
// endpoint, retried alone, and only the instance's own events.
describe('worker: webhooks', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let receiver: Server;
  let base: string;
  const received: Received[] = [];
  // How many requests to a path fail before it answers 200.
  const failures = new Map<string, number>();
  let alpha: TenantRef;
  let beta: TenantRef;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', headers: request.headers, body });
        const left = failures.get(request.url ?? '') ?? 0;
        failures.set(request.url ?? '', left - 1);
        response.writeHead(left > 0 ? 500 : 200).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    database = await createTestDatabase();
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database, { WORKER_OUTBOX_INTERVAL_MS: '100' })), { logger: false });
    const provision = async (slug: string) => {
      const { tenant } = await worker.get(ProvisioningService).provision({ slug, name: slug, manager: { email: `m@${slug}.example`, name: 'M', password: 'a long enough password' } });
      return { id: tenant.id, slug: tenant.slug };
    };
    alpha = await provision('hooks-alpha');
    beta = await provision('hooks-beta');
  });

  afterAll(async () => {
    await worker.close();
    await database.drop();
    await new Promise((done) => receiver.close(done));
  });

  const inTenant = <T>(tenant: TenantRef, work: () => Promise<T>) => worker.get(TenantDatabase).run(tenant, work);
  const webhook = (tenant: TenantRef, name: string, kinds: string[]) => inTenant(tenant, () => worker.get(WebhookAdminService).create({ name, url: `${base}/${tenant.slug}/${name}`, kinds }));
  const emit = (tenant: TenantRef, ticketId: string) => inTenant(tenant, () => worker.get(Outbox).add('ticket.note', { ticketId, entryId: randomUUID() }));
  const at = (path: string) => received.filter((request) => request.path === path);
  // An event the relay already handed on (so the running worker leaves it alone and a test can
  // deliver it by hand).
  const handedOn = async (tenant: TenantRef, kind: 'ticket.closed' | 'ticket.resolved' = 'ticket.closed') => {
    const eventId = randomUUID();
    await inTenant(tenant, () =>
      worker.get(TenantDatabase).manager.query(
        `insert into outbox (tenant_id, id, topic, payload, dispatched_at) values (tessera_current_tenant(), $1, $2, $3, now())`,
        [eventId, kind, { ticketId: randomUUID(), reference: '000001' }],
      ),
    );
    return eventId;
  };

  it('post each event signed to each webhook of its kind, and only the instance’s own', async () => {
    const { secret } = await webhook(alpha, 'notes', ['ticket.note']);
    await webhook(alpha, 'closures', ['ticket.closed']);
    await webhook(beta, 'notes', ['ticket.note']);
    const ticketId = randomUUID();
    const eventId = await emit(alpha, ticketId);
    await waitUntil(async () => at('/hooks-alpha/notes').length === 1, 15_000, 'the webhook call');
    const [call] = at('/hooks-alpha/notes');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers['x-tessera-event']).toBe('ticket.note');
    expect(call.headers['x-tessera-delivery']).toBe(eventId);
    expect(signatureMatches(secret, String(call.headers['x-tessera-signature']), call.body)).toBe(true);
    expect(JSON.parse(call.body)).toMatchObject({ id: eventId, kind: 'ticket.note', instance: 'hooks-alpha', data: { ticketId } });
    const deliveries = await inTenant(alpha, async () => worker.get(WebhookAdminService).deliveries((await worker.get(WebhookAdminService).list()).find((w) => w.name === 'notes')!.id));
    expect(deliveries).toMatchObject([{ outboxId: eventId, status: 'sent', attempts: 1, responseStatus: 200 }]);
    // Another kind, another instance: nothing.
    await new Promise((done) => setTimeout(done, 500));
    expect(at('/hooks-alpha/closures')).toEqual([]);
    expect(at('/hooks-beta/notes')).toEqual([]);
  });

  it('retry a failing webhook alone, without calling the others again', async () => {
    await webhook(alpha, 'flaky', ['ticket.note']);
    failures.set('/hooks-alpha/flaky', 1);
    const before = at('/hooks-alpha/notes').length;
    const eventId = await emit(alpha, randomUUID());
    const admin = worker.get(WebhookAdminService);
    const flaky = () => inTenant(alpha, async () => admin.deliveries((await admin.list()).find((w) => w.name === 'flaky')!.id));
    await waitUntil(async () => (await flaky())[0]?.status === 'sent', 20_000, 'the retry');
    expect(await flaky()).toMatchObject([{ outboxId: eventId, status: 'sent', attempts: 2, responseStatus: 200 }]);
    expect(at('/hooks-alpha/flaky').length).toBe(2);
    expect(at('/hooks-alpha/notes').length).toBe(before + 1);
  });

  it('post a logged event again when a manager asks, to that webhook only', async () => {
    const admin = worker.get(WebhookAdminService);
    const notes = await inTenant(alpha, async () => (await admin.list()).find((w) => w.name === 'notes')!);
    const [first] = await inTenant(alpha, () => admin.deliveries(notes.id));
    const before = { notes: at('/hooks-alpha/notes').length, flaky: at('/hooks-alpha/flaky').length };
    await inTenant(alpha, () => admin.redeliver(notes.id, first.outboxId));
    await waitUntil(async () => at('/hooks-alpha/notes').length === before.notes + 1, 15_000, 'the redelivery');
    const again = at('/hooks-alpha/notes').at(-1)!;
    expect(again.headers['x-tessera-delivery']).toBe(first.outboxId);
    expect(JSON.parse(again.body)).toMatchObject({ id: first.outboxId, kind: 'ticket.note' });
    await waitUntil(async () => (await inTenant(alpha, () => admin.deliveries(notes.id))).find((d) => d.outboxId === first.outboxId)?.status === 'sent', 10_000);
    const logged = (await inTenant(alpha, () => admin.deliveries(notes.id))).find((d) => d.outboxId === first.outboxId)!;
    expect(logged.attempts).toBe(first.attempts + 1);
    expect(at('/hooks-alpha/flaky').length).toBe(before.flaky);
  });

  it('refuse loopback and private addresses unless the deployment allows them', async () => {
    const config = worker.get<Config>(CONFIG);
    const strict = new WebhookDeliveryService(worker.get(TenantDatabase), worker.get(Outbox), { ...config, webhooks: { ...config.webhooks, allowInternal: false } });
    const { webhook: inside } = await webhook(beta, 'inside', ['ticket.closed']);
    await inTenant(beta, () => worker.get(WebhookAdminService).update(inside.id, { url: `http://localhost:${new URL(base).port}/hooks-beta/inside` }));
    const eventId = await handedOn(beta);
    const result = await strict.deliver(beta, eventId, 'ticket.closed', false);
    expect(result).toMatchObject({ refused: 1, sent: 0 });
    const [logged] = await inTenant(beta, () => worker.get(WebhookAdminService).deliveries(inside.id));
    expect(logged).toMatchObject({ outboxId: eventId, status: 'refused' });
    expect(logged.lastError).toMatch(/internal address/);
  });

  it('switch a webhook off after its limit of failed events in a row, once, and count again when it is switched on', async () => {
    const config = worker.get<Config>(CONFIG);
    const delivery = new WebhookDeliveryService(worker.get(TenantDatabase), worker.get(Outbox), { ...config, webhooks: { ...config.webhooks, disableAfter: 3 } });
    const admin = worker.get(WebhookAdminService);
    const { webhook: down } = await webhook(beta, 'down', ['ticket.resolved']);
    failures.set('/hooks-beta/down', 1_000);
    const state = () => inTenant(beta, () => admin.get(down.id));
    const disabledEvents = () =>
      inTenant(beta, () => worker.get(TenantDatabase).manager.query(`select payload from outbox where topic = 'webhook.disabled' and payload ->> 'webhookId' = $1`, [down.id]));
    // A try that is not the last does not count; a success starts the count anew.
    await expect(delivery.deliver(beta, await handedOn(beta, 'ticket.resolved'), 'ticket.resolved', false)).rejects.toThrow(/tried again/);
    await delivery.deliver(beta, await handedOn(beta, 'ticket.resolved'), 'ticket.resolved', true);
    await delivery.deliver(beta, await handedOn(beta, 'ticket.resolved'), 'ticket.resolved', true);
    expect(await state()).toMatchObject({ isActive: true, consecutiveFailures: 2, disabledAt: null });
    failures.set('/hooks-beta/down', 0);
    expect(await delivery.deliver(beta, await handedOn(beta, 'ticket.resolved'), 'ticket.resolved', true)).toMatchObject({ sent: 1 });
    expect(await state()).toMatchObject({ isActive: true, consecutiveFailures: 0 });
    // Three failed events in a row switch it off, with one alert.
    failures.set('/hooks-beta/down', 1_000);
    for (let i = 0; i < 3; i += 1) await delivery.deliver(beta, await handedOn(beta, 'ticket.resolved'), 'ticket.resolved', true);
    const off = await state();
    expect(off).toMatchObject({ isActive: false, consecutiveFailures: 3 });
    expect(off.disabledAt).toBeInstanceOf(Date);
    expect(await disabledEvents()).toEqual([{ payload: { webhookId: down.id, failures: 3, error: 'answered 500' } }]);
    // Switched off, it receives nothing more.
    const calls = at('/hooks-beta/down').length;
    expect(await delivery.deliver(beta, await handedOn(beta, 'ticket.resolved'), 'ticket.resolved', true)).toMatchObject({ sent: 0, failed: 0 });
    expect(at('/hooks-beta/down').length).toBe(calls);
    // Switched on by a manager: the count starts again.
    await inTenant(beta, () => admin.update(down.id, { isActive: true }));
    expect(await state()).toMatchObject({ isActive: true, consecutiveFailures: 0, disabledAt: null });
    expect(await disabledEvents()).toHaveLength(1);
  });
});
