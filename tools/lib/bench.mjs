// tools/bench: seeds a fresh database with many instances and tickets, starts the real API on
// 127.0.0.1 and measures ticket creation and queue listing through HTTP; with `--suite mail`, mail
// intake through the MTA pipe instead; with `--suite sla`, the worker's SLA sweep over many
// instances' open tickets. See docs/operators.md#benchmarks.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { mailCorpus, memoryOf, resetPeak, withMessageId } from './bench-mail.mjs';
import { MAX_TICKETS_PER_INSTANCE, prepareSeeding, seedInstance } from './bench-seed.mjs';
import { benchSla } from './bench-sla.mjs';
import { stopChild } from './run.mjs';
import { freePort, startServices } from './services.mjs';
import { build, compiled, migrate, recreateDatabase, waitForReady } from './steps.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const log = (message) => console.log(`[tools/bench] ${message}`);
const DATABASE = 'tessera_bench';
const PASSWORD = 'bench manager password';
const REQUEST_TIMEOUT_MS = 30_000;
const WARM_UP_REQUESTS = 20;
// Every queue view with every sort the API offers.
const QUEUE_VIEWS = ['mine', 'teams', 'unassigned', 'department', 'overdue', 'all'];
const SORTS = ['due', '-due', 'created', '-created', 'activity', '-activity', 'priority', '-priority'];
const PAGE = 25;
// What the issue asks of the request path; the output says by how much a miss misses.
const TARGETS = { bareShare: 0.5, createTrips: 8, queueTrips: 4, queueP95: 25, queueP99AtEight: 100 };
// What the corpus's "stress" check asks of each of its messages on the reference machine.
const STRESS_LIMITS = { ms: 2000, megabytes: 256 };
const SUITES = ['tickets', 'mail', 'sla'];

const USAGE = `usage: tools/bench [options]           (each option also as an environment variable)
  --suite NAME           tickets: seed, list queues, create tickets; mail: mail intake; sla: the SLA sweep (BENCH_SUITE, default tickets)
tickets suite:
  --instances N          instances to provision (BENCH_INSTANCES, default 100)
  --tickets M            tickets of the largest instance (BENCH_TICKETS, default 10000, at most ${MAX_TICKETS_PER_INSTANCE})
  --others F             each other instance's tickets as a fraction of M (BENCH_OTHERS, default 0.1)
  --concurrency LIST     ticket creation levels (BENCH_CONCURRENCY, default 1,8,32)
  --list-concurrency L   queue listing levels (BENCH_LIST_CONCURRENCY, default 1,8)
  --requests R           requests per level at most (BENCH_REQUESTS, default 1000)
  --seconds S            seconds per level at most (BENCH_SECONDS, default 15)
  --queue-requests R     requests per queue page and level at most (BENCH_QUEUE_REQUESTS, default 200)
  --queue-seconds S      seconds per queue page and level at most (BENCH_QUEUE_SECONDS, default 3)
  --creates yes|no       measure creation (BENCH_CREATES, default yes; at 1,000,000 tickets the six-digit references are all taken)
sla suite:
  --sla-instances N      instances, each with its open tickets and their SLA clocks (BENCH_SLA_INSTANCES, default 1000;
                         the full size is 10000, 1,000,000 tickets: some 15 minutes on 2 CPUs)
  --sla-tickets T        open tickets per instance (BENCH_SLA_TICKETS, default 100)
mail suite:
  --repeat R             posts of each stress message (BENCH_REPEAT, default 5)
  --mail-concurrency L   levels posting the whole corpus (BENCH_MAIL_CONCURRENCY, default 1,4)
both:
  --port P               API port on 127.0.0.1 (BENCH_PORT, default a free one)
  --json PATH            also write the figures as JSON (BENCH_JSON)`;

function readOptions(argv, env) {
  const spec = {
    suite: ['BENCH_SUITE', 'tickets'],
    instances: ['BENCH_INSTANCES', '100'],
    tickets: ['BENCH_TICKETS', '10000'],
    others: ['BENCH_OTHERS', '0.1'],
    concurrency: ['BENCH_CONCURRENCY', '1,8,32'],
    'list-concurrency': ['BENCH_LIST_CONCURRENCY', '1,8'],
    requests: ['BENCH_REQUESTS', '1000'],
    seconds: ['BENCH_SECONDS', '15'],
    'queue-requests': ['BENCH_QUEUE_REQUESTS', '200'],
    'queue-seconds': ['BENCH_QUEUE_SECONDS', '3'],
    creates: ['BENCH_CREATES', 'yes'],
    'sla-instances': ['BENCH_SLA_INSTANCES', '1000'],
    'sla-tickets': ['BENCH_SLA_TICKETS', '100'],
    repeat: ['BENCH_REPEAT', '5'],
    'mail-concurrency': ['BENCH_MAIL_CONCURRENCY', '1,4'],
    port: ['BENCH_PORT', '0'],
    json: ['BENCH_JSON', ''],
  };
  const { values } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean' }, ...Object.fromEntries(Object.keys(spec).map((name) => [name, { type: 'string' }])) },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const raw = Object.fromEntries(Object.entries(spec).map(([name, [variable, fallback]]) => [name, values[name] ?? env[variable] ?? fallback]));
  const number = (name, min, max, { integer = true, text = raw[name] } = {}) => {
    const value = Number(text);
    if (!text || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new Error(`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max} (got "${text}")\n${USAGE}`);
    }
    return value;
  };
  const levels = (name) => raw[name].split(',').map((text) => number(name, 1, 256, { text }));
  if (!['yes', 'no'].includes(raw.creates)) throw new Error(`--creates must be yes or no (got "${raw.creates}")\n${USAGE}`);
  if (!SUITES.includes(raw.suite)) throw new Error(`--suite must be one of ${SUITES.join(', ')} (got "${raw.suite}")\n${USAGE}`);
  return {
    suite: raw.suite,
    instances: number('instances', 1, 10_000),
    tickets: number('tickets', 0, MAX_TICKETS_PER_INSTANCE),
    others: number('others', 0, 1, { integer: false }),
    concurrency: levels('concurrency'),
    listConcurrency: levels('list-concurrency'),
    requests: number('requests', 1, 1_000_000),
    seconds: number('seconds', 1, 3600, { integer: false }),
    queueRequests: number('queue-requests', 1, 1_000_000),
    queueSeconds: number('queue-seconds', 0.5, 3600, { integer: false }),
    creates: raw.creates === 'yes',
    slaInstances: number('sla-instances', 1, 100_000),
    slaTickets: number('sla-tickets', 1, 10_000),
    repeat: number('repeat', 1, 1000),
    mailConcurrency: levels('mail-concurrency'),
    port: number('port', 0, 65535),
    json: raw.json || null,
  };
}

// One request on a keep-alive agent; resolves with the status and the raw body. A Buffer body is
// sent as a raw message, anything else as JSON.
function call(base, agent, method, path, { token, body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const raw = Buffer.isBuffer(body);
    const payload = body === undefined || raw ? body : JSON.stringify(body);
    if (payload) headers['content-type'] = raw ? 'message/rfc822' : 'application/json';
    const request = http.request(`${base}${path}`, { method, agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, text }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path} took more than ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end(payload);
  });
}

// The queries the API sent to PostgreSQL so far (tools/lib/round-trips.cjs inside the API).
async function roundTrips() {
  const { text } = await call(`http://127.0.0.1:${process.env.BENCH_ROUND_TRIPS_PORT}`, undefined, 'GET', '/');
  return Number(text);
}

// CPU time (user and system, all threads) a process has used so far, in ms.
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// Statements PostgreSQL ran in the bench database so far, and the time it spent planning and
// executing them (pg_stat_statements); null where the extension is not there.
async function statementTotals(db) {
  if (!db) return null;
  const { rows } = await db.query(
    `select coalesce(sum(calls), 0)::float8 as calls, coalesce(sum(total_exec_time + total_plan_time), 0)::float8 as ms
       from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`,
  );
  return rows[0];
}

// What a measurement costs per request: round trips (counted in the API), CPU ms of the serving
// process, statements and their ms in PostgreSQL.
async function probe({ pid, db, trips = true }) {
  return { trips: trips ? await roundTrips() : NaN, cpu: pid ? cpuMs(pid) : NaN, statements: await statementTotals(db) };
}

function perRequest(before, after, sent) {
  if (!sent) return { trips: NaN, cpuMs: NaN, statements: NaN, dbMs: NaN };
  return {
    trips: (after.trips - before.trips) / sent,
    cpuMs: (after.cpu - before.cpu) / sent,
    statements: before.statements ? (after.statements.calls - before.statements.calls) / sent : NaN,
    dbMs: before.statements ? (after.statements.ms - before.statements.ms) / sent : NaN,
  };
}

// Sends `send(agent, i)` from `concurrency` loops until `requests` were sent or `seconds` passed.
async function measure(label, concurrency, send, { requests, seconds }, probes = {}) {
  const before = await probe(probes);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (next < requests && performance.now() < deadline) {
      const i = next++;
      const sent = performance.now();
      const outcome = await send(agent, i).catch((error) => ({ status: 0, text: error.message }));
      if (outcome.status >= 200 && outcome.status < 300) latencies.push(performance.now() - sent);
      else {
        errors++;
        firstError ??= `${outcome.status} ${outcome.text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sent = latencies.length + errors;
  const costs = perRequest(before, await probe(probes), sent);
  if (firstError) log(`${label} at concurrency ${concurrency}: ${errors} failed, the first with ${firstError}`);
  latencies.sort((a, b) => a - b);
  const percentile = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : NaN);
  const max = latencies.at(-1) ?? NaN;
  return {
    label, concurrency, requests: latencies.length, errors, seconds: elapsed, perSecond: latencies.length / elapsed,
    p50: percentile(50), p95: percentile(95), p99: percentile(99), max, ...costs,
  };
}

async function inParallel(items, width, task) {
  let next = 0;
  const loop = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: width }, loop));
}

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function table(results) {
  return aligned([
    ['measurement', 'concurrency', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'round trips', 'CPU ms', 'statements', 'DB ms'],
    ...results.map((r) =>
      [r.label, r.concurrency, r.requests, r.errors, fixed(r.perSecond), fixed(r.p50), fixed(r.p95), fixed(r.p99), fixed(r.trips), fixed(r.cpuMs, 2), fixed(r.statements), fixed(r.dbMs, 2)].map(String),
    ),
  ]);
}

// Rows of strings as columns: the first left-aligned, the others right-aligned.
function aligned(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

const secondsSince = (since) => Number(((performance.now() - since) / 1000).toFixed(1));

// Starts the compiled API on 127.0.0.1 with its log in the data directory (a new log unless
// `append`).
async function startApi(env, { port, dataDir, children, append = false }) {
  const base = `http://127.0.0.1:${port || (await freePort())}`;
  const operatorToken = randomBytes(32).toString('base64url');
  const logPath = join(dataDir, 'api.log');
  const logFile = openSync(logPath, append ? 'a' : 'w');
  const [node, args] = compiled(root, 'apps/api/src/main.js');
  const api = spawn(node, ['-r', join(root, 'tools', 'lib', 'round-trips.cjs'), ...args], {
    cwd: root,
    env: {
      ...env,
      HOST: '127.0.0.1',
      PORT: new URL(base).port,
      TESSERA_OPERATOR_TOKEN: operatorToken,
      TESSERA_SECRET_KEY: randomBytes(32).toString('base64url'),
      BENCH_ROUND_TRIPS_PORT: process.env.BENCH_ROUND_TRIPS_PORT,
    },
    stdio: ['ignore', logFile, logFile],
  });
  closeSync(logFile);
  children.push(api);
  api.once('exit', (code) => code && log(`The API exited (${code}); see ${logPath}`));
  await waitForReady(base);
  log(`API on ${base} (log in ${logPath})`);
  return { base, operatorToken, child: api };
}

// Creates an instance through the platform API.
async function createInstance({ base, operatorToken }, agent, slug) {
  const manager = { email: `manager@${slug}.example`, name: `Manager of ${slug}`, password: PASSWORD };
  const response = await call(base, agent, 'POST', '/api/v1/platform/tenants', { token: operatorToken, body: { slug, name: `Bench ${slug}`, manager } });
  if (response.status !== 201) throw new Error(`Provisioning ${slug} failed: ${response.status} ${response.text}`);
  return { id: JSON.parse(response.text).id, slug, manager };
}

// Creates the instances; the first one is the largest.
async function provision(api, options) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const others = Math.round(options.tickets * options.others);
  const slugs = Array.from({ length: options.instances }, (_, i) => `bench-${String(i + 1).padStart(4, '0')}`);
  const instances = [];
  await inParallel(slugs, 4, async (slug, index) => {
    instances[index] = { ...(await createInstance(api, agent, slug)), tickets: index === 0 ? options.tickets : others };
  });
  agent.destroy();
  return instances;
}

async function seed(databaseUrl, instances) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const totals = { tickets: 0, entries: 0, requesters: 0 };
    let knownEmails;
    let plainAgentId;
    let since = performance.now();
    await prepareSeeding(db);
    for (const instance of instances) {
      const { emails, agents, ...counts } = await seedInstance(db, instance, instance.tickets);
      knownEmails ??= emails;
      // The largest instance's first agent who is not a manager (one department, one team).
      plainAgentId ??= agents[1];
      for (const key of Object.keys(totals)) totals[key] += counts[key];
    }
    const sqlSeconds = secondsSince(since);
    since = performance.now();
    await db.query('analyze');
    const analyzeSeconds = secondsSince(since);
    return { totals, sqlSeconds, analyzeSeconds, knownEmails, plainAgentId };
  } finally {
    await db.end();
  }
}

async function postgresVersion(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query("select current_setting('server_version') as version")).rows[0].version;
  } finally {
    await db.end();
  }
}

// Signs the instance's manager in; returns the session token and a help topic to open tickets with.
async function signIn(base, { slug, manager }) {
  const agent = new http.Agent({ keepAlive: false });
  const login = await call(base, agent, 'POST', `/api/v1/t/${slug}/auth/login`, { body: { email: manager.email, password: manager.password } });
  if (login.status !== 200) throw new Error(`Login to ${slug} failed: ${login.status} ${login.text}`);
  const token = JSON.parse(login.text).token;
  const topics = await call(base, agent, 'GET', `/api/v1/t/${slug}/help-topics`, { token });
  return { token, topicId: JSON.parse(topics.text)[0].id };
}

// A session for an agent, written as sign-in writes it (the seeded agents have no password).
async function sessionFor(databaseUrl, tenantId, staffId) {
  const token = `tss_${randomBytes(32).toString('base64url')}`;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('begin');
    await db.query("select set_config('app.tenant_id', $1, true)", [tenantId]);
    await db.query(
      `insert into staff_sessions (tenant_id, id, staff_id, token_hash, expires_at) values ($1, gen_random_uuid(), $2, $3, now() + interval '1 day')`,
      [tenantId, staffId, createHash('sha256').update(token).digest()],
    );
    await db.query('commit');
    return token;
  } finally {
    await db.end();
  }
}

// The same create body for the API and the bare server: every other ticket from a requester the
// instance already knows.
function createBodies(knownEmails, topicId) {
  const run = randomBytes(3).toString('hex');
  let created = 0;
  return () => {
    const n = created++;
    const requester =
      n % 2 && knownEmails.length ? { email: knownEmails[n % knownEmails.length] } : { email: `new.${run}.${n}@example.org`, name: `New requester ${n}` };
    return { requester, subject: `Projector in room ${n % 40} is blank`, message: 'It shows no signal since the morning.', source: 'phone', helpTopicId: topicId };
  };
}

async function measureQueues(base, largest, agentToken, options, probes) {
  const results = [];
  const bounds = { requests: options.queueRequests, seconds: options.queueSeconds };
  for (const view of QUEUE_VIEWS) {
    for (const sort of SORTS) {
      const path = `/api/v1/t/${largest.slug}/tickets?queue=${view}&sort=${sort}&limit=${PAGE}`;
      const send = (agent) => call(base, agent, 'GET', path, { token: agentToken });
      await measure('warm-up', 1, send, { requests: 5, seconds: options.queueSeconds });
      for (const concurrency of options.listConcurrency) {
        results.push(await measure(`list ${view} ${sort}`, concurrency, send, bounds, probes));
      }
    }
    log(`Listed the ${view} queue in every sort`);
  }
  return results;
}

async function measureCreates(label, base, token, bodies, options, probes) {
  const results = [];
  const bounds = { requests: options.requests, seconds: options.seconds };
  const send = (agent) => call(base, agent, 'POST', `/api/v1/t/${options.slug}/tickets`, { token, body: bodies() });
  await measure('warm-up', 1, send, { requests: WARM_UP_REQUESTS, seconds: options.seconds });
  for (const concurrency of options.concurrency) {
    log(`${label} at concurrency ${concurrency}...`);
    results.push(await measure(label, concurrency, send, bounds, probes));
  }
  return results;
}

// The bare Node + pg server (tools/lib/bench-bare.mjs) as a process of its own, so that its CPU
// time is its own.
async function startBare({ runtimeUrl, tenantId, children }) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'tools', 'lib', 'bench-bare.mjs')], {
    cwd: root,
    env: { ...process.env, BENCH_BARE_DATABASE_URL: runtimeUrl, BENCH_BARE_TENANT: tenantId, BENCH_BARE_PORT: String(port), BENCH_BARE_POOL: '10' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`The bare server exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

// pgbench running the bare server's statements from its own clients: what PostgreSQL alone
// does with the writes of a create, without any HTTP server.
async function pgbenchCreates({ runtimeUrl, tenantId, token, knownEmail, dataDir }, options, db) {
  const script = join(dataDir, 'create.pgbench');
  writeFileSync(
    script,
    `\\set n random(1, 9000000000000000000)
begin;
select set_config('app.tenant_id', :tenant, true);
select staff.id from staff_sessions session join staff on staff.tenant_id = session.tenant_id and staff.id = session.staff_id
 where session.token_hash = decode(:hash, 'hex') and session.expires_at > now();
select requester_id from requester_emails where email_lower = lower(:email);
select 1 from tickets where reference = 'b' || :n::text;
with topic as (select t.department_id, t.id, coalesce(t.priority_id, (select id from priorities where is_default)) as priority_id,
                      (select id from sla_plans where is_default) as sla_plan_id, (select id from ticket_statuses where is_default) as status_id
                 from help_topics t order by t.created_at limit 1),
ticket as (
  insert into tickets (tenant_id, id, reference, subject, requester_id, department_id, help_topic_id, priority_id, status_id, sla_plan_id, source,
                       due_at, created_at, updated_at, last_activity_at)
  select tessera_current_tenant(), gen_random_uuid(), 'b' || :n::text, 'Projector is blank', (select requester_id from requester_emails where email_lower = lower(:email)),
         topic.department_id, topic.id, topic.priority_id, topic.status_id, topic.sla_plan_id, 'phone', now() + interval '1 day', now(), now(), now() from topic
  returning id, requester_id),
participant as (
  insert into ticket_participants (tenant_id, ticket_id, requester_id, role, token_salt, added_at)
  select tessera_current_tenant(), id, requester_id, 'requester', gen_random_uuid()::text::bytea, now() from ticket),
entries as (
  insert into ticket_entries (tenant_id, id, ticket_id, kind, visibility, author_requester_id, event, body, data, created_at)
  select tessera_current_tenant(), gen_random_uuid(), ticket.id, e.kind, 'public', case when e.kind = 'message' then ticket.requester_id end, e.event, e.body, '{}', now()
    from ticket, (values ('event', 'created', ''), ('message', null, 'It shows no signal since the morning.')) as e (kind, event, body)),
outbox as (
  insert into outbox (tenant_id, id, topic, payload) select tessera_current_tenant(), gen_random_uuid(), 'ticket.created', json_build_object('ticketId', id) from ticket)
select 1;
commit;
`,
  );
  const url = new URL(runtimeUrl);
  const results = [];
  for (const concurrency of options.concurrency) {
    log(`pgbench at concurrency ${concurrency}...`);
    const before = await probe({ db, trips: false });
    const started = performance.now();
    const output = await new Promise((resolve, reject) => {
      const child = spawn(
        'pgbench',
        ['-n', '-M', 'prepared', '-f', script, '-c', String(concurrency), '-j', String(Math.min(concurrency, 2)), '-T', String(Math.ceil(options.seconds)),
         '-h', url.hostname, '-p', url.port, '-U', decodeURIComponent(url.username),
         '-D', `tenant=${tenantId}`, '-D', `hash=${createHash('sha256').update(token).digest('hex')}`, '-D', `email=${knownEmail}`, url.pathname.slice(1)],
        { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench failed (${code}): ${text.slice(-500)}`))));
    });
    const elapsed = (performance.now() - started) / 1000;
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? NaN);
    const latency = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1] ?? NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    const costs = perRequest(before, await probe({ db, trips: false }), transactions);
    results.push({
      label: 'pgbench create', concurrency, requests: transactions, errors: failed, seconds: elapsed,
      perSecond: Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? NaN), p50: latency, p95: NaN, p99: NaN, max: NaN, ...costs, trips: 7, cpuMs: NaN,
    });
  }
  return results;
}

// Creation as ratios of the same run's bare server and pgbench, and each target of the issue met
// or missed by how much.
function verdicts(results) {
  const at = (label, concurrency) => results.find((r) => r.label === label && r.concurrency === concurrency);
  const lines = [];
  for (const concurrency of [...new Set(results.filter((r) => r.label === 'create ticket').map((r) => r.concurrency))]) {
    const api = at('create ticket', concurrency);
    const bare = at('bare create', concurrency);
    const bench = at('pgbench create', concurrency);
    lines.push(
      `Creates/s at c=${concurrency}: API ${fixed(api?.perSecond)}, bare Node + pg ${fixed(bare?.perSecond)}, pgbench ${fixed(bench?.perSecond)}; ` +
        `API/bare ${fixed((api?.perSecond / bare?.perSecond) * 100, 0)} %, API/pgbench ${fixed((api?.perSecond / bench?.perSecond) * 100, 0)} %`,
    );
  }
  const check = (what, value, limit, higherIsBetter = false) => {
    const met = higherIsBetter ? value >= limit : value <= limit;
    const by = higherIsBetter ? limit - value : value - limit;
    return `${met ? 'met   ' : 'MISSED'} ${what}: ${fixed(value, 2)} (target ${higherIsBetter ? '>=' : '<='} ${limit}${met ? '' : `, missed by ${fixed(by, 2)}`})`;
  };
  const top = Math.max(...results.filter((r) => r.label === 'create ticket').map((r) => r.concurrency));
  const api = at('create ticket', top);
  const bare = at('bare create', top);
  if (api && bare) lines.push(check(`creation as a share of the bare server at c=${top}`, api.perSecond / bare.perSecond, TARGETS.bareShare, true));
  const creates = results.filter((r) => r.label === 'create ticket');
  if (creates.length) lines.push(check('round trips per create (most of any level)', Math.max(...creates.map((r) => r.trips)), TARGETS.createTrips));
  const lists = results.filter((r) => r.label.startsWith('list '));
  if (lists.length) {
    const worst = (rows, key) => rows.reduce((a, b) => (b[key] > a[key] ? b : a));
    lines.push(check('round trips per queue page (most of any page)', worst(lists, 'trips').trips, TARGETS.queueTrips));
    const one = lists.filter((r) => r.concurrency === 1);
    if (one.length) lines.push(check(`slowest queue page p95 at c=1 (${worst(one, 'p95').label}), ms`, worst(one, 'p95').p95, TARGETS.queueP95));
    const eight = lists.filter((r) => r.concurrency === 8);
    if (eight.length) lines.push(check(`slowest queue page p99 at c=8 (${worst(eight, 'p99').label}), ms`, worst(eight, 'p99').p99, TARGETS.queueP99AtEight));
  }
  return lines;
}

// Creation through the API, the bare server and pgbench, one after the other in the same run.
async function measureAllCreates({ databaseUrl, largest, manager, knownEmails, dataDir, children, db, apiBase, apiProbes }, options) {
  const runtimeUrl = createRequire(import.meta.url)(join(root, 'dist', 'libs', 'config', 'src', 'index.js')).deriveRuntimeUrl(databaseUrl);
  const bodies = createBodies(knownEmails, manager.topicId);
  const creating = { ...options, slug: largest.slug };
  const results = await measureCreates('create ticket', apiBase, manager.token, bodies, creating, apiProbes);
  const bare = await startBare({ runtimeUrl, tenantId: largest.id, children });
  results.push(...(await measureCreates('bare create', bare.base, manager.token, bodies, creating, { pid: bare.child.pid, db, trips: false })));
  await stopChild(bare.child);
  results.push(...(await pgbenchCreates({ runtimeUrl, tenantId: largest.id, token: manager.token, knownEmail: knownEmails[0], dataDir }, options, db)));
  return results;
}

async function benchTickets(api, env, options, machineNow, { dataDir, children }) {
  const databaseUrl = env.DATABASE_URL;
  let since = performance.now();
  const instances = await provision(api, options);
  const provisionSeconds = secondsSince(since);
  log(`Provisioned ${instances.length} instances through the API in ${provisionSeconds} s`);
  const { totals, sqlSeconds, analyzeSeconds, knownEmails, plainAgentId } = await seed(databaseUrl, instances);
  const [largest, other] = instances;
  log(
    `Seeded ${totals.tickets} tickets (${largest.tickets} in ${largest.slug}${other ? `, ${other.tickets} in each other instance` : ''}), ` +
      `${totals.entries} thread entries and ${totals.requesters} requesters by SQL in ${sqlSeconds} s; ANALYZE ${analyzeSeconds} s`,
  );

  const statistics = new pg.Client({ connectionString: databaseUrl });
  await statistics.connect();
  const db = await statistics
    .query('create extension if not exists pg_stat_statements')
    .then(() => statistics)
    .catch((error) => (log(`No statement statistics (${error.message})`), null));
  try {
    const manager = await signIn(api.base, largest);
    const agentToken = await sessionFor(databaseUrl, largest.id, plainAgentId);
    const apiProbes = { pid: api.child.pid, db };
    const results = await measureQueues(api.base, largest, agentToken, options, apiProbes);
    if (options.creates) results.push(...(await measureAllCreates({ databaseUrl, largest, manager, knownEmails, dataDir, children, db, apiBase: api.base, apiProbes }, options)));

    const machine = machineNow();
    console.log(`
Tessera benchmark: ${instances.length} instances, ${totals.tickets} tickets; queues listed on ${largest.slug} (${largest.tickets} tickets) by a plain agent, tickets created there
${machineLine(machine)}
Seeding: ${provisionSeconds} s provisioning through the API, ${sqlSeconds} s SQL, ${analyzeSeconds} s ANALYZE
Queue pages of ${PAGE}: at most ${options.queueRequests} requests or ${options.queueSeconds} s per page and level; creates: at most ${options.requests} or ${options.seconds} s per level.
Round trips are counted in the API; CPU ms is the serving process's (API or bare server); statements and DB ms (planning and execution) from pg_stat_statements.
The bare server's round trips are 6 or 7 by construction (begin with the instance, session, requester or a new one, reference, the writes, commit).

${table(results)}

${verdicts(results).join('\n')}
`);
    if (options.json) {
      const seeding = { instances: instances.length, ...totals, largest: largest.tickets, provisionSeconds, sqlSeconds, analyzeSeconds };
      writeFileSync(options.json, JSON.stringify({ options, machine, seeding, results }, null, 2) + '\n');
      log(`Wrote ${options.json}`);
    }
  } finally {
    await statistics.end();
  }
}

// A new instance with one mailbox in its first department, and that mailbox's inbound token.
async function mailbox(api, slug) {
  const agent = new http.Agent({ keepAlive: false });
  const instance = await createInstance(api, agent, slug);
  const { token } = await signIn(api.base, instance);
  const admin = async (method, path, body, status) => {
    const response = await call(api.base, agent, method, `/api/v1/t/${slug}/admin/${path}`, { token, body });
    if (response.status !== status) throw new Error(`${method} admin/${path} on ${slug} failed: ${response.status} ${response.text}`);
    return JSON.parse(response.text);
  };
  const [department] = await admin('GET', 'departments', undefined, 200);
  const { id } = await admin('POST', 'mailboxes', { name: 'Support', address: `support@${slug}.example`, departmentId: department.id }, 201);
  const issued = await admin('POST', `mailboxes/${id}/inbound-token`, {}, 201);
  return { slug, token: issued.token };
}

const newTally = () => ({ answers: {}, failed: [] });

// Posts a raw message through the MTA pipe and counts the answer in `tally`: by the intake's
// status (accepted, flagged, dropped, refused), as a duplicate, or by the HTTP status of a
// failure, whose file is kept.
async function postMail(base, agent, box, raw, tally, file) {
  const path = `/api/v1/t/${box.slug}/mail/inbound`;
  const outcome = await call(base, agent, 'POST', path, { token: box.token, body: raw }).catch((error) => ({ status: 0, text: error.message }));
  const answer = outcome.status === 200 ? JSON.parse(outcome.text) : null;
  const key = answer ? (answer.duplicate ? 'duplicate' : answer.status) : outcome.status ? `HTTP ${outcome.status}` : 'no answer';
  tally.answers[key] = (tally.answers[key] ?? 0) + 1;
  if (!answer) tally.failed.push(file);
  return outcome;
}

const megabytes = (value) => Number(value.toFixed(1));
const answersText = (answers) =>
  Object.entries(answers)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');

// The stress messages, each posted `--repeat` times one after the other with a fresh Message-ID,
// with the API's memory around them; then the whole corpus as it is, once per concurrency level.
// Each runs on a freshly started and warmed-up API, so that what one left in memory does not
// count for the next.
async function benchMail(api, restartApi, options, machineNow) {
  const corpus = mailCorpus(root);
  const read = (file) => readFileSync(join(corpus.directory, file));
  const messages = corpus.messages.map((file) => ({ file, raw: read(file) }));
  const corpusBytes = messages.reduce((sum, { raw }) => sum + raw.length, 0);
  log(`Mail corpus: ${messages.length} messages, ${megabytes(corpusBytes / 2 ** 20)} MB, in ${corpus.directory}`);
  const all = { seconds: Infinity };
  const box = await mailbox(api, 'bench-mail');
  const warmUp = Buffer.from(['From: Warm Up <warm.up@example.org>', 'To: support@bench-mail.example', 'Subject: Warm-up', '', 'Hello.', ''].join('\r\n'));
  let warmUps = 0;
  const freshApi = async () => {
    const fresh = await restartApi();
    const send = (agent) => postMail(fresh.base, agent, box, withMessageId(warmUp, `warm-up-${warmUps++}@bench.invalid`), newTally());
    await measure('warm-up', 1, send, { requests: WARM_UP_REQUESTS, ...all });
    return fresh;
  };

  const stress = [];
  for (const [index, file] of corpus.stress.entries()) {
    const raw = read(file);
    const tally = newTally();
    const { base, child } = await freshApi();
    log(`Posting ${file} ${options.repeat} times...`);
    // Without a reset the peak is the highest since the API started, warm-up included.
    if (!resetPeak(child.pid)) log('Peak memory cannot be reset (/proc/<pid>/clear_refs); the peak includes the warm-up');
    const before = memoryOf(child.pid);
    const send = (agent, i) => postMail(base, agent, box, withMessageId(raw, `stress-${index}-${i}@bench.invalid`), tally, file);
    const { errors, p50, max } = await measure(`stress ${file}`, 1, send, { requests: options.repeat, ...all });
    const after = memoryOf(child.pid);
    const memory = before && { before: megabytes(before.rss), peak: megabytes(after.peak), growth: megabytes(after.peak - before.rss), after: megabytes(after.rss) };
    const underTime = errors === 0 && max < STRESS_LIMITS.ms;
    const underMemory = memory ? memory.peak < STRESS_LIMITS.megabytes : null;
    stress.push({ file, bytes: raw.length, posts: options.repeat, errors, p50, max, memory, underTime, underMemory, answers: tally.answers });
  }

  const results = [];
  for (const [index, concurrency] of options.mailConcurrency.entries()) {
    const fresh = await freshApi();
    // An instance per level: every message is new there and goes in as it is, Message-ID included.
    const levelBox = await mailbox(fresh, `bench-mail-${index + 1}`);
    const tally = newTally();
    log(`Posting the corpus at concurrency ${concurrency}...`);
    const send = (agent, i) => postMail(fresh.base, agent, levelBox, messages[i].raw, tally, messages[i].file);
    results.push({ ...(await measure('mail corpus', concurrency, send, { requests: messages.length, ...all })), ...tally });
  }

  const machine = machineNow();
  const yesNo = (value) => (value === null ? '-' : value ? 'yes' : 'NO');
  const stressRows = stress.map((s) =>
    [s.file, s.bytes, s.errors, s.p50.toFixed(1), s.max.toFixed(1), s.memory?.before, s.memory?.peak, s.memory?.growth, yesNo(s.underTime), yesNo(s.underMemory), answersText(s.answers)].map(
      (cell) => String(cell ?? '-'),
    ),
  );
  const answerLines = results.map((r) => `Concurrency ${r.concurrency}: ${answersText(r.answers)}${r.failed.length ? `; failed: ${r.failed.join(', ')}` : ''}`);
  console.log(`
Tessera mail benchmark: raw mail posted to /api/v1/t/{slug}/mail/inbound; corpus of ${messages.length} messages (${megabytes(corpusBytes / 2 ** 20)} MB)
${machineLine(machine)}

Stress: each message of the corpus's "stress" check posted ${options.repeat} times, one at a time, with a fresh Message-ID, to a freshly started API.
Memory of the API process: resident before the first post, peak resident (VmHWM) while posting, and the peak's growth over the
resident before. Under ${STRESS_LIMITS.ms / 1000} s and ${STRESS_LIMITS.megabytes} MB compare the slowest post and the peak with what the check asks on the reference machine.

${aligned([['file', 'bytes', 'errors', 'p50 ms', 'max ms', 'RSS MB', 'peak MB', 'growth MB', `under ${STRESS_LIMITS.ms / 1000} s`, `under ${STRESS_LIMITS.megabytes} MB`, 'answers'], ...stressRows])}

Corpus: every message posted once, as it is, at each level into an instance of its own on a freshly started API; latencies of successful posts.

${table(results)}

${answerLines.join('\n')}
`);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ options, machine, corpus: { directory: corpus.directory, messages: messages.length, bytes: corpusBytes }, stress, results }, null, 2) + '\n');
    log(`Wrote ${options.json}`);
  }
}

const machineLine = ({ cpus, node, postgres, loadAverage }) =>
  `Machine: ${cpus} CPUs, Node ${node}, PostgreSQL ${postgres}; 1-minute load average ${loadAverage[0]} at the start, ${loadAverage[1]} at the end`;

async function main(options, services, children) {
  const [loadAtStart] = loadavg();
  if (loadAtStart > cpus().length / 2) log(`Other work is running (load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs); the figures will be lower`);
  const env = { ...process.env, ...services.env };
  // The API connects as the managed runtime role of the bench database.
  delete env.DATABASE_APP_URL;
  process.env.BENCH_ROUND_TRIPS_PORT = String(await freePort());
  log('Building...');
  await build(root, env);
  log(`Migrating a fresh ${DATABASE} database...`);
  env.DATABASE_URL = await recreateDatabase(services.env.DATABASE_URL, DATABASE);
  await migrate(root, env, { quiet: true });
  if (options.suite === 'sla') return benchSla(root, env, options, { log, children });
  let api = await startApi(env, { port: options.port, dataDir: services.dataDir, children });
  const restartApi = async () => {
    await stopChild(api.child);
    return (api = await startApi(env, { port: options.port, dataDir: services.dataDir, children, append: true }));
  };
  const postgres = await postgresVersion(env.DATABASE_URL);
  const machineNow = () => {
    const loadAverage = [loadAtStart, loadavg()[0]].map((load) => Number(load.toFixed(2)));
    return { cpus: cpus().length, node: process.versions.node, postgres, loadAverage };
  };
  if (options.suite === 'mail') await benchMail(api, restartApi, options, machineNow);
  else await benchTickets(api, env, options, machineNow, { dataDir: services.dataDir, children });
}

let options;
try {
  options = readOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const services = await startServices({ root, profile: 'bench', log });
const children = [];
let status = 1;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map(stopChild));
  await services.stop();
  process.exit(status);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
try {
  await main(options, services, children);
  status = 0;
} catch (error) {
  console.error(`[tools/bench] ${error.message}`);
}
await stop();
