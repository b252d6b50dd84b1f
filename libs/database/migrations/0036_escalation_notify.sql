-- Escalation steps that notify: a step may mail named agents and/or the manager of the ticket's
-- department (the alert `alert.ticket.escalated`), alone or beside its other actions. Agents are
-- never deleted (only deactivated), so the named ones are an array of ids the admin API checks;
-- the sender mails the active ones.

-- migrate:up
alter table sla_escalation_steps
  add column notify_staff_ids uuid[] not null default '{}' check (cardinality(notify_staff_ids) <= 20),
  add column notify_department_manager boolean not null default false;
alter table sla_escalation_steps drop constraint sla_escalation_steps_check;
alter table sla_escalation_steps add constraint sla_escalation_steps_action
  check (transfer_department_id is not null or assign_staff_id is not null or assign_team_id is not null
         or raise_priority or cardinality(notify_staff_ids) > 0 or notify_department_manager);

-- migrate:down
delete from sla_escalation_steps
 where transfer_department_id is null and assign_staff_id is null and assign_team_id is null and not raise_priority;
alter table sla_escalation_steps drop constraint sla_escalation_steps_action;
alter table sla_escalation_steps add constraint sla_escalation_steps_check
  check (transfer_department_id is not null or assign_staff_id is not null or assign_team_id is not null or raise_priority);
alter table sla_escalation_steps drop column notify_department_manager, drop column notify_staff_ids;
