-- Escalation lines of the priority matrix's bands. A line belongs to an SLA plan or to a band of
-- the instance's impact x urgency matrix, named by the band's lowest product (bands never
-- overlap, so it names one band; the admin service drops a band's line when a new matrix has no
-- band starting there). On an instance with the matrix, a ticket whose band has a line walks
-- that line instead of its plan's, on its plan's schedule, as the band's targets replace the plan's.

-- migrate:up
alter table sla_escalation_steps
  alter column sla_plan_id drop not null,
  add column band_min_product integer check (band_min_product between 1 and 64),
  add constraint sla_escalation_steps_line check ((sla_plan_id is null) <> (band_min_product is null));
create unique index sla_escalation_steps_band_position on sla_escalation_steps (tenant_id, band_min_product, position)
  where band_min_product is not null;

-- migrate:down
delete from sla_escalation_steps where sla_plan_id is null;
drop index sla_escalation_steps_band_position;
alter table sla_escalation_steps drop constraint sla_escalation_steps_line, drop column band_min_product,
  alter column sla_plan_id set not null;
