-- Triggers: an instance's ordered rules, run on events of existing tickets (a reply, a change of
-- status, priority, assignment or department, an SLA warning or breach, a closed task). Kept as
-- written (JSON), like ticket filters; the ids actions name are checked when the trigger is saved.
-- The table is ticket_triggers: `triggers` is already a view of information_schema.
-- The outbox keeps where an event came from when a trigger's action caused it, so that a trigger
-- never fires on its own change and a chain of events runs a bounded number of triggers.

-- migrate:up
create table ticket_triggers (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  -- The order triggers run in, lowest first; kept 1..n by the service.
  position integer not null check (position > 0),
  is_active boolean not null default true,
  events text[] not null check (cardinality(events) > 0),
  match text not null check (match in ('all', 'any')),
  conditions jsonb not null check (jsonb_typeof(conditions) = 'array'),
  actions jsonb not null check (jsonb_typeof(actions) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index ticket_triggers_name on ticket_triggers (tenant_id, lower(name));
create index ticket_triggers_order on ticket_triggers (tenant_id, position);
select tessera_protect_tenant_table('ticket_triggers');
create trigger config_version after insert or update or delete or truncate on ticket_triggers
  for each statement execute function tessera_bump_config_version();

-- { triggerId, runs }: the trigger whose action wrote the event, and the trigger executions of
-- its chain so far. Null for every other event.
alter table outbox add column origin jsonb;

-- migrate:down
alter table outbox drop column origin;
drop table ticket_triggers;
