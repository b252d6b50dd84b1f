-- Recurring tickets: a ticket template and an RFC 5545 recurrence rule read in a time zone; the
-- worker opens each occurrence once. `recurring_ticket_runs` is the proof that an occurrence was
-- opened (one row per schedule and occurrence, written in the transaction that opens it).

-- migrate:up
create table recurring_tickets (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  -- The rule's RRULE value (without DTSTART) and its first occurrence as wall-clock time in the
  -- time zone: 09:00 stays 09:00 across daylight-saving changes.
  rrule text not null check (char_length(rrule) between 1 and 500),
  starts_at timestamp not null,
  timezone text not null check (char_length(timezone) between 1 and 64),
  subject text not null check (char_length(subject) between 1 and 255),
  body text not null check (char_length(body) between 1 and 20000),
  requester_email text not null check (char_length(requester_email) between 3 and 320),
  requester_name text check (char_length(requester_name) between 1 and 255),
  department_id uuid not null,
  help_topic_id uuid,
  priority_id uuid,
  assign_staff_id uuid,
  assign_team_id uuid,
  is_active boolean not null default true,
  -- The next occurrence to open; null when inactive or when the rule has no more.
  next_run_at timestamptz,
  last_run_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, department_id) references departments (tenant_id, id),
  foreign key (tenant_id, help_topic_id) references help_topics (tenant_id, id) on delete set null (help_topic_id),
  foreign key (tenant_id, priority_id) references priorities (tenant_id, id) on delete set null (priority_id),
  foreign key (tenant_id, assign_staff_id) references staff (tenant_id, id) on delete set null (assign_staff_id),
  foreign key (tenant_id, assign_team_id) references teams (tenant_id, id) on delete set null (assign_team_id)
);
create unique index recurring_tickets_name on recurring_tickets (tenant_id, lower(name));
create index recurring_tickets_department on recurring_tickets (tenant_id, department_id);
create index recurring_tickets_topic on recurring_tickets (tenant_id, help_topic_id) where help_topic_id is not null;
create index recurring_tickets_priority on recurring_tickets (tenant_id, priority_id) where priority_id is not null;
create index recurring_tickets_staff on recurring_tickets (tenant_id, assign_staff_id) where assign_staff_id is not null;
create index recurring_tickets_team on recurring_tickets (tenant_id, assign_team_id) where assign_team_id is not null;
create index recurring_tickets_next on recurring_tickets (tenant_id, next_run_at) where next_run_at is not null;
select tessera_protect_tenant_table('recurring_tickets');

create table recurring_ticket_runs (
  tenant_id uuid not null references tenants (id) on delete cascade,
  recurring_id uuid not null,
  occurrence_at timestamptz not null,
  ticket_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, recurring_id, occurrence_at),
  foreign key (tenant_id, recurring_id) references recurring_tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete set null (ticket_id)
);
create index recurring_ticket_runs_ticket on recurring_ticket_runs (tenant_id, ticket_id) where ticket_id is not null;
select tessera_protect_tenant_table('recurring_ticket_runs');

-- Control plane: per instance, its earliest next occurrence (or earlier). The sweep reads the
-- rows due, handles those instances and writes back their next one, as for SLA deadlines.
create table recurring_due (
  due_tenant_id uuid primary key references tenants (id) on delete cascade,
  next_at timestamptz not null
);
create index recurring_due_next on recurring_due (next_at);
grant select, insert, update, delete on recurring_due to tessera_runtime;

create function tessera_signal_recurring_due() returns trigger
  language plpgsql
  as $$
begin
  insert into recurring_due (due_tenant_id, next_at) values (new.tenant_id, new.next_run_at)
    on conflict (due_tenant_id) do update set next_at = least(recurring_due.next_at, excluded.next_at)
    where excluded.next_at < recurring_due.next_at;
  return null;
end
$$;
create trigger recurring_due after insert or update of next_run_at on recurring_tickets
  for each row when (new.next_run_at is not null) execute function tessera_signal_recurring_due();

-- migrate:down
drop trigger recurring_due on recurring_tickets;
drop function tessera_signal_recurring_due();
drop table recurring_due;
drop table recurring_ticket_runs;
drop table recurring_tickets;
