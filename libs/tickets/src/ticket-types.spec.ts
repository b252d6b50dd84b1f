import { TICKET_TYPE_VALUES } from '@tessera/automation';
import { TICKET_TYPES } from './ticket.entities';

// A filter or trigger that sets the type is checked against the automation engine's list when
// saved: it must be the tickets' own.
describe('ticket types', () => {
  it('are the ones rules may set', () => {
    expect([...TICKET_TYPE_VALUES]).toEqual([...TICKET_TYPES]);
  });
});
