import { EVENT_KINDS, EventKind } from './event-catalogue';
import { consumersByKind } from './event-consumer';

describe('consumersByKind', () => {
  const rest = (taken: EventKind[]) => EVENT_KINDS.filter((kind) => !taken.includes(kind));

  it('lists the consumers of each kind', () => {
    const plan = consumersByKind([
      { name: 'mail', kinds: ['ticket.created', 'ticket.note'] },
      { name: 'live', kinds: ['ticket.created', ...rest(['ticket.created', 'ticket.note'])] },
    ]);
    expect(plan.get('ticket.created')).toEqual(['mail', 'live']);
    expect(plan.get('ticket.note')).toEqual(['mail']);
    expect(plan.get('mailbox.failing')).toEqual(['live']);
  });

  it('refuses a kind that nobody consumes', () => {
    expect(() => consumersByKind([{ name: 'mail', kinds: rest(['ticket.locked', 'ticket.unlocked']) }])).toThrow('No consumer takes these event kinds: ticket.locked, ticket.unlocked');
  });

  it('refuses a consumer of an unknown kind', () => {
    expect(() => consumersByKind([{ name: 'all', kinds: [...EVENT_KINDS, 'ticket.exploded' as EventKind] }])).toThrow('The event consumer all takes ticket.exploded');
  });

  it('refuses two consumers of one name', () => {
    expect(() => consumersByKind([{ name: 'all', kinds: EVENT_KINDS }, { name: 'all', kinds: ['ticket.note'] }])).toThrow('Two event consumers are named all');
  });
});
