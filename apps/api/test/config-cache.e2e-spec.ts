import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../src/app';
import { Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';

// Two API processes on one database, as two replicas behind a load balancer: each keeps the
// instance's configuration in memory, and a change made through one is seen by the other at its
// next request (the configuration version the database raises, read as the transaction opens).
describe('configuration cache across API processes', () => {
  let api: TestApi;
  let other: INestApplication;
  let desk: Instance;
  let topicId: string;

  const create = (app: INestApplication, extra: object = {}) =>
    request(app.getHttpServer())
      .post(at(desk.slug, 'tickets'))
      .set(bearer(desk.token))
      .send({ requester: { email: 'marta@example.org', name: 'Marta' }, subject: 'Printer jam', message: 'Paper stuck.', source: 'phone', helpTopicId: topicId, ...extra });

  beforeAll(async () => {
    api = await startTestApi();
    other = await createApi(api.config);
    await other.init();
    desk = await api.provision('replicas');
    topicId = (await api.http().get(at(desk.slug, 'help-topics')).set(bearer(desk.token)).expect(200)).body[0].id;
  });

  afterAll(async () => {
    await other.close();
    await api.close();
  });

  it('answers a new ticket as it is stored, without reading it back', async () => {
    const created = (await create(other).expect(201)).body;
    const read = (await request(other.getHttpServer()).get(at(desk.slug, `tickets/${encodeURIComponent(created.reference)}`)).set(bearer(desk.token)).expect(200)).body;
    expect(created).toEqual(read);
  });

  it('sees a status renamed through the other process at the next request', async () => {
    const first = (await create(other).expect(201)).body;
    const admin = adminClient(api, desk.slug, desk.token);
    await admin.patch(`statuses/${first.status.id}`, { name: 'Received' }).expect(200);
    const next = (await create(other).expect(201)).body;
    expect(next.status).toEqual({ ...first.status, name: 'Received' });
  });

  it('sees a help topic switched off through the other process at the next request', async () => {
    await create(other).expect(201);
    await adminClient(api, desk.slug, desk.token).patch(`help-topics/${topicId}`, { isActive: false }).expect(200);
    expectProblem(await create(other), 400, 'ticket.invalid');
    await adminClient(api, desk.slug, desk.token).patch(`help-topics/${topicId}`, { isActive: true }).expect(200);
    await create(other).expect(201);
  });

  it('sees an agent’s access changed through the other process at the next request', async () => {
    const agent = await api.addAgent(desk, { name: 'Pere', role: 'All access' });
    const asAgent = () =>
      request(other.getHttpServer())
        .post(at(desk.slug, 'tickets'))
        .set(bearer(agent.token))
        .send({ requester: { email: 'marta@example.org' }, subject: 'Scanner', message: 'Offline.', source: 'phone', helpTopicId: topicId });
    await asAgent().expect(201);
    const roles = (await adminClient(api, desk.slug, desk.token).get('roles').expect(200)).body as { id: string; name: string }[];
    const viewOnly = roles.find((role) => role.name === 'View only');
    if (!viewOnly) throw new Error('The instance has no View only role');
    await adminClient(api, desk.slug, desk.token).patch(`agents/${agent.id}`, { roleId: viewOnly.id }).expect(200);
    expectProblem(await asAgent(), 403, 'ticket.forbidden');
  });
});
