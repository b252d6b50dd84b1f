import { LIVE_KINDS, LiveEvent, isLiveKind, kindsFor, liveChannel, liveEventOf, parseLiveEvent, visibleTo } from './live-events';

const event = (kind: LiveEvent['kind'], ticketId = 'ticket-1'): LiveEvent => ({ id: 'event-1', tenantId: 'tenant-1', kind, ticketId });
const agent = { kind: 'agent' } as const;
const requester = { kind: 'requester', ticketId: 'ticket-1' } as const;

describe('live event visibility', () => {
  it('shows agents every kind', () => {
    for (const kind of Object.keys(LIVE_KINDS) as LiveEvent['kind'][]) expect(visibleTo(agent, event(kind))).toBe(true);
  });

  it("shows a requester their ticket's public thread entries and status changes", () => {
    for (const kind of ['ticket.created', 'ticket.message', 'ticket.response', 'ticket.status', 'ticket.resolved', 'ticket.closed'] as const) {
      expect(`${kind} ${visibleTo(requester, event(kind))}`).toBe(`${kind} true`);
    }
  });

  it('never shows a requester notes, assignments, locks or other agent changes', () => {
    const hidden = [
      'ticket.note',
      'ticket.assigned',
      'ticket.claimed',
      'ticket.released',
      'ticket.unassigned',
      'ticket.transferred',
      'ticket.priority',
      'ticket.updated',
      'ticket.locked',
      'ticket.unlocked',
      'ticket.overdue',
      'ticket.sla-warning',
      'ticket.escalated',
      'ticket.deleted',
    ] as const;
    for (const kind of hidden) expect(`${kind} ${visibleTo(requester, event(kind))}`).toBe(`${kind} false`);
    expect(kindsFor(requester).sort()).toEqual(['ticket.closed', 'ticket.created', 'ticket.message', 'ticket.resolved', 'ticket.response', 'ticket.status']);
    expect(kindsFor(agent)).toHaveLength(Object.keys(LIVE_KINDS).length);
  });

  it("never shows a requester another ticket's events, nor events without a ticket", () => {
    expect(visibleTo(requester, event('ticket.response', 'ticket-2'))).toBe(false);
    expect(visibleTo(requester, { id: 'e', tenantId: 't', kind: 'ticket.response' })).toBe(false);
  });

  it('publishes ticket topics only, never portal links or mailbox alerts', () => {
    expect(isLiveKind('ticket.note')).toBe(true);
    for (const topic of ['requester.password-reset', 'requester.invitation', 'requester.registration', 'mailbox.failing', 'ticket.overlimit', 'toString']) {
      expect(`${topic} ${isLiveKind(topic)}`).toBe(`${topic} false`);
    }
    expect(liveEventOf('t', { id: 'o', topic: 'requester.password-reset', ticketId: null, reference: null })).toBeNull();
  });

  it('keeps ids and the kind of an outbox row, leaving out what is missing', () => {
    expect(liveEventOf('t', { id: 'o', topic: 'ticket.note', ticketId: 'k', reference: 'ABC-1' })).toEqual({ id: 'o', tenantId: 't', kind: 'ticket.note', ticketId: 'k', reference: 'ABC-1' });
    expect(liveEventOf('t', { id: 'o', topic: 'ticket.note', ticketId: null, reference: null })).toEqual({ id: 'o', tenantId: 't', kind: 'ticket.note' });
  });

  it('reads back what was published and drops anything malformed', () => {
    const published: LiveEvent = { id: 'o', tenantId: 't', kind: 'ticket.response', ticketId: 'k', reference: 'ABC-1' };
    expect(parseLiveEvent(JSON.stringify(published))).toEqual(published);
    for (const text of ['', 'not json', 'null', '"text"', '{"id":1,"tenantId":"t","kind":"ticket.note"}', '{"id":"o","kind":"ticket.note"}', '{"id":"o","tenantId":"t","kind":"requester.invitation"}', '{"id":"o","tenantId":"t","kind":"ticket.note","ticketId":5}']) {
      expect(`${text} -> ${JSON.stringify(parseLiveEvent(text))}`).toBe(`${text} -> null`);
    }
  });

  it('names the channel under the key prefix', () => {
    expect(liveChannel('tessera')).toBe('tessera:{live}');
  });
});
