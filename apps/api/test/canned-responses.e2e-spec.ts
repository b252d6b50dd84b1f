import { expectProblem } from './admin-harness';
import { Agent, Instance, TestApi, adminClient, at, bearer, Method, instanceRequest, startTestApi } from './api-harness';

describe('canned responses', () => {
  let api: TestApi;
  let desk: Instance;
  let support: string;
  let maintenance: string;
  // Support, limited access: uses canned responses, keeps none.
  let sara: Agent;
  // Maintenance, all access (canned.manage there).
  let marc: Agent;
  let reference: string;

  const call = (method: Method, path: string, body?: object, token = desk.token) => instanceRequest(api, desk.slug, token, method, path, body);
  const titles = async (query: string, token: string) => (await call('get', `canned-responses${query}`, undefined, token).expect(200)).body.map((c: { title: string }) => c.title);

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('canned-desk');
    support = (await adminClient(api, desk.slug, desk.token).get('departments').expect(200)).body[0].id;
    sara = await api.addAgent(desk, { name: 'Sara Puig', role: 'Limited access' });
    marc = await api.addAgent(desk, { name: 'Marc Vidal', role: 'All access', department: 'Maintenance' });
    maintenance = marc.departmentIds.Maintenance;
    const ticket = { requester: { email: 'joan.serra@example.org', name: 'Joan Serra' }, subject: 'Forgotten password', message: 'I cannot sign in.', source: 'phone', departmentId: support };
    reference = (await call('post', 'tickets', ticket).expect(201)).body.reference;
  });

  afterAll(() => api.close());

  it("fills a response's variables with the ticket's and the agent's values", async () => {
    const body = 'Dear {{requester.name}},\n\nAbout {{ticket.reference}} ({{ticket.subject}}, {{department.name}}): choose a new password at {{instance.link}}.\n\n{{agent.name}}';
    const created = (await call('post', 'canned-responses', { title: 'Password reset', body }).expect(201)).body;
    expect(created).toEqual({
      id: expect.any(String),
      title: 'Password reset',
      body,
      departmentId: null,
      isActive: true,
      mayManage: true,
      files: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const filled = (await call('get', `tickets/${encodeURIComponent(reference)}/canned-responses/${created.id}`, undefined, sara.token).expect(200)).body;
    const department = (await call('get', 'departments').expect(200)).body.find((d: { id: string }) => d.id === support).name;
    expect(filled).toEqual({
      id: created.id,
      title: 'Password reset',
      body: `Dear Joan Serra,\n\nAbout ${reference} (Forgotten password, ${department}): choose a new password at ${api.config.http.publicUrl}/canned-desk/.\n\nSara Puig`,
    });
    // An agent who does not see the ticket cannot fill anything into it.
    expectProblem(await call('get', `tickets/${encodeURIComponent(reference)}/canned-responses/${created.id}`, undefined, marc.token), 404, 'ticket.not-found');
  });

  it("lets a department's agents with canned.manage keep its responses, and managers the instance's", async () => {
    // Limited access has no canned.manage; nobody but managers keeps instance-wide ones.
    expectProblem(await call('post', 'canned-responses', { title: 'Mine', body: 'Hello', departmentId: support }, sara.token), 403, 'canned.forbidden');
    expectProblem(await call('post', 'canned-responses', { title: 'Ours', body: 'Hello' }, marc.token), 403, 'canned.forbidden');
    // Nor in a department one does not work in.
    expectProblem(await call('post', 'canned-responses', { title: 'Theirs', body: 'Hello', departmentId: support }, marc.token), 403, 'canned.forbidden');
    const boiler = (await call('post', 'canned-responses', { title: 'Boiler visit', body: 'A technician comes on Monday.', departmentId: maintenance }, marc.token).expect(201)).body;
    expect(boiler).toMatchObject({ departmentId: maintenance, mayManage: true });

    // Each sees the instance's and their departments'; the manager sees all.
    expect(await titles('', sara.token)).toEqual(['Password reset']);
    expect(await titles('', marc.token)).toEqual(['Boiler visit', 'Password reset']);
    expect(await titles(`?departmentId=${support}`, desk.token)).toEqual(['Password reset']);
    expect((await call('get', 'canned-responses', undefined, sara.token).expect(200)).body[0].mayManage).toBe(false);
    expectProblem(await call('get', `canned-responses/${boiler.id}`, undefined, sara.token), 404, 'canned.not-found');
    expectProblem(await call('patch', `canned-responses/${boiler.id}`, { title: 'Taken over' }, sara.token), 404, 'canned.not-found');
    const instanceWide = (await call('get', 'canned-responses', undefined, sara.token).expect(200)).body[0];
    expectProblem(await call('delete', `canned-responses/${instanceWide.id}`, undefined, sara.token), 403, 'canned.forbidden');
    // Moving one's own response to instance-wide is a manager's matter.
    expectProblem(await call('patch', `canned-responses/${boiler.id}`, { departmentId: null }, marc.token), 403, 'canned.forbidden');

    // Switched off: kept and listed on request, not offered, not filled in.
    await call('patch', `canned-responses/${boiler.id}`, { isActive: false }, marc.token).expect(200);
    expect(await titles('', marc.token)).toEqual(['Password reset']);
    expect(await titles('?all=true', marc.token)).toEqual(['Boiler visit', 'Password reset']);
    await call('delete', `canned-responses/${boiler.id}`, undefined, marc.token).expect(204);
    expect(await titles('?all=true', marc.token)).toEqual(['Password reset']);
  });

  it('refuses unknown variables, malformed placeholders and a title taken in the same department', async () => {
    const before = await titles('?all=true', desk.token);
    const unknown = await call('post', 'canned-responses', { title: 'Typo', body: 'Dear {{requester.nmae}}' });
    expectProblem(unknown, 400, 'canned.invalid');
    expect(unknown.body.detail).toContain('{{requester.nmae}}');
    expect(unknown.body.field).toBe('body');
    expectProblem(await call('post', 'canned-responses', { title: 'Half', body: 'Dear {{requester.name' }), 400, 'canned.invalid');
    expectProblem(await call('post', 'canned-responses', { title: 'Blank', body: '   ' }), 400, 'canned.invalid');
    expectProblem(await call('post', 'canned-responses', { title: 'Nowhere', body: 'Hi', departmentId: '01938f6e-52c4-7d8a-9a41-2f0c1e6b7d10' }), 400, 'canned.invalid');
    expectProblem(await call('post', 'canned-responses', { title: 'password RESET', body: 'Again' }), 409, 'canned.title-taken');
    expect(await titles('?all=true', desk.token)).toEqual(before);
    // The same title in a department is another response.
    await call('post', 'canned-responses', { title: 'Password reset', body: 'Support only', departmentId: support }).expect(201);
  });

  describe('files', () => {
    const pdf = Buffer.from('%PDF-1.4 how to reset a password\n');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const filesPath = (id: string) => at(desk.slug, `canned-responses/${id}/files`);
    const upload = (id: string, token: string, files: { name: string; type: string; content: Buffer }[]) => {
      const request = api.http().post(filesPath(id)).set(bearer(token));
      for (const file of files) request.attach('files', file.content, { filename: file.name, contentType: file.type });
      return request;
    };
    const counts = async () =>
      (
        await api.sql<{ files: number; blobs: number }>(
          'select (select count(*)::int from canned_response_files where tenant_id = $1) as files, (select count(*)::int from blobs where tenant_id = $1) as blobs',
          [desk.id],
        )
      )[0];
    let instanceWide: string;
    let boiler: string;

    beforeAll(async () => {
      instanceWide = (await call('post', 'canned-responses', { title: 'Reset guide', body: 'Dear {{requester.name}}, the guide is attached.' }).expect(201)).body.id;
      boiler = (await call('post', 'canned-responses', { title: 'Boiler manual', body: 'The manual is attached.', departmentId: maintenance }, marc.token).expect(201)).body.id;
    });

    it('keeps uploaded files with the response, lists them and serves them to those who see it', async () => {
      const added = (await upload(instanceWide, desk.token, [
        { name: 'reset guide €.pdf', type: 'application/pdf', content: pdf },
        { name: 'screen.png', type: 'image/png', content: png },
      ]).expect(201)).body;
      expect(added.files).toEqual([
        { id: expect.any(String), filename: 'reset guide €.pdf', contentType: 'application/pdf', size: pdf.length },
        { id: expect.any(String), filename: 'screen.png', contentType: 'image/png', size: png.length },
      ]);
      const listed = (await call('get', 'canned-responses', undefined, sara.token).expect(200)).body.find((c: { id: string }) => c.id === instanceWide);
      expect(listed.files).toEqual(added.files);
      const download = await api.http().get(`${filesPath(instanceWide)}/${added.files[0].id}`).set(bearer(sara.token)).buffer(true).expect(200);
      expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    });

    it('lets only those who keep the response add or remove its files', async () => {
      const before = await counts();
      const [file] = (await call('get', `canned-responses/${instanceWide}`).expect(200)).body.files;
      // Limited access has no canned.manage; a department's manager does not keep instance-wide ones.
      expectProblem(await upload(instanceWide, sara.token, [{ name: 'mine.pdf', type: 'application/pdf', content: pdf }]), 403, 'canned.forbidden');
      expectProblem(await upload(instanceWide, marc.token, [{ name: 'mine.pdf', type: 'application/pdf', content: pdf }]), 403, 'canned.forbidden');
      expectProblem(await api.http().delete(`${filesPath(instanceWide)}/${file.id}`).set(bearer(marc.token)), 403, 'canned.forbidden');
      // A department's response is not even seen outside it.
      expectProblem(await upload(boiler, sara.token, [{ name: 'mine.pdf', type: 'application/pdf', content: pdf }]), 404, 'canned.not-found');
      expect(await counts()).toEqual(before);
      // Its keeper adds and removes files.
      const manual = (await upload(boiler, marc.token, [{ name: 'manual.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4 boiler') }]).expect(201)).body.files;
      expectProblem(await api.http().get(`${filesPath(boiler)}/${manual[0].id}`).set(bearer(sara.token)), 404, 'canned.not-found');
      await api.http().delete(`${filesPath(boiler)}/${manual[0].id}`).set(bearer(marc.token)).expect(204);
      expect((await call('get', `canned-responses/${boiler}`, undefined, marc.token).expect(200)).body.files).toEqual([]);
      expectProblem(await api.http().delete(`${filesPath(boiler)}/${manual[0].id}`).set(bearer(marc.token)), 404, 'canned.not-found');
    });

    it("refuses files outside the instance's limits, and none at all, writing nothing", async () => {
      const admin = adminClient(api, desk.slug, desk.token);
      await admin.patch('settings', { attachmentMaxBytes: 20, attachmentTypes: ['application/pdf'] }).expect(200);
      const before = await counts();
      const tooLarge = await upload(instanceWide, desk.token, [{ name: 'big.pdf', type: 'application/pdf', content: pdf }]);
      expectProblem(tooLarge, 400, 'ticket.attachment-refused');
      expect(tooLarge.body).toMatchObject({ field: 'files', filename: 'big.pdf', reason: 'too-large', maxBytes: 20 });
      const wrongType = await upload(instanceWide, desk.token, [
        { name: 'ok.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4') },
        { name: 'tool.exe', type: 'application/x-msdownload', content: Buffer.from('MZ') },
      ]);
      expectProblem(wrongType, 400, 'ticket.attachment-refused');
      expect(wrongType.body).toMatchObject({ filename: 'tool.exe', reason: 'type-not-allowed' });
      const none = await api.http().post(filesPath(instanceWide)).set(bearer(desk.token)).field('note', 'no files');
      expectProblem(none, 400, 'canned.invalid');
      expect(none.body.field).toBe('files');
      expect(await counts()).toEqual(before);
      await admin.patch('settings', { attachmentMaxBytes: 10_000_000, attachmentTypes: [] }).expect(200);
    });

    it("goes into a reply with its files, which stay on the ticket when the response is deleted", async () => {
      const ref = encodeURIComponent(reference);
      const canned = (await call('get', `canned-responses/${instanceWide}`, undefined, sara.token).expect(200)).body;
      const filled = (await call('get', `tickets/${ref}/canned-responses/${instanceWide}`, undefined, sara.token).expect(200)).body;
      // The composer takes the response's files into the reply it sends.
      const reply = api.http().post(at(desk.slug, `tickets/${ref}/replies`)).set(bearer(sara.token)).field('message', filled.body);
      for (const file of canned.files) {
        const content = (await api.http().get(`${filesPath(instanceWide)}/${file.id}`).set(bearer(sara.token)).buffer(true).expect(200)).body as Buffer;
        reply.attach('files', content, { filename: file.filename, contentType: file.contentType });
      }
      const entry = (await reply.expect(201)).body;
      expect(entry.body).toBe('Dear Joan Serra, the guide is attached.');
      expect(entry.attachments.map((a: { filename: string }) => a.filename)).toEqual(['reset guide €.pdf', 'screen.png']);
      await call('delete', `canned-responses/${instanceWide}`).expect(204);
      expect((await api.sql<{ n: number }>('select count(*)::int as n from canned_response_files where tenant_id = $1 and canned_response_id = $2', [desk.id, instanceWide]))[0].n).toBe(0);
      const kept = await api.http().get(at(desk.slug, `tickets/${ref}/attachments/${entry.attachments[0].id}`)).set(bearer(sara.token)).buffer(true).expect(200);
      expect(Buffer.compare(kept.body as Buffer, pdf)).toBe(0);
    });
  });
});
