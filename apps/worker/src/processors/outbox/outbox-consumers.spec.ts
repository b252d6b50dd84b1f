import { consumersByKind } from '@tessera/events';
import { LIVE_STREAMS } from './outbox.processor';
import { PortalMailConsumer } from './portal-mail.consumer';
import { TicketMailConsumer } from './ticket-mail.consumer';
import { TriggersConsumer } from './triggers.consumer';
import { WebhooksConsumer } from './webhooks.consumer';

// The worker's consumers as the relay plans them: every kind has one, and each goes where its
// behaviour is tested (mail in ticket-mail and outbox-mail, live in live-events).
describe('the worker’s event consumers', () => {
  const plan = consumersByKind([new TicketMailConsumer(null as never), new PortalMailConsumer(null as never, null as never, null as never), new WebhooksConsumer(null as never), new TriggersConsumer(null as never, null as never, null as never), LIVE_STREAMS]);

  it('mail new tickets, responses and alerts, call webhooks and stream them', () => {
    expect(plan.get('ticket.created')).toEqual(['ticket-mail', 'webhooks', 'triggers', 'live']);
    expect(plan.get('ticket.response')).toEqual(['ticket-mail', 'webhooks', 'triggers', 'live']);
    expect(plan.get('ticket.overdue')).toEqual(['ticket-mail', 'webhooks', 'triggers', 'live']);
    expect(plan.get('ticket.escalated')).toEqual(['ticket-mail', 'webhooks', 'live']);
  });

  it('only call webhooks and stream what mails nobody', () => {
    expect(plan.get('ticket.locked')).toEqual(['webhooks', 'live']);
    expect(plan.get('ticket.deleted')).toEqual(['webhooks', 'live']);
  });

  it('mail one-time links and machine notices without streaming them', () => {
    expect(plan.get('requester.ticket-link')).toEqual(['portal-mail']);
    expect(plan.get('requester.password-reset')).toEqual(['portal-mail']);
    expect(plan.get('staff.password-reset')).toEqual(['portal-mail']);
    expect(plan.get('mailbox.failing')).toEqual(['ticket-mail']);
    expect(plan.get('ticket.overlimit')).toEqual(['ticket-mail']);
    expect(plan.get('webhook.redeliver')).toEqual(['webhooks']);
  });

  it('run triggers on ticket events, mail their notifications and call their addresses', () => {
    expect(plan.get('ticket.message')).toContain('triggers');
    expect(plan.get('task.closed')).toEqual(['triggers']);
    expect(plan.get('trigger.notification')).toEqual(['ticket-mail']);
    expect(plan.get('trigger.webhook')).toEqual(['triggers']);
  });
});
