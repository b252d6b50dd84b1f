import { sseComment, sseEvent, ssePosition, sseReset, sseRetry } from './sse-format';

describe('server-sent events format', () => {
  it('writes an event with the outbox id, the kind as its type and the ids as data', () => {
    const text = sseEvent({ id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', tenantId: 'secret-tenant', kind: 'ticket.response', ticketId: 'k-1', reference: 'ABC#12' });
    expect(text).toBe(
      'id: 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\nevent: ticket.response\ndata: {"kind":"ticket.response","ticketId":"k-1","reference":"ABC#12"}\n\n',
    );
    // The tenant is the stream's own: it is not repeated to the client.
    expect(text).not.toContain('secret-tenant');
  });

  it('writes null for ids an event lacks', () => {
    expect(sseEvent({ id: 'e', tenantId: 't', kind: 'ticket.deleted' })).toBe('id: e\nevent: ticket.deleted\ndata: {"kind":"ticket.deleted","ticketId":null,"reference":null}\n\n');
  });

  it('keeps every field on one line, so a value cannot start another field', () => {
    expect(sseEvent({ id: 'e\ndata: injected', tenantId: 't', kind: 'ticket.note' }).split('\n').filter((line) => line.startsWith('data:'))).toHaveLength(1);
    expect(sseComment('a\r\nb')).toBe(': a b\n\n');
  });

  it('writes the reset event, a position without data, the retry hint and comments', () => {
    expect(sseReset()).toBe('event: reset\ndata: {"kind":"reset"}\n\n');
    expect(ssePosition('e-9')).toBe('id: e-9\n\n');
    expect(sseRetry(3000)).toBe('retry: 3000\n\n');
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
  });
});
