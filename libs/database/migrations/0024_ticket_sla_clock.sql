-- The SLA clock of each ticket: for first response and resolution, when it is due, when it was met
-- or breached, the warning raised, and the time paused (pending) -- the figures statistics read.
-- The application computes the dates (libs/sla); the worker's sweep finds the clocks with a
-- deadline due through `next_deadline_at`, and the instances with one through a control-plane
-- row per instance holding its earliest deadline, so an idle sweep is one indexed query.

-- migrate:up
create table ticket_sla_clock (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  response_due_at timestamptz,
  response_met_at timestamptz,
  response_warned_at timestamptz,
  response_breached_at timestamptz,
  resolution_due_at timestamptz,
  resolution_met_at timestamptz,
  resolution_warned_at timestamptz,
  resolution_breached_at timestamptz,
  -- Business minutes the clock stood still while the ticket was pending.
  paused_minutes integer not null default 0 check (paused_minutes >= 0),
  -- The closed pending intervals, [{"from", "to"}], and the open one.
  pending jsonb not null default '[]' check (jsonb_typeof(pending) = 'array'),
  pending_since timestamptz,
  -- When the sweep must look at this clock next; null: nothing can fall due. A change of the
  -- clock's inputs sets it to the change's time, so the sweep recomputes it at once.
  next_deadline_at timestamptz,
  computed_at timestamptz,
  primary key (tenant_id, ticket_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index ticket_sla_clock_next on ticket_sla_clock (tenant_id, next_deadline_at) where next_deadline_at is not null;
select tessera_protect_tenant_table('ticket_sla_clock');

-- Control plane: per instance, the earliest deadline of its clocks (or earlier). The sweep reads
-- the rows due, handles those instances, and writes back their next deadline.
create table sla_deadlines (
  deadline_tenant_id uuid primary key references tenants (id) on delete cascade,
  next_at timestamptz not null
);
create index sla_deadlines_next on sla_deadlines (next_at);
grant select, insert, update, delete on sla_deadlines to tessera_runtime;

create function tessera_signal_sla_deadline() returns trigger
  language plpgsql
  as $$
begin
  insert into sla_deadlines (deadline_tenant_id, next_at) values (new.tenant_id, new.next_deadline_at)
    on conflict (deadline_tenant_id) do update set next_at = least(sla_deadlines.next_at, excluded.next_at)
    where excluded.next_at < sla_deadlines.next_at;
  return null;
end
$$;
create trigger sla_deadline after insert or update of next_deadline_at on ticket_sla_clock
  for each row when (new.next_deadline_at is not null) execute function tessera_signal_sla_deadline();

-- Existing open tickets get a clock, computed by the first sweep.
insert into ticket_sla_clock (tenant_id, ticket_id, next_deadline_at)
select t.tenant_id, t.id, now() from tickets t join ticket_statuses s on s.tenant_id = t.tenant_id and s.id = t.status_id
 where s.state not in ('resolved', 'closed') and t.merged_into_id is null;

-- migrate:down
drop trigger sla_deadline on ticket_sla_clock;
drop function tessera_signal_sla_deadline();
drop table sla_deadlines;
drop table ticket_sla_clock;
