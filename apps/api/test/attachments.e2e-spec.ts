import { AttachmentService, NewAttachment, Ticket, TicketEntry, TicketService } from '@tessera/tickets';
import { Agent, Instance, TestApi, bearer, startTestApi } from './api-harness';
import { PortalUser, openTicket, registerRequester, withTicket } from './portal-harness';

// Attachments arrive with mail; until then tests attach files through the service the mail
// pipeline will use, and read them through HTTP.
describe('attachments of thread entries', () => {
  let api: TestApi;
  let desk: Instance;
  let requester: PortalUser;
  let outsider: Agent;
  let reference: string;
  let files: Record<'message' | 'internal' | 'restricted', { id: string; filename: string }[]>;

  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const url = (path: string) => `/api/v1/t/${desk.slug}/${path}`;
  const ref = () => encodeURIComponent(reference);

  async function attach(kind: 'message' | 'note', visibility: 'public' | 'internal' | 'restricted', attachments: NewAttachment[]) {
    return withTicket(api, desk, reference, async (ticket: Ticket, tickets: TicketService, manager) => {
      const [message] = await manager.find(TicketEntry, { where: { ticketId: ticket.id, kind: 'message' }, take: 1 });
      const entry = kind === 'message' ? message : await tickets.appendEntry(ticket, { kind: 'system' }, { kind: 'note', visibility, body: 'see file' });
      return api.app.get(AttachmentService).attach(entry, attachments);
    });
  }

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('files');
    requester = await registerRequester(api, desk, 'joan@files.example');
    reference = await openTicket(api, desk.slug, requester.token);
    outsider = await api.addAgent(desk, { name: 'Outsider', role: 'All access', department: 'Elsewhere' });
    files = {
      message: await attach('message', 'public', [
        { filename: 'pantalla €.png', contentType: 'image/png', content: png, contentId: 'shot@mail', isInline: true },
        { filename: 'page.html', contentType: 'text/html; charset="utf-8"<script>', content: Buffer.from('<script>alert(1)</script>') },
      ]),
      internal: await attach('note', 'internal', [{ filename: 'copy.png', contentType: 'image/png', content: png }]),
      restricted: await attach('note', 'restricted', [{ filename: 'payslip.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 secret') }]),
    };
    // The outsider sees the ticket through an assignment, not as a member of its department.
    await api.http().post(url(`tickets/${ref()}/assign`)).set(bearer(desk.token)).send({ staffId: outsider.id }).expect(200);
  });

  afterAll(() => api.close());

  it('stores equal contents once per instance', async () => {
    const [row] = await api.sql<{ blobs: number; attachments: number }>(
      'select (select count(*)::int from blobs where tenant_id = $1) as blobs, (select count(*)::int from attachments where tenant_id = $1) as attachments',
      [desk.id],
    );
    expect(row).toEqual({ blobs: 3, attachments: 4 });
  });

  it('lists files on the thread and serves them to agents as downloads', async () => {
    const thread = (await api.http().get(url(`tickets/${ref()}/thread`)).set(bearer(desk.token)).expect(200)).body;
    const message = thread.find((e: { kind: string }) => e.kind === 'message');
    expect(message.attachments).toEqual([
      { id: files.message[0].id, filename: 'pantalla €.png', contentType: 'image/png', size: png.length, contentId: 'shot@mail', isInline: true },
      expect.objectContaining({ filename: 'page.html', isInline: false }),
    ]);
    const download = await api.http().get(url(`tickets/${ref()}/attachments/${files.message[0].id}`)).set(bearer(desk.token)).buffer(true).expect(200);
    expect(Buffer.compare(download.body as Buffer, png)).toBe(0);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="pantalla _.png"; filename*=UTF-8''pantalla%20%E2%82%AC.png`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    // A sender's made-up type is not passed on.
    const html = await api.http().get(url(`tickets/${ref()}/attachments/${files.message[1].id}`)).set(bearer(desk.token)).expect(200);
    expect(html.headers['content-type']).toBe('application/octet-stream');
    expect(html.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('keeps restricted files with the department, and unknown or foreign ids answer 404', async () => {
    const restricted = `tickets/${ref()}/attachments/${files.restricted[0].id}`;
    await api.http().get(url(restricted)).set(bearer(desk.token)).expect(200);
    expect((await api.http().get(url(restricted)).set(bearer(outsider.token))).status).toBe(404);
    await api.http().get(url(`tickets/${ref()}/attachments/${files.internal[0].id}`)).set(bearer(outsider.token)).expect(200);
    const other = await openTicket(api, desk.slug, requester.token, { subject: 'another' });
    const foreign = await api.http().get(url(`tickets/${encodeURIComponent(other)}/attachments/${files.message[0].id}`)).set(bearer(desk.token));
    expect(`${foreign.status} ${foreign.body.code}`).toBe('404 ticket.not-found');
    expect((await api.http().get(url(`tickets/${ref()}/attachments/00000000-0000-7000-8000-000000000000`)).set(bearer(desk.token))).status).toBe(404);
    expect((await api.http().get(url(`tickets/${ref()}/attachments/nope`)).set(bearer(desk.token))).status).toBe(400);
  });

  it('shows the requester the files of messages and responses only', async () => {
    const detail = (await api.http().get(url(`portal/tickets/${ref()}`)).set(bearer(requester.token)).expect(200)).body;
    const listed = detail.thread.flatMap((e: { attachments: { id: string }[] }) => e.attachments.map((a) => a.id));
    expect(listed.sort()).toEqual(files.message.map((f) => f.id).sort());
    const download = await api.http().get(url(`portal/tickets/${ref()}/attachments/${files.message[0].id}`)).set(bearer(requester.token)).buffer(true).expect(200);
    expect(Buffer.compare(download.body as Buffer, png)).toBe(0);
    for (const hidden of [files.internal[0].id, files.restricted[0].id]) {
      expect((await api.http().get(url(`portal/tickets/${ref()}/attachments/${hidden}`)).set(bearer(requester.token))).status).toBe(404);
    }
    const stranger = await registerRequester(api, desk, 'stranger@files.example');
    expect((await api.http().get(url(`portal/tickets/${ref()}/attachments/${files.message[0].id}`)).set(bearer(stranger.token))).status).toBe(404);
  });
});
