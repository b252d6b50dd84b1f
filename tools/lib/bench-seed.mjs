// The bulk of the benchmark's data, written with set-based SQL as the database owner: through
// HTTP it would take hours. Each instance is seeded in one transaction that sets its tenant, so
// the row-level security policies accept the rows when the owner is subject to them; every read
// also names the tenant, as a superuser owner bypasses the policies and sees every instance.
//
// Per instance, on top of what provisioning created (one department, one help topic, the
// statuses, priorities, default SLA and the manager): two more departments, six agents, one
// requester (with a primary address) per four tickets, a team of the first three agents, and
// the tickets. Tickets are spread over
// the last 180 days; those older than 14 days are mostly closed, recent ones mostly new, open or
// pending. Priorities are 20% low, 60% normal, 15% high, 5% emergency; departments 60/25/15%;
// 85% have a due date (creation + 48/12/4/2 hours by priority); new tickets are mostly
// unassigned, the rest go round the manager and the agents; one assigned ticket in ten is also
// the team's. Each ticket has its requester as a
// participant and a thread of a 'created' event, the requester's message and, once answered, an
// agent's response. References are six digits, a permutation of the ticket's number, so they are
// unique per instance and look like the default random format.

// A time-ordered id for a past moment, like the application's uuid v7 (PostgreSQL 18 has
// uuidv7(interval), older servers do not).
const UUID7 = `
  create or replace function pg_temp.uuid7(at timestamptz) returns uuid language sql volatile as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      placing substring(int8send(floor(extract(epoch from at) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
  $$`;

export const MAX_TICKETS_PER_INSTANCE = 1_000_000;

// Creates the session function the statements below use; call once per connection.
export async function prepareSeeding(db) {
  await db.query(UUID7);
}

// Returns how many rows it wrote and some of the requesters' addresses.
export async function seedInstance(db, { id: tenantId, slug }, tickets) {
  if (tickets > MAX_TICKETS_PER_INSTANCE) throw new Error(`At most ${MAX_TICKETS_PER_INSTANCE} tickets per instance`);
  const one = async (text, params) => (await db.query(text, params)).rows[0];
  await db.query('begin');
  try {
    // The same pseudo-random draws on every run.
    await db.query("select set_config('app.tenant_id', $1, true), setseed(0.42)", [tenantId]);
    const directory = await one(`
      select (select json_object_agg(state, id) from ticket_statuses where tenant_id = $1) as statuses,
             (select array_agg(id order by urgency) from priorities where tenant_id = $1) as priorities,
             (select id from help_topics where tenant_id = $1 order by created_at limit 1) as topic,
             (select id from sla_plans where tenant_id = $1 and is_default) as sla,
             (select id from staff where tenant_id = $1 and is_manager order by created_at limit 1) as manager,
             (select id from departments where tenant_id = $1 order by created_at limit 1) as department,
             (select id from roles where tenant_id = $1 order by name limit 1) as role`,
      [tenantId],
    );
    const { departments } = await one(
      `with added as (
         insert into departments (tenant_id, id, name)
         select tessera_current_tenant(), pg_temp.uuid7(now()), name from unnest(array['Billing', 'Facilities']) name
         returning id)
       select $1::uuid || array_agg(id) as departments from added`,
      [directory.department],
    );
    const { agents } = await one(
      `with added as (
         insert into staff (tenant_id, id, email, name, primary_department_id, role_id)
         select tessera_current_tenant(), pg_temp.uuid7(now()), 'agent' || n || '@' || $1 || '.example', 'Agent ' || n,
                ($2::uuid[])[1 + n % 3], $3
           from generate_series(1, 6) n
         returning id)
       select $4::uuid || array_agg(id) as agents from added`,
      [slug, departments, directory.role, directory.manager],
    );
    const { team } = await one(
      `with team as (insert into teams (tenant_id, id, name) values (tessera_current_tenant(), pg_temp.uuid7(now()), 'Field') returning id),
       members as (insert into team_members (tenant_id, team_id, staff_id) select tessera_current_tenant(), team.id, unnest(($1::uuid[])[2:4]) from team)
       select id as team from team`,
      [agents],
    );
    const written = tickets > 0 ? await seedTickets(db, { tickets, departments, agents, team, ...directory }) : { requesters: 0, entries: 0 };
    const emails = (await db.query('select email from requester_emails where tenant_id = $1 order by email limit 500', [tenantId])).rows.map((row) => row.email);
    await db.query('commit');
    return { tickets, ...written, emails, agents };
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}

async function seedTickets(db, { tickets, departments, agents, team, statuses, priorities, topic, sla, manager }) {
  const requesters = Math.ceil(tickets / 4);
  await db.query(
    `create temp table seed_requesters on commit drop as
     select n, pg_temp.uuid7(at) as id, at
       from generate_series(1, $1) n, lateral (select now() - interval '200 days' + n * interval '200 days' / $1 as at) first_seen`,
    [requesters],
  );
  await db.query(`
    insert into requesters (tenant_id, id, name, created_at, updated_at)
    select tessera_current_tenant(), id, 'Requester ' || n, at, at from seed_requesters`);
  await db.query(`
    insert into requester_emails (tenant_id, email, requester_id, is_primary)
    select tessera_current_tenant(), 'requester' || n || '@customer' || n % 97 || '.example', id, true from seed_requesters`);

  // Draws first, then the columns derived from them.
  await db.query(
    `create temp table seed_tickets on commit drop as
     with drawn as (
       select i, now() - interval '180 days' * (1 - i::float8 / $1) - random() * interval '1 hour' as created_at,
              random() as u_state, random() as u_priority, random() as u_department, random() as u_assignee,
              random() as u_due, random() as u_time, random() as u_source, 1 + floor(random() * $2)::int as requester_n
         from generate_series(1, $1) i),
     classified as (
       select *,
              case when created_at < now() - interval '14 days'
                   then case when u_state < 0.85 then 'closed' when u_state < 0.95 then 'resolved' else 'pending' end
                   else case when u_state < 0.3 then 'new' when u_state < 0.7 then 'open' when u_state < 0.85 then 'pending' else 'resolved' end
              end as state,
              case when u_priority < 0.2 then 1 when u_priority < 0.8 then 2 when u_priority < 0.95 then 3 else 4 end as priority_n,
              case when u_department < 0.6 then 1 when u_department < 0.85 then 2 else 3 end as department_n
         from drawn)
     select c.i, c.created_at, c.state, c.priority_n, c.department_n, r.id as requester_id,
            pg_temp.uuid7(c.created_at) as id,
            lpad(((c.i::bigint * 7919) % 1000000)::text, 6, '0') as reference,
            (array['web', 'email', 'phone', 'api'])[1 + floor(c.u_source * 4)::int] as source,
            case when c.state = 'new' and c.u_assignee < 0.7 then null
                 else ($3::uuid[])[1 + c.i % cardinality($3::uuid[])] end as assignee,
            case when c.u_due < 0.85 then c.created_at + (array[48, 12, 4, 2])[c.priority_n] * interval '1 hour' end as due_at,
            case when c.state <> 'new' then c.created_at + c.u_time * interval '8 hours' end as first_response_at,
            case when c.state in ('resolved', 'closed') then least(now(), c.created_at + interval '8 hours' + c.u_time * interval '3 days') end as resolved_at,
            least(now(), c.created_at + c.u_time * interval '5 days') as activity_at
       from classified c join seed_requesters r on r.n = c.requester_n`,
    [tickets, requesters, agents],
  );
  await db.query(
    `insert into tickets (tenant_id, id, reference, subject, requester_id, department_id, help_topic_id, priority_id, status_id,
                          sla_plan_id, source, assignee_staff_id, assignee_team_id, due_at, created_by_staff_id, created_at, updated_at,
                          last_activity_at, first_response_at, resolved_at, closed_at)
     select tessera_current_tenant(), t.id, t.reference,
            (array['Cannot sign in', 'Invoice is wrong', 'Printer jams', 'Wi-Fi drops', 'Refund request', 'Broken chair',
                   'Password reset', 'VPN is slow'])[1 + t.i % 8] || ' (' || t.i || ')',
            t.requester_id, ($1::uuid[])[t.department_n], case when t.department_n = 1 then $2::uuid end,
            ($3::uuid[])[t.priority_n], ($4::json ->> t.state)::uuid, case when t.due_at is not null then $5::uuid end,
            t.source, t.assignee, case when t.assignee is not null and t.i % 10 = 0 then $7::uuid end, t.due_at,
            case when t.source in ('phone', 'api') then $6::uuid end, t.created_at,
            coalesce(t.resolved_at, t.activity_at), coalesce(t.resolved_at, t.activity_at), t.first_response_at, t.resolved_at,
            case when t.state = 'closed' then t.resolved_at end
       from seed_tickets t`,
    [departments, topic, priorities, JSON.stringify(statuses), sla, manager, team],
  );
  await db.query(
    `insert into ticket_participants (tenant_id, ticket_id, requester_id, role, token_salt, added_at)
     select tessera_current_tenant(), id, requester_id, 'requester', uuid_send(gen_random_uuid()), created_at from seed_tickets`,
  );
  // Each entry's id carries its own time, so the thread reads in order.
  const entries = await db.query(
    `insert into ticket_entries (tenant_id, id, ticket_id, kind, visibility, author_staff_id, author_requester_id, event, body, data, created_at)
     select tessera_current_tenant(), pg_temp.uuid7(e.at), t.id, e.kind, 'public', e.staff_id, e.requester_id, e.event, e.body, e.data, e.at
       from seed_tickets t
       cross join lateral (values
         (t.created_at, 'event', case when t.source in ('phone', 'api') then $1::uuid end, null::uuid, 'created', '',
          json_build_object('source', t.source, 'reference', t.reference)::jsonb),
         (t.created_at + interval '1 millisecond', 'message', null, t.requester_id, null,
          'Hello, since this morning it does not work. Could you have a look? Thanks.', '{}'::jsonb),
         (t.first_response_at, 'response', coalesce(t.assignee, $1::uuid), null, null,
          'Thank you for your message. We are looking into it and will get back to you.', '{}'::jsonb)
       ) as e(at, kind, staff_id, requester_id, event, body, data)
      where e.at is not null`,
    [manager],
  );
  return { requesters, entries: entries.rowCount };
}
