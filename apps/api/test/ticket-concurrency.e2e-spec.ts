import request from 'supertest';
import { addTicketForm } from './admin-harness';
import { Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';
import { firstTopicId, openTicket, registerRequester } from './portal-harness';

// Real parallel requests on one ticket over the network: writes without If-Match queue on the
// ticket's row and all succeed; only a stale If-Match is refused.
describe('concurrent writes on one ticket', () => {
  const PARALLEL = 8;
  let api: TestApi;
  let desk: Instance;
  let base: string;

  const http = () => request(base);
  const path = (reference: string, rest = '') => at(desk.slug, `tickets/${encodeURIComponent(reference)}${rest}`);
  const newTicket = async () => {
    const topicId = await firstTopicId(api, desk.slug);
    const body = { requester: { email: 'joan@example.org', name: 'Joan' }, subject: 'Printer', message: 'It jams.', source: 'phone', helpTopicId: topicId };
    return (await http().post(at(desk.slug, 'tickets')).set(bearer(desk.token)).send(body).expect(201)).body.reference as string;
  };
  const parallel = <T>(count: number, work: (index: number) => Promise<T>) => Promise.all(Array.from({ length: count }, (_, index) => work(index)));

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('busy');
    await addTicketForm(api, desk, await firstTopicId(api, desk.slug), [0, 3, 6].map((index) => ({ key: `field${index}`, type: 'number' })));
    base = await api.url();
  });

  afterAll(() => api.close());

  it('keeps every one of parallel notes without If-Match', async () => {
    const reference = await newTicket();
    const responses = await parallel(PARALLEL, (index) => http().post(path(reference, '/notes')).set(bearer(desk.token)).send({ message: `note ${index}` }));
    expect(responses.map((response) => response.status)).toEqual(new Array(PARALLEL).fill(201));
    const versions = responses.map((response) => Number(JSON.parse(response.headers.etag)));
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: PARALLEL }, (_, index) => index + 2));
    const thread = (await http().get(path(reference, '/thread')).set(bearer(desk.token)).expect(200)).body as { kind: string; body: string }[];
    expect(thread.filter((entry) => entry.kind === 'note').map((entry) => entry.body).sort()).toEqual(Array.from({ length: PARALLEL }, (_, index) => `note ${index}`).sort());
  });

  it('applies parallel edits, notes and replies without If-Match to the current version', async () => {
    const reference = await newTicket();
    const responses = await parallel(PARALLEL, (index) => {
      if (index % 3 === 0) return http().patch(path(reference)).set(bearer(desk.token)).send({ customData: { [`field${index}`]: index } });
      if (index % 3 === 1) return http().post(path(reference, '/notes')).set(bearer(desk.token)).send({ message: `note ${index}` });
      return http().post(path(reference, '/replies')).set(bearer(desk.token)).send({ message: `reply ${index}` });
    });
    expect(responses.map((response) => response.status)).toEqual(responses.map((_, index) => (index % 3 === 0 ? 200 : 201)));
    const ticket = (await http().get(path(reference)).set(bearer(desk.token)).expect(200)).body;
    expect(ticket.version).toBe(1 + PARALLEL);
    // Each edit merged into the data the one before left.
    expect(ticket.customData).toEqual({ field0: 0, field3: 3, field6: 6 });
  });

  it('refuses only the writes whose If-Match went stale', async () => {
    const reference = await newTicket();
    const responses = await parallel(PARALLEL, (index) => http().post(path(reference, '/notes')).set(bearer(desk.token)).set('If-Match', '"1"').send({ message: `note ${index}` }));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...new Array(PARALLEL - 1).fill(409)]);
    for (const response of responses.filter((r) => r.status === 409)) expectProblem(response, 409, 'ticket.stale');
    const ticket = (await http().get(path(reference)).set(bearer(desk.token)).expect(200)).body;
    expect(ticket.version).toBe(2);
  });

  it('keeps parallel portal replies of the requester', async () => {
    const requester = await registerRequester(api, desk, 'ana@example.org', 'Ana');
    const reference = await openTicket(api, desk.slug, requester.token);
    const responses = await parallel(PARALLEL, (index) =>
      http().post(at(desk.slug, `portal/tickets/${encodeURIComponent(reference)}/replies`)).set(bearer(requester.token)).send({ message: `more ${index}` }),
    );
    expect(responses.map((response) => response.status)).toEqual(new Array(PARALLEL).fill(201));
    const ticket = (await http().get(path(reference)).set(bearer(desk.token)).expect(200)).body;
    expect(ticket.version).toBe(1 + PARALLEL);
  });

  it('opens parallel first tickets of one new address for one requester', async () => {
    const topicId = await firstTopicId(api, desk.slug);
    const responses = await parallel(PARALLEL, (index) =>
      http()
        .post(at(desk.slug, 'tickets'))
        .set(bearer(desk.token))
        .send({ requester: { email: 'First.Contact@example.org', name: 'Núria' }, subject: `First ${index}`, message: 'Hello', source: 'phone', helpTopicId: topicId }),
    );
    expect(responses.map((response) => response.status)).toEqual(new Array(PARALLEL).fill(201));
    const requesters = new Set(responses.map((response) => response.body.requester.id));
    expect(requesters.size).toBe(1);
    const [row] = await api.sql<{ count: string }>("select count(*) from requester_emails where tenant_id = $1 and email = 'first.contact@example.org'", [desk.id]);
    expect(Number(row.count)).toBe(1);
  });
});
