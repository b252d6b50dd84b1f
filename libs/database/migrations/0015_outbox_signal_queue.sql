-- The outbox flag of an instance was one row upserted by every outbox insert and held locked to
-- COMMIT: every concurrent write of one instance queued on it. Signals are now appended, one row
-- per outbox message, and never updated; the relay claims them (`for update skip locked`, so
-- relays running side by side take different rows and no writer ever waits) and deletes what it
-- claimed.

-- migrate:up
drop trigger outbox_signal on outbox;
alter table outbox_signals rename to outbox_flags;
alter table outbox_flags rename constraint outbox_signals_pkey to outbox_flags_pkey;
create table outbox_signals (
  id bigint generated always as identity primary key,
  signalled_tenant_id uuid not null references tenants (id) on delete cascade,
  signalled_at timestamptz not null default clock_timestamp()
);
create index outbox_signals_tenant on outbox_signals (signalled_tenant_id);
-- Update only for `for update`: signals are never changed.
grant select, insert, update, delete on outbox_signals to tessera_runtime;
grant usage on sequence outbox_signals_id_seq to tessera_runtime;
-- The instances flagged now stay flagged.
insert into outbox_signals (signalled_tenant_id, signalled_at) select signalled_tenant_id, signalled_at from outbox_flags;
drop table outbox_flags;

create or replace function tessera_signal_outbox() returns trigger
  language plpgsql
  as $$
begin
  insert into outbox_signals (signalled_tenant_id) values (new.tenant_id);
  return null;
end
$$;
create trigger outbox_signal after insert on outbox for each row execute function tessera_signal_outbox();

-- migrate:down
drop trigger outbox_signal on outbox;
drop table outbox_signals;
create table outbox_signals (
  signalled_tenant_id uuid primary key references tenants (id) on delete cascade,
  signalled_at timestamptz not null
);
grant select, insert, update, delete on outbox_signals to tessera_runtime;
create or replace function tessera_signal_outbox() returns trigger
  language plpgsql
  as $$
begin
  insert into outbox_signals (signalled_tenant_id, signalled_at) values (new.tenant_id, clock_timestamp())
    on conflict (signalled_tenant_id) do update set signalled_at = excluded.signalled_at;
  return null;
end
$$;
create trigger outbox_signal after insert on outbox for each row execute function tessera_signal_outbox();
