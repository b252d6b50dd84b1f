-- Escalation lines of the priority matrix's bands. A line belongs to an SLA plan or to a band of
-- the instance's impact x urgency matrix, named by the band's lowest product (bands never
-- overlap, so it names one band; the admin service drops a band's line when a new matrix has no
-- band starting there). On an instance with the matrix, a ticket whose band has a line walks
-- that line instead of its plan's, on its plan's schedule, as the band's targets replace the plan's.
-- And a line's new or changed steps wake the clocks they concern (below).

-- migrate:up
alter table sla_escalation_steps
  alter column sla_plan_id drop not null,
  add column band_min_product integer check (band_min_product between 1 and 64),
  add constraint sla_escalation_steps_line check ((sla_plan_id is null) <> (band_min_product is null));
create unique index sla_escalation_steps_band_position on sla_escalation_steps (tenant_id, band_min_product, position)
  where band_min_product is not null;

-- A line's new or changed steps wake the clocks they can concern: open clocks already warned or
-- breached (the others are looked at again at their warning or breach anyway), of the plan's
-- tickets, or for a band's line of the tickets whose impact x urgency is at or above the band's
-- lowest product (a superset of the band's: the sweep recomputes the others and finds nothing).
-- The partial index holds only those clocks, so the cost is theirs, not the instance's.
create index ticket_sla_clock_escalating on ticket_sla_clock (tenant_id)
  where (response_met_at is null or resolution_met_at is null)
    and (response_warned_at is not null or response_breached_at is not null
         or resolution_warned_at is not null or resolution_breached_at is not null);

create function tessera_sla_clock_steps() returns trigger
  language plpgsql
  as $$
begin
  update ticket_sla_clock c set next_deadline_at = now()
    from tickets t
   where t.tenant_id = c.tenant_id and t.id = c.ticket_id
     and c.tenant_id in (select distinct s.tenant_id from changed_steps s)
     and (c.response_met_at is null or c.resolution_met_at is null)
     and (c.response_warned_at is not null or c.response_breached_at is not null
          or c.resolution_warned_at is not null or c.resolution_breached_at is not null)
     and (c.next_deadline_at is null or c.next_deadline_at > now())
     and exists (select 1 from changed_steps s
                  where s.tenant_id = t.tenant_id
                    and (s.sla_plan_id = t.sla_plan_id or s.band_min_product <= t.impact * t.urgency));
  return null;
end
$$;
create trigger sla_clock_steps_insert after insert on sla_escalation_steps
  referencing new table as changed_steps for each statement execute function tessera_sla_clock_steps();
create trigger sla_clock_steps_update after update on sla_escalation_steps
  referencing new table as changed_steps for each statement execute function tessera_sla_clock_steps();

-- migrate:down
drop trigger sla_clock_steps_update on sla_escalation_steps;
drop trigger sla_clock_steps_insert on sla_escalation_steps;
drop function tessera_sla_clock_steps();
drop index ticket_sla_clock_escalating;
delete from sla_escalation_steps where sla_plan_id is null;
drop index sla_escalation_steps_band_position;
alter table sla_escalation_steps drop constraint sla_escalation_steps_line, drop column band_min_product,
  alter column sla_plan_id set not null;
