-- Mail templates and "alerts and notices". The shipped templates and settings live in the code;
-- these tables hold only what an instance's managers changed, so a better shipped text reaches
-- every instance that kept it. The auto-responder can be switched off per department and per
-- help topic.

-- migrate:up
create table message_templates (
  tenant_id uuid not null references tenants (id) on delete cascade,
  -- A key of the code's catalogue, e.g. ticket.response.
  template_key text not null,
  language text not null check (language in ('en', 'ca', 'es', 'de', 'nl')),
  -- One line: a line break in a subject would start a new mail header.
  subject text not null check (char_length(subject) between 1 and 250 and subject !~ '[\r\n]'),
  body text not null check (char_length(body) between 1 and 20000),
  updated_by_staff_id uuid,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, template_key, language),
  foreign key (tenant_id, updated_by_staff_id) references staff (tenant_id, id) on delete set null (updated_by_staff_id)
);
select tessera_protect_tenant_table('message_templates');

-- One row per alert or notice configured differently from the default. Alerts name the groups
-- of agents they go to; notices go to requesters and collaborators and have none.
create table notification_settings (
  tenant_id uuid not null references tenants (id) on delete cascade,
  key text not null,
  enabled boolean not null,
  recipients text[] check (
    recipients <@ array['assignee', 'team_members', 'department_manager', 'department_members', 'department_members_if_unassigned']
  ),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, key),
  check ((key like 'alert.%') = (recipients is not null))
);
select tessera_protect_tenant_table('notification_settings');

alter table departments add column auto_response boolean not null default true;
alter table help_topics add column auto_response boolean not null default true;

-- migrate:down
alter table help_topics drop column auto_response;
alter table departments drop column auto_response;
drop table notification_settings, message_templates;
