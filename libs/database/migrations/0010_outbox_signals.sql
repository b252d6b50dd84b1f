-- The outbox relay must find the instances with pending side effects without reading every
-- instance's outbox: each insert flags its instance here (a control-plane row holding only the
-- instance id), and the relay drains the flagged ones.

-- migrate:up
create table outbox_signals (
  signalled_tenant_id uuid primary key references tenants (id) on delete cascade,
  signalled_at timestamptz not null
);
grant select, insert, update, delete on outbox_signals to tessera_runtime;

create function tessera_signal_outbox() returns trigger
  language plpgsql
  as $$
begin
  insert into outbox_signals (signalled_tenant_id, signalled_at) values (new.tenant_id, clock_timestamp())
    on conflict (signalled_tenant_id) do update set signalled_at = excluded.signalled_at;
  return null;
end
$$;
create trigger outbox_signal after insert on outbox for each row execute function tessera_signal_outbox();

-- migrate:down
drop trigger outbox_signal on outbox;
drop function tessera_signal_outbox();
drop table outbox_signals;
