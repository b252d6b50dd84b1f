-- The foreign keys of the ticket side (tickets, thread entries, tasks, mail, sessions) get their
-- indexes: deleting a requester read every thread entry of the instance for
-- `ticket_entries.author_requester_id`, and a priority's new urgency reaches its tickets through
-- `tickets.priority_id`. Keys that are mostly empty index only the rows that have one.

-- migrate:up
create index mail_messages_mailbox_id on mail_messages (tenant_id, mailbox_id) where mailbox_id is not null;
create index mail_messages_reviewed_by_staff_id on mail_messages (tenant_id, reviewed_by_staff_id) where reviewed_by_staff_id is not null;
create index requester_sessions_requester_id on requester_sessions (tenant_id, requester_id);
create index requester_sessions_ticket_id on requester_sessions (tenant_id, ticket_id) where ticket_id is not null;
create index requester_tokens_requester_id on requester_tokens (tenant_id, requester_id);
create index staff_sessions_staff_id on staff_sessions (tenant_id, staff_id);
create index tasks_ticket_id on tasks (tenant_id, ticket_id);
create index ticket_entries_author_requester_id on ticket_entries (tenant_id, author_requester_id) where author_requester_id is not null;
create index ticket_entries_author_staff_id on ticket_entries (tenant_id, author_staff_id) where author_staff_id is not null;
create index ticket_locks_staff_id on ticket_locks (tenant_id, staff_id);
create index tickets_created_by_staff_id on tickets (tenant_id, created_by_staff_id) where created_by_staff_id is not null;
create index tickets_help_topic_id on tickets (tenant_id, help_topic_id) where help_topic_id is not null;
create index tickets_priority_id on tickets (tenant_id, priority_id);
create index tickets_sla_plan_id on tickets (tenant_id, sla_plan_id) where sla_plan_id is not null;

-- migrate:down
drop index mail_messages_mailbox_id, mail_messages_reviewed_by_staff_id, requester_sessions_requester_id, requester_sessions_ticket_id, requester_tokens_requester_id, staff_sessions_staff_id, tasks_ticket_id, ticket_entries_author_requester_id, ticket_entries_author_staff_id, ticket_locks_staff_id, tickets_created_by_staff_id, tickets_help_topic_id, tickets_priority_id, tickets_sla_plan_id;
