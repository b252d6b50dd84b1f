-- The overdue alert of a task, sent once: the sweep marks the task with a conditional update and
-- alerts only for the rows it marked, so a doubled or restarted worker never alerts twice. A new
-- due date clears the mark. The partial index holds only open, dated tasks not yet alerted, so a
-- sweep reads the tasks falling due and nothing else.

-- migrate:up
alter table tasks add column overdue_alerted_at timestamptz;
create index tasks_falling_due on tasks (tenant_id, due_at) where closed_at is null and due_at is not null and overdue_alerted_at is null;

-- migrate:down
drop index tasks_falling_due;
alter table tasks drop column overdue_alerted_at;
