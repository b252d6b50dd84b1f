import { REPLY_ABOVE_TOKEN, stripQuotes } from '@tessera/mail';
import {
  AlertScope,
  addressOf,
  agentTicketLink,
  automaticHeaders,
  confirmsNewTicket,
  isAutoResponse,
  isTicketMail,
  mailDate,
  mailbox,
  mayRead,
  replyAbove,
  requesterTicketLink,
  threadHeaders,
} from './ticket-mail-rules';
import { refusedRecipient } from './ticket-mail-sender.service';

describe('ticket mail rules', () => {
  it('knows the ticket topics that mail, and only those', () => {
    expect(['ticket.created', 'ticket.response', 'ticket.overdue'].every(isTicketMail)).toBe(true);
    expect(['ticket.deleted', 'requester.invitation', 'toString', 'constructor'].some(isTicketMail)).toBe(false);
  });

  it('marks automatic mail as RFC 3834 says, and leaves an agent’s response a normal mail', () => {
    expect(automaticHeaders('ticket.new.autoresponse')).toEqual({ 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' });
    expect(automaticHeaders('ticket.message.autoresponse')['Auto-Submitted']).toBe('auto-replied');
    expect(automaticHeaders('ticket.resolved')).toEqual({ 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' });
    expect(automaticHeaders('alert.ticket.new')['Auto-Submitted']).toBe('auto-generated');
    expect(automaticHeaders('ticket.response')).toEqual({});
    expect(isAutoResponse('ticket.new.autoresponse')).toBe(true);
    expect(isAutoResponse('ticket.closed')).toBe(false);
  });

  it('confirms new tickets the requester opened, not those an agent or a client opened', () => {
    expect(['email', 'web'].map(confirmsNewTicket)).toEqual([true, true]);
    expect(['phone', 'walk_in', 'api', 'internal', 'other'].some(confirmsNewTicket)).toBe(false);
  });

  it('threads on the mail behind the event, else the latest received, after the first mail', () => {
    expect(threadHeaders({ entryMail: 'm2@x', latestInbound: 'm3@x', firstMail: 'm1@x' })).toEqual({ inReplyTo: 'm2@x', references: ['m1@x', 'm2@x'] });
    expect(threadHeaders({ entryMail: null, latestInbound: 'm3@x', firstMail: 'm1@x' })).toEqual({ inReplyTo: 'm3@x', references: ['m1@x', 'm3@x'] });
    expect(threadHeaders({ entryMail: 'm1@x', latestInbound: 'm1@x', firstMail: 'm1@x' })).toEqual({ inReplyTo: 'm1@x', references: ['m1@x'] });
    expect(threadHeaders({ entryMail: null, latestInbound: null, firstMail: 'a1@x' })).toEqual({ inReplyTo: null, references: ['a1@x'] });
    expect(threadHeaders({ entryMail: null, latestInbound: null, firstMail: null })).toEqual({ inReplyTo: null, references: [] });
  });

  it('puts a reply-above line the inbound parser cuts at, in the language or else English', () => {
    const reply = `Thanks, it works now.\n\n${replyAbove('ca')}\n\nBon dia...`;
    expect(replyAbove('ca')).toContain(REPLY_ABOVE_TOKEN);
    expect(stripQuotes(reply).text).toBe('Thanks, it works now.');
    expect(replyAbove('fr')).toBe(replyAbove('en'));
  });

  it('reads the configured sender and quotes display names', () => {
    expect(addressOf('Helpdesk <help@example.org>')).toBe('help@example.org');
    expect(addressOf(' help@example.org ')).toBe('help@example.org');
    expect(mailbox('Escola, "Nord"', 'suport@example.org')).toBe('"Escola, \\"Nord\\"" <suport@example.org>');
  });

  it('links requesters to the ticket with their guest link, and agents to the agent panel', () => {
    const portal = 'https://help.example.org/etsetb';
    expect(requesterTicketLink(portal, 'suport#310', 'marta+x@example.org', 'tsg_a-b_c')).toBe(
      'https://help.example.org/etsetb/tickets/suport%23310?email=marta%2Bx%40example.org&token=tsg_a-b_c',
    );
    expect(requesterTicketLink(portal, 'suport#310', 'marta@example.org', null)).toBe('https://help.example.org/etsetb/tickets/suport%23310');
    expect(agentTicketLink(portal, 'HD-0042')).toBe('https://help.example.org/etsetb/scp/tickets/HD-0042');
  });

  it('writes dates in the recipient’s language and the instance’s time zone', () => {
    const date = new Date('2025-03-12T13:00:00Z');
    expect(mailDate(date, 'en', 'Europe/Madrid')).toMatch(/^3\/12\/25, 2:00\sPM$/);
    expect(mailDate(date, 'de', 'UTC')).toBe('12.03.25, 13:00');
    expect(mailDate(null, 'en', 'UTC')).toBe('');
  });

  it('writes dates in each mail language the way its readers write them, never in English RFC form', () => {
    const date = new Date('2025-03-12T13:00:00Z');
    const written = Object.fromEntries(['en', 'ca', 'es', 'de', 'nl'].map((language) => [language, mailDate(date, language, 'Europe/Madrid')]));
    expect(written.en).toMatch(/^3\/12\/25, 2:00\sPM$/);
    expect(written.ca).toMatch(/^12\/3\/25,? 14:00$/);
    expect(written.es).toMatch(/^12\/3\/25,? 14:00$/);
    expect(written.de).toBe('12.03.25, 14:00');
    expect(written.nl).toMatch(/^12-03-(20)?25,? 14:00$/);
    for (const text of Object.values(written)) expect(text).not.toMatch(/GMT|Wed/);
    expect(mailDate(date, 'nl', 'America/New_York')).toMatch(/^12-03-(20)?25,? 09:00$/);
  });

  it('alerts only agents who may open the ticket or read the note', () => {
    const scope: AlertScope = {
      departmentMemberIds: new Set(['member']),
      managerIds: new Set(['manager']),
      assigneeStaffId: 'assignee',
      teamMemberIds: new Set(['teammate']),
      isConfidential: false,
      restricted: false,
    };
    expect(['member', 'manager', 'assignee', 'teammate', 'stranger'].filter((id) => mayRead(id, scope))).toEqual(['member', 'manager', 'assignee', 'teammate']);
    expect(['member', 'manager', 'assignee', 'teammate'].filter((id) => mayRead(id, { ...scope, isConfidential: true }))).toEqual(['member']);
    expect(['member', 'manager', 'assignee', 'teammate'].filter((id) => mayRead(id, { ...scope, restricted: true }))).toEqual(['member']);
  });

  it('gives up at once only on a recipient the relay refuses for good', () => {
    const smtp = (responseCode: number, command: string) => Object.assign(new Error('refused'), { responseCode, command });
    expect(refusedRecipient(smtp(550, 'RCPT TO'))).toBe(true);
    expect(refusedRecipient(smtp(451, 'RCPT TO'))).toBe(false);
    expect(refusedRecipient(smtp(535, 'AUTH PLAIN'))).toBe(false);
    expect(refusedRecipient(new Error('connection refused'))).toBe(false);
    expect(refusedRecipient(undefined)).toBe(false);
  });
});
