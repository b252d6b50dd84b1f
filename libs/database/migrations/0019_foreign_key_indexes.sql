-- Every foreign key gets an index that starts with tenant_id and its columns: without one, a
-- delete of a referenced row (an agent, a department, a help topic...) reads the whole
-- referencing table of the instance to check it. These are the configuration tables; the
-- ticket side follows in 0020. The schema catalogue test checks every key.

-- migrate:up
create index api_keys_created_by_staff_id on api_keys (tenant_id, created_by_staff_id);
create index departments_manager_staff_id on departments (tenant_id, manager_staff_id);
create index departments_parent_id on departments (tenant_id, parent_id);
create index help_topics_auto_assign_staff_id on help_topics (tenant_id, auto_assign_staff_id);
create index help_topics_auto_assign_team_id on help_topics (tenant_id, auto_assign_team_id);
create index help_topics_department_id on help_topics (tenant_id, department_id);
create index help_topics_parent_id on help_topics (tenant_id, parent_id);
create index help_topics_priority_id on help_topics (tenant_id, priority_id);
create index help_topics_sla_plan_id on help_topics (tenant_id, sla_plan_id);
create index instance_settings_default_department_id on instance_settings (tenant_id, default_department_id);
create index instance_settings_default_help_topic_id on instance_settings (tenant_id, default_help_topic_id);
create index mailboxes_department_id on mailboxes (tenant_id, department_id);
create index mailboxes_help_topic_id on mailboxes (tenant_id, help_topic_id);
create index mailboxes_priority_id on mailboxes (tenant_id, priority_id);
create index message_templates_updated_by_staff_id on message_templates (tenant_id, updated_by_staff_id);
create index staff_primary_department_id on staff (tenant_id, primary_department_id);
create index staff_role_id on staff (tenant_id, role_id);
create index staff_departments_role_id on staff_departments (tenant_id, role_id);
create index teams_lead_staff_id on teams (tenant_id, lead_staff_id);

-- migrate:down
drop index api_keys_created_by_staff_id, departments_manager_staff_id, departments_parent_id, help_topics_auto_assign_staff_id, help_topics_auto_assign_team_id, help_topics_department_id, help_topics_parent_id, help_topics_priority_id, help_topics_sla_plan_id, instance_settings_default_department_id, instance_settings_default_help_topic_id, mailboxes_department_id, mailboxes_help_topic_id, mailboxes_priority_id, message_templates_updated_by_staff_id, staff_primary_department_id, staff_role_id, staff_departments_role_id, teams_lead_staff_id;
