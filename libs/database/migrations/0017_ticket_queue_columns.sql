-- Queues filter on the state of a ticket's status and sort on its priority's urgency; both lived
-- on the status and priority rows, so no index of the ticket could serve a queue and the
-- unassigned queue of a large instance read most of its tickets. The ticket carries them now
-- (`state`, `priority_urgency`), kept by triggers: when a ticket's status or priority changes,
-- and when a manager changes a status's state or a priority's urgency.
-- The indexes are partial on what the queues ask by default (the working states, not merged), so
-- each queue walks its sort order and stops at the end of its page.

-- migrate:up
alter table tickets add column state text, add column priority_urgency integer;

-- The owner is exempt from the policies only while they are not forced.
alter table tickets no force row level security;
update tickets t set state = st.state, priority_urgency = p.urgency
  from ticket_statuses st, priorities p
 where st.tenant_id = t.tenant_id and st.id = t.status_id and p.tenant_id = t.tenant_id and p.id = t.priority_id;
alter table tickets force row level security;
alter table tickets alter column state set not null, alter column priority_urgency set not null,
  add constraint tickets_state check (state in ('new', 'open', 'pending', 'resolved', 'closed'));

-- Always read from the status and priority, so no statement can set them to anything else.
create function tessera_ticket_queue_columns() returns trigger
  language plpgsql
  as $$
begin
  new.state := (select state from ticket_statuses where tenant_id = new.tenant_id and id = new.status_id);
  new.priority_urgency := (select urgency from priorities where tenant_id = new.tenant_id and id = new.priority_id);
  return new;
end
$$;
create trigger queue_columns before insert or update of status_id, priority_id, state, priority_urgency on tickets
  for each row execute function tessera_ticket_queue_columns();

-- A status's new state, a priority's new urgency: its tickets' copies follow (their own trigger
-- reads the value from the row changed here).
create function tessera_queue_columns_to_tickets() returns trigger
  language plpgsql
  as $$
begin
  if tg_table_name = 'ticket_statuses' then
    update tickets set state = new.state where tenant_id = new.tenant_id and status_id = new.id;
  else
    update tickets set priority_urgency = new.urgency where tenant_id = new.tenant_id and priority_id = new.id;
  end if;
  return null;
end
$$;
create trigger tickets_state after update of state on ticket_statuses
  for each row when (new.state is distinct from old.state) execute function tessera_queue_columns_to_tickets();
create trigger tickets_priority_urgency after update of urgency on priorities
  for each row when (new.urgency is distinct from old.urgency) execute function tessera_queue_columns_to_tickets();

-- The working queues (mine, teams, department, overdue and the default of every queue but
-- `all`), one index per sort; the agent's other conditions are checked on the rows walked.
create index tickets_working_due on tickets (tenant_id, (coalesce(due_at, 'infinity'::timestamptz)), id)
  where state in ('new', 'open', 'pending') and merged_into_id is null;
create index tickets_working_created on tickets (tenant_id, created_at, id)
  where state in ('new', 'open', 'pending') and merged_into_id is null;
create index tickets_working_activity on tickets (tenant_id, last_activity_at, id)
  where state in ('new', 'open', 'pending') and merged_into_id is null;
create index tickets_working_priority on tickets (tenant_id, priority_urgency, id)
  where state in ('new', 'open', 'pending') and merged_into_id is null;
-- Unassigned: mostly new tickets, so in due or creation order they come after every older
-- working ticket; a walk of the working indexes would skip all of those first.
create index tickets_unassigned_due on tickets (tenant_id, (coalesce(due_at, 'infinity'::timestamptz)), id)
  where assignee_staff_id is null and assignee_team_id is null and state in ('new', 'open', 'pending') and merged_into_id is null;
create index tickets_unassigned_created on tickets (tenant_id, created_at, id)
  where assignee_staff_id is null and assignee_team_id is null and state in ('new', 'open', 'pending') and merged_into_id is null;
create index tickets_unassigned_activity on tickets (tenant_id, last_activity_at, id)
  where assignee_staff_id is null and assignee_team_id is null and state in ('new', 'open', 'pending') and merged_into_id is null;
create index tickets_unassigned_priority on tickets (tenant_id, priority_urgency, id)
  where assignee_staff_id is null and assignee_team_id is null and state in ('new', 'open', 'pending') and merged_into_id is null;
-- Every state (`all`, a list of states or a status): due and activity have theirs (0002, 0006).
create index tickets_created on tickets (tenant_id, created_at, id);
create index tickets_priority on tickets (tenant_id, priority_urgency, id);

-- migrate:down
drop index tickets_created, tickets_priority, tickets_working_due, tickets_working_created, tickets_working_activity,
  tickets_working_priority, tickets_unassigned_due, tickets_unassigned_created, tickets_unassigned_activity, tickets_unassigned_priority;
drop trigger tickets_priority_urgency on priorities;
drop trigger tickets_state on ticket_statuses;
drop function tessera_queue_columns_to_tickets();
drop trigger queue_columns on tickets;
drop function tessera_ticket_queue_columns();
alter table tickets drop column state, drop column priority_urgency;
