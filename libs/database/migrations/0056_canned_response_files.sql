-- Files a canned response carries: attached to the reply it goes into, and to the responses
-- ticket filters, triggers and time rules send with it. Their contents live in the instance's
-- blobs, like ticket attachments; a ticket entry links the same blob, so removing a file (or
-- the canned response) here leaves the tickets' copies as they are.

-- migrate:up
create table canned_response_files (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  canned_response_id uuid not null,
  sha256 bytea not null,
  filename text not null check (char_length(filename) between 1 and 255),
  content_type text not null,
  size bigint not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, canned_response_id) references canned_responses (tenant_id, id) on delete cascade,
  foreign key (tenant_id, sha256) references blobs (tenant_id, sha256)
);
create index canned_response_files_response on canned_response_files (tenant_id, canned_response_id);
create index canned_response_files_blob on canned_response_files (tenant_id, sha256);
select tessera_protect_tenant_table('canned_response_files');

-- migrate:down
drop table canned_response_files;
