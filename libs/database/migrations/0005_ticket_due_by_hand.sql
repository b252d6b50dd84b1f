-- Whether an agent chose a ticket's due date (when opening it, or later). A due date set by hand
-- stays when the priority changes; an automatic one (SLA plan, priority matrix) is recomputed.

-- migrate:up
alter table tickets add column due_by_hand boolean not null default false;

-- migrate:down
alter table tickets drop column due_by_hand;
