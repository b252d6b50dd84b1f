-- Control plane (global), the runtime role, and the first tenant-owned tables.
-- Every tenant table: tenant_id first in the primary key, composite foreign keys,
-- row-level security enabled and forced, grants to tessera_runtime only.

-- migrate:up
create extension if not exists citext;
create extension if not exists unaccent;
create extension if not exists pg_trgm;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'tessera_runtime') then
    create role tessera_runtime nologin nosuperuser nobypassrls;
  end if;
end
$$;
grant usage on schema public to tessera_runtime;

-- The tenant of the current transaction, or null when none is set (then every policy is false).
-- An empty string is what a transaction-local setting leaves behind after commit.
create function tessera_current_tenant() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create function tessera_protect_tenant_table(target regclass) returns void
  language plpgsql
  as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  execute format(
    'create policy tenant_isolation on %s using (tenant_id = tessera_current_tenant()) '
    'with check (tenant_id = tessera_current_tenant())', target);
  execute format('grant select, insert, update, delete on %s to tessera_runtime', target);
end
$$;

create table tenants (
  id uuid primary key,
  slug text not null unique,
  name text not null,
  status text not null default 'active' check (status in ('active', 'suspended')),
  default_language text not null default 'en',
  timezone text not null default 'UTC',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  suspended_at timestamptz
);
-- Old slugs of renamed instances keep redirecting to the instance. Control plane: the column is
-- not called tenant_id because only tenant-owned, row-level-secured tables have that column.
create table tenant_slug_redirects (
  slug text primary key,
  target_tenant_id uuid not null references tenants (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index tenant_slug_redirects_target on tenant_slug_redirects (target_tenant_id);
grant select, insert, update, delete on tenants, tenant_slug_redirects to tessera_runtime;

create table departments (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  is_public boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
select tessera_protect_tenant_table('departments');

create table sla_plans (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  first_response_minutes integer not null check (first_response_minutes > 0),
  resolution_minutes integer not null check (resolution_minutes > 0),
  grace_minutes integer not null default 0 check (grace_minutes >= 0),
  is_default boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create unique index sla_plans_one_default on sla_plans (tenant_id) where is_default;
select tessera_protect_tenant_table('sla_plans');

create table ticket_statuses (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  state text not null check (state in ('new', 'open', 'pending', 'resolved', 'closed')),
  requester_label text not null,
  sort_order integer not null,
  is_default boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create unique index ticket_statuses_one_default on ticket_statuses (tenant_id) where is_default;
select tessera_protect_tenant_table('ticket_statuses');

create table priorities (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  -- 1 lowest; higher is more urgent. Sorting and escalation use it.
  urgency integer not null check (urgency between 1 and 100),
  is_default boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create unique index priorities_one_default on priorities (tenant_id) where is_default;
select tessera_protect_tenant_table('priorities');

create table help_topics (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  parent_id uuid,
  name text not null,
  department_id uuid not null,
  priority_id uuid,
  sla_plan_id uuid,
  is_public boolean not null default true,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, parent_id) references help_topics (tenant_id, id),
  foreign key (tenant_id, department_id) references departments (tenant_id, id),
  foreign key (tenant_id, priority_id) references priorities (tenant_id, id),
  foreign key (tenant_id, sla_plan_id) references sla_plans (tenant_id, id)
);
create unique index help_topics_name on help_topics (tenant_id, coalesce(parent_id, tenant_id), name);
select tessera_protect_tenant_table('help_topics');

create table staff (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  email citext not null,
  name text not null,
  password_hash text,
  is_manager boolean not null default false,
  is_active boolean not null default true,
  primary_department_id uuid,
  language text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  last_login_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, email),
  foreign key (tenant_id, primary_department_id) references departments (tenant_id, id)
);
select tessera_protect_tenant_table('staff');

create table staff_sessions (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  staff_id uuid not null,
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
create index staff_sessions_expiry on staff_sessions (tenant_id, expires_at);
select tessera_protect_tenant_table('staff_sessions');

-- migrate:down
drop table staff_sessions, staff, help_topics, priorities, ticket_statuses, sla_plans, departments;
drop table tenant_slug_redirects, tenants;
drop function tessera_protect_tenant_table(regclass);
drop function tessera_current_tenant();
