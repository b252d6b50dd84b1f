-- Canned responses: texts an agent puts into a response, with the ticket's {{variables}} filled
-- in. Instance-wide (no department; the managers keep them) or a department's (kept by its
-- agents whose role there has canned.manage).

-- migrate:up
create table canned_responses (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  department_id uuid,
  title text not null check (char_length(title) between 1 and 120),
  body text not null check (char_length(body) between 1 and 20000),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, department_id) references departments (tenant_id, id) on delete cascade
);
create index canned_responses_department on canned_responses (tenant_id, department_id);
-- One title per department, and one among the instance-wide ones.
create unique index canned_responses_title on canned_responses (tenant_id, coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(title));
select tessera_protect_tenant_table('canned_responses');

-- migrate:down
drop table canned_responses;
