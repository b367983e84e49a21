-- R-F-2: who is checked in at which desk. A desk holds at most one person and a person at most
-- one desk, whatever the race: the primary key and the unique desk say so. Checking out deletes
-- the row. after_event_id is the latest timeline event when the person (last) checked in: a TL
-- is busy only with hands taken up after that, so checking in again at the desk says "back".
create table presence (
  username       varchar(64) primary key references user_account (username),
  desk_id        varchar(32) not null unique references desk (id),
  checked_in_at  timestamptz not null,
  after_event_id bigint      not null default 0
);

-- Every check-in and check-out, never changed afterwards.
create table presence_log (
  id       bigserial   primary key,
  username varchar(64) not null references user_account (username),
  desk_id  varchar(32) references desk (id),
  action   varchar(16) not null,
  at       timestamptz not null
);
create index presence_log_by_user on presence_log (username, id);

-- Whoever was seated before presence existed is checked in there now.
insert into presence (username, desk_id, checked_in_at)
  select seated_username, id, now() from desk where seated_username is not null;
insert into presence_log (username, desk_id, action, at)
  select seated_username, id, 'CHECK_IN', now() from desk where seated_username is not null;
drop index desk_one_seat_per_user;
alter table desk drop column seated_username;

-- A TL is busy with the hands addressed to them that they listen to or stand at.
create index escalation_taken_up_by_target on escalation (target_tl)
  where status in ('LISTENING', 'AT_WORKSTATION');

-- R-X-2 with R-F-3: whom a hand was re-routed away from, comma-separated, so that a later
-- re-route never returns to any of them.
alter table escalation add column passed_over varchar(2000) not null default '';
