// An SMTP server that accepts any mail (no authentication, no TLS) and keeps it, for tests and for
// seeing what a development run sends. Each message is stored raw as <id>.eml next to <id>.json,
// its envelope ({ id, mailFrom, rcptTo, receivedAt, size }; mailFrom '' for a null sender).
//
//   node tools/lib/smtp-sink.mjs --dir <directory> [--host 127.0.0.1] [--smtp-port 0] [--http-port 0]
//
// HTTP API on the second port:
//   GET    /messages[?to=<address>]  envelopes, oldest first, optionally only those for one recipient
//   GET    /messages/<id>            the raw message (message/rfc822)
//   DELETE /messages                 forget every message
//   POST   /failures                 {"recipient": "<regular expression>", "code": 451, "message"?: "...", "times"?: 2}
//                                    answers RCPT TO for matching addresses (case-insensitive) with that
//                                    code, `times` times or for good; returns {"id": ...}
//   GET    /failures, DELETE /failures, DELETE /failures/<id>
// Started by tools/lib/services.mjs, which learns both ports from an IPC message.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    'smtp-port': { type: 'string', default: '0' },
    'http-port': { type: 'string', default: '0' },
  },
});
if (!options.dir) {
  console.error('smtp-sink: --dir <directory> is required');
  process.exit(2);
}
const directory = options.dir;
mkdirSync(directory, { recursive: true });
writeFileSync(join(directory, 'sink.pid'), `${process.pid}\n`);

const envelopes = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')))
  .sort((a, b) => a.id - b.id);
let lastId = envelopes.at(-1)?.id ?? 0;

const failures = [];
let lastFailureId = 0;

function smtpError(code, message) {
  return Object.assign(new Error(message), { responseCode: code });
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  banner: 'Tessera SMTP sink',
  disableReverseLookup: true,
  onRcptTo(address, _session, callback) {
    const rule = failures.find((failure) => failure.pattern.test(address.address) && failure.times !== 0);
    if (!rule) return callback();
    if (rule.times !== undefined) rule.times -= 1;
    callback(smtpError(rule.code, rule.message));
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const id = ++lastId;
      const envelope = {
        id,
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        rcptTo: session.envelope.rcptTo.map((recipient) => recipient.address),
        receivedAt: new Date().toISOString(),
        size: raw.length,
      };
      // The envelope last: a listing read from disk never names a message whose body is missing.
      writeFileSync(join(directory, `${id}.eml`), raw);
      writeFileSync(join(directory, `${id}.json`), JSON.stringify(envelope) + '\n');
      envelopes.push(envelope);
      callback(null, `Message queued as ${id}`);
    });
  },
});

// A client dropping its connection is the client's business; the sink carries on.
smtp.on('error', () => undefined);

function send(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': type });
  response.end(type === 'application/json' ? JSON.stringify(body) + '\n' : body);
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

// A failure rule from a request body, or a reason why it is not one.
function failureRule(body) {
  const { recipient, code, message, times } = body ?? {};
  if (typeof recipient !== 'string' || recipient === '') return 'recipient must be a regular expression';
  let pattern;
  try {
    pattern = new RegExp(recipient, 'i');
  } catch (error) {
    return `recipient: ${error.message}`;
  }
  if (!Number.isInteger(code) || code < 400 || code > 599) return 'code must be an SMTP reply code from 400 to 599';
  if (message !== undefined && typeof message !== 'string') return 'message must be a string';
  if (times !== undefined && (!Number.isInteger(times) || times < 1)) return 'times must be a positive integer';
  return { id: ++lastFailureId, recipient, pattern, code, message: message ?? `Failure simulated by the sink (${code})`, times };
}

const describeFailure = ({ id, recipient, code, message, times }) => ({ id, recipient, code, message, times });

async function handle(request, response) {
  const url = new URL(request.url, 'http://sink');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const route = `${request.method} ${path.replace(/\/\d+$/, '/:id')}`;
  const id = Number(path.split('/').at(-1));
  switch (route) {
    case 'GET /':
      return send(response, 200, { smtp: { host: options.host, port: smtp.server.address().port }, messages: envelopes.length });
    case 'GET /messages': {
      const to = url.searchParams.get('to')?.toLowerCase();
      return send(response, 200, to ? envelopes.filter((envelope) => envelope.rcptTo.some((address) => address.toLowerCase() === to)) : envelopes);
    }
    case 'GET /messages/:id':
      if (!envelopes.some((envelope) => envelope.id === id)) return send(response, 404, { error: 'no such message' });
      return send(response, 200, readFileSync(join(directory, `${id}.eml`)), 'message/rfc822');
    case 'DELETE /messages':
      for (const envelope of envelopes.splice(0)) {
        rmSync(join(directory, `${envelope.id}.json`), { force: true });
        rmSync(join(directory, `${envelope.id}.eml`), { force: true });
      }
      return send(response, 204, '', 'text/plain');
    case 'GET /failures':
      return send(response, 200, failures.map(describeFailure));
    case 'POST /failures': {
      const rule = failureRule(await readJson(request).catch(() => null));
      if (typeof rule === 'string') return send(response, 400, { error: rule });
      failures.push(rule);
      return send(response, 201, describeFailure(rule));
    }
    case 'DELETE /failures':
      failures.splice(0);
      return send(response, 204, '', 'text/plain');
    case 'DELETE /failures/:id': {
      const index = failures.findIndex((failure) => failure.id === id);
      if (index < 0) return send(response, 404, { error: 'no such failure rule' });
      failures.splice(index, 1);
      return send(response, 204, '', 'text/plain');
    }
    default:
      return send(response, 404, { error: `no route ${request.method} ${path}` });
  }
}

const http = createServer((request, response) => {
  handle(request, response).catch((error) => send(response, 500, { error: error.message }));
});

const listen = (server, port) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), options.host, () => resolve(server.address().port));
  });
const smtpPort = await listen(smtp.server, options['smtp-port']);
const httpPort = await listen(http, options['http-port']);

const stop = () => {
  rmSync(join(directory, 'sink.pid'), { force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.send) {
  // Started by services.mjs: report the ports, and go when the parent goes.
  process.on('disconnect', stop);
  process.send({ smtpPort, httpPort });
} else {
  console.log(`SMTP sink: SMTP on ${options.host}:${smtpPort}, HTTP API on http://${options.host}:${httpPort}`);
}
