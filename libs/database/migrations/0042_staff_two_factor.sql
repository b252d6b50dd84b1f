-- Two-factor sign-in for agents (time-based one-time passwords, RFC 6238), one-time recovery
-- codes, the short-lived challenges between the password and the second step, mailed password
-- reset links, and the instance's rule that every agent must use a second factor.

-- migrate:up
create table staff_two_factor (
  tenant_id uuid not null references tenants (id) on delete cascade,
  staff_id uuid not null,
  -- The shared secret, sealed (AES-256-GCM under the deployment's key), never stored in clear.
  secret bytea not null,
  -- Null while the enrolment waits for its first valid code.
  enabled_at timestamptz,
  -- The time step of the last accepted code: it and older ones are refused (no replay).
  last_step bigint,
  created_at timestamptz not null default now(),
  primary key (tenant_id, staff_id),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
select tessera_protect_tenant_table('staff_two_factor');

create table staff_recovery_codes (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  staff_id uuid not null,
  -- SHA-256 of the code; the code itself is shown once.
  code_hash bytea not null,
  used_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, staff_id, code_hash),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
select tessera_protect_tenant_table('staff_recovery_codes');

-- After a right password: the token that takes the second step (a code, or enrolment where the
-- instance requires a second factor).
create table staff_sign_in_challenges (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  staff_id uuid not null,
  token_hash bytea not null,
  next text not null check (next in ('code', 'enrol')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
create index staff_sign_in_challenges_staff_id on staff_sign_in_challenges (tenant_id, staff_id);
select tessera_protect_tenant_table('staff_sign_in_challenges');

create table staff_password_resets (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  staff_id uuid not null,
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, staff_id) references staff (tenant_id, id) on delete cascade
);
create index staff_password_resets_staff_id on staff_password_resets (tenant_id, staff_id);
select tessera_protect_tenant_table('staff_password_resets');

-- The staff realm's own instance-wide rules.
create table staff_auth_policies (
  tenant_id uuid not null references tenants (id) on delete cascade,
  require_two_factor boolean not null default false,
  updated_at timestamptz not null default now(),
  primary key (tenant_id)
);
select tessera_protect_tenant_table('staff_auth_policies');

-- migrate:down
drop table staff_auth_policies, staff_password_resets, staff_sign_in_challenges, staff_recovery_codes, staff_two_factor;
