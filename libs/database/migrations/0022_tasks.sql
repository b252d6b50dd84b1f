-- Tasks: work items of a department, standalone or inside a ticket, assigned to an agent and/or a
-- team, with a description, a due date and a thread of notes. A ticket is not resolved or closed
-- while one of its tasks is open.

-- migrate:up
alter table tasks
  add column description text not null default '' check (char_length(description) <= 20000),
  add column assignee_staff_id uuid,
  add column assignee_team_id uuid,
  add column due_at timestamptz,
  add column created_by_staff_id uuid,
  add column updated_at timestamptz not null default now(),
  add constraint tasks_title_length check (char_length(title) between 1 and 255),
  add foreign key (tenant_id, assignee_staff_id) references staff (tenant_id, id) on delete set null (assignee_staff_id),
  add foreign key (tenant_id, assignee_team_id) references teams (tenant_id, id) on delete set null (assignee_team_id),
  add foreign key (tenant_id, created_by_staff_id) references staff (tenant_id, id) on delete set null (created_by_staff_id);
-- The queues: a department's, an agent's, a team's, each by due date (a ticket's tasks have
-- their index already).
create index tasks_department on tasks (tenant_id, department_id, due_at, id);
create index tasks_assignee on tasks (tenant_id, assignee_staff_id, due_at) where assignee_staff_id is not null;
create index tasks_team on tasks (tenant_id, assignee_team_id, due_at) where assignee_team_id is not null;
create index tasks_created_by on tasks (tenant_id, created_by_staff_id) where created_by_staff_id is not null;

create table task_notes (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  task_id uuid not null,
  author_staff_id uuid,
  body text not null check (char_length(body) between 1 and 20000),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, task_id) references tasks (tenant_id, id) on delete cascade,
  foreign key (tenant_id, author_staff_id) references staff (tenant_id, id) on delete set null (author_staff_id)
);
create index task_notes_task on task_notes (tenant_id, task_id, created_at, id);
create index task_notes_author on task_notes (tenant_id, author_staff_id) where author_staff_id is not null;
select tessera_protect_tenant_table('task_notes');

-- migrate:down
drop table task_notes;
drop index tasks_department, tasks_assignee, tasks_team, tasks_created_by;
alter table tasks
  drop constraint tasks_title_length,
  drop column description,
  drop column assignee_staff_id,
  drop column assignee_team_id,
  drop column due_at,
  drop column created_by_staff_id,
  drop column updated_at;
