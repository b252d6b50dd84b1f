// tools/bench --suite sla, the measuring side: run with `node -r tools/paths.cjs` on the compiled
// tree by tools/lib/bench.mjs, on a freshly migrated database. Provisions one instance as the
// worker's code does, copies it by SQL into the other instances, gives each instance its open
// tickets with their SLA clocks, then runs the SLA sweep as the worker runs it (the control-plane
// query, then each due instance in its tenant transaction, one after the other) and prints what
// each sweep cost as one JSON line.
const { NestFactory } = require('@nestjs/core');
const pg = require('pg');
const { TenantDatabase } = require('@tessera/database');
const { runtimeModules, ProvisioningService } = require('@tessera/platform');
const { SlaClockRepository, SlaSweepService } = require('@tessera/tickets');

const [instances, tickets] = process.argv.slice(2).map(Number);
const ownerUrl = process.env.DATABASE_URL;
const log = (message) => console.log(`[tools/bench] ${message}`);
const seconds = (since) => Number(((performance.now() - since) / 1000).toFixed(1));
// What the template's copies leave out: its outbox events and sessions.
const NOT_COPIED = new Set(['outbox', 'staff_sessions', 'requester_sessions', 'mail_messages']);

class SweepBenchModule {}

async function main() {
  const app = await NestFactory.createApplicationContext({ module: SweepBenchModule, imports: runtimeModules('worker') }, { logger: ['error'] });
  const owner = new pg.Client({ connectionString: ownerUrl, application_name: 'bench-owner' });
  await owner.connect();
  try {
    let since = performance.now();
    const template = (await app.get(ProvisioningService).provision({
      slug: 'sla-00001',
      name: 'SLA 00001',
      manager: { email: 'manager@sla-00001.example', name: 'Manager', password: 'bench manager password' },
    })).tenant;
    log(`Provisioned the first instance in ${seconds(since)} s`);
    since = performance.now();
    await seed(owner, template.id);
    log(`Seeded ${instances} instances and ${instances * tickets} open tickets with their clocks by SQL in ${seconds(since)} s`);
    since = performance.now();
    await owner.query('analyze');
    log(`ANALYZE in ${seconds(since)} s`);
    await owner.query('create extension if not exists pg_stat_statements');

    const results = [];
    results.push({ label: 'idle', ...(await sweep(app, owner)) });
    since = performance.now();
    const due = await fallDue(owner);
    log(`Made ${due} tickets (1 %) fall due in ${seconds(since)} s`);
    results.push({ label: '1 % due', ...(await sweep(app, owner)) });
    results.push({ label: 'idle again', ...(await sweep(app, owner)) });
    console.log(`BENCH_SLA ${JSON.stringify(results)}`);
  } finally {
    await owner.end();
    await app.close();
  }
}

// As the database owner (a superuser: row-level security does not apply, and the triggers are
// off while copying, so the rows go in table by table in any order). Every tenant table keys its
// rows by (tenant_id, id) and its foreign keys include tenant_id, so a copy with another tenant_id
// and the same ids is a whole, consistent instance.
async function seed(db, templateId) {
  await db.query('begin');
  try {
    await db.query("set local session_replication_role = 'replica'");
    await db.query(
      `create temp table bench_tenants on commit drop as
       select gen_random_uuid() as id, 'sla-' || lpad(n::text, 5, '0') as slug from generate_series(2, $1) n`,
      [instances],
    );
    await copyRows(db, 'tenants', 'id', templateId, `jsonb_build_object('id', n.id, 'slug', n.slug, 'name', 'SLA ' || substr(n.slug, 5))`);
    const { rows: tables } = await db.query(
      `select c.table_name as name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' order by 1`,
    );
    for (const { name } of tables) {
      if (NOT_COPIED.has(name)) continue;
      await copyRows(db, name, 'tenant_id', templateId, `jsonb_build_object('tenant_id', n.id)`);
    }
    const one = async (text) => (await db.query(text, [templateId])).rows[0].id;
    const ids = {
      department: await one('select id from departments where tenant_id = $1 order by created_at limit 1'),
      status: await one(`select id from ticket_statuses where tenant_id = $1 and state = 'open' order by id limit 1`),
      priority: await one('select id from priorities where tenant_id = $1 order by urgency limit 1 offset 1'),
      plan: await one('select id from sla_plans where tenant_id = $1 and is_default'),
    };
    const urgency = (await db.query('select urgency from priorities where tenant_id = $1 and id = $2', [templateId, ids.priority])).rows[0].urgency;
    await db.query(`create temp table bench_all on commit drop as select id from bench_tenants union all select $1::uuid`, [templateId]);
    await db.query(`
      insert into requesters (tenant_id, id, name, created_at, updated_at)
      select id, '00000000-0000-7000-8000-000000000001', 'Requester', now(), now() from bench_all`);
    // Opened in the last two hours, open, on the default plan; each clock as the sweep leaves it:
    // its next deadline (the warning) still ahead. With the triggers off, the queue columns the
    // triggers keep are written here.
    await db.query(
      `insert into tickets (tenant_id, id, reference, subject, requester_id, department_id, priority_id, status_id, sla_plan_id, source,
                            state, priority_urgency, created_at, updated_at, last_activity_at)
       select a.id, gen_random_uuid(), lpad(i::text, 6, '0'), 'Ticket ' || i, '00000000-0000-7000-8000-000000000001',
              $1, $2, $3, $4, 'web', 'open', $6, at, at, at
         from bench_all a, generate_series(1, $5) i, lateral (select now() - random() * interval '2 hours' as at where i > 0) created`,
      [ids.department, ids.priority, ids.status, ids.plan, tickets, urgency],
    );
    await db.query(`
      insert into ticket_sla_clock (tenant_id, ticket_id, response_due_at, resolution_due_at, next_deadline_at, computed_at)
      select t.tenant_id, t.id, t.created_at + p.first_response_minutes * interval '1 minute', t.created_at + p.resolution_minutes * interval '1 minute',
             now() + interval '1 hour' + random() * interval '1 day', now()
        from tickets t join sla_plans p on p.tenant_id = t.tenant_id and p.id = t.sla_plan_id`);
    await db.query(`
      insert into sla_deadlines (deadline_tenant_id, next_at)
      select tenant_id, min(next_deadline_at) from ticket_sla_clock group by tenant_id
      on conflict (deadline_tenant_id) do update set next_at = excluded.next_at`);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}

// The template's rows of one table again for every new tenant, with `changes` applied (generated
// columns are left to the database).
async function copyRows(db, table, key, templateId, changes) {
  const { rows } = await db.query(
    `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as columns from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' and coalesce(identity_generation, '') <> 'ALWAYS'`,
    [table],
  );
  const columns = rows[0].columns;
  await db.query(
    `insert into ${table} (${columns})
     select ${columns} from (select (jsonb_populate_record(null::${table}, to_jsonb(r) || ${changes})).* from ${table} r, bench_tenants n where r.${key} = $1) copied`,
    [templateId],
  );
}

// One ticket in a hundred falls due: opened three days ago (both its targets breached) and its
// clock due now, as a change of the ticket would leave it. The trigger lowers sla_deadlines.
async function fallDue(db) {
  await db.query('create temp table bench_due as select tenant_id, id from tickets tablesample bernoulli (1) repeatable (42)');
  await db.query(`update tickets t set created_at = now() - interval '3 days' from bench_due d where t.tenant_id = d.tenant_id and t.id = d.id`);
  const { rowCount } = await db.query(
    `update ticket_sla_clock c set next_deadline_at = now() - interval '1 second' from bench_due d where c.tenant_id = d.tenant_id and c.ticket_id = d.id`,
  );
  return rowCount;
}

// One sweep as the worker runs it: the control-plane query, then each due instance. Queries are
// counted on the application's connections; statements from pg_stat_statements.
async function sweep(app, owner) {
  const clocks = app.get(SlaClockRepository);
  const database = app.get(TenantDatabase);
  const service = app.get(SlaSweepService);
  const statements = async () =>
    Number(
      (await owner.query(`select coalesce(sum(calls), 0)::float8 as calls from pg_stat_statements
                            where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`)).rows[0].calls,
    );
  const query = pg.Client.prototype.query;
  let queries = 0;
  pg.Client.prototype.query = function countedQuery(...args) {
    if (this !== owner) queries++;
    return query.apply(this, args);
  };
  const totals = { instances: 0, clocks: 0, warnings: 0, breaches: 0, steps: 0 };
  const before = await statements();
  const started = performance.now();
  try {
    const now = new Date();
    const due = await clocks.dueInstances(now);
    for (const instance of due) {
      let result;
      do {
        result = await database.run(instance, () => service.sweep(now));
        totals.clocks += result.clocks;
        totals.warnings += result.warnings;
        totals.breaches += result.breaches;
        totals.steps += result.steps;
      } while (result.more);
      totals.instances++;
    }
  } finally {
    pg.Client.prototype.query = query;
  }
  const ms = performance.now() - started;
  return { ms, queries, statements: (await statements()) - before, ...totals };
}

main().catch((error) => {
  console.error(`[tools/bench] ${error.stack ?? error.message}`);
  process.exit(1);
});
