import { resolve } from 'node:path';
import { deriveRuntimeUrl } from './database-url';

// The one place that reads the environment. Everything else receives a typed, validated Config.

export interface Config {
  environment: 'production' | 'development' | 'test';
  http: { host: string; port: number; publicUrl: string; trustProxy: boolean };
  // The web app's production build (index.html and its assets), served at /{slug}/ and /{slug}/scp/.
  web: { root: string };
  database: {
    // Owner connection: runs migrations and may create roles; never serves requests.
    ownerUrl: string | null;
    // Runtime connection: a role that owns nothing and cannot bypass row-level security.
    runtimeUrl: string;
    // True when the runtime role is tessera_app, created and kept by the migrations.
    runtimeRoleManaged: boolean;
    poolSize: number;
  };
  redis: { url: string; queuePrefix: string };
  operator: { token: string | null };
  // Signs guest ticket links (and later encrypts stored mailbox secrets). At least 32 characters.
  secretKey: string;
  auth: { sessionTtlMinutes: number; loginMaxAttempts: number; loginWindowSeconds: number };
  tenancy: { cacheSeconds: number };
  worker: {
    housekeepingIntervalSeconds: number;
    outboxIntervalMilliseconds: number;
    slaSweepIntervalMilliseconds: number;
    recurringSweepIntervalMilliseconds: number;
    timeRuleSweepIntervalMilliseconds: number;
    // How often due IMAP mailboxes are looked for, and how many messages one fetch takes in.
    mailSweepIntervalMilliseconds: number;
    mailFetchBatch: number;
    // How long relayed outbox messages (and the webhook deliveries of them) are kept, in days:
    // live streams replay and webhooks re-deliver from them.
    outboxRetentionDays: number;
    concurrency: number;
    // The worker's health and metrics listener, on HOST (0: any free port).
    port: number;
  };
  // Outgoing mail: one SMTP relay for the deployment (null: mail waits in the outbox).
  mail: { smtpUrl: string | null; from: string };
  // Whether webhooks may call loopback and private addresses (TESSERA_WEBHOOKS_ALLOW_INTERNAL);
  // after how many events in a row that a webhook failed to take it is switched off
  // (TESSERA_WEBHOOKS_DISABLE_AFTER).
  webhooks: { allowInternal: boolean; disableAfter: number };
  log: { level: string; pretty: boolean };
  shutdownTimeoutSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback?: string): string {
    const value = this.env[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required`);
    return '';
  }

  optional(name: string): string | null {
    return this.env[name]?.trim() || null;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  url(name: string, protocols: string[], fallback?: string): string {
    const value = this.string(name, fallback);
    if (value && !isUrl(value, protocols)) {
      this.problems.push(`${name} must be a URL with scheme ${protocols.join(' or ')}`);
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
}

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}

function readDatabase(read: EnvReader): Config['database'] {
  const ownerUrl = read.optional('DATABASE_URL');
  const appUrl = read.optional('DATABASE_APP_URL');
  if (!ownerUrl && !appUrl) read.problems.push('DATABASE_URL (or DATABASE_APP_URL) is required');
  if (ownerUrl && !isUrl(ownerUrl, ['postgres', 'postgresql'])) read.problems.push('DATABASE_URL must be a postgres:// URL');
  if (appUrl && !isUrl(appUrl, ['postgres', 'postgresql'])) read.problems.push('DATABASE_APP_URL must be a postgres:// URL');
  return {
    ownerUrl,
    runtimeUrl: appUrl ?? (ownerUrl && isUrl(ownerUrl, ['postgres', 'postgresql']) ? deriveRuntimeUrl(ownerUrl) : ''),
    runtimeRoleManaged: !appUrl,
    poolSize: read.integer('DATABASE_POOL_SIZE', 10, 1, 500),
  };
}

function readMail(read: EnvReader): Config['mail'] {
  const smtpUrl = read.optional('TESSERA_SMTP_URL');
  if (smtpUrl && !isUrl(smtpUrl, ['smtp', 'smtps'])) read.problems.push('TESSERA_SMTP_URL must be an smtp:// or smtps:// URL');
  return { smtpUrl, from: read.string('TESSERA_MAIL_FROM', 'Tessera <no-reply@localhost>') };
}

// The database settings alone, for commands that need nothing else (migrate).
export function loadDatabaseConfig(env: Env = process.env): Config['database'] {
  const read = new EnvReader(env);
  const database = readDatabase(read);
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return database;
}

export function loadConfig(env: Env = process.env): Config {
  const read = new EnvReader(env);
  const environment = read.oneOf('NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  const host = read.string('HOST', '127.0.0.1');
  const port = read.integer('PORT', 3000, 0, 65535);
  const operatorToken = read.optional('TESSERA_OPERATOR_TOKEN');
  if (operatorToken && operatorToken.length < 32) read.problems.push('TESSERA_OPERATOR_TOKEN must be at least 32 characters');
  const secretKey = read.string('TESSERA_SECRET_KEY');
  if (secretKey && secretKey.length < 32) read.problems.push('TESSERA_SECRET_KEY must be at least 32 characters');

  const config: Config = {
    environment,
    web: { root: read.string('TESSERA_WEB_ROOT', resolve('dist', 'web')) },
    http: {
      host,
      port,
      publicUrl: read.url('TESSERA_PUBLIC_URL', ['http', 'https'], `http://${host}:${port}`).replace(/\/+$/, ''),
      trustProxy: read.boolean('TRUST_PROXY', false),
    },
    database: readDatabase(read),
    redis: {
      url: read.url('REDIS_URL', ['redis', 'rediss']),
      queuePrefix: read.string('TESSERA_QUEUE_PREFIX', 'tessera'),
    },
    operator: { token: operatorToken },
    secretKey,
    auth: {
      sessionTtlMinutes: read.integer('TESSERA_SESSION_TTL_MINUTES', 12 * 60, 5, 30 * 24 * 60),
      loginMaxAttempts: read.integer('TESSERA_LOGIN_MAX_ATTEMPTS', 10, 1, 10_000),
      loginWindowSeconds: read.integer('TESSERA_LOGIN_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
    },
    tenancy: { cacheSeconds: read.integer('TESSERA_TENANT_CACHE_SECONDS', 30, 0, 3600) },
    worker: {
      housekeepingIntervalSeconds: read.integer('WORKER_HOUSEKEEPING_INTERVAL_SECONDS', 300, 1, 86_400),
      outboxIntervalMilliseconds: read.integer('WORKER_OUTBOX_INTERVAL_MS', 1000, 50, 60_000),
      slaSweepIntervalMilliseconds: read.integer('WORKER_SLA_SWEEP_INTERVAL_MS', 30_000, 50, 3_600_000),
      recurringSweepIntervalMilliseconds: read.integer('WORKER_RECURRING_SWEEP_INTERVAL_MS', 30_000, 50, 3_600_000),
      timeRuleSweepIntervalMilliseconds: read.integer('WORKER_TIME_RULE_SWEEP_INTERVAL_MS', 60_000, 50, 3_600_000),
      mailSweepIntervalMilliseconds: read.integer('WORKER_MAIL_SWEEP_INTERVAL_MS', 15_000, 50, 3_600_000),
      mailFetchBatch: read.integer('WORKER_MAIL_FETCH_BATCH', 200, 1, 10_000),
      outboxRetentionDays: read.integer('WORKER_OUTBOX_RETENTION_DAYS', 30, 1, 3650),
      concurrency: read.integer('WORKER_CONCURRENCY', 4, 1, 256),
      port: read.integer('TESSERA_WORKER_PORT', 3001, 0, 65535),
    },
    mail: readMail(read),
    // Webhooks to loopback and private networks are refused unless the operator allows them.
    webhooks: {
      allowInternal: read.boolean('TESSERA_WEBHOOKS_ALLOW_INTERNAL', false),
      disableAfter: read.integer('TESSERA_WEBHOOKS_DISABLE_AFTER', 20, 1, 10_000),
    },
    log: {
      level: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
      pretty: read.boolean('LOG_PRETTY', false),
    },
    shutdownTimeoutSeconds: read.integer('SHUTDOWN_TIMEOUT_SECONDS', 25, 1, 600),
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
