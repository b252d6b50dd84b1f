-- The tags a recurring ticket puts on each ticket it opens.

-- migrate:up
alter table recurring_tickets add column tags text[] not null default '{}' check (cardinality(tags) <= 20);

-- migrate:down
alter table recurring_tickets drop column tags;
