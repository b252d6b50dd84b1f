-- A department may choose the SLA plan of its tickets: a new ticket takes its help topic's plan,
-- else its department's, else the instance's default.

-- migrate:up
alter table departments add column sla_plan_id uuid;
alter table departments add foreign key (tenant_id, sla_plan_id) references sla_plans (tenant_id, id);
create index departments_sla_plan_id on departments (tenant_id, sla_plan_id) where sla_plan_id is not null;

-- migrate:down
drop index departments_sla_plan_id;
alter table departments drop column sla_plan_id;
