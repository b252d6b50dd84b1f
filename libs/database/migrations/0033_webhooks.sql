-- Webhooks: an instance's HTTP endpoints that receive its ticket events, signed with a secret of
-- their own (sealed: it must be read to sign), and the record of each delivery.

-- migrate:up
create table webhooks (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  url text not null check (char_length(url) between 1 and 2000),
  kinds text[] not null check (cardinality(kinds) between 1 and 100),
  secret_sealed bytea not null,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
select tessera_protect_tenant_table('webhooks');

create table webhook_deliveries (
  tenant_id uuid not null references tenants (id) on delete cascade,
  webhook_id uuid not null,
  outbox_id uuid not null,
  kind text not null,
  -- sent: the endpoint answered 2xx; failed: the last attempt did not; refused: the address is
  -- not one Tessera calls (a private network without the operator's consent).
  status text not null check (status in ('pending', 'sent', 'failed', 'refused')),
  attempts integer not null default 0,
  response_status integer,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, webhook_id, outbox_id),
  foreign key (tenant_id, webhook_id) references webhooks (tenant_id, id) on delete cascade
);
create index webhook_deliveries_recent on webhook_deliveries (tenant_id, webhook_id, created_at desc);
select tessera_protect_tenant_table('webhook_deliveries');

-- migrate:down
drop table webhook_deliveries;
drop table webhooks;
