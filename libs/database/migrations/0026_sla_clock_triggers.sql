-- What moves a ticket's SLA clock is written by the database, whichever path changes the ticket:
-- a new ticket gets its clock; a change of status, priority, impact or urgency, help topic, plan,
-- due date, first response or resolution asks the sweep to recompute it at once; entering and
-- leaving a pending status opens and closes a pending interval. A change of an SLA plan or of a
-- business schedule asks for the clocks of the open tickets on it.

-- migrate:up
create function tessera_sla_clock_ticket() returns trigger
  language plpgsql
  as $$
declare
  was_pending boolean := false;
  is_pending boolean;
begin
  select state = 'pending' into is_pending from ticket_statuses where tenant_id = new.tenant_id and id = new.status_id;
  if tg_op = 'INSERT' then
    insert into ticket_sla_clock (tenant_id, ticket_id, pending_since, next_deadline_at)
    values (new.tenant_id, new.id, case when is_pending then new.created_at end, now())
    on conflict do nothing;
    return null;
  end if;
  if new.status_id is distinct from old.status_id then
    select state = 'pending' into was_pending from ticket_statuses where tenant_id = old.tenant_id and id = old.status_id;
  end if;
  update ticket_sla_clock c
     set pending = case when was_pending and not is_pending and c.pending_since is not null
                        then c.pending || jsonb_build_array(jsonb_build_object('from', c.pending_since, 'to', now()))
                        else c.pending end,
         pending_since = case when is_pending then coalesce(c.pending_since, now()) else null end,
         next_deadline_at = now()
   where c.tenant_id = new.tenant_id and c.ticket_id = new.id;
  if not found then
    insert into ticket_sla_clock (tenant_id, ticket_id, pending_since, next_deadline_at)
    values (new.tenant_id, new.id, case when is_pending then now() end, now());
  end if;
  return null;
end
$$;
create trigger sla_clock_insert after insert on tickets
  for each row execute function tessera_sla_clock_ticket();
create trigger sla_clock_update after update of status_id, priority_id, impact, urgency, help_topic_id, sla_plan_id, due_at, due_by_hand,
                                                first_response_at, resolved_at, closed_at on tickets
  for each row
  when (old.status_id is distinct from new.status_id or old.priority_id is distinct from new.priority_id
        or old.impact is distinct from new.impact or old.urgency is distinct from new.urgency
        or old.help_topic_id is distinct from new.help_topic_id or old.sla_plan_id is distinct from new.sla_plan_id
        or old.due_by_hand is distinct from new.due_by_hand or (new.due_by_hand and old.due_at is distinct from new.due_at)
        or old.first_response_at is distinct from new.first_response_at or old.resolved_at is distinct from new.resolved_at
        or old.closed_at is distinct from new.closed_at)
  execute function tessera_sla_clock_ticket();

-- A plan's or a schedule's change: its open tickets' clocks are recomputed by the next sweep.
create function tessera_sla_clock_plan() returns trigger
  language plpgsql
  as $$
begin
  update ticket_sla_clock c set next_deadline_at = now()
    from tickets t
   where t.tenant_id = c.tenant_id and t.id = c.ticket_id and t.tenant_id = new.tenant_id
     and (c.response_met_at is null or c.resolution_met_at is null)
     and (t.sla_plan_id = new.id or (tg_table_name = 'business_schedules'
          and t.sla_plan_id in (select p.id from sla_plans p where p.tenant_id = new.tenant_id and p.schedule_id = new.id)));
  return null;
end
$$;
create trigger sla_clock_plan after update on sla_plans
  for each row execute function tessera_sla_clock_plan();
create trigger sla_clock_schedule after update on business_schedules
  for each row execute function tessera_sla_clock_plan();

-- migrate:down
drop trigger sla_clock_schedule on business_schedules;
drop trigger sla_clock_plan on sla_plans;
drop function tessera_sla_clock_plan();
drop trigger sla_clock_update on tickets;
drop trigger sla_clock_insert on tickets;
drop function tessera_sla_clock_ticket();
