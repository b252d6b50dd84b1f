-- Queues sorted by due date put tickets without one last: they sort by
-- coalesce(due_at, 'infinity'), which these indexes serve. The plain due_at indexes stay for
-- range conditions (overdue, due between).

-- migrate:up
create index tickets_due_sort on tickets (tenant_id, (coalesce(due_at, 'infinity'::timestamptz)), id);
create index tickets_department_due_sort on tickets (tenant_id, department_id, (coalesce(due_at, 'infinity'::timestamptz)), id);

-- migrate:down
drop index tickets_department_due_sort, tickets_due_sort;
