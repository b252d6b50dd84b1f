import { Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';

// Bodies, paths and queries no client sends on purpose: each one is refused at the boundary
// with a 400 problem, on every route, before validation or the database sees it.
describe('hostile input', () => {
  let api: TestApi;
  let desk: Instance;
  let topicId: string;

  const nested = (depth: number, leaf: unknown = 1): unknown => {
    let value = leaf;
    for (let level = 0; level < depth; level++) value = { a: value };
    return value;
  };
  const raw = (path: string, body: string | Buffer, token?: string) => {
    // As sent: superagent would otherwise serialise a Buffer as JSON.
    const test = api.http().post(path).set('Content-Type', 'application/json').serialize((sent: string) => sent);
    return (token ? test.set(bearer(token)) : test).send(body as string);
  };
  const ticket = (extra: object) => ({
    requester: { email: 'joan@example.org', name: 'Joan' },
    subject: 'Printer',
    message: 'It jams.',
    source: 'phone',
    helpTopicId: topicId,
    ...extra,
  });
  const count = async (table: string) => Number((await api.sql<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [desk.id]))[0].n);

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('hostile');
    topicId = (await api.http().get(at('hostile', 'help-topics')).set(bearer(desk.token)).expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  it('refuses JSON nested thousands deep, on logins and in custom data', async () => {
    const deep = JSON.stringify({ email: 'a@example.org', password: nested(3000) });
    expectProblem(await raw(at('hostile', 'auth/login'), deep), 400, 'request.too-deep');
    expectProblem(await raw(at('hostile', 'portal/auth/login'), deep), 400, 'request.too-deep');
    const array = '['.repeat(3000) + ']'.repeat(3000);
    expectProblem(await raw(at('hostile', 'auth/login'), array), 400, 'request.too-deep');
    const tickets = await count('tickets');
    const custom = await api.http().post(at('hostile', 'tickets')).set(bearer(desk.token)).send(ticket({ customData: nested(3000) }));
    expectProblem(custom, 400, 'request.too-deep');
    expect(custom.body.field).toBe('body');
    expect(await count('tickets')).toBe(tickets);
    // Within the bound the body is read, and its custom data checked against the topic's form.
    const within = await api.http().post(at('hostile', 'tickets')).set(bearer(desk.token)).send(ticket({ customData: nested(20) }));
    expectProblem(within, 400, 'form.unknown-field');
    expect(await count('tickets')).toBe(tickets);
  });

  it('refuses bodies with too many values', async () => {
    const response = await raw(at('hostile', 'auth/login'), JSON.stringify({ email: 'a@example.org', password: 'x', many: new Array(30_000).fill(0) }));
    expectProblem(response, 413, 'request.too-many-values');
  });

  it('refuses lone and reversed surrogates in any string, and in field names', async () => {
    for (const text of ['"\\ud800"', '"a\\udc00b"', '"\\udc00\\ud800"']) {
      const response = await raw(at('hostile', 'auth/login'), `{"email":${text},"password":"p"}`);
      expectProblem(response, 400, 'request.invalid-text');
      expect(response.body.field).toBe('body.email');
    }
    expectProblem(await raw(at('hostile', 'auth/login'), '{"\\ud800":1}'), 400, 'request.invalid-text');
    // A pair is text like any other.
    const paired = await raw(at('hostile', 'tickets'), JSON.stringify(ticket({ subject: 'Printer 🖨️' })), desk.token);
    expect(paired.status).toBe(201);
    expect(paired.body.subject).toBe('Printer 🖨️');
  });

  it('refuses bodies that are not UTF-8', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"email":"caf'), Buffer.from([0xe9]), Buffer.from('@example.org","password":"p"}')]);
    expectProblem(await raw(at('hostile', 'auth/login'), latin1), 400, 'request.invalid-text');
  });

  it('refuses NUL in body strings, path segments and query values, on public routes too', async () => {
    const body = await api.http().post(at('hostile', 'tickets')).set(bearer(desk.token)).send(ticket({ message: 'a\u0000b' }));
    expectProblem(body, 400, 'request.invalid-text');
    expect(body.body.field).toBe('body.message');
    expectProblem(await api.http().get('/api/v1/t/%00/portal/help-topics'), 400, 'request.invalid-text');
    expectProblem(await api.http().get(at('hostile', 'portal/help-topics?lang=%00')), 400, 'request.invalid-text');
    expectProblem(await api.http().post(at('hostile', 'portal/guest')).send({ reference: '1\u0000', email: 'a@example.org', token: 't' }), 400, 'request.invalid-text');
    expectProblem(await api.http().get(at('hostile', 'tickets/%00')).set(bearer(desk.token)), 400, 'request.invalid-text');
    expectProblem(await api.http().get(at('hostile', 'tickets?cursor=a%00')).set(bearer(desk.token)), 400, 'request.invalid-text');
    // Percent-encoding that is not UTF-8 is no text either.
    expectProblem(await api.http().get(at('hostile', 'tickets/%ff')).set(bearer(desk.token)), 400, 'request.invalid-text');
  });

  it('refuses NUL in multipart fields and file names', async () => {
    const reference = (await api.http().post(at('hostile', 'tickets')).set(bearer(desk.token)).send(ticket({})).expect(201)).body.reference;
    const notes = at('hostile', `tickets/${encodeURIComponent(reference)}/notes`);
    const entries = await count('ticket_entries');
    // Wherever the NUL sits (a value, a field name, a file name), the same refusal as in JSON.
    const invalidText = async (sent: PromiseLike<Parameters<typeof expectProblem>[0]>, field: string) => {
      const response = await sent;
      expectProblem(response, 400, 'request.invalid-text');
      expect(response.body.field).toBe(field);
    };
    const post = () => api.http().post(notes).set(bearer(desk.token));
    await invalidText(post().field('message', 'a\u0000b'), 'body.message');
    await invalidText(post().field('message', '\u0000'), 'body.message');
    await invalidText(post().field('mes\u0000sage', 'hello'), 'files');
    await invalidText(post().field('message', 'see file').attach('files', Buffer.from('x'), { filename: 'a\u0000.txt', contentType: 'text/plain' }), 'files');
    // A NUL in a file's content is data, and a header broken otherwise stays a malformed upload.
    await post().field('message', 'binary').attach('files', Buffer.from([0, 1, 0, 2]), { filename: 'blob.bin', contentType: 'application/octet-stream' }).expect(201);
    const broken = await api.http().post(notes).set(bearer(desk.token)).set('Content-Type', 'multipart/form-data; boundary=XX').send('--XX\r\nContent-Disposition: form-data; name="mess age\u0001"\r\n\r\nhi\r\n--XX--\r\n');
    expectProblem(broken, 400, 'request.malformed-upload');
    expect(await count('ticket_entries')).toBe(entries + 1);
    await api.http().post(notes).set(bearer(desk.token)).field('message', 'see file').attach('files', Buffer.from('x'), { filename: 'café.txt', contentType: 'text/plain' }).expect(201);
  });

  it('answers an unknown assignee or team on a new ticket with 400 naming the field', async () => {
    const tickets = await count('tickets');
    const other = await api.provision('other');
    const staff = await api.http().post(at('hostile', 'tickets')).set(bearer(desk.token)).send(ticket({ assigneeStaffId: other.manager.id }));
    expectProblem(staff, 400, 'ticket.invalid');
    expect(staff.body.field).toBe('assigneeStaffId');
    const team = await api.http().post(at('hostile', 'tickets')).set(bearer(desk.token)).send(ticket({ assigneeTeamId: '0190a0b0-0000-7000-8000-000000000000' }));
    expectProblem(team, 400, 'ticket.invalid');
    expect(team.body.field).toBe('assigneeTeamId');
    expect(await count('tickets')).toBe(tickets);
  });

  it('refuses instance names with control characters or lone surrogates', async () => {
    const manager = { email: 'm@bad.example', name: 'M', password: 'password of bad' };
    for (const name of ['Bad\u0007name', 'Two\nlines', 'Tab\there']) {
      const response = await api.operator.post('/tenants', { slug: 'badname', name, manager });
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors[0].field).toBe('name');
    }
    const surrogate = await api.operator.post('/tenants').set('Content-Type', 'application/json').send(`{"slug":"badname","name":"\\ud800","manager":${JSON.stringify(manager)}}`);
    expectProblem(surrogate, 400, 'request.invalid-text');
    expect(await api.sql("select 1 from tenants where slug = 'badname'")).toEqual([]);
  });
});
