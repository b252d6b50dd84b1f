-- LDAP per instance: at most one directory an instance signs its agents and/or requesters in
-- against, and which accounts come from it. The service account's password is sealed (it must
-- be read to bind), never returned.

-- migrate:up
create table ldap_directories (
  tenant_id uuid not null references tenants (id) on delete cascade,
  url text not null check (url ~ '^ldaps?://[^/?#]+/?$' and char_length(url) <= 500),
  start_tls boolean not null default false,
  bind_dn text check (char_length(bind_dn) between 1 and 1000),
  bind_secret bytea,
  search_base text not null check (char_length(search_base) between 1 and 1000),
  -- {{username}} stands for what the person typed, escaped as an RFC 4515 value.
  search_filter text not null check (position('{{username}}' in search_filter) > 0 and char_length(search_filter) <= 1000),
  name_attribute text not null default 'cn',
  email_attribute text not null default 'mail',
  phone_attribute text default 'telephoneNumber',
  department_attribute text default 'departmentNumber',
  for_agents boolean not null default true,
  for_requesters boolean not null default false,
  -- A successful first sign-in creates the account.
  auto_provision boolean not null default false,
  -- A provisioned agent works in the department whose name the directory gives, or else in this
  -- one, with this role there.
  agent_department_id uuid,
  agent_role_id uuid,
  -- The portal takes no self-registration; requesters sign in through the directory.
  portal_ldap_only boolean not null default false,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id),
  foreign key (tenant_id, agent_department_id) references departments (tenant_id, id) on delete set null (agent_department_id),
  foreign key (tenant_id, agent_role_id) references roles (tenant_id, id) on delete set null (agent_role_id),
  check (start_tls = false or url like 'ldap://%')
);
-- The department and role auto-provisioning names, for their deletion.
create index ldap_directories_agent_department on ldap_directories (tenant_id, agent_department_id) where agent_department_id is not null;
create index ldap_directories_agent_role on ldap_directories (tenant_id, agent_role_id) where agent_role_id is not null;
select tessera_protect_tenant_table('ldap_directories');

-- Where an account's password is checked: here (local) or by the instance's directory (ldap).
alter table staff add column auth_source text not null default 'local' check (auth_source in ('local', 'ldap'));
alter table staff add column phone text check (char_length(phone) <= 100);
alter table requesters add column auth_source text not null default 'local' check (auth_source in ('local', 'ldap'));

-- migrate:down
alter table requesters drop column auth_source;
alter table staff drop column phone;
alter table staff drop column auth_source;
drop table ldap_directories;
