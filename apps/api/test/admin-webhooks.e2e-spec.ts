import { AdminClient, adminClient, expectProblem } from './admin-harness';
import { Instance, TestApi, startTestApi } from './api-harness';

describe('instance admin: webhooks', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  const hook = { name: 'Chat', url: 'https://hooks.example.org/chat', kinds: ['ticket.message', 'ticket.created', 'ticket.created'] };

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('hooks');
    admin = adminClient(api, 'hooks', desk.token);
  });

  afterAll(() => api.close());

  it('keeps a webhook and shows its secret only when it is made or replaced', async () => {
    const created = (await admin.post('webhooks', hook).expect(201)).body;
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Chat',
      url: 'https://hooks.example.org/chat',
      kinds: ['ticket.created', 'ticket.message'],
      isActive: true,
      consecutiveFailures: 0,
      disabledAt: null,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { secret, ...shown } = created;
    expect((await admin.get(`webhooks/${created.id}`).expect(200)).body).toEqual(shown);
    expect((await admin.get('webhooks').expect(200)).body).toEqual([shown]);
    // Sealed at rest: the secret is nowhere in the row as text.
    const [row] = await api.sql<{ sealed: Buffer }>('select secret_sealed as sealed from webhooks where tenant_id = $1 and id = $2', [desk.id, created.id]);
    expect(row.sealed.toString('latin1')).not.toContain(secret.slice(6));
    const replaced = (await admin.post(`webhooks/${created.id}/secret`, {}).expect(201)).body;
    expect(replaced.secret).toMatch(/^whsec_/);
    expect(replaced.secret).not.toBe(secret);
    const changed = (await admin.patch(`webhooks/${created.id}`, { isActive: false, kinds: ['ticket.closed'] }).expect(200)).body;
    expect(changed).toMatchObject({ isActive: false, kinds: ['ticket.closed'], url: hook.url });
    expect((await admin.get(`webhooks/${created.id}/deliveries`).expect(200)).body).toEqual([]);
    expectProblem(await admin.post(`webhooks/${created.id}/deliveries/${created.id}/redeliver`, {}), 404, 'webhook.delivery-not-found');
    await admin.delete(`webhooks/${created.id}`).expect(204);
    expectProblem(await admin.get(`webhooks/${created.id}`), 404, 'webhook.not-found');
  });

  it('refuses URLs it will not call and events it does not send, naming the field', async () => {
    const refused = async (body: object, field: string) => {
      const response = await admin.post('webhooks', { ...hook, name: `Refused ${field}`, ...body });
      expectProblem(response, 400, 'webhook.invalid');
      expect(JSON.stringify(response.body)).toContain(field);
    };
    await refused({ url: 'ftp://hooks.example.org/' }, 'url');
    await refused({ url: 'https://user:secret@hooks.example.org/' }, 'url');
    await refused({ url: 'not a url' }, 'url');
    // One-time links and refused senders never leave by webhook.
    await refused({ kinds: ['requester.password-reset'] }, 'kinds');
    await refused({ kinds: ['ticket.overlimit'] }, 'kinds');
    expectProblem(await admin.post('webhooks', { ...hook, kinds: [] }), 400, 'request.invalid');
    expect((await admin.get('webhooks').expect(200)).body).toEqual([]);
  });

  it('refuses a second webhook of the same name', async () => {
    await admin.post('webhooks', { ...hook, name: 'Twice' }).expect(201);
    expectProblem(await admin.post('webhooks', { ...hook, name: 'Twice' }), 409, 'webhook.name-taken');
  });
});
