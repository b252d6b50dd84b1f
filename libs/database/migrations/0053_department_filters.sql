-- A department's own ticket filters, kept by its agents whose role there has filters.manage:
-- they run after the instance's filters, on the tickets that would open in that department, and
-- keep them there. Null: an instance-wide filter, kept by managers. Positions count within a
-- scope (the instance's filters 1..n, each department's 1..n).

-- migrate:up
alter table ticket_filters add column department_id uuid;
alter table ticket_filters add foreign key (tenant_id, department_id) references departments (tenant_id, id) on delete cascade;
create index ticket_filters_department on ticket_filters (tenant_id, department_id);

-- migrate:down
drop index ticket_filters_department;
alter table ticket_filters drop column department_id;
