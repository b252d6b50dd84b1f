-- Business hours: an instance's schedules (weekly opening intervals in local time, a time zone,
-- holidays), which SLA plans run their clock on. A plan without a schedule runs around the clock
-- in the instance's time zone. Plans also say when they warn and whether pending tickets pause.

-- migrate:up
create table business_schedules (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  time_zone text not null check (char_length(time_zone) between 1 and 64),
  -- Seven arrays (Monday first) of {"start", "end"} minutes after local midnight, checked by the
  -- application (libs/sla scheduleProblem).
  week jsonb not null check (jsonb_typeof(week) = 'array' and jsonb_array_length(week) = 7),
  -- 'YYYY-MM-DD' once, '--MM-DD' every year.
  holidays text[] not null default '{}' check (cardinality(holidays) <= 400),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
select tessera_protect_tenant_table('business_schedules');

alter table sla_plans
  add column schedule_id uuid,
  add column warn_percent integer default 75 check (warn_percent between 1 and 99),
  add column pause_when_pending boolean not null default true,
  add foreign key (tenant_id, schedule_id) references business_schedules (tenant_id, id);
create index sla_plans_schedule on sla_plans (tenant_id, schedule_id) where schedule_id is not null;

-- migrate:down
drop index sla_plans_schedule;
alter table sla_plans drop column schedule_id, drop column warn_percent, drop column pause_when_pending;
drop table business_schedules;
