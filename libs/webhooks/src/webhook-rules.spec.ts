import { createHmac } from 'node:crypto';
import { WEBHOOK_KINDS, isInternalAddress, signature, signatureMatches, webhookUrlProblem } from './webhook-rules';

describe('webhook rules', () => {
  it('sign the timestamp and body with the secret, as a receiver recomputes it', () => {
    const header = signature('whsec_test', 1_796_000_000, '{"kind":"ticket.created"}');
    const expected = createHmac('sha256', 'whsec_test').update('1796000000.{"kind":"ticket.created"}').digest('hex');
    expect(header).toBe(`t=1796000000,v1=${expected}`);
    expect(signatureMatches('whsec_test', header, '{"kind":"ticket.created"}')).toBe(true);
    expect(signatureMatches('whsec_other', header, '{"kind":"ticket.created"}')).toBe(false);
    expect(signatureMatches('whsec_test', header, '{"kind":"ticket.closed"}')).toBe(false);
    expect(signatureMatches('whsec_test', 'v1=abc', '{}')).toBe(false);
  });

  it('send ticket events only: never one-time links or refused senders', () => {
    expect(WEBHOOK_KINDS).toContain('ticket.created');
    expect(WEBHOOK_KINDS).toContain('ticket.deleted');
    expect(WEBHOOK_KINDS).not.toContain('ticket.overlimit');
    expect(WEBHOOK_KINDS.filter((kind) => !kind.startsWith('ticket.'))).toEqual([]);
  });

  it('know the addresses of internal networks, IPv4, IPv6 and mapped', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not an address'])
      expect([address, isInternalAddress(address)]).toEqual([address, true]);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', '172.32.0.1']) expect([address, isInternalAddress(address)]).toEqual([address, false]);
  });

  it('take http and https URLs without credentials or fragments', () => {
    expect(webhookUrlProblem('https://hooks.example.org/tessera?x=1')).toBeNull();
    expect(webhookUrlProblem('http://hooks.example.org')).toBeNull();
    expect(webhookUrlProblem('ftp://hooks.example.org')).toBe('must be http or https');
    expect(webhookUrlProblem('https://user:pass@hooks.example.org')).toMatch(/user name or password/);
    expect(webhookUrlProblem('https://hooks.example.org/#top')).toBe('must not have a fragment');
    expect(webhookUrlProblem('hooks.example.org')).toBe('is not a URL');
  });
});
