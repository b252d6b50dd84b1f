-- Mailboxes: where an instance's mail comes in (IMAP fetched by the worker, or piped by an MTA to
-- the inbound endpoint with the mailbox's token), and into which department, topic and priority.

-- migrate:up
create table mailboxes (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null,
  -- The address requesters write to; recognises the mailbox of piped mail and of our own loops.
  address citext not null,
  department_id uuid not null,
  help_topic_id uuid,
  priority_id uuid,
  -- IMAP: no host means the mailbox only receives piped mail.
  imap_host text,
  imap_port integer check (imap_port between 1 and 65535),
  imap_security text not null default 'tls' check (imap_security in ('tls', 'starttls', 'none')),
  imap_user text,
  -- Sealed with a key derived from TESSERA_SECRET_KEY (AES-256-GCM); never returned by the API.
  imap_secret bytea,
  imap_folder text not null default 'INBOX',
  fetch_interval_seconds integer not null default 300 check (fetch_interval_seconds between 10 and 86400),
  after_fetch text not null default 'seen' check (after_fetch in ('seen', 'move', 'delete')),
  after_fetch_folder text,
  auto_response boolean not null default true,
  is_active boolean not null default true,
  -- SHA-256 of the token an MTA pipe authenticates with; null: no pipe.
  inbound_token_hash bytea,
  -- Fetch state: resume by UID, and what went wrong last.
  uid_validity bigint,
  last_uid bigint,
  last_fetch_at timestamptz,
  last_error text,
  last_error_at timestamptz,
  consecutive_failures integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name),
  unique (tenant_id, address),
  unique (tenant_id, inbound_token_hash),
  foreign key (tenant_id, department_id) references departments (tenant_id, id),
  foreign key (tenant_id, help_topic_id) references help_topics (tenant_id, id) on delete set null (help_topic_id),
  foreign key (tenant_id, priority_id) references priorities (tenant_id, id) on delete set null (priority_id),
  check (after_fetch <> 'move' or after_fetch_folder is not null),
  check ((imap_host is null) = (imap_user is null))
);
select tessera_protect_tenant_table('mailboxes');

-- migrate:down
drop table mailboxes;
