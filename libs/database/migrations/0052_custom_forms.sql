-- Custom forms: lists of managed values, fields (typed, labelled per language) and forms (ordered
-- fields, each required or optional). Ticket forms are attached to help topics (a sub-topic also
-- gets its ancestors' forms); requester and organization forms hold the extra fields of people
-- and organizations. A ticket's values stay in tickets.custom_data, keyed by the field's key.
-- Labels are kept as [{language, text}] in the order given.

-- migrate:up
create table custom_lists (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  -- [{value, labels}], in the order they are offered.
  items jsonb not null check (jsonb_typeof(items) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index custom_lists_name on custom_lists (tenant_id, lower(name));
select tessera_protect_tenant_table('custom_lists');

create table custom_fields (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  -- The name its value is kept under (customData.<key>); never changes once values exist.
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  type text not null check (type in ('short_text', 'long_text', 'number', 'date', 'date_time', 'choice', 'checkbox',
                                     'email', 'phone', 'requester', 'agent', 'department', 'organization')),
  labels jsonb not null check (jsonb_typeof(labels) = 'array'),
  help jsonb not null default '[]' check (jsonb_typeof(help) = 'array'),
  list_id uuid,
  is_multiple boolean not null default false,
  visibility text not null default 'requester_edit' check (visibility in ('requester_edit', 'requester_view', 'agents')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, list_id) references custom_lists (tenant_id, id),
  check ((type = 'choice') = (list_id is not null))
);
create unique index custom_fields_key on custom_fields (tenant_id, key);
create index custom_fields_list on custom_fields (tenant_id, list_id);
select tessera_protect_tenant_table('custom_fields');

create table custom_forms (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 120),
  kind text not null check (kind in ('ticket', 'requester', 'organization')),
  labels jsonb not null default '[]' check (jsonb_typeof(labels) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index custom_forms_name on custom_forms (tenant_id, lower(name));
select tessera_protect_tenant_table('custom_forms');

create table custom_form_fields (
  tenant_id uuid not null references tenants (id) on delete cascade,
  form_id uuid not null,
  field_id uuid not null,
  position integer not null check (position > 0),
  is_required boolean not null default false,
  primary key (tenant_id, form_id, field_id),
  foreign key (tenant_id, form_id) references custom_forms (tenant_id, id) on delete cascade,
  foreign key (tenant_id, field_id) references custom_fields (tenant_id, id)
);
create index custom_form_fields_field on custom_form_fields (tenant_id, field_id);
select tessera_protect_tenant_table('custom_form_fields');

create table help_topic_forms (
  tenant_id uuid not null references tenants (id) on delete cascade,
  help_topic_id uuid not null,
  form_id uuid not null,
  position integer not null check (position > 0),
  primary key (tenant_id, help_topic_id, form_id),
  foreign key (tenant_id, help_topic_id) references help_topics (tenant_id, id) on delete cascade,
  foreign key (tenant_id, form_id) references custom_forms (tenant_id, id) on delete cascade
);
create index help_topic_forms_form on help_topic_forms (tenant_id, form_id);
select tessera_protect_tenant_table('help_topic_forms');

do $$
declare
  target text;
begin
  foreach target in array array['custom_lists', 'custom_fields', 'custom_forms', 'custom_form_fields', 'help_topic_forms'] loop
    execute format('create trigger config_version after insert or update or delete or truncate on %I '
                   'for each statement execute function tessera_bump_config_version()', target);
  end loop;
end
$$;

-- migrate:down
drop table help_topic_forms, custom_form_fields, custom_forms, custom_fields, custom_lists;
