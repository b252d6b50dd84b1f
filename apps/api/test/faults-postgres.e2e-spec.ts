import { TestPostgresServer, startTestPostgres, waitUntil } from '@tessera/testing';
import type { Response } from 'supertest';
import { Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';

// A bound on any one answer: the pool gives up connecting after 5 s (DATABASE pool
// connectionTimeoutMillis), so nothing waits for the database longer than that and a little.
const ANSWER_WITHIN_MS = 8_000;

interface Outcome {
  what: 'create' | 'reply';
  status: number;
  ms: number;
  response: Response;
}

// PostgreSQL restarted (a fast shutdown: every session ended, then started again) on a server of
// this file's own, while clients keep opening tickets and replying.
describe('faults: PostgreSQL restarted under load', () => {
  let postgres: TestPostgresServer;
  let api: TestApi;
  let desk: Instance;
  let topicId: string;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    api = await startTestApi({}, { database: postgres.database });
    desk = await api.provision('pg-restart');
    topicId = (await api.http().get(at(desk.slug, 'admin/help-topics')).set(bearer(desk.token)).expect(200)).body[0].id;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await postgres?.close();
  });

  const open = (subject: string) =>
    api
      .http()
      .post(at(desk.slug, 'tickets'))
      .set(bearer(desk.token))
      .timeout(ANSWER_WITHIN_MS * 2)
      .send({ requester: { email: `load-${subject.split(' ')[1].split('.')[0]}@example.org`, name: 'Load' }, subject, message: `${subject}: details.`, source: 'phone', helpTopicId: topicId });
  const reply = (reference: string, message: string) =>
    api.http().post(at(desk.slug, `tickets/${encodeURIComponent(reference)}/replies`)).set(bearer(desk.token)).timeout(ANSWER_WITHIN_MS * 2).send({ message });

  it('answers 503 problem+json while it is down, writes no half ticket and recovers by itself', async () => {
    const outcomes: Outcome[] = [];
    // Replies the API confirmed, per ticket reference.
    const confirmedReplies = new Map<string, string[]>();
    const opened: string[] = [];
    let running = true;
    const timed = async (what: Outcome['what'], request: () => Promise<Response>) => {
      const started = Date.now();
      const response = await request();
      outcomes.push({ what, status: response.status, ms: Date.now() - started, response });
      return response;
    };
    const client = async (n: number) => {
      for (let round = 0; running; round++) {
        const created = await timed('create', () => open(`Load ${n}.${round}`));
        if (created.status !== 201) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        const reference: string = created.body.reference;
        opened.push(reference);
        const message = `Reply to ${n}.${round}`;
        const replied = await timed('reply', () => reply(reference, message));
        if (replied.status === 201) confirmedReplies.set(reference, [message]);
      }
    };
    const clients = [1, 2, 3, 4].map(client);
    const succeededSince = (moment: number, timeoutMs: number, what: string) =>
      waitUntil(async () => outcomes.slice(moment).some((o) => o.status === 201), timeoutMs, what);

    await succeededSince(0, 20_000, 'a first ticket opened');
    const beforeOutage = outcomes.length;
    await postgres.stop();
    // Down for a while: requests find no server at all.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await postgres.start();
    const afterRestart = outcomes.length;
    // The pool finds the server again on its own: the API process is never restarted.
    await succeededSince(afterRestart, 20_000, 'a request answered 201 after the restart');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await Promise.all(clients);

    // Every answer was a success or a 503 to retry, and came in bounded time.
    const unexpected = outcomes.filter((o) => ![201, 503].includes(o.status));
    expect(unexpected.map((o) => `${o.what}: ${o.status} ${o.response.text}`)).toEqual([]);
    const statuses = [...new Set(outcomes.map((o) => o.status))].sort();
    expect(statuses).toEqual([201, 503]);
    const failed = outcomes.filter((o) => o.status !== 201);
    expect(failed.length).toBeGreaterThan(0);
    for (const { response } of failed) {
      expectProblem(response, 503, 'service.unavailable');
      expect(response.headers['retry-after']).toBe('5');
    }
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect(outcomes.slice(beforeOutage).some((o) => o.status === 503)).toBe(true);

    // No half-written ticket: each has its opening message, every confirmed ticket and reply is
    // there, and nothing exists that was not asked for.
    const tickets = await api.sql<{ reference: string; subject: string; messages: number; responses: string[] }>(
      `select t.reference, t.subject,
              count(*) filter (where e.kind = 'message')::int as messages,
              coalesce(array_agg(e.body order by e.id) filter (where e.kind = 'response'), '{}') as responses
         from tickets t left join ticket_entries e on e.tenant_id = t.tenant_id and e.ticket_id = t.id
        where t.tenant_id = $1 group by t.tenant_id, t.id`,
      [desk.id],
    );
    expect(tickets.filter((ticket) => ticket.messages !== 1)).toEqual([]);
    const stored = new Map(tickets.map((ticket) => [ticket.reference, ticket]));
    expect(opened.filter((reference) => !stored.has(reference))).toEqual([]);
    for (const [reference, messages] of confirmedReplies) expect(stored.get(reference)!.responses).toEqual(expect.arrayContaining(messages));
    expect(tickets.every((ticket) => /^Load \d\.\d+$/.test(ticket.subject))).toBe(true);
    const counters = await api.sql<{ tickets: number; entries: number }>(
      `select (select count(*)::int from tickets where tenant_id = $1) as tickets,
              (select count(*)::int from ticket_entries e where tenant_id = $1 and not exists
                 (select 1 from tickets t where t.tenant_id = e.tenant_id and t.id = e.ticket_id)) as entries`,
      [desk.id],
    );
    expect(counters[0]).toEqual({ tickets: tickets.length, entries: 0 });

    // Fresh requests work again, and readiness says so.
    expect((await open('After the restart')).status).toBe(201);
    await api.http().get('/readyz').expect(200);
  }, 80_000);
});
