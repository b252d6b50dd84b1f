-- Escalation lines: per SLA plan, ordered steps that run a number of business minutes after a
-- ticket's first breach (or first warning), each doing any of: transfer to a department, assign
-- to a team or an agent, raise the priority.
-- Each step runs once per ticket: the row in ticket_sla_escalations is the proof.

-- migrate:up
create table sla_escalation_steps (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  sla_plan_id uuid not null,
  position integer not null check (position between 1 and 20),
  after_event text not null check (after_event in ('breach', 'warning')),
  after_minutes integer not null check (after_minutes between 0 and 525600),
  transfer_department_id uuid,
  assign_staff_id uuid,
  assign_team_id uuid,
  raise_priority boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, sla_plan_id, position),
  foreign key (tenant_id, sla_plan_id) references sla_plans (tenant_id, id) on delete cascade,
  foreign key (tenant_id, transfer_department_id) references departments (tenant_id, id) on delete cascade,
  foreign key (tenant_id, assign_staff_id) references staff (tenant_id, id) on delete cascade,
  foreign key (tenant_id, assign_team_id) references teams (tenant_id, id) on delete cascade,
  check (transfer_department_id is not null or assign_staff_id is not null or assign_team_id is not null
         or raise_priority)
);
-- The departments, agents and teams a step names, for their deletion.
create index sla_escalation_steps_transfer on sla_escalation_steps (tenant_id, transfer_department_id) where transfer_department_id is not null;
create index sla_escalation_steps_staff on sla_escalation_steps (tenant_id, assign_staff_id) where assign_staff_id is not null;
create index sla_escalation_steps_team on sla_escalation_steps (tenant_id, assign_team_id) where assign_team_id is not null;
select tessera_protect_tenant_table('sla_escalation_steps');
create trigger config_version after insert or update or delete or truncate on sla_escalation_steps
  for each statement execute function tessera_bump_config_version();

create table ticket_sla_escalations (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  step_id uuid not null,
  ran_at timestamptz not null,
  primary key (tenant_id, ticket_id, step_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, step_id) references sla_escalation_steps (tenant_id, id) on delete cascade
);
create index ticket_sla_escalations_step on ticket_sla_escalations (tenant_id, step_id);
select tessera_protect_tenant_table('ticket_sla_escalations');

-- migrate:down
drop table ticket_sla_escalations;
drop table sla_escalation_steps;
