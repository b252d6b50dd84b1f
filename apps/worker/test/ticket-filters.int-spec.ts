import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { FilterCondition } from '@tessera/automation';
import { TenantDatabase } from '@tessera/database';
import { CustomFormAdminService, DepartmentAdminService, DirectoryService, TeamAdminService } from '@tessera/directory';
import { MailIntakeService } from '@tessera/intake';
import { parseMessage } from '@tessera/mail';
import { MailboxAdminService } from '@tessera/mailboxes';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink, waitUntil } from '@tessera/testing';
import { CannedResponseService, PortalTicketService, TicketFilterAdminService, TicketService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';

// Ticket filters on real PostgreSQL, Redis and the SMTP sink, with the worker sending: mail from
// a customer's domain lands in the department a filter chose, gets the filter's canned response
// and no auto-response; a portal ticket is matched by its subject; a refused mail is kept
// flagged. Addresses are unique to this file: other files share the sink.
describe('worker: ticket filters', () => {
  const domain = 'filters-desk.example';
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let tenant: { id: string; slug: string };
  let mailboxId: string;
  let salesId: string;
  let teamId: string;
  let cannedId: string;
  let highId: string;
  let managerId: string;
  let sequence = 0;

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);
  const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) => (await owner.query(query, params)).rows as T[];

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    const config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: `Deployment <noreply@${domain}>`,
      TESSERA_PUBLIC_URL: 'https://help.filters-desk.example',
      WORKER_OUTBOX_INTERVAL_MS: '200',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'filters',
      name: 'Filtered desk',
      manager: { email: `manager@${domain}`, name: 'Marc Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    managerId = created.manager.id;
    await run(async () => {
      await worker.get(DepartmentAdminService).update(created.department.id, { outgoingEmail: `support@${domain}` });
      salesId = (await worker.get(DepartmentAdminService).create({ name: 'Sales' })).id;
      teamId = (await worker.get(TeamAdminService).create({ name: 'Key accounts', leadStaffId: created.manager.id })).team.id;
      mailboxId = (await worker.get(MailboxAdminService).create({ name: 'Support', address: `support@${domain}`, departmentId: created.department.id })).mailbox.id;
      cannedId = (
        await worker.get(CannedResponseService).create(created.manager.id, {
          title: 'Quote received',
          body: 'Dear {{requester.name}}, your request {{ticket.reference}} reached {{department.name}}.',
        })
      ).id;
      // The response carries a file: the filter's response entry and its mail carry it too.
      await worker.get(CannedResponseService).addFiles(created.manager.id, cannedId, [{ filename: 'price-list.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 the price list') }]);
      highId = (await worker.get(DirectoryService).priorities()).find((p) => p.name.toLowerCase() === 'high')!.id;
      const filters = worker.get(TicketFilterAdminService);
      await filters.create(created.manager.id, {
        name: 'Acme quotes to Sales',
        match: 'all',
        conditions: [
          { field: 'from.domain', operator: 'equals', value: 'acme.example' },
          { field: 'subject', operator: 'regex', value: '\\bquote\\b' },
        ],
        actions: [
          { kind: 'set-department', value: salesId },
          { kind: 'assign-team', value: teamId },
          { kind: 'send-canned-response', value: cannedId },
          { kind: 'disable-auto-response' },
        ],
      });
      await filters.create(created.manager.id, { name: 'Printers are urgent', match: 'any', conditions: [{ field: 'subject', operator: 'contains', value: 'printer' }], actions: [{ kind: 'set-priority', value: highId }] });
      await filters.create(created.manager.id, { name: 'No spam', match: 'all', conditions: [{ field: 'from.address', operator: 'starts', value: 'spammer@' }], actions: [{ kind: 'reject' }] });
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  function mail(from: string, subject: string, body: string): Buffer {
    sequence += 1;
    const headers = { From: from, To: `Support <support@${domain}>`, Subject: subject, Date: new Date().toUTCString(), 'Message-ID': `<f${sequence}.${Date.now()}@client.example>`, 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8' };
    return Buffer.from(`${Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}\r\n`);
  }

  async function ingest(raw: Buffer) {
    const parsed = await parseMessage(raw);
    return run(() => worker.get(MailIntakeService).ingest(parsed, { mailboxId, via: 'pipe' }));
  }

  // Nothing left to send: the outbox is relayed and every delivery job has run.
  async function drained(): Promise<void> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Outbox), { strict: false });
    await waitUntil(
      async () => {
        const [{ pending }] = await sql<{ pending: number }>('select count(*)::int as pending from outbox where dispatched_at is null');
        const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
        const [{ unsent }] = await sql<{ unsent: number }>(`select count(*)::int as unsent from mail_messages where direction = 'out' and status = 'pending'`);
        return pending === 0 && unsent === 0 && jobs.every((job) => job.name !== 'deliver');
      },
      30_000,
      'the outbox to drain',
    );
  }

  it('routes a customer’s mail to the department the filter chose, sends its canned response and no auto-response', async () => {
    const result = await ingest(mail('Ana Vidal <ana@acme.example>', 'A quote for 40 laptops', 'Could you send us a quote?'));
    expect(result).toMatchObject({ status: 'accepted', created: true });
    const [ticket] = await sql<{ department_id: string; assignee_team_id: string }>('select department_id, assignee_team_id from tickets where id = $1', [result.ticketId]);
    expect(ticket).toEqual({ department_id: salesId, assignee_team_id: teamId });

    const canned = await sink.waitFor((m) => m.envelope.rcptTo.includes('ana@acme.example') && (m.parsed.text ?? '').includes('reached Sales'), 60_000);
    expect(canned.parsed.text).toContain(`Dear Ana Vidal, your request ${result.reference} reached Sales.`);
    expect(canned.parsed.attachments.map((file) => [file.filename, file.contentType, file.content.toString()])).toEqual([['price-list.pdf', 'application/pdf', '%PDF-1.4 the price list']]);
    const files = await sql<{ filename: string }>(
      `select a.filename from attachments a join ticket_entries e on e.tenant_id = a.tenant_id and e.id = a.entry_id where e.ticket_id = $1 and e.kind = 'response'`,
      [result.ticketId],
    );
    expect(files).toEqual([{ filename: 'price-list.pdf' }]);
    await drained();
    const templates = await sql<{ template: string }>(`select template from mail_messages where direction = 'out' and ticket_id = $1 and address = 'ana@acme.example'`, [result.ticketId]);
    expect(templates.map((t) => t.template)).toEqual(['ticket.response']);

    const [event] = await sql<{ data: { name: string; actions: { kind: string; target: string | null }[] } }>(
      `select data from ticket_entries where ticket_id = $1 and event = 'filtered'`,
      [result.ticketId],
    );
    expect(event.data.name).toBe('Acme quotes to Sales');
    expect(event.data.actions.map((a) => [a.kind, a.target])).toEqual([
      ['set-department', 'Sales'],
      ['assign-team', 'Key accounts'],
      ['send-canned-response', 'Quote received'],
      ['disable-auto-response', null],
    ]);
  });

  it('leaves other mail to the mailbox and its auto-response', async () => {
    const result = await ingest(mail('Pau <pau@elsewhere.example>', 'A quote for 2 chairs', 'Not from Acme.'));
    const [ticket] = await sql<{ department_id: string }>('select department_id from tickets where id = $1', [result.ticketId]);
    expect(ticket.department_id).not.toBe(salesId);
    await sink.waitFor((m) => m.envelope.rcptTo.includes('pau@elsewhere.example'), 60_000);
    await drained();
    const templates = await sql<{ template: string }>(`select template from mail_messages where direction = 'out' and ticket_id = $1 and address = 'pau@elsewhere.example'`, [result.ticketId]);
    expect(templates.map((t) => t.template)).toEqual(['ticket.new.autoresponse']);
    expect(await sql(`select 1 from ticket_entries where ticket_id = $1 and event = 'filtered'`, [result.ticketId])).toHaveLength(0);
  });

  it('matches a portal ticket by its subject', async () => {
    const opened = await run(async () => {
      const [topic] = await worker.get(DirectoryService).helpTopics();
      return worker.get(PortalTicketService).create(null, { helpTopicId: topic.id, subject: 'The printer is smoking', message: 'Room 4.', guest: { name: 'Lea', email: `lea@${domain}` } });
    });
    const [ticket] = await sql<{ id: string; priority_id: string }>('select id, priority_id from tickets where reference = $1', [opened.ticket.reference]);
    expect(ticket.priority_id).toBe(highId);
    const events = await sql<{ data: { name: string } }>(`select data from ticket_entries where ticket_id = $1 and event = 'filtered'`, [ticket.id]);
    expect(events.map((e) => e.data.name)).toEqual(['Printers are urgent']);
  });

  it('keeps a refused mail flagged, with its raw message, and opens no ticket', async () => {
    const result = await ingest(mail('spammer@junk.example', 'Cheap watches', 'Buy now.'));
    expect(result).toMatchObject({ status: 'flagged', ticketId: null, created: false });
    const [row] = await sql<{ problems: string[]; raw: boolean }>('select problems, raw_sha256 is not null as raw from mail_messages where id = $1', [result.mailMessageId]);
    expect(row).toEqual({ problems: ['filter-rejected: the ticket filter "No spam" refused this message'], raw: true });
    expect(await sql(`select 1 from tickets where subject = 'Cheap watches'`)).toHaveLength(0);
    // Nor a requester record for its sender.
    expect(await sql(`select 1 from requester_emails where email = 'spammer@junk.example'`)).toHaveLength(0);
  });

  it("reads the requester's organization, the ticket's tags (given and added by earlier filters) and its custom fields", async () => {
    const [{ id: organizationId }] = await sql<{ id: string }>(`insert into organizations (tenant_id, id, name) values ($1, gen_random_uuid(), 'Bolt Logistics') returning id`, [tenant.id]);
    await sql(`insert into organization_domains (tenant_id, domain, organization_id) values ($1, 'bolt.example', $2)`, [tenant.id, organizationId]);
    const condition = (field: FilterCondition['field'], value: string, extra: Partial<FilterCondition> = {}): FilterCondition => ({ field, operator: 'equals', value, ...extra });
    let topicId = '';
    await run(async () => {
      const filters = worker.get(TicketFilterAdminService);
      await filters.create(managerId, { name: 'Bolt is a key account', match: 'all', conditions: [condition('organization', 'bolt logistics')], actions: [{ kind: 'add-tags', value: 'key-account' }] });
      await filters.create(managerId, { name: 'Key accounts first', match: 'all', conditions: [condition('tag', 'key-account')], actions: [{ kind: 'set-priority', value: highId }] });
      await filters.create(managerId, { name: 'Contracts', match: 'all', conditions: [condition('custom-field', 'C-2041', { key: 'contract_number' })], actions: [{ kind: 'add-tags', value: 'contract' }] });
      // The field the condition reads, on a form of the first help topic.
      const forms = worker.get(CustomFormAdminService);
      const field = await forms.createField({ key: 'contract_number', type: 'short_text', labels: [{ language: 'en', text: 'Contract number' }] });
      const [topic] = await worker.get(DirectoryService).helpTopics();
      topicId = topic.id;
      await forms.createForm({ name: 'Contracts', kind: 'ticket', fields: [{ fieldId: field.id }], helpTopicIds: [topicId] });
    });
    const tagsOf = async (ticketId: string) =>
      (await sql<{ name: string }>('select g.name from ticket_tags tt join tags g on g.tenant_id = tt.tenant_id and g.id = tt.tag_id where tt.ticket_id = $1 order by g.name', [ticketId])).map((t) => t.name);

    // A new sender of the organization's domain: the organization claims them.
    const result = await ingest(mail('Ona <ona@bolt.example>', 'Pallets missing', 'Two pallets did not arrive.'));
    const [ticket] = await sql<{ priority_id: string }>('select priority_id from tickets where id = $1', [result.ticketId]);
    expect(ticket.priority_id).toBe(highId);
    expect(await tagsOf(result.ticketId!)).toEqual(['key-account']);

    // Custom data by key, and a tag the ticket was given when it opened.
    const opened = await run(() =>
      worker.get(TicketService).open(
        { requester: { email: 'eva@elsewhere.example', name: 'Eva' }, subject: 'Renewal', body: 'About our contract.', source: 'phone', departmentId: salesId, helpTopicId: topicId, customData: { contract_number: 'C-2041' }, tags: ['key-account'] },
        { kind: 'system' },
      ),
    );
    expect(opened.priorityId).toBe(highId);
    expect(await tagsOf(opened.id)).toEqual(['contract']);
    const events = await sql<{ data: { name: string } }>(`select data from ticket_entries where ticket_id = $1 and event = 'filtered' order by id`, [opened.id]);
    expect(events.map((e) => e.data.name)).toEqual(['Key accounts first', 'Contracts']);

    const plain = await ingest(mail('Rui <rui@elsewhere.example>', 'Pallets missing', 'Not a key account.'));
    expect(await tagsOf(plain.ticketId!)).toEqual([]);
  });
});
