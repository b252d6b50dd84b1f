import { DEMO, ensureDemoInstance } from '../src/demo-instance';
import { TestApi, bearer, startTestApi } from './api-harness';

describe('the demo instance of tools/start', () => {
  let api: TestApi;
  const passwords = { manager: 'demo manager password', agent: 'demo agent password' };

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('starts with a working agent and a few tickets, and only resets passwords when run again', async () => {
    const mailboxToken = `tsm_${'a'.repeat(43)}`;
    expect(await ensureDemoInstance(api.app, passwords, mailboxToken)).toBe('created');
    const agent = await api.login(DEMO.slug, DEMO.agent.email, passwords.agent);
    const queue = (await api.http().get(`/api/v1/t/${DEMO.slug}/tickets`).set(bearer(agent)).expect(200)).body;
    expect(queue.items).toHaveLength(3);
    const mine = (await api.http().get(`/api/v1/t/${DEMO.slug}/tickets?queue=mine`).set(bearer(agent)).expect(200)).body;
    expect(mine.items.map((t: { subject: string }) => t.subject)).toEqual(['Wi-Fi down in room A2']);
    // The agent's role lets them answer.
    const reference = encodeURIComponent(mine.items[0].reference);
    await api.http().post(`/api/v1/t/${DEMO.slug}/tickets/${reference}/replies`).set(bearer(agent)).send({ message: 'On my way.' }).expect(201);

    // The mailbox takes piped mail with the given token.
    const pipe = (token: string, id: string) =>
      api
        .http()
        .post(`/api/v1/t/${DEMO.slug}/mail/inbound`)
        .set(bearer(token))
        .set('Content-Type', 'message/rfc822')
        .send(Buffer.from(`From: someone@example.org\r\nTo: ${DEMO.mailbox.address}\r\nSubject: Hello ${id}\r\nMessage-ID: <${id}@example.org>\r\n\r\nHi\r\n`));
    expect((await pipe(mailboxToken, 'one').expect(200)).body).toMatchObject({ status: 'accepted', created: true });

    const otherToken = `tsm_${'b'.repeat(43)}`;
    expect(await ensureDemoInstance(api.app, { manager: 'another manager password', agent: 'another agent password' }, otherToken)).toBe('updated');
    const manager = await api.login(DEMO.slug, DEMO.manager.email, 'another manager password');
    expect((await api.http().get(`/api/v1/t/${DEMO.slug}/tickets`).set(bearer(manager)).expect(200)).body.items).toHaveLength(4);
    await pipe(mailboxToken, 'two').expect(401);
    await pipe(otherToken, 'two').expect(200);
  });
});
