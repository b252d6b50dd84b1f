// Why a fetch failed, in one short sentence for a manager. Never the password.

export interface FetchTarget {
  host: string;
  port: number;
  user: string;
  folder: string;
}

// A failure we detect ourselves; its message is already meant for a manager.
export class FetchProblem extends Error {}

// A message the intake pipeline could not take in (a bug, or the database): the run stops there
// and the next run tries the message again.
export class IngestFailure extends Error {
  constructor(
    readonly uid: number,
    cause: unknown,
  ) {
    super(`Message UID ${uid} could not be taken in: ${messageOf(cause)}`);
  }
}

// What imapflow and Node attach to their errors, as far as we read it.
interface ErrorDetails {
  code?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  mailboxMissing?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
  // OpenSSL's short reason ("wrong version number"), beside its long message.
  reason?: unknown;
}

const TIMEOUT_CODES = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT']);
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'NoConnection', 'EConnectionClosed', 'ClosedAfterConnectText', 'ClosedAfterConnectTLS']);
const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY))/;
const LONGEST = 300;

export function describeFetchFailure(error: unknown, target: FetchTarget, secrets: (string | null)[] = []): string {
  const details = (typeof error === 'object' && error !== null ? error : {}) as ErrorDetails;
  const code = typeof details.code === 'string' ? details.code : '';
  const server = `${target.host}:${target.port}`;
  const said = typeof details.responseText === 'string' && details.responseText ? ` (the server said: ${details.responseText})` : '';
  let text: string;
  if (error instanceof FetchProblem || error instanceof IngestFailure) text = error.message;
  else if (details.authenticationFailed) text = `Login refused for user "${target.user}": check the user name and password${said}`;
  else if (details.mailboxMissing || details.serverResponseCode === 'NONEXISTENT') text = `The folder "${target.folder}" does not exist`;
  else if (code === 'ECONNREFUSED') text = `Connection refused by ${server}`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') text = `The host ${target.host} was not found`;
  else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') text = `The host ${target.host} cannot be reached`;
  else if (TIMEOUT_CODES.has(code)) text = `No answer from ${server} in time`;
  else if (CLOSED_CODES.has(code)) text = `${server} closed the connection`;
  else if (details.tlsFailed || TLS_CODE.test(code)) {
    const reason = typeof details.reason === 'string' ? details.reason : firstLine(messageOf(error));
    text = `TLS with ${server} failed (${reason}): check the security setting and the port`;
  }
  else text = `${firstLine(messageOf(error))}${said}`;
  return shorten(redact(text, secrets));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// OpenSSL messages run over several lines of internals; the first says enough.
function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

// Masks whole occurrences of each secret only: a stretch of text that is the secret, not a piece of a
// longer word or number (a password "y" leaves "refused by" alone but masks "user y rejected").
function redact(text: string, secrets: (string | null)[]): string {
  return secrets.reduce<string>((result, secret) => {
    if (!secret) return result;
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), '***');
  }, text);
}

function shorten(text: string): string {
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}
