-- E-mail both ways: every message received (kept raw, with what the intake pipeline made of it)
-- and every mail sent (one row per recipient, with its delivery state), the instance's mail
-- settings, bounced addresses and the mailboxes' back-off.

-- migrate:up
alter table instance_settings
  -- A mail from someone who is not on the ticket it answers: add them as a collaborator, or open
  -- a new ticket for them.
  add column unknown_sender_policy text not null default 'collaborator' check (unknown_sender_policy in ('collaborator', 'new_ticket')),
  -- Automatic responses one address gets per hour at most (loop safety).
  add column autoresponse_hourly_limit integer not null default 5 check (autoresponse_hourly_limit between 0 and 1000),
  -- Open tickets one requester may have before new mail is refused with a notice; 0: no limit.
  add column max_open_tickets integer not null default 0 check (max_open_tickets between 0 and 1000),
  -- Attachments of inbound mail: larger parts are dropped with a note on the ticket.
  add column attachment_max_bytes integer not null default 10485760 check (attachment_max_bytes between 0 and 104857600),
  -- Media types accepted (`image/*`, `application/pdf`); empty: any type.
  add column attachment_types text[] not null default '{}';

-- Mail to this address failed (a bounce named it); notices still go out, agents see the flag.
alter table requester_emails add column bounced_at timestamptz, add column bounce_reason text;

-- When a failing mailbox is fetched next (back-off); null: at its interval.
alter table mailboxes add column next_fetch_at timestamptz;

create table mail_messages (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  direction text not null check (direction in ('in', 'out')),
  -- Without angle brackets. Inbound mail without one gets an id derived from its bytes.
  message_id text not null,
  mailbox_id uuid,
  ticket_id uuid,
  -- The thread entry the message became (in) or is about (out).
  entry_id uuid,
  -- In: the sender; out: the recipient.
  address citext,
  subject text not null default '',
  -- In: what the message is (`own`: our own mail come back; `unparseable`: not readable at all).
  kind text check (kind in ('human', 'auto-reply', 'bounce', 'list', 'own', 'unparseable')),
  -- In: accepted (into a ticket), flagged (kept for an agent), dropped (our own mail), refused
  -- (over the open-ticket limit). Out: pending, sent, failed (gave up), suppressed (not sent:
  -- the hourly auto-response cap).
  status text not null check (status in ('accepted', 'flagged', 'dropped', 'refused', 'pending', 'sent', 'failed', 'suppressed')),
  -- Why, for an agent: parser problems, classification reasons, dropped attachments.
  problems text[] not null default '{}',
  -- In: the message as received.
  raw_sha256 bytea,
  received_at timestamptz,
  -- Out: the template, the outbox message that caused the mail, and the mail as composed (from,
  -- reply-to, subject, text, html, headers), so a retry sends the same bytes.
  template text,
  outbox_id uuid,
  content jsonb,
  attempts integer not null default 0,
  last_error text,
  sent_at timestamptz,
  -- In, flagged: when an agent dealt with it.
  reviewed_at timestamptz,
  reviewed_by_staff_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, mailbox_id) references mailboxes (tenant_id, id) on delete set null (mailbox_id),
  foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete set null (ticket_id),
  foreign key (tenant_id, entry_id) references ticket_entries (tenant_id, id) on delete set null (entry_id),
  foreign key (tenant_id, raw_sha256) references blobs (tenant_id, sha256),
  foreign key (tenant_id, reviewed_by_staff_id) references staff (tenant_id, id) on delete set null (reviewed_by_staff_id),
  check ((direction = 'in') = (status in ('accepted', 'flagged', 'dropped', 'refused'))),
  check (direction = 'out' or (raw_sha256 is not null and kind is not null)),
  check (direction = 'in' or (content is not null and address is not null))
);
-- A Message-ID is ingested at most once per instance.
create unique index mail_messages_inbound on mail_messages (tenant_id, message_id) where direction = 'in';
-- Threading: In-Reply-To / References against what we sent or received.
create index mail_messages_message_id on mail_messages (tenant_id, message_id);
create index mail_messages_ticket on mail_messages (tenant_id, ticket_id, created_at) where ticket_id is not null;
create index mail_messages_entry on mail_messages (tenant_id, entry_id) where entry_id is not null;
-- One mail per recipient and template for each outbox message: composing again finds it.
create unique index mail_messages_outbox on mail_messages (tenant_id, outbox_id, template, address) where direction = 'out';
-- The hourly auto-response cap.
create index mail_messages_autoresponses on mail_messages (tenant_id, address, created_at) where direction = 'out';
create index mail_messages_flagged on mail_messages (tenant_id, created_at) where status = 'flagged' and reviewed_at is null;
create index mail_messages_raw on mail_messages (tenant_id, raw_sha256) where raw_sha256 is not null;
select tessera_protect_tenant_table('mail_messages');

-- migrate:down
drop table mail_messages;
alter table mailboxes drop column next_fetch_at;
alter table requester_emails drop column bounced_at, drop column bounce_reason;
alter table instance_settings drop column unknown_sender_policy, drop column autoresponse_hourly_limit, drop column max_open_tickets,
  drop column attachment_max_bytes, drop column attachment_types;
