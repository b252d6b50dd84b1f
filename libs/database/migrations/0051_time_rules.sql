-- Time rules: what the worker does to a ticket that has been in a condition for a while
-- ("pending for 7 days", "unassigned for 2 hours"), once per episode of that condition.
--
-- The database keeps the time: `ticket_time_marks` holds, per ticket, since when it is in its
-- state and its status, unassigned, and waiting for its requester since an agent's response,
-- stamped by triggers whatever path changes the ticket. From the marks and the active rules a
-- trigger keeps `time_rule_due`, one row per rule and ticket in the rule's condition, with the
-- time it falls due; the worker's sweep reads the rows due (index on due_at) and each instance
-- with one through the control-plane `time_rule_deadlines`. `time_rule_runs` is the proof a rule
-- acted in an episode (rule, ticket and the episode's start), written with the actions.

-- migrate:up
create table time_rules (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  is_active boolean not null default true,
  -- What the ticket has been for the time: in a state, in a status, unassigned (and not done),
  -- or waiting for its requester since an agent's public response (and not done).
  condition text not null check (condition in ('state', 'status', 'unassigned', 'awaiting-requester')),
  state text check (state in ('new', 'open', 'pending', 'resolved', 'closed')),
  status_id uuid,
  wait_amount integer not null check (wait_amount between 1 and 100000),
  wait_unit text not null check (wait_unit in ('minutes', 'hours', 'days')),
  wait_minutes integer generated always as (wait_amount * case wait_unit when 'minutes' then 1 when 'hours' then 60 else 1440 end) stored,
  -- Further conditions, checked when the time has come; null: any.
  department_id uuid,
  help_topic_id uuid,
  priority_id uuid,
  tag text check (char_length(tag) between 1 and 64),
  actions jsonb not null check (jsonb_typeof(actions) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check ((condition = 'state') = (state is not null)),
  check ((condition = 'status') = (status_id is not null)),
  foreign key (tenant_id, status_id) references ticket_statuses (tenant_id, id) on delete cascade,
  foreign key (tenant_id, department_id) references departments (tenant_id, id),
  foreign key (tenant_id, help_topic_id) references help_topics (tenant_id, id) on delete cascade,
  foreign key (tenant_id, priority_id) references priorities (tenant_id, id) on delete cascade
);
create unique index time_rules_name on time_rules (tenant_id, lower(name));
create index time_rules_status on time_rules (tenant_id, status_id) where status_id is not null;
create index time_rules_department on time_rules (tenant_id, department_id) where department_id is not null;
create index time_rules_topic on time_rules (tenant_id, help_topic_id) where help_topic_id is not null;
create index time_rules_priority on time_rules (tenant_id, priority_id) where priority_id is not null;
select tessera_protect_tenant_table('time_rules');
create trigger config_version after insert or update or delete or truncate on time_rules
  for each statement execute function tessera_bump_config_version();

create table ticket_time_marks (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  status_id uuid not null,
  state text not null,
  state_since timestamptz not null,
  status_since timestamptz not null,
  -- Null while the ticket has an agent or a team, or is done (or merged).
  unassigned_since timestamptz,
  -- The latest public response by an agent, while no requester wrote since and it is not done.
  awaiting_since timestamptz,
  primary key (tenant_id, ticket_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index ticket_time_marks_state on ticket_time_marks (tenant_id, state);
create index ticket_time_marks_status on ticket_time_marks (tenant_id, status_id);
select tessera_protect_tenant_table('ticket_time_marks');

create table time_rule_due (
  tenant_id uuid not null references tenants (id) on delete cascade,
  rule_id uuid not null,
  ticket_id uuid not null,
  -- When the episode began: the mark the rule counts from.
  episode_at timestamptz not null,
  due_at timestamptz not null,
  primary key (tenant_id, rule_id, ticket_id),
  foreign key (tenant_id, rule_id) references time_rules (tenant_id, id) on delete cascade,
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index time_rule_due_at on time_rule_due (tenant_id, due_at);
create index time_rule_due_ticket on time_rule_due (tenant_id, ticket_id);
select tessera_protect_tenant_table('time_rule_due');

create table time_rule_runs (
  tenant_id uuid not null references tenants (id) on delete cascade,
  rule_id uuid not null,
  ticket_id uuid not null,
  episode_at timestamptz not null,
  ran_at timestamptz not null,
  primary key (tenant_id, rule_id, ticket_id, episode_at),
  foreign key (tenant_id, rule_id) references time_rules (tenant_id, id) on delete cascade,
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index time_rule_runs_ticket on time_rule_runs (tenant_id, ticket_id);
select tessera_protect_tenant_table('time_rule_runs');

-- Control plane: per instance, the earliest due time of its rows (or earlier), as for SLA deadlines.
create table time_rule_deadlines (
  deadline_tenant_id uuid primary key references tenants (id) on delete cascade,
  next_at timestamptz not null
);
create index time_rule_deadlines_next on time_rule_deadlines (next_at);
grant select, insert, update, delete on time_rule_deadlines to tessera_runtime;

-- Since when the ticket of these marks is in the rule's condition; null when it is not.
create function tessera_time_rule_since(rule time_rules, marks ticket_time_marks) returns timestamptz
  language sql
  stable
  as $$
  select case rule.condition
           when 'state' then case when marks.state = rule.state then marks.state_since end
           when 'status' then case when marks.status_id = rule.status_id then marks.status_since end
           when 'unassigned' then marks.unassigned_since
           when 'awaiting-requester' then marks.awaiting_since
         end
$$;

-- A ticket's marks moved: its due rows are those of the active rules it is in the condition of,
-- but not for an episode a rule already acted in.
create function tessera_time_rule_marks() returns trigger
  language plpgsql
  as $$
begin
  delete from time_rule_due d where d.tenant_id = new.tenant_id and d.ticket_id = new.ticket_id;
  insert into time_rule_due (tenant_id, rule_id, ticket_id, episode_at, due_at)
  select r.tenant_id, r.id, new.ticket_id, s.since, s.since + make_interval(mins => r.wait_minutes)
    from time_rules r cross join lateral (select tessera_time_rule_since(r, new) as since) s
   where r.tenant_id = new.tenant_id and r.is_active and s.since is not null
     and not exists (select 1 from time_rule_runs x
                      where x.tenant_id = r.tenant_id and x.rule_id = r.id and x.ticket_id = new.ticket_id and x.episode_at = s.since);
  return null;
end
$$;
create trigger time_rule_marks_insert after insert on ticket_time_marks
  for each row execute function tessera_time_rule_marks();
create trigger time_rule_marks_update after update on ticket_time_marks
  for each row when (old.* is distinct from new.*) execute function tessera_time_rule_marks();

create function tessera_time_marks_ticket() returns trigger
  language plpgsql
  as $$
declare
  current_state text;
  active boolean;
  unassigned boolean;
begin
  select state into current_state from ticket_statuses where tenant_id = new.tenant_id and id = new.status_id;
  active := current_state in ('new', 'open', 'pending') and new.merged_into_id is null;
  unassigned := active and new.assignee_staff_id is null and new.assignee_team_id is null;
  if tg_op = 'INSERT' then
    insert into ticket_time_marks (tenant_id, ticket_id, status_id, state, state_since, status_since, unassigned_since)
    values (new.tenant_id, new.id, new.status_id, current_state, now(), now(), case when unassigned then now() end);
    return null;
  end if;
  update ticket_time_marks m
     set status_id = new.status_id,
         state = current_state,
         state_since = case when m.state = current_state then m.state_since else now() end,
         status_since = case when m.status_id = new.status_id then m.status_since else now() end,
         unassigned_since = case when unassigned then coalesce(m.unassigned_since, now()) end,
         awaiting_since = case when active then m.awaiting_since end
   where m.tenant_id = new.tenant_id and m.ticket_id = new.id;
  return null;
end
$$;
create trigger time_marks_insert after insert on tickets
  for each row execute function tessera_time_marks_ticket();
create trigger time_marks_update after update of status_id, assignee_staff_id, assignee_team_id, merged_into_id on tickets
  for each row
  when (old.status_id is distinct from new.status_id or old.assignee_staff_id is distinct from new.assignee_staff_id
        or old.assignee_team_id is distinct from new.assignee_team_id or old.merged_into_id is distinct from new.merged_into_id)
  execute function tessera_time_marks_ticket();

-- An agent's public response starts a wait for the requester; the requester's message ends it.
-- A response the instance sends by itself (a reminder) is no agent's and starts none.
create function tessera_time_marks_entry() returns trigger
  language plpgsql
  as $$
begin
  if new.kind = 'message' then
    update ticket_time_marks set awaiting_since = null
     where tenant_id = new.tenant_id and ticket_id = new.ticket_id and awaiting_since is not null;
  else
    update ticket_time_marks set awaiting_since = new.created_at
     where tenant_id = new.tenant_id and ticket_id = new.ticket_id and state in ('new', 'open', 'pending')
       and awaiting_since is distinct from new.created_at;
  end if;
  return null;
end
$$;
create trigger time_marks_entry after insert on ticket_entries
  for each row
  when (new.kind = 'message' or (new.kind = 'response' and new.visibility = 'public' and new.author_staff_id is not null))
  execute function tessera_time_marks_entry();

create function tessera_signal_time_rule_deadline() returns trigger
  language plpgsql
  as $$
begin
  insert into time_rule_deadlines (deadline_tenant_id, next_at) values (new.tenant_id, new.due_at)
    on conflict (deadline_tenant_id) do update set next_at = least(time_rule_deadlines.next_at, excluded.next_at)
    where excluded.next_at < time_rule_deadlines.next_at;
  return null;
end
$$;
create trigger time_rule_deadline after insert on time_rule_due
  for each row execute function tessera_signal_time_rule_deadline();

-- The tickets there are get their marks, dated by their latest change of status (or opening).
insert into ticket_time_marks (tenant_id, ticket_id, status_id, state, state_since, status_since, unassigned_since, awaiting_since)
select t.tenant_id, t.id, t.status_id, s.state, since.at, since.at,
       case when s.state in ('new', 'open', 'pending') and t.merged_into_id is null and t.assignee_staff_id is null and t.assignee_team_id is null then since.at end,
       case when s.state in ('new', 'open', 'pending') and t.merged_into_id is null then
         (select r.created_at from ticket_entries r
           where r.tenant_id = t.tenant_id and r.ticket_id = t.id and r.kind = 'response' and r.visibility = 'public' and r.author_staff_id is not null
             and not exists (select 1 from ticket_entries m where m.tenant_id = t.tenant_id and m.ticket_id = t.id and m.kind = 'message' and m.created_at > r.created_at)
           order by r.created_at desc limit 1)
       end
  from tickets t
  join ticket_statuses s on s.tenant_id = t.tenant_id and s.id = t.status_id
  cross join lateral (select coalesce((select max(e.created_at) from ticket_entries e
                                        where e.tenant_id = t.tenant_id and e.ticket_id = t.id and e.event in ('status', 'reopened')), t.created_at) as at) since;

-- migrate:down
drop trigger time_marks_entry on ticket_entries;
drop function tessera_time_marks_entry();
drop trigger time_marks_update on tickets;
drop trigger time_marks_insert on tickets;
drop function tessera_time_marks_ticket();
drop trigger time_rule_marks_update on ticket_time_marks;
drop trigger time_rule_marks_insert on ticket_time_marks;
drop function tessera_time_rule_marks();
drop function tessera_time_rule_since(time_rules, ticket_time_marks);
drop table time_rule_deadlines;
drop function tessera_signal_time_rule_deadline() cascade;
drop table time_rule_runs;
drop table time_rule_due;
drop table ticket_time_marks;
drop table time_rules;
