-- Tags: an instance's list of short labels (lower case, one of each name), put on tickets by
-- agents and, later, by filters and triggers. Queues filter by one tag; the panel completes a
-- tag from its first letters.

-- migrate:up
create table tags (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (char_length(name) between 1 and 40 and name = lower(name)),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
-- Prefix search (`name like 'ab%'`) for completion: byte order, whatever the database's collation.
create index tags_name_prefix on tags (tenant_id, name text_pattern_ops);
select tessera_protect_tenant_table('tags');

create table ticket_tags (
  tenant_id uuid not null references tenants (id) on delete cascade,
  ticket_id uuid not null,
  tag_id uuid not null,
  added_at timestamptz not null default now(),
  primary key (tenant_id, ticket_id, tag_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, tag_id) references tags (tenant_id, id) on delete cascade
);
-- The queue filter by tag: from the tag to its tickets.
create index ticket_tags_tag on ticket_tags (tenant_id, tag_id, ticket_id);
select tessera_protect_tenant_table('ticket_tags');

-- migrate:down
drop table ticket_tags, tags;
