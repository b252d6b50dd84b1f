-- Business schedules are configuration too: a change raises the instance's configuration version
-- (0018), so every API process reloads the SLA plans' hours at its next request.

-- migrate:up
create trigger config_version after insert or update or delete or truncate on business_schedules
  for each statement execute function tessera_bump_config_version();

-- migrate:down
drop trigger config_version on business_schedules;
