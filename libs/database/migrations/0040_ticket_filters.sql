-- Ticket filters: an instance's ordered rules, run on every new ticket (mail, portal, agents, API).
-- Conditions and actions are kept as written (JSON); the ids an action names are checked when
-- the filter is saved, and an action whose row has gone since is skipped when it runs.

-- migrate:up
create table ticket_filters (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  -- The order filters run in, lowest first; kept 1..n by the service.
  position integer not null check (position > 0),
  is_active boolean not null default true,
  match text not null check (match in ('all', 'any')),
  conditions jsonb not null check (jsonb_typeof(conditions) = 'array'),
  actions jsonb not null check (jsonb_typeof(actions) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index ticket_filters_name on ticket_filters (tenant_id, lower(name));
create index ticket_filters_order on ticket_filters (tenant_id, position);
select tessera_protect_tenant_table('ticket_filters');

-- migrate:down
drop table ticket_filters;
