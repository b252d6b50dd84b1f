-- Webhooks that keep failing: how many events in a row a webhook failed to take (the last
-- attempt of each), and when it was switched off for it. A manager switching it on again starts
-- the count anew.

-- migrate:up
alter table webhooks
  add column consecutive_failures integer not null default 0 check (consecutive_failures >= 0),
  add column disabled_at timestamptz;

-- migrate:down
alter table webhooks drop column disabled_at, drop column consecutive_failures;
