// tools/bench: seeds a fresh database with many instances and tickets, starts the real API on
// 127.0.0.1 and measures ticket creation and queue listing through HTTP. See
// docs/operators.md#benchmarks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { MAX_TICKETS_PER_INSTANCE, prepareSeeding, seedInstance } from './bench-seed.mjs';
import { stopChild } from './run.mjs';
import { freePort, startServices } from './services.mjs';
import { build, compiled, migrate, recreateDatabase, waitForReady } from './steps.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const log = (message) => console.log(`[tools/bench] ${message}`);
const DATABASE = 'tessera_bench';
const PASSWORD = 'bench manager password';
const REQUEST_TIMEOUT_MS = 30_000;
const WARM_UP_REQUESTS = 20;
const QUEUES = ['queue=all&sort=due', 'queue=all&sort=-activity', 'queue=unassigned&sort=due'];

const USAGE = `usage: tools/bench [options]           (each option also as an environment variable)
  --instances N          instances to provision (BENCH_INSTANCES, default 100)
  --tickets M            tickets of the largest instance (BENCH_TICKETS, default 10000, at most ${MAX_TICKETS_PER_INSTANCE})
  --others F             each other instance's tickets as a fraction of M (BENCH_OTHERS, default 0.1)
  --concurrency LIST     ticket creation levels (BENCH_CONCURRENCY, default 1,8,32)
  --list-concurrency L   queue listing levels (BENCH_LIST_CONCURRENCY, default 1,8)
  --requests R           requests per level at most (BENCH_REQUESTS, default 1000)
  --seconds S            seconds per level at most (BENCH_SECONDS, default 15)
  --port P               API port on 127.0.0.1 (BENCH_PORT, default a free one)
  --json PATH            also write the figures as JSON (BENCH_JSON)`;

function readOptions(argv, env) {
  const spec = {
    instances: ['BENCH_INSTANCES', '100'],
    tickets: ['BENCH_TICKETS', '10000'],
    others: ['BENCH_OTHERS', '0.1'],
    concurrency: ['BENCH_CONCURRENCY', '1,8,32'],
    'list-concurrency': ['BENCH_LIST_CONCURRENCY', '1,8'],
    requests: ['BENCH_REQUESTS', '1000'],
    seconds: ['BENCH_SECONDS', '15'],
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
  return {
    instances: number('instances', 1, 10_000),
    tickets: number('tickets', 0, MAX_TICKETS_PER_INSTANCE),
    others: number('others', 0, 1, { integer: false }),
    concurrency: levels('concurrency'),
    listConcurrency: levels('list-concurrency'),
    requests: number('requests', 1, 1_000_000),
    seconds: number('seconds', 1, 3600, { integer: false }),
    port: number('port', 0, 65535),
    json: raw.json || null,
  };
}

// One request on a keep-alive agent; resolves with the status and the raw body.
function call(base, agent, method, path, { token, body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload) headers['content-type'] = 'application/json';
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

// Sends `send(agent, i)` from `concurrency` loops until `requests` were sent or `seconds` passed.
async function measure(label, concurrency, send, { requests, seconds }) {
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
  if (firstError) log(`${label} at concurrency ${concurrency}: ${errors} failed, the first with ${firstError}`);
  latencies.sort((a, b) => a - b);
  const percentile = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : NaN);
  return { label, concurrency, requests: latencies.length, errors, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(50), p99: percentile(99) };
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

function table(results) {
  const rows = [
    ['measurement', 'concurrency', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms'],
    ...results.map((r) => [r.label, r.concurrency, r.requests, r.errors, r.perSecond.toFixed(1), r.p50.toFixed(1), r.p99.toFixed(1)].map(String)),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

const secondsSince = (since) => Number(((performance.now() - since) / 1000).toFixed(1));

// Starts the compiled API on 127.0.0.1 with its log in the data directory.
async function startApi(env, { port, dataDir, children }) {
  const base = `http://127.0.0.1:${port || (await freePort())}`;
  const operatorToken = randomBytes(32).toString('base64url');
  const logPath = join(dataDir, 'api.log');
  const logFile = openSync(logPath, 'w');
  const api = spawn(...compiled(root, 'apps/api/src/main.js'), {
    cwd: root,
    env: {
      ...env,
      HOST: '127.0.0.1',
      PORT: new URL(base).port,
      TESSERA_OPERATOR_TOKEN: operatorToken,
      TESSERA_SECRET_KEY: randomBytes(32).toString('base64url'),
    },
    stdio: ['ignore', logFile, logFile],
  });
  closeSync(logFile);
  children.push(api);
  api.once('exit', (code) => code && log(`The API exited (${code}); see ${logPath}`));
  await waitForReady(base);
  log(`API on ${base} (log in ${logPath})`);
  return { base, operatorToken };
}

// Creates the instances through the platform API; the first one is the largest.
async function provision({ base, operatorToken }, options) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const others = Math.round(options.tickets * options.others);
  const slugs = Array.from({ length: options.instances }, (_, i) => `bench-${String(i + 1).padStart(4, '0')}`);
  const instances = [];
  await inParallel(slugs, 4, async (slug, index) => {
    const manager = { email: `manager@${slug}.example`, name: `Manager of ${slug}`, password: PASSWORD };
    const response = await call(base, agent, 'POST', '/api/v1/platform/tenants', { token: operatorToken, body: { slug, name: `Bench ${slug}`, manager } });
    if (response.status !== 201) throw new Error(`Provisioning ${slug} failed: ${response.status} ${response.text}`);
    instances[index] = { id: JSON.parse(response.text).id, slug, manager, tickets: index === 0 ? options.tickets : others };
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
    let since = performance.now();
    await prepareSeeding(db);
    for (const instance of instances) {
      const { emails, ...counts } = await seedInstance(db, instance, instance.tickets);
      knownEmails ??= emails;
      for (const key of Object.keys(totals)) totals[key] += counts[key];
    }
    const sqlSeconds = secondsSince(since);
    since = performance.now();
    await db.query('analyze');
    const analyzeSeconds = secondsSince(since);
    const { version } = (await db.query("select current_setting('server_version') as version")).rows[0];
    return { totals, sqlSeconds, analyzeSeconds, knownEmails, postgres: version };
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

async function measureAll(base, largest, { token, topicId }, knownEmails, options) {
  const results = [];
  const bounds = { requests: options.requests, seconds: options.seconds };
  const warmUp = (send) => measure('warm-up', 1, send, { requests: WARM_UP_REQUESTS, seconds: options.seconds });
  for (const query of QUEUES) {
    const path = `/api/v1/t/${largest.slug}/tickets?${query}&limit=50`;
    const send = (agent) => call(base, agent, 'GET', path, { token });
    await warmUp(send);
    for (const concurrency of options.listConcurrency) {
      log(`Listing ${query} at concurrency ${concurrency}...`);
      results.push(await measure(`list ${query}`, concurrency, send, bounds));
    }
  }
  let created = 0;
  const run = randomBytes(3).toString('hex');
  const createTicket = (agent) => {
    const n = created++;
    // Every other ticket comes from a requester the instance already knows.
    const requester =
      n % 2 && knownEmails.length ? { email: knownEmails[n % knownEmails.length] } : { email: `new.${run}.${n}@example.org`, name: `New requester ${n}` };
    const body = { requester, subject: `Projector in room ${n % 40} is blank`, message: 'It shows no signal since the morning.', source: 'phone', helpTopicId: topicId };
    return call(base, agent, 'POST', `/api/v1/t/${largest.slug}/tickets`, { token, body });
  };
  await warmUp(createTicket);
  for (const concurrency of options.concurrency) {
    log(`Creating tickets at concurrency ${concurrency}...`);
    results.push(await measure('create ticket', concurrency, createTicket, bounds));
  }
  return results;
}

async function main(options, services, children) {
  const [loadAtStart] = loadavg();
  if (loadAtStart > cpus().length / 2) log(`Other work is running (load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs); the figures will be lower`);
  const env = { ...process.env, ...services.env };
  // The API connects as the managed runtime role of the bench database.
  delete env.DATABASE_APP_URL;
  log('Building...');
  await build(root, env);
  log(`Migrating a fresh ${DATABASE} database...`);
  env.DATABASE_URL = await recreateDatabase(services.env.DATABASE_URL, DATABASE);
  await migrate(root, env, { quiet: true });
  const api = await startApi(env, { port: options.port, dataDir: services.dataDir, children });

  let since = performance.now();
  const instances = await provision(api, options);
  const provisionSeconds = secondsSince(since);
  log(`Provisioned ${instances.length} instances through the API in ${provisionSeconds} s`);
  const { totals, sqlSeconds, analyzeSeconds, knownEmails, postgres } = await seed(env.DATABASE_URL, instances);
  const [largest, other] = instances;
  log(
    `Seeded ${totals.tickets} tickets (${largest.tickets} in ${largest.slug}${other ? `, ${other.tickets} in each other instance` : ''}), ` +
      `${totals.entries} thread entries and ${totals.requesters} requesters by SQL in ${sqlSeconds} s; ANALYZE ${analyzeSeconds} s`,
  );

  const results = await measureAll(api.base, largest, await signIn(api.base, largest), knownEmails, options);

  const loadAverage = [loadAtStart, loadavg()[0]].map((load) => Number(load.toFixed(2)));
  const machine = { cpus: cpus().length, node: process.versions.node, postgres, loadAverage };
  console.log(`
Tessera benchmark: ${instances.length} instances, ${totals.tickets} tickets; queues listed on ${largest.slug} (${largest.tickets} tickets), tickets created there
Machine: ${machine.cpus} CPUs, Node ${machine.node}, PostgreSQL ${postgres}; 1-minute load average ${loadAverage[0]} at the start, ${loadAverage[1]} at the end
Seeding: ${provisionSeconds} s provisioning through the API, ${sqlSeconds} s SQL, ${analyzeSeconds} s ANALYZE
Each level: at most ${options.requests} requests or ${options.seconds} s; latencies of successful requests.

${table(results)}
`);
  if (options.json) {
    const seeding = { instances: instances.length, ...totals, largest: largest.tickets, provisionSeconds, sqlSeconds, analyzeSeconds };
    writeFileSync(options.json, JSON.stringify({ options, machine, seeding, results }, null, 2) + '\n');
    log(`Wrote ${options.json}`);
  }
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
