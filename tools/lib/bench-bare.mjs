// The yardstick of tools/bench: a bare Node + pg server that opens a ticket with the writes a
// create through the API needs, and nothing else (no framework, no ORM, no validation, no
// logging). Per request, as the API does them: the transaction with the instance set, the agent's
// session, the requester by address (or a new requester with their address), a free reference,
// the one statement that writes the ticket, its participant, its first entries and its outbox
// message, and the commit. Run as a child of tools/bench: `node tools/lib/bench-bare.mjs`, with
// BENCH_BARE_DATABASE_URL (the runtime role), BENCH_BARE_TENANT, BENCH_BARE_PORT and
// BENCH_BARE_POOL. POST / with the API's create body and a bearer session token.
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const { BENCH_BARE_DATABASE_URL: databaseUrl, BENCH_BARE_TENANT: tenantId, BENCH_BARE_PORT: port, BENCH_BARE_POOL: poolSize = '10' } = process.env;
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });

// The API's statements (libs/auth staff.service, libs/requesters requester.service, libs/tickets
// ticket.service), prepared by name on each connection as the API prepares them.
const AUTHENTICATE = `select staff.id as staff_id from staff_sessions session join staff on staff.tenant_id = session.tenant_id and staff.id = session.staff_id
  where session.token_hash = $1 and session.expires_at > now()`;
const REQUESTER = `select e.requester_id as id from requester_emails e where e.email_lower = lower($1)`;
const INSERT_REQUESTER = `with email as (
    insert into requester_emails (tenant_id, email, requester_id, is_primary) values (tessera_current_tenant(), $3, $1, true) on conflict do nothing returning requester_id)
  insert into requesters (tenant_id, id, name, created_at, updated_at) select tessera_current_tenant(), requester_id, $2, now(), now() from email returning id`;
const REFERENCE_TAKEN = 'select 1 from tickets where reference = $1';
const INSERT_TICKET = `with ticket as (
    insert into tickets (tenant_id, id, reference, subject, requester_id, department_id, help_topic_id, priority_id, status_id, sla_plan_id, source,
                         created_by_staff_id, due_at, created_at, updated_at, last_activity_at)
    values (tessera_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), now(), now()) returning id),
  participant as (
    insert into ticket_participants (tenant_id, ticket_id, requester_id, role, token_salt, added_at)
    select tessera_current_tenant(), ticket.id, $4, 'requester', $13, now() from ticket),
  entries as (
    insert into ticket_entries (tenant_id, id, ticket_id, kind, visibility, author_staff_id, author_requester_id, event, body, data, created_at)
    select tessera_current_tenant(), e.id, e."ticketId", e.kind, 'public', e."authorStaffId", e."authorRequesterId", e.event, e.body, e.data, now()
      from jsonb_to_recordset($14::jsonb) as e(id uuid, "ticketId" uuid, kind text, "authorStaffId" uuid, "authorRequesterId" uuid, event text, body text, data jsonb)),
  outbox as (
    insert into outbox (tenant_id, id, topic, payload) values (tessera_current_tenant(), $15, 'ticket.created', $16))
  select 1`;

// What the API reads from its configuration cache: the help topic's department, priority, SLA
// plan and due time, and the default status. Read once at start.
async function configuration() {
  const client = await pool.connect();
  try {
    await client.query(`begin; select set_config('app.tenant_id', '${tenantId}', true)`);
    const { rows } = await client.query(
      `select t.id as topic, t.department_id as department, coalesce(t.priority_id, (select id from priorities where is_default)) as priority,
              coalesce(t.sla_plan_id, (select id from sla_plans where is_default)) as sla,
              (select resolution_minutes from sla_plans where id = coalesce(t.sla_plan_id, (select id from sla_plans where is_default))) as minutes,
              (select id from ticket_statuses where is_default) as status
         from help_topics t order by t.created_at limit 1`,
    );
    await client.query('commit');
    return rows[0];
  } finally {
    client.release();
  }
}

const named = (name, text, values) => ({ name, text, values });

async function create(client, config, token, body) {
  await client.query(`begin; select set_config('app.tenant_id', '${tenantId}', true)`);
  try {
    const session = await client.query(named('auth', AUTHENTICATE, [createHash('sha256').update(token).digest()]));
    if (session.rowCount === 0) throw Object.assign(new Error('no session'), { status: 401 });
    const staffId = session.rows[0].staff_id;
    const email = body.requester.email.trim().toLowerCase();
    let requester = (await client.query(named('requester', REQUESTER, [email]))).rows[0]?.id;
    requester ??= (await client.query(named('insert-requester', INSERT_REQUESTER, [randomUUID(), body.requester.name ?? email, email]))).rows[0].id;
    let reference;
    do reference = String(randomInt(1_000_000)).padStart(6, '0');
    while ((await client.query(named('reference', REFERENCE_TAKEN, [reference]))).rowCount > 0);
    const id = randomUUID();
    const entries = [
      { id: randomUUID(), ticketId: id, kind: 'event', authorStaffId: staffId, authorRequesterId: null, event: 'created', body: '', data: { source: body.source, reference } },
      { id: randomUUID(), ticketId: id, kind: 'message', authorStaffId: null, authorRequesterId: requester, event: null, body: body.message, data: {} },
    ];
    const due = new Date(Date.now() + config.minutes * 60_000);
    await client.query(
      named('insert-ticket', INSERT_TICKET, [
        id, reference, body.subject, requester, config.department, config.topic, config.priority, config.status, config.sla, body.source, staffId, due,
        randomBytes(16), JSON.stringify(entries), randomUUID(), { ticketId: id, reference, source: body.source },
      ]),
    );
    await client.query('commit');
    return { id, reference };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

// The tenant id is written into the text that opens each transaction, as the API writes it.
if (!/^[0-9a-f-]{36}$/.test(tenantId ?? '')) throw new Error('BENCH_BARE_TENANT must be a UUID');
const config = await configuration();

const server = http.createServer((request, response) => {
  let text = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => (text += chunk));
  request.on('end', async () => {
    const client = await pool.connect();
    try {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const created = await create(client, config, token, JSON.parse(text));
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(created));
    } catch (error) {
      response.writeHead(error.status ?? 500, { 'content-type': 'text/plain' }).end(String(error.message));
    } finally {
      client.release();
    }
  });
});
server.listen(Number(port), '127.0.0.1', () => console.log(`bare server on 127.0.0.1:${port}`));
