-- Saved views of the agent panel: an agent's own named queues (the queue and filters of
-- GET tickets, a sort and the columns shown), kept on the server so that they follow the agent
-- from one browser to another. Nobody else reads them, managers included.

-- migrate:up
create table agent_views (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  staff_id uuid not null,
  name text not null check (char_length(name) between 1 and 100),
  -- Display order among the agent's views; equal positions keep creation order.
  position integer not null check (position between 0 and 10000),
  -- Column keys in display order, from the set the panel knows.
  columns text[] not null check (
    cardinality(columns) between 1 and 12
    and columns <@ array['reference', 'subject', 'requester', 'helpTopic', 'department', 'status', 'priority', 'assignee',
                         'team', 'dueAt', 'lastActivityAt', 'createdAt']::text[]
  ),
  sort text not null check (sort in ('due', '-due', 'created', '-created', 'activity', '-activity', 'priority', '-priority')),
  -- The queue and filters as GET tickets takes them (`queue`, `state`, `departmentId`, ...).
  filters jsonb not null default '{}' check (jsonb_typeof(filters) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  -- Also serves listing one agent's views.
  unique (tenant_id, staff_id, name),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
select tessera_protect_tenant_table('agent_views');

-- migrate:down
drop table agent_views;
