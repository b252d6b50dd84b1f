import { SinkMessage, TestRedisServer, TestSmtpSink, WorkerProcess, startTestRedis, startWorkerProcess, testSmtpSink, waitUntil, workerEnvironment } from '@tessera/testing';
import { Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';

const SLUG = 'redis-down';
const DOMAIN = `${SLUG}.example`;

// Redis stopped (a server of this file's own) under a running API and worker: the desk keeps
// taking tickets, replies and mail; what they cause waits in the outbox and goes out once Redis
// is back, each mail once.
describe('faults: Redis down', () => {
  let redis: TestRedisServer;
  let sink: TestSmtpSink;
  let api: TestApi;
  let desk: Instance;
  let worker: WorkerProcess;
  let topicId: string;
  let pipeToken: string;

  beforeAll(async () => {
    redis = await startTestRedis();
    sink = testSmtpSink();
    await sink.clear();
    const smtp = `smtp://${sink.host}:${sink.port}`;
    api = await startTestApi({ REDIS_URL: redis.url, TESSERA_SMTP_URL: smtp, TESSERA_LOGIN_MAX_ATTEMPTS: '3' });
    desk = await api.provision(SLUG);
    const admin = adminClient(api, SLUG, desk.token);
    topicId = (await admin.get('help-topics').expect(200)).body[0].id;
    const departmentId = (await admin.get('departments').expect(200)).body[0].id;
    const mailbox = (await admin.post('mailboxes', { name: 'Pipe', address: `support@${DOMAIN}`, departmentId }).expect(201)).body.id;
    pipeToken = (await admin.post(`mailboxes/${mailbox}/inbound-token`, {}).expect(201)).body.token;
    // Running before Redis goes: the outage happens to a worker at work, not to one starting.
    worker = startWorkerProcess(workerEnvironment(api.config, { TESSERA_SMTP_URL: smtp, WORKER_OUTBOX_INTERVAL_MS: '200', LOG_LEVEL: 'info' }));
    await waitUntil(async () => worker.output().includes('Tessera worker started'), 30_000, 'the worker started');
  }, 60_000);

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await api?.close();
    await redis?.close();
  });

  // What the sink got for this desk's addresses.
  const received = async (): Promise<SinkMessage[]> =>
    (await sink.messages()).filter((message) => message.envelope.rcptTo.every((address) => address.endsWith(`@${DOMAIN}`)));

  const outbound = () =>
    api.sql<{ message_id: string; address: string; status: string; template: string }>(
      `select message_id, address, status, template from mail_messages where tenant_id = $1 and direction = 'out' order by address, template`,
      [desk.id],
    );

  it('keeps the desk working while Redis is down, and sends what waited exactly once when it is back', async () => {
    await redis.stop();

    // Readiness names Redis; the database is fine.
    const ready = await api.http().get('/readyz').expect(503);
    expect(ready.body).toMatchObject({ code: 'ops.not-ready', failed: ['redis'], checks: { database: 'up' } });

    // An agent opens a ticket and answers it; a requester writes in through the MTA pipe.
    const opened = await api
      .http()
      .post(at(SLUG, 'tickets'))
      .set(bearer(desk.token))
      .send({ requester: { email: `joan@${DOMAIN}`, name: 'Joan' }, subject: 'Projector broken', message: 'Room 4.', source: 'phone', helpTopicId: topicId })
      .expect(201);
    const reference: string = opened.body.reference;
    await api.http().post(at(SLUG, `tickets/${encodeURIComponent(reference)}/replies`)).set(bearer(desk.token)).send({ message: 'A technician is on the way.' }).expect(201);
    const raw = [`From: Marta <marta@${DOMAIN}>`, `To: support@${DOMAIN}`, 'Subject: Printer jam', `Message-ID: <pipe-1@${DOMAIN}>`, 'Content-Type: text/plain; charset=utf-8', '', 'Floor 2.', ''].join('\r\n');
    const piped = await api.http().post(at(SLUG, 'mail/inbound')).set(bearer(pipeToken)).set('Content-Type', 'message/rfc822').send(raw).expect(200);
    expect(piped.body).toMatchObject({ status: 'accepted', created: true });

    // Nothing went out meanwhile: it waits in the outbox.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await received()).toEqual([]);
    const waiting = await api.sql<{ topic: string }>(`select topic from outbox where tenant_id = $1 and dispatched_at is null order by topic`, [desk.id]);
    expect(waiting.map((row) => row.topic)).toEqual(expect.arrayContaining(['ticket.created', 'ticket.created', 'ticket.response']));

    await redis.start();
    await waitUntil(async () => (await api.http().get('/readyz')).status === 200, 15_000, 'readiness back');

    // The requester gets the answer, the pipe's sender the auto-response.
    await sink.waitFor((message) => message.envelope.rcptTo.includes(`joan@${DOMAIN}`), 30_000);
    await sink.waitFor((message) => message.envelope.rcptTo.includes(`marta@${DOMAIN}`), 30_000);
    await waitUntil(
      async () => (await api.sql(`select 1 from outbox where tenant_id = $1 and dispatched_at is null`, [desk.id])).length === 0,
      15_000,
      'the outbox relayed',
    );
    await waitUntil(async () => (await outbound()).every((mail) => mail.status !== 'pending'), 15_000, 'every mail sent');
    // Time for a duplicate to show up, were one coming.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const mails = await outbound();
    expect(mails.map(({ address, template, status }) => ({ address, template, status }))).toEqual(
      expect.arrayContaining([
        { address: `joan@${DOMAIN}`, template: 'ticket.response', status: 'sent' },
        { address: `marta@${DOMAIN}`, template: 'ticket.new.autoresponse', status: 'sent' },
      ]),
    );
    const sent = mails.filter((mail) => mail.status === 'sent').map((mail) => `<${mail.message_id}>`).sort();
    const got = (await received()).map((message) => message.parsed.messageId).sort();
    // Each mail reached the relay once: nothing lost, nothing twice.
    expect(got).toEqual(sent);
    // The same worker process rode out the outage, and said so once.
    const logged = worker.output();
    expect(logged.match(/Redis unreachable, reconnecting/g)).toHaveLength(1);
    expect(logged).toContain('Redis reachable again');
    expect(logged).not.toContain('Unhandled error event');
  }, 80_000);

  it('limits logins in the process while Redis is down, without locking anyone else out', async () => {
    const colleague = await api.addAgent(desk, { name: 'Colleague', role: 'All access' });
    await redis.stop();
    try {
      const login = (email: string, password: string) => api.http().post(at(SLUG, 'auth/login')).send({ email, password });
      // TESSERA_LOGIN_MAX_ATTEMPTS=3: three wrong passwords, then the account waits.
      for (let attempt = 0; attempt < 3; attempt++) expectProblem(await login(desk.manager.email, 'wrong password'), 401, 'auth.invalid-credentials');
      const limited = await login(desk.manager.email, desk.manager.password);
      expectProblem(limited, 429, 'auth.rate-limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another account of the same desk signs in as usual.
      await login(colleague.email, colleague.password).expect(200);
    } finally {
      await redis.start();
    }
  });
});
