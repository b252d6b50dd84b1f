import { lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { DeliveryStatus } from './webhook.entities';
import { isInternalAddress } from './webhook-rules';

const TIMEOUT_MS = 10_000;

export interface Outcome {
  status: DeliveryStatus;
  responseStatus: number | null;
  error: string | null;
}

// POSTs a JSON body to an address a manager gave (a webhook, a trigger's call), refusing internal
// addresses unless `allowInternal`: checked on the address the connection uses, so a name that
// resolves elsewhere later (DNS rebinding) is refused too.
export function postJson(url: string, body: string, allowInternal: boolean, headers: Record<string, string>): Promise<Outcome> {
  const target = new URL(url);
  let refused = false;
  const checkedLookup: LookupFunction = (hostname, options, callback) =>
    lookup(hostname, options, (error, address, family) => {
      const addresses = typeof address === 'string' ? [address] : (address ?? []).map((entry) => entry.address);
      if (!error && !allowInternal && addresses.some(isInternalAddress)) {
        refused = true;
        return callback(Object.assign(new Error(`${hostname} resolves to an internal address`), { code: 'EREFUSED' }), address, family);
      }
      callback(error, address, family);
    });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    if (!allowInternal && /^\[?[0-9a-f:.]+\]?$/i.test(target.hostname) && isInternalAddress(target.hostname.replace(/^\[|\]$/g, ''))) {
      return resolve({ status: 'refused', responseStatus: null, error: `${target.hostname} is an internal address` });
    }
    const req = send(
      target,
      {
        method: 'POST',
        lookup: checkedLookup,
        timeout: TIMEOUT_MS,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'User-Agent': 'Tessera-Webhooks/1', ...headers },
      },
      (response) => {
        response.resume();
        const code = response.statusCode ?? 0;
        const ok = code >= 200 && code < 300;
        resolve({ status: ok ? 'sent' : 'failed', responseStatus: code, error: ok ? null : `answered ${code}` });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (error) => resolve({ status: refused ? 'refused' : 'failed', responseStatus: null, error: error.message }));
    req.end(body);
  });
}
