-- A version of each instance's configuration (settings, departments, help topics, statuses,
-- priorities, SLA plans, roles, teams and the agents' access), raised by the database whenever
-- one of those tables changes. Every API process keeps the configuration in memory and reads the
-- version in the statement that opens a request's transaction: a change made through any
-- process (or by hand) reaches every replica at the next request.

-- migrate:up
alter table tenants add column config_version bigint not null default 0;

-- Statement-level: one bump per statement, whatever the rows. A change in a tenant transaction
-- bumps that instance; one made without a tenant (the owner's maintenance, a cascade from a
-- deleted instance) bumps every instance, which is rare and only costs a reload.
create function tessera_bump_config_version() returns trigger
  language plpgsql
  as $$
begin
  update tenants set config_version = config_version + 1
   where tessera_current_tenant() is null or id = tessera_current_tenant();
  return null;
end
$$;

do $$
declare
  target text;
begin
  foreach target in array array['instance_settings', 'departments', 'help_topics', 'ticket_statuses', 'priorities',
                                 'sla_plans', 'roles', 'teams', 'team_members', 'staff_departments'] loop
    execute format('create trigger config_version after insert or update or delete or truncate on %I '
                   'for each statement execute function tessera_bump_config_version()', target);
  end loop;
end
$$;

-- Of an agent, only what their access is made of: a sign-in or a new name changes nothing cached.
create trigger config_version after insert or delete or truncate on staff
  for each statement execute function tessera_bump_config_version();
create trigger config_version_access after update of is_manager, primary_department_id, role_id on staff
  for each statement execute function tessera_bump_config_version();

-- migrate:down
drop trigger config_version_access on staff;
do $$
declare
  target text;
begin
  foreach target in array array['instance_settings', 'departments', 'help_topics', 'ticket_statuses', 'priorities',
                                 'sla_plans', 'roles', 'teams', 'team_members', 'staff_departments', 'staff'] loop
    execute format('drop trigger config_version on %I', target);
  end loop;
end
$$;
drop function tessera_bump_config_version();
alter table tenants drop column config_version;
