-- The requester portal: guest sessions limited to one ticket, and registration that waits for the
-- address to be confirmed.

-- migrate:up

-- Set: a guest session, opened with a ticket's guest link, that reaches that ticket only.
-- Null: the requester signed in with a password.
alter table requester_sessions
  add column ticket_id uuid,
  add foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade;

-- Registering: the password chosen at registration waits on the token mailed to the address and
-- takes effect only when that token comes back, so nobody can claim an address they do not read.
alter table requester_tokens
  add column password_hash text,
  drop constraint requester_tokens_purpose_check,
  add constraint requester_tokens_purpose_check check (purpose in ('reset', 'invitation', 'registration')),
  add constraint requester_tokens_password_only_registering check ((password_hash is null) or purpose = 'registration');

-- migrate:down
-- Without the column a guest session would open every ticket of the requester: end them instead.
delete from requester_sessions where ticket_id is not null;
alter table requester_sessions drop column ticket_id;
delete from requester_tokens where purpose = 'registration';
alter table requester_tokens
  drop constraint requester_tokens_password_only_registering,
  drop constraint requester_tokens_purpose_check,
  add constraint requester_tokens_purpose_check check (purpose in ('reset', 'invitation')),
  drop column password_hash;
