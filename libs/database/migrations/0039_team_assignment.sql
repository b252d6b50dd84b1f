-- Automatic assignment inside a team: a ticket given to a team whose mode is round_robin or
-- least_loaded also gets one of its members, skipping inactive and locked agents, agents away
-- (away_until in the future) and, with a cap, agents holding that many open tickets.

-- migrate:up
alter table teams
  add column assignment text not null default 'none' check (assignment in ('none', 'round_robin', 'least_loaded')),
  add column max_open_per_agent integer check (max_open_per_agent between 1 and 10000);

alter table staff add column away_until timestamptz;

-- The round-robin position of each team, outside the teams row so that taking a turn does not
-- count as a configuration change. Its row is also the lock that serialises the choice: two
-- tickets given to one team at once take turns here.
create table team_assignment_turns (
  tenant_id uuid not null references tenants (id) on delete cascade,
  team_id uuid not null,
  last_staff_id uuid,
  turns bigint not null default 0,
  primary key (tenant_id, team_id),
  foreign key (tenant_id, team_id) references teams (tenant_id, id) on delete cascade,
  foreign key (tenant_id, last_staff_id) references staff (tenant_id, id) on delete set null (last_staff_id)
);
create index team_assignment_turns_last_staff_id on team_assignment_turns (tenant_id, last_staff_id);
select tessera_protect_tenant_table('team_assignment_turns');

-- migrate:down
drop table team_assignment_turns;
alter table staff drop column away_until;
alter table teams drop column assignment, drop column max_open_per_agent;
