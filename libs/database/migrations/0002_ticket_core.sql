-- The ticket core: instance settings, roles, teams, agents' departments, requesters and
-- organizations, API keys, tickets with their thread, participants, links and locks, the
-- minimal task rows the workflow checks, and the outbox side effects are written to.

-- migrate:up

-- One row per instance: how tickets are numbered and how the workflow and portal behave.
create table instance_settings (
  tenant_id uuid not null references tenants (id) on delete cascade,
  -- `prefix{n}` or `prefix{n:6}` (a counter, zero-padded) or `######` (random digits).
  reference_format text not null default '######',
  -- What a requester's reply to a closed ticket does.
  closed_reply_policy text not null default 'reopen' check (closed_reply_policy in ('reopen', 'new_ticket')),
  registration text not null default 'open' check (registration in ('open', 'closed', 'invitation')),
  priority_mode text not null default 'list' check (priority_mode in ('list', 'matrix')),
  -- Impact x urgency bands; null means the shipped default matrix.
  priority_matrix jsonb,
  lock_seconds integer not null default 300 check (lock_seconds between 30 and 3600),
  autoclose_days integer not null default 14 check (autoclose_days between 0 and 365),
  updated_at timestamptz not null default now(),
  primary key (tenant_id)
);
select tessera_protect_tenant_table('instance_settings');
insert into instance_settings (tenant_id) select id from tenants;

create table roles (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  permissions text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
select tessera_protect_tenant_table('roles');

alter table departments
  add column parent_id uuid,
  add column manager_staff_id uuid,
  add column outgoing_email citext,
  add foreign key (tenant_id, parent_id) references departments (tenant_id, id),
  add foreign key (tenant_id, manager_staff_id) references staff (tenant_id, id) on delete set null (manager_staff_id);

alter table staff
  add column role_id uuid,
  add column is_locked boolean not null default false,
  add column signature text not null default '',
  add foreign key (tenant_id, role_id) references roles (tenant_id, id);

-- Departments an agent works in besides the primary one, each with its own role.
create table staff_departments (
  tenant_id uuid not null references tenants (id) on delete cascade,
  staff_id uuid not null,
  department_id uuid not null,
  role_id uuid not null,
  primary key (tenant_id, staff_id, department_id),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade,
  foreign key (tenant_id, department_id) references departments (tenant_id, id) on delete cascade,
  foreign key (tenant_id, role_id) references roles (tenant_id, id)
);
create index staff_departments_department on staff_departments (tenant_id, department_id);
select tessera_protect_tenant_table('staff_departments');

create table teams (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  lead_staff_id uuid,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, lead_staff_id) references staff (tenant_id, id) on delete set null (lead_staff_id)
);
select tessera_protect_tenant_table('teams');

create table team_members (
  tenant_id uuid not null references tenants (id) on delete cascade,
  team_id uuid not null,
  staff_id uuid not null,
  primary key (tenant_id, team_id, staff_id),
  foreign key (tenant_id, team_id) references teams (tenant_id, id) on delete cascade,
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
create index team_members_staff on team_members (tenant_id, staff_id);
select tessera_protect_tenant_table('team_members');

alter table help_topics
  add column auto_assign_staff_id uuid,
  add column auto_assign_team_id uuid,
  add column reference_format text,
  add foreign key (tenant_id, auto_assign_staff_id) references staff (tenant_id, id) on delete set null (auto_assign_staff_id),
  add foreign key (tenant_id, auto_assign_team_id) references teams (tenant_id, id) on delete set null (auto_assign_team_id);

create table organizations (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  -- New tickets of a member get the organization's other members as collaborators.
  auto_add_members boolean not null default false,
  -- Members see every ticket of the organization in the portal, not only their own.
  members_see_all boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
select tessera_protect_tenant_table('organizations');

-- A new requester whose address is in one of these domains joins the organization.
create table organization_domains (
  tenant_id uuid not null references tenants (id) on delete cascade,
  domain citext not null,
  organization_id uuid not null,
  primary key (tenant_id, domain),
  foreign key (tenant_id, organization_id) references organizations (tenant_id, id) on delete cascade
);
create index organization_domains_organization on organization_domains (tenant_id, organization_id);
select tessera_protect_tenant_table('organization_domains');

create table requesters (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  phone text,
  language text,
  can_login boolean not null default true,
  password_hash text,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  last_login_at timestamptz,
  primary key (tenant_id, id)
);
select tessera_protect_tenant_table('requesters');

create table requester_emails (
  tenant_id uuid not null references tenants (id) on delete cascade,
  email citext not null,
  requester_id uuid not null,
  is_primary boolean not null default false,
  primary key (tenant_id, email),
  foreign key (tenant_id, requester_id) references requesters (tenant_id, id) on delete cascade
);
create index requester_emails_requester on requester_emails (tenant_id, requester_id);
create unique index requester_emails_one_primary on requester_emails (tenant_id, requester_id) where is_primary;
select tessera_protect_tenant_table('requester_emails');

create table requester_organizations (
  tenant_id uuid not null references tenants (id) on delete cascade,
  requester_id uuid not null,
  organization_id uuid not null,
  primary key (tenant_id, requester_id, organization_id),
  foreign key (tenant_id, requester_id) references requesters (tenant_id, id) on delete cascade,
  foreign key (tenant_id, organization_id) references organizations (tenant_id, id) on delete cascade
);
create index requester_organizations_organization on requester_organizations (tenant_id, organization_id);
select tessera_protect_tenant_table('requester_organizations');

create table requester_sessions (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  requester_id uuid not null,
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, requester_id) references requesters (tenant_id, id) on delete cascade
);
create index requester_sessions_expiry on requester_sessions (tenant_id, expires_at);
select tessera_protect_tenant_table('requester_sessions');

-- One-time tokens: password reset and invitation to register.
create table requester_tokens (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  requester_id uuid not null,
  purpose text not null check (purpose in ('reset', 'invitation')),
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, requester_id) references requesters (tenant_id, id) on delete cascade
);
select tessera_protect_tenant_table('requester_tokens');

create table api_keys (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  token_hash bytea not null,
  scopes text[] not null,
  -- Empty: any address. Otherwise the caller's address must be inside one of them.
  allowed_networks cidr[] not null default '{}',
  created_by_staff_id uuid,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, created_by_staff_id) references staff (tenant_id, id) on delete set null (created_by_staff_id)
);
select tessera_protect_tenant_table('api_keys');

-- One counter per reference format: `update ... returning` hands out each number once.
create table ticket_counters (
  tenant_id uuid not null references tenants (id) on delete cascade,
  format text not null,
  last_value bigint not null,
  primary key (tenant_id, format)
);
select tessera_protect_tenant_table('ticket_counters');

create table tickets (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  reference text not null,
  subject text not null,
  requester_id uuid not null,
  department_id uuid not null,
  help_topic_id uuid,
  priority_id uuid not null,
  status_id uuid not null,
  sla_plan_id uuid,
  source text not null check (source in ('web', 'email', 'phone', 'walk_in', 'api', 'internal', 'other')),
  type text not null default 'incident' check (type in ('incident', 'service_request', 'problem', 'change')),
  assignee_staff_id uuid,
  assignee_team_id uuid,
  impact integer check (impact in (1, 2, 4, 8)),
  urgency integer check (urgency in (1, 2, 4, 8)),
  due_at timestamptz,
  is_confidential boolean not null default false,
  custom_data jsonb not null default '{}',
  merged_into_id uuid,
  created_by_staff_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  last_activity_at timestamptz not null default now(),
  first_response_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  rating smallint check (rating between 1 and 5),
  rating_comment text,
  rated_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, reference),
  foreign key (tenant_id, requester_id) references requesters (tenant_id, id),
  foreign key (tenant_id, department_id) references departments (tenant_id, id),
  foreign key (tenant_id, help_topic_id) references help_topics (tenant_id, id) on delete set null (help_topic_id),
  foreign key (tenant_id, priority_id) references priorities (tenant_id, id),
  foreign key (tenant_id, status_id) references ticket_statuses (tenant_id, id),
  foreign key (tenant_id, sla_plan_id) references sla_plans (tenant_id, id) on delete set null (sla_plan_id),
  foreign key (tenant_id, assignee_staff_id) references staff (tenant_id, id) on delete set null (assignee_staff_id),
  foreign key (tenant_id, assignee_team_id) references teams (tenant_id, id) on delete set null (assignee_team_id),
  foreign key (tenant_id, merged_into_id) references tickets (tenant_id, id) on delete set null (merged_into_id),
  foreign key (tenant_id, created_by_staff_id) references staff (tenant_id, id) on delete set null (created_by_staff_id)
);
-- The queues: by department, assignee, team, requester and status, each sortable by due date
-- and last activity.
create index tickets_department_due on tickets (tenant_id, department_id, due_at, id);
create index tickets_due on tickets (tenant_id, due_at, id);
create index tickets_activity on tickets (tenant_id, last_activity_at, id);
create index tickets_assignee on tickets (tenant_id, assignee_staff_id) where assignee_staff_id is not null;
create index tickets_team on tickets (tenant_id, assignee_team_id) where assignee_team_id is not null;
create index tickets_requester on tickets (tenant_id, requester_id);
create index tickets_status on tickets (tenant_id, status_id);
create index tickets_merged on tickets (tenant_id, merged_into_id) where merged_into_id is not null;
select tessera_protect_tenant_table('tickets');

-- The requester and the collaborators (CC). Each one's guest link is derived from token_salt.
create table ticket_participants (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  requester_id uuid not null,
  role text not null check (role in ('requester', 'collaborator')),
  token_salt bytea not null,
  added_at timestamptz not null default now(),
  primary key (tenant_id, ticket_id, requester_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, requester_id) references requesters (tenant_id, id) on delete cascade
);
create index ticket_participants_requester on ticket_participants (tenant_id, requester_id);
create unique index ticket_participants_one_requester on ticket_participants (tenant_id, ticket_id) where role = 'requester';
select tessera_protect_tenant_table('ticket_participants');

-- The thread: messages, responses, notes and events, an append-only audit trail.
create table ticket_entries (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  ticket_id uuid not null,
  kind text not null check (kind in ('message', 'response', 'note', 'event')),
  -- public: requester and agents; internal: agents; restricted: the department's members.
  visibility text not null check (visibility in ('public', 'internal', 'restricted')),
  author_staff_id uuid,
  author_requester_id uuid,
  -- Set on events: created, assigned, claimed, released, transferred, status, priority, ...
  event text,
  body text not null default '',
  data jsonb not null default '{}',
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, author_staff_id) references staff (tenant_id, id) on delete set null (author_staff_id),
  foreign key (tenant_id, author_requester_id) references requesters (tenant_id, id) on delete set null (author_requester_id),
  check ((kind = 'event') = (event is not null))
);
create index ticket_entries_ticket on ticket_entries (tenant_id, ticket_id, id);
select tessera_protect_tenant_table('ticket_entries');

-- One row per link; the reverse direction is read from the same row.
create table ticket_links (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  linked_ticket_id uuid not null,
  -- ticket_id is a child of / related to / a duplicate of linked_ticket_id.
  kind text not null check (kind in ('child_of', 'related', 'duplicate_of')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, ticket_id, linked_ticket_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, linked_ticket_id) references tickets (tenant_id, id) on delete cascade,
  check (ticket_id <> linked_ticket_id)
);
create index ticket_links_linked on ticket_links (tenant_id, linked_ticket_id);
select tessera_protect_tenant_table('ticket_links');

-- Who is composing a reply right now.
create table ticket_locks (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  staff_id uuid not null,
  acquired_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, ticket_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
select tessera_protect_tenant_table('ticket_locks');

-- Tasks: the workflow refuses to resolve or close a ticket while one of its tasks is open.
create table tasks (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  ticket_id uuid,
  department_id uuid not null,
  title text not null,
  created_at timestamptz not null default now(),
  closed_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, department_id) references departments (tenant_id, id)
);
create index tasks_open_by_ticket on tasks (tenant_id, ticket_id) where closed_at is null;
select tessera_protect_tenant_table('tasks');

-- Side effects (mail, notifications, webhooks) written in the transaction of the change that
-- causes them, and relayed by the worker.
create table outbox (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  topic text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  dispatched_at timestamptz,
  primary key (tenant_id, id)
);
create index outbox_pending on outbox (created_at) where dispatched_at is null;
select tessera_protect_tenant_table('outbox');

-- migrate:down
drop table outbox, tasks, ticket_locks, ticket_links, ticket_entries, ticket_participants, tickets, ticket_counters;
drop table api_keys, requester_tokens, requester_sessions, requester_organizations, requester_emails, requesters;
drop table organization_domains, organizations;
alter table help_topics drop column auto_assign_staff_id, drop column auto_assign_team_id, drop column reference_format;
drop table team_members, teams, staff_departments;
alter table staff drop column role_id, drop column is_locked, drop column signature;
alter table departments drop column parent_id, drop column manager_staff_id, drop column outgoing_email;
drop table roles, instance_settings;
