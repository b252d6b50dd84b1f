-- Pages and branding: the portal's own texts per language (landing, thank-you, offline), the
-- company name, logo and primary colour the portal, the panel and the mail show, and the switch
-- that takes the portal offline.

-- migrate:up
alter table instance_settings
  add column company_name text check (char_length(company_name) between 1 and 120),
  add column primary_color text check (primary_color ~ '^#[0-9a-f]{6}$'),
  add column portal_online boolean not null default true;

create table instance_pages (
  tenant_id uuid not null references tenants (id) on delete cascade,
  kind text not null check (kind in ('landing', 'thank-you', 'offline')),
  language text not null check (language in ('en', 'ca', 'es', 'de', 'nl')),
  title text not null check (char_length(title) between 1 and 200),
  -- Sanitised HTML: what the portal shows as it is.
  body text not null check (char_length(body) <= 50000),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, kind, language)
);
select tessera_protect_tenant_table('instance_pages');

create table instance_logos (
  tenant_id uuid primary key references tenants (id) on delete cascade,
  content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  content bytea not null check (octet_length(content) between 1 and 262144),
  updated_at timestamptz not null default now()
);
select tessera_protect_tenant_table('instance_logos');

-- migrate:down
drop table instance_logos;
drop table instance_pages;
alter table instance_settings drop column portal_online, drop column primary_color, drop column company_name;
