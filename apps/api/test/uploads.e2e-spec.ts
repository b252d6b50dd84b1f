import { Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';
import { openTicket, registerRequester } from './portal-harness';

// Files sent with replies and notes, by agents and requesters: multipart/form-data with the
// fields of the JSON body plus `files`, within the instance's limits or refused whole.
describe('uploads on replies and notes', () => {
  let api: TestApi;
  let instance: Instance;
  let reference: string;
  let requesterToken: string;

  const pdf = Buffer.from('%PDF-1.4 the fixed printer\n');
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const agentPath = (path: string) => at(instance.slug, `tickets/${encodeURIComponent(reference)}/${path}`);
  const entries = async () => (await api.sql<{ n: string }>('select count(*) as n from ticket_entries where tenant_id = $1', [instance.id]))[0].n;
  const blobs = async () => (await api.sql<{ n: string }>('select count(*) as n from attachments where tenant_id = $1', [instance.id]))[0].n;

  beforeAll(async () => {
    api = await startTestApi();
    instance = await api.provision('uploads');
    const requester = await registerRequester(api, instance, 'anna@uploads.example');
    requesterToken = requester.token;
    reference = await openTicket(api, instance.slug, requester.token);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps the files of an agent reply, under their UTF-8 names, for download', async () => {
    const reply = await api
      .http()
      .post(agentPath('replies'))
      .set(bearer(instance.token))
      .field('message', 'The report and a photo are attached.')
      .attach('files', pdf, { filename: 'informe-reparació.pdf', contentType: 'application/pdf' })
      .attach('files', png, { filename: 'photo.png', contentType: 'image/png' })
      .expect(201);
    expect(reply.body.body).toBe('The report and a photo are attached.');
    expect(reply.body.attachments.map((a: { filename: string; size: number }) => [a.filename, a.size])).toEqual([
      ['informe-reparació.pdf', pdf.length],
      ['photo.png', png.length],
    ]);
    const download = await api.http().get(agentPath(`attachments/${reply.body.attachments[0].id}`)).set(bearer(instance.token)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);

    // The requester reads the response's files too.
    await api
      .http()
      .get(at(instance.slug, `portal/tickets/${encodeURIComponent(reference)}/attachments/${reply.body.attachments[1].id}`))
      .set(bearer(requesterToken))
      .expect(200);
  });

  it('takes a restricted note with files, the flag sent as a text field', async () => {
    const note = await api
      .http()
      .post(agentPath('notes'))
      .set(bearer(instance.token))
      .field('message', 'Serial number in the photo.')
      .field('restricted', 'true')
      .attach('files', png, { filename: 'serial.png', contentType: 'image/png' })
      .expect(201);
    expect(note.body).toMatchObject({ kind: 'note', visibility: 'restricted', attachments: [{ filename: 'serial.png' }] });
  });

  it("keeps a requester's files on their reply", async () => {
    const reply = await api
      .http()
      .post(at(instance.slug, `portal/tickets/${encodeURIComponent(reference)}/replies`))
      .set(bearer(requesterToken))
      .field('message', 'Here is the error message.')
      .attach('files', pdf, { filename: 'error.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(reply.body.entry.attachments).toEqual([expect.objectContaining({ filename: 'error.pdf', size: pdf.length })]);
  });

  it("refuses the whole reply when a file breaks the instance's limits, and writes nothing", async () => {
    const admin = adminClient(api, instance.slug, instance.token);
    await admin.patch('settings', { attachmentMaxBytes: 20, attachmentTypes: ['application/pdf'] }).expect(200);
    const [entriesBefore, blobsBefore] = [await entries(), await blobs()];
    const tooLarge = await api
      .http()
      .post(agentPath('replies'))
      .set(bearer(instance.token))
      .field('message', 'Too large')
      .attach('files', pdf, { filename: 'big.pdf', contentType: 'application/pdf' });
    expectProblem(tooLarge, 400, 'ticket.attachment-refused');
    expect(tooLarge.body).toMatchObject({ filename: 'big.pdf', reason: 'too-large', maxBytes: 20 });
    const wrongType = await api
      .http()
      .post(at(instance.slug, `portal/tickets/${encodeURIComponent(reference)}/replies`))
      .set(bearer(requesterToken))
      .field('message', 'Wrong type')
      .attach('files', Buffer.from('MZ'), { filename: 'tool.exe', contentType: 'application/x-msdownload' });
    expectProblem(wrongType, 400, 'ticket.attachment-refused');
    expect(wrongType.body.reason).toBe('type-not-allowed');
    expect([await entries(), await blobs()]).toEqual([entriesBefore, blobsBefore]);
    await admin.patch('settings', { attachmentMaxBytes: 10_000_000, attachmentTypes: [] }).expect(200);
  });

  it('answers a malformed upload with a 400, and too many files likewise', async () => {
    const tooMany = api.http().post(agentPath('notes')).set(bearer(instance.token)).field('message', 'Eleven files');
    for (let i = 0; i < 11; i++) tooMany.attach('files', png, { filename: `p${i}.png`, contentType: 'image/png' });
    expectProblem(await tooMany, 400, 'request.malformed-upload');
    const unknownField = await api.http().post(agentPath('notes')).set(bearer(instance.token)).field('message', 'x').attach('other', png, 'x.png');
    expectProblem(unknownField, 400, 'request.malformed-upload');
    const broken = await api
      .http()
      .post(agentPath('notes'))
      .set(bearer(instance.token))
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="message"\r\n\r\nunterminated');
    expectProblem(broken, 400, 'request.malformed-upload');
    const unknownText = await api.http().post(agentPath('notes')).set(bearer(instance.token)).field('message', 'x').field('colour', 'red');
    expectProblem(unknownText, 400, 'request.invalid');
  });

  it('still takes JSON replies without files', async () => {
    const reply = await api.http().post(agentPath('replies')).set(bearer(instance.token)).send({ message: 'Plain JSON' }).expect(201);
    expect(reply.body.attachments).toEqual([]);
  });
});
