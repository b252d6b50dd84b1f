import { agentKeysFor, parseLiveMessage, portalKeysFor } from './live-kinds';

describe('what a live event makes stale', () => {
  const response = { kind: 'ticket.response', ticketId: 't1', reference: 'suport#12' };

  it('is the lists and the one ticket for an agent', () => {
    expect(agentKeysFor(response)).toEqual([['tickets'], ['ticket', 'suport#12']]);
    expect(agentKeysFor({ kind: 'ticket.created', ticketId: null, reference: null })).toEqual([['tickets']]);
    expect(agentKeysFor('reset')).toEqual([['tickets'], ['ticket']]);
  });

  it("is the requester's ticket and list in the portal", () => {
    expect(portalKeysFor(response, 'suport#12')).toEqual([['portal', 'ticket', 'suport#12'], ['portal', 'tickets']]);
    expect(portalKeysFor('reset', 'suport#12')).toEqual([['portal', 'ticket', 'suport#12'], ['portal', 'tickets']]);
  });

  it('reads the data of an event, and nothing malformed', () => {
    expect(parseLiveMessage(JSON.stringify(response))).toEqual(response);
    expect(parseLiveMessage('{"ticketId":"x"}')).toBeNull();
    expect(parseLiveMessage('not json')).toBeNull();
  });
});
