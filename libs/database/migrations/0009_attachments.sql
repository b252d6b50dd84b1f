-- Attachments: files of thread entries, stored once per instance by content (SHA-256). Blobs live
-- in PostgreSQL by default; the storage interface allows object storage instead.

-- migrate:up
create table blobs (
  tenant_id uuid not null references tenants (id) on delete cascade,
  sha256 bytea not null check (octet_length(sha256) = 32),
  size bigint not null check (size >= 0),
  -- Null when the content lives in another store under the same key.
  content bytea,
  created_at timestamptz not null default now(),
  primary key (tenant_id, sha256)
);
select tessera_protect_tenant_table('blobs');

create table attachments (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  entry_id uuid not null,
  sha256 bytea not null,
  filename text not null,
  content_type text not null,
  size bigint not null,
  -- Inline images are referenced from the HTML body as cid:<content_id>.
  content_id text,
  is_inline boolean not null default false,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, entry_id) references ticket_entries (tenant_id, id) on delete cascade,
  foreign key (tenant_id, sha256) references blobs (tenant_id, sha256)
);
create index attachments_entry on attachments (tenant_id, entry_id);
create index attachments_blob on attachments (tenant_id, sha256);
select tessera_protect_tenant_table('attachments');

-- migrate:down
drop table attachments, blobs;
