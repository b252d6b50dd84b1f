import { adminClient } from './admin-harness';
import { TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';

describe('portal: the instance before anyone signs in', () => {
  let api: TestApi;

  const facts = (slug: string) => api.http().get(at(slug, 'portal/instance'));

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers an active instance to anyone, without a token', async () => {
    await api.provision('facts', { defaultLanguage: 'ca', timezone: 'Europe/Madrid' });
    const response = await facts('facts').expect(200);
    expect(response.body).toEqual({
      slug: 'facts',
      name: 'Instance facts',
      defaultLanguage: 'ca',
      timezone: 'Europe/Madrid',
      languages: ['en', 'ca', 'es', 'de', 'nl'],
      registration: 'open',
      guestTickets: true,
      logoUrl: null,
      companyName: null,
      primaryColor: null,
      portalOnline: true,
      directorySignIn: { agents: false, requesters: false },
    });
  });

  it('follows the registration setting, which decides whether guests may open tickets', async () => {
    const instance = await api.provision('gated');
    const admin = adminClient(api, instance.slug, instance.token);
    const seen: Record<string, unknown> = {};
    for (const registration of ['closed', 'invitation', 'open']) {
      await admin.patch('settings', { registration }).expect(200);
      const { body } = await facts('gated').expect(200);
      seen[registration] = { registration: body.registration, guestTickets: body.guestTickets };
    }
    expect(seen).toEqual({
      closed: { registration: 'closed', guestTickets: true },
      invitation: { registration: 'invitation', guestTickets: false },
      open: { registration: 'open', guestTickets: true },
    });
  });

  it('ignores a token, even one of another realm', async () => {
    const instance = await api.provision('tokens');
    expect((await facts('tokens').set(bearer(instance.token)).expect(200)).body.slug).toBe('tokens');
    expect((await facts('tokens').set(bearer('tsr_not-a-session')).expect(200)).body.slug).toBe('tokens');
  });

  it('answers an unknown instance with 404, a suspended one with 403 and a renamed one with its new place', async () => {
    expectProblem(await facts('nowhere'), 404, 'tenant.not-found');

    await api.provision('paused');
    await api.operator.post('/tenants/paused/suspend').expect(200);
    expectProblem(await facts('paused'), 403, 'tenant.suspended');
    await api.operator.post('/tenants/paused/resume').expect(200);
    await facts('paused').expect(200);

    await api.provision('before');
    await api.operator.patch('/tenants/before', { slug: 'after' }).expect(200);
    const moved = await facts('before');
    expectProblem(moved, 308, 'tenant.moved');
    expect(moved.headers.location).toBe('/api/v1/t/after/portal/instance');
    expect((await facts('after').expect(200)).body.slug).toBe('after');
  });
});
