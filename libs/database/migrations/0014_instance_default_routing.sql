-- Where a ticket goes when its channel names neither a help topic nor a department (an API key's
-- ticket without either): the instance's default help topic, else its default department. The
-- composite keys keep both inside the instance; a default cannot be deleted while it is one.

-- migrate:up
alter table instance_settings
  add column default_help_topic_id uuid,
  add column default_department_id uuid,
  add constraint instance_settings_default_help_topic_fkey
    foreign key (tenant_id, default_help_topic_id) references help_topics (tenant_id, id),
  add constraint instance_settings_default_department_fkey
    foreign key (tenant_id, default_department_id) references departments (tenant_id, id);

-- migrate:down
alter table instance_settings drop column default_help_topic_id, drop column default_department_id;
