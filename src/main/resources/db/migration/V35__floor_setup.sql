-- R-F-1: admins set the center up through the API. A removed desk keeps its row, because the
-- presence log names it; it is hidden from the floor and nobody can check in there.
alter table desk add column removed_at timestamptz;

-- A deactivated person signs in no more (neither with a password nor at the identity provider);
-- their row stays, because cases, hands and the timeline name them.
alter table user_account add column deactivated_at timestamptz;

-- The weekly roster of a cluster: who is TL and who is SPV on which shift. Times are local
-- times in the center's zone (sigap.zone); a shift that ends at or before its start ends on the
-- next day.
create table roster_shift (
  id         bigserial   primary key,
  cluster_id varchar(16) not null references cluster (id),
  weekday    smallint    not null check (weekday between 1 and 7),
  starts_at  time        not null,
  ends_at    time        not null,
  role       varchar(16) not null check (role in ('TEAM_LEADER', 'SUPERVISOR')),
  username   varchar(64) not null references user_account (username)
);
create index roster_shift_by_cluster on roster_shift (cluster_id, weekday);

-- Deactivating a person signs them out everywhere, as a change of role or cluster does (V20):
-- their sessions end, their refresh tokens with them, and their streams close.
drop trigger user_account_rights_changed on user_account;
create trigger user_account_rights_changed
  after update of role, cluster_id, deactivated_at on user_account
  for each row when (old.role is distinct from new.role
    or old.cluster_id is distinct from new.cluster_id
    or (old.deactivated_at is null and new.deactivated_at is not null))
  execute function revoke_sessions_on_rights_change();
