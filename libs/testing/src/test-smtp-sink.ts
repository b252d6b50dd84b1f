import { ParsedMail, simpleParser } from 'mailparser';
import { testEnvironment } from './test-environment';

// What the sink recorded from the SMTP session; mailFrom is '' for a null sender (bounces).
export interface SinkEnvelope {
  id: number;
  mailFrom: string;
  rcptTo: string[];
  receivedAt: string;
  size: number;
}

export interface SinkMessage {
  id: number;
  envelope: SinkEnvelope;
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SinkFailure {
  // A string is one address; a RegExp is matched against each RCPT TO address, case-insensitively.
  recipient: string | RegExp;
  // 4xx (temporary) or 5xx (permanent).
  code: number;
  message?: string;
  // Fail this many times, then accept; without it, fail until removed.
  times?: number;
}

export interface TestSmtpSink {
  host: string;
  port: number;
  url: string;
  // Messages received since this helper was made or last cleared, oldest first.
  messages(filter?: { to?: string }): Promise<SinkMessage[]>;
  waitFor(predicate: (message: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  clear(): Promise<void>;
  failRecipients(failure: SinkFailure): Promise<{ remove(): Promise<void> }>;
}

async function call(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`SMTP sink: ${init?.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The SMTP sink tools/test runs. Test files share it and run in parallel, so this helper never
// deletes anything: clear() only hides what arrived before, and tests should look for their own
// recipients.
export function testSmtpSink(): TestSmtpSink {
  const env = testEnvironment('TESSERA_TEST_SMTP_HOST', 'TESSERA_TEST_SMTP_PORT', 'TESSERA_TEST_SMTP_SINK_URL');
  const url = env.TESSERA_TEST_SMTP_SINK_URL;
  const seen = new Map<number, SinkMessage>();
  let after = 0;

  const load = async (envelope: SinkEnvelope): Promise<SinkMessage> => {
    const known = seen.get(envelope.id);
    if (known) return known;
    const raw = Buffer.from(await (await call(`${url}/messages/${envelope.id}`)).arrayBuffer());
    const message = { id: envelope.id, envelope, raw, parsed: await simpleParser(raw) };
    seen.set(envelope.id, message);
    return message;
  };

  const envelopes = async (filter: { to?: string } = {}): Promise<SinkEnvelope[]> => {
    const query = filter.to ? `?to=${encodeURIComponent(filter.to)}` : '';
    const all = (await (await call(`${url}/messages${query}`)).json()) as SinkEnvelope[];
    return all.filter((envelope) => envelope.id > after);
  };

  const messages = async (filter?: { to?: string }) => Promise.all((await envelopes(filter)).map(load));

  return {
    host: env.TESSERA_TEST_SMTP_HOST,
    port: Number(env.TESSERA_TEST_SMTP_PORT),
    url,
    messages,
    waitFor: async (predicate, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const received = await messages();
        const found = received.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) {
          const latest = received.slice(-10).map((message) => `${message.envelope.rcptTo.join(', ')}: ${message.parsed.subject ?? ''}`);
          throw new Error(`SMTP sink: no matching message within ${timeoutMs} ms; latest received: ${latest.join('; ') || 'nothing'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    clear: async () => {
      after = Math.max(after, ...(await envelopes()).map((envelope) => envelope.id));
    },
    failRecipients: async ({ recipient, code, message, times }) => {
      const pattern = typeof recipient === 'string' ? `^${escapeRegExp(recipient)}$` : recipient.source;
      const body = JSON.stringify({ recipient: pattern, code, message, times });
      const response = await call(`${url}/failures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const { id } = (await response.json()) as { id: number };
      return {
        remove: async () => {
          await call(`${url}/failures/${id}`, { method: 'DELETE' });
        },
      };
    },
  };
}
