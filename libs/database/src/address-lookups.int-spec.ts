import { TestDatabase, createTestDatabase } from '@tessera/testing';
import { Client } from 'pg';
import { newId } from './uuid';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

// Lookups by address, planned as the application runs them: as the runtime role, under
// row-level security, with the instance set. A citext comparison is not leakproof, so the
// planner would check it only after the policy, row by row; the lower-cased copies (migration
// 0016) are compared with text equality, which their indexes serve.
describe('lookups by address under row-level security', () => {
  let database: TestDatabase;
  let runtime: Client;
  const tenantId = newId();

  beforeAll(async () => {
    database = await createTestDatabase();
    runtime = new Client({ connectionString: database.runtimeUrl });
    await runtime.connect();
    await runtime.query("insert into tenants (id, slug, name) values ($1, 'lookups', 'Lookups')", [tenantId]);
    await inTenant(async () => {
      const requester = newId();
      const organization = newId();
      await runtime.query("insert into requesters (tenant_id, id, name) values ($1, $2, 'Marta')", [tenantId, requester]);
      await runtime.query("insert into requester_emails (tenant_id, email, requester_id, is_primary) values ($1, 'Marta@Example.org', $2, true)", [
        tenantId,
        requester,
      ]);
      await runtime.query("insert into staff (tenant_id, id, email, name) values ($1, $2, 'Agent@Example.org', 'Agent')", [tenantId, newId()]);
      await runtime.query("insert into organizations (tenant_id, id, name) values ($1, $2, 'Example')", [tenantId, organization]);
      await runtime.query("insert into organization_domains (tenant_id, domain, organization_id) values ($1, 'Example.org', $2)", [tenantId, organization]);
      await runtime.query(
        `insert into mail_messages (tenant_id, id, direction, message_id, address, status, template, content)
         values ($1, $2, 'out', 'a@example.org', 'Marta@Example.org', 'sent', 'ticket.auto_response', '{}')`,
        [tenantId, newId()],
      );
      // Enough others that an index on the address is worth more than one on the instance.
      await runtime.query(
        `insert into staff (tenant_id, id, email, name) select $1, gen_random_uuid(), 'agent' || n || '@example.org', 'Agent' from generate_series(1, 500) n`,
        [tenantId],
      );
      await runtime.query(
        `insert into mail_messages (tenant_id, id, direction, message_id, address, status, template, content)
         select $1, gen_random_uuid(), 'out', n || '@example.org', 'someone' || n || '@example.org', 'sent', 'ticket.auto_response', '{}'
           from generate_series(1, 500) n`,
        [tenantId],
      );
    }, { keep: true });
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    await owner.query('analyze staff, mail_messages, requester_emails, organization_domains');
    await owner.end();
  });

  afterAll(async () => {
    await runtime.end();
    await database.drop();
  });

  // Rolled back unless told to keep what it wrote.
  async function inTenant<T>(work: () => Promise<T>, { keep = false } = {}): Promise<T> {
    await runtime.query('begin');
    try {
      await runtime.query("select set_config('app.tenant_id', $1, true)", [tenantId]);
      return await work();
    } finally {
      await runtime.query(keep ? 'commit' : 'rollback');
    }
  }

  // The plan of a query and what it finds; a sequential scan is ruled out so that a tiny table
  // still shows which index conditions the planner may use.
  async function planned(text: string, params: unknown[]): Promise<{ indexConditions: string[]; found: number }> {
    return inTenant(async () => {
      await runtime.query('set local enable_seqscan = off');
      const { rows } = await runtime.query(`explain (format json) ${text}`, params);
      const found = (await runtime.query(text, params)).rowCount ?? 0;
      const plan = nodes(rows[0]['QUERY PLAN'][0].Plan as PlanNode);
      return { indexConditions: plan.map((node) => `${node['Index Name']}: ${node['Index Cond']}`).filter((line) => !line.startsWith('undefined')), found };
    });
  }

  it.each([
    ['a requester by address', 'select requester_id from requester_emails where email_lower = lower($1)', ['MARTA@example.org'], 'requester_emails_lower', 'email_lower'],
    ['an agent by address', 'select id from staff where email_lower = lower($1)', ['agent@EXAMPLE.org'], 'staff_email_lower', 'email_lower'],
    ['an organization by domain', 'select organization_id from organization_domains where domain_lower = lower($1)', ['EXAMPLE.ORG'], 'organization_domains_lower', 'domain_lower'],
    [
      'the automatic responses to an address',
      `select count(*) from mail_messages where direction = 'out' and address_lower = lower($1) and created_at > now() - interval '1 hour' having count(*) > 0`,
      ['marta@example.ORG'],
      'mail_messages_autoresponses',
      'address_lower',
    ],
  ])('finds %s through its index', async (_name, text, params, index, column) => {
    const { indexConditions, found } = await planned(text, params);
    expect(found).toBe(1);
    expect(indexConditions).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${index}: .*${column} = `))]));
  });

  it('does not use the index for the citext column itself (why the copies exist)', async () => {
    const { indexConditions, found } = await planned('select requester_id from requester_emails where email = $1::citext', ['MARTA@example.org']);
    expect(found).toBe(1);
    expect(indexConditions.some((line) => line.includes('email ='))).toBe(false);
  });
});
