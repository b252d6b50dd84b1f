-- Live updates replay dispatched outbox messages in the order the relay published them: per
-- instance for agents, per ticket for the portal.

-- migrate:up
create index outbox_dispatched on outbox (tenant_id, dispatched_at, created_at, id) where dispatched_at is not null;
create index outbox_ticket_dispatched on outbox (tenant_id, (payload->>'ticketId'), dispatched_at, created_at, id) where dispatched_at is not null;

-- migrate:down
drop index outbox_ticket_dispatched;
drop index outbox_dispatched;
