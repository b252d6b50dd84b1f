import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { ProvisioningService } from '@tessera/platform';
import { RequesterAuthService, RequesterService } from '@tessera/requesters';
import { StaffPasswordResetService, StaffService } from '@tessera/auth';
import { TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink, waitUntil } from '@tessera/testing';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';
import { loopToken, ownMail, parseMessage } from '@tessera/mail';
import { Config } from '@tessera/config';
import { RELAY_BATCH } from '../src/processors/outbox/outbox.jobs';

// The outbox relay and the portal's link mails, against real PostgreSQL, Redis and an SMTP sink.
describe('worker: outbox relay and portal mail', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let tenant: { id: string; slug: string };
  let config: Config;

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: 'Helpdesk <help@outbox.example>',
      TESSERA_PUBLIC_URL: 'https://help.outbox.example',
      WORKER_OUTBOX_INTERVAL_MS: '200',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'outbox',
      name: 'Outbox desk',
      manager: { email: 'm@outbox.example', name: 'M', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  // An invitation, as a manager's request makes it: the outbox message is written with it.
  async function invite(email: string, name: string): Promise<string> {
    return worker.get(TenantDatabase).run(tenant, async () => {
      const { requester } = await worker.get(RequesterService).findOrCreate({ email, name });
      await worker.get(RequesterAuthService).invite(requester.id);
      return requester.id;
    });
  }

  async function outboxOf(topic: string) {
    const { rows } = await owner.query('select id, payload, dispatched_at from outbox where tenant_id = $1 and topic = $2', [tenant.id, topic]);
    return rows;
  }

  it('relays the invitation and mails its link, then forgets the token', async () => {
    await invite('nuria@outbox.example', 'Núria');
    const mail = await sink.waitFor((m) => m.envelope.rcptTo.includes('nuria@outbox.example'), 15_000);
    const [message] = await outboxOf('requester.invitation');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Helpdesk', address: 'help@outbox.example' }]);
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.parsed.messageId).toMatch(new RegExp(`^<${message.id}\\.[0-9a-f]{24}@help\\.outbox\\.example>$`));
    // Recognisable as our own when it comes back.
    const parsed = await parseMessage(mail.raw);
    expect(parsed.unparseable ? 'unparseable' : ownMail(parsed, loopToken(tenant.id, config.secretKey))).toBe('loop-header');
    const link = /https:\/\/help\.outbox\.example\/outbox\/invitation\?token=(tsl_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '');
    expect(link).not.toBeNull();
    expect(mail.parsed.text).toContain('Núria');
    expect(mail.parsed.html).toContain(link![0].replace(/&/g, '&amp;'));
    // Sent: the token is gone from the outbox, the message id and time stay.
    await waitUntil(async () => (await outboxOf('requester.invitation'))[0].payload.messageId !== undefined);
    const [after] = await outboxOf('requester.invitation');
    expect(after.dispatched_at).not.toBeNull();
    expect(after.payload).not.toHaveProperty('token');
    expect(after.payload).toMatchObject({ email: 'nuria@outbox.example', messageId: mail.parsed.messageId });
    // The link works: it is the token the instance stored (by hash) for this invitation.
    const accepted = await worker
      .get(TenantDatabase)
      .run(tenant, () => worker.get(RequesterAuthService).acceptInvitation(tenant, link![1], 'a long new password'));
    expect(accepted.token).toMatch(/^tsr_/);
  });

  it("mails an agent's password reset link into the panel, in the agent's language, and the link works once", async () => {
    const db = worker.get(TenantDatabase);
    const staffId = await db.run(tenant, async () => {
      const agent = await worker.get(StaffService).create({ email: 'jordi@outbox.example', name: 'Jordi', password: 'a long enough password', isManager: false, primaryDepartmentId: null, language: 'ca' });
      return agent.id;
    });
    await worker.get(StaffPasswordResetService).request(tenant, 'Jordi@Outbox.example', '192.0.2.7');
    const mail = await sink.waitFor((m) => m.envelope.rcptTo.includes('jordi@outbox.example'), 15_000);
    expect(mail.parsed.subject).toBe("Trieu una contrasenya nova per al tauler d'agents de Outbox desk");
    expect(mail.parsed.text).toContain('Jordi');
    const link = /https:\/\/help\.outbox\.example\/outbox\/scp\/password-reset\?token=(tsp_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '');
    expect(link).not.toBeNull();
    await waitUntil(async () => (await outboxOf('staff.password-reset'))[0].payload.messageId !== undefined);
    expect((await outboxOf('staff.password-reset'))[0].payload).not.toHaveProperty('token');
    await worker.get(StaffPasswordResetService).confirm(tenant, link![1], 'a brand new password');
    await expect(worker.get(StaffPasswordResetService).confirm(tenant, link![1], 'another new password')).rejects.toMatchObject({ code: 'auth.reset-token-expired' });
    const login = await worker.get(StaffService).login(tenant, 'jordi@outbox.example', 'a brand new password', '192.0.2.7');
    expect(login).toMatchObject({ kind: 'signed-in', staff: { id: staffId } });
  });

  it('retries a mail the relay refuses for a while, and sends it once', async () => {
    const refusal = await sink.failRecipients({ recipient: 'pau@outbox.example', code: 451, times: 1 });
    try {
      await invite('pau@outbox.example', 'Pau');
      await sink.waitFor((m) => m.envelope.rcptTo.includes('pau@outbox.example'), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await sink.messages({ to: 'pau@outbox.example' })).length).toBe(1);
    } finally {
      await refusal.remove();
    }
  });

  // A transaction of the instance, as the API's role, that has written outbox messages and not
  // committed yet.
  async function writing(messages: number): Promise<Client> {
    const client = new Client({ connectionString: database.runtimeUrl });
    await client.connect();
    await client.query('begin');
    await client.query("select set_config('app.tenant_id', $1, true), set_config('lock_timeout', '200ms', true)", [tenant.id]);
    await client.query(
      `insert into outbox (tenant_id, id, topic, payload) select $1, gen_random_uuid(), 'retired.kind', '{}'::jsonb from generate_series(1, $2::int)`,
      [tenant.id, messages],
    );
    return client;
  }

  it('lets writers of one instance signal their messages without waiting for each other', async () => {
    const first = await writing(1);
    // Before, the second writer queued on the first's signal row until it committed.
    const second = await writing(1);
    await second.query('commit');
    await first.query('rollback');
    await Promise.all([first.end(), second.end()]);
    await waitUntil(async () => (await owner.query("select 1 from outbox where tenant_id = $1 and topic = 'retired.kind' and dispatched_at is null", [tenant.id])).rowCount === 0);
  });

  it('drains an instance with more messages than one relay run moves', async () => {
    const writer = await writing(RELAY_BATCH * 2 + 5);
    await writer.query('commit');
    await writer.end();
    await waitUntil(async () => (await owner.query('select 1 from outbox where tenant_id = $1 and dispatched_at is null', [tenant.id])).rowCount === 0);
    const { rows } = await owner.query("select count(*)::int as n from outbox where tenant_id = $1 and topic = 'retired.kind'", [tenant.id]);
    expect(rows[0].n).toBe(RELAY_BATCH * 2 + 6);
  });

  it('drops the instance flag once its outbox is drained', async () => {
    await waitUntil(async () => (await owner.query('select 1 from outbox_signals where signalled_tenant_id = $1', [tenant.id])).rowCount === 0);
    const { rows } = await owner.query('select count(*)::int as n from outbox where tenant_id = $1 and dispatched_at is null', [tenant.id]);
    expect(rows[0].n).toBe(0);
  });
});
