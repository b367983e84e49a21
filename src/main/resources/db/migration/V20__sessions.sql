-- A sign-in is a session: access tokens (minutes) carry its id, refresh tokens (rotated on use)
-- keep it alive up to its absolute expiry. Revoking the session refuses its tokens at once and
-- closes its streams on every replica.
create table user_session (
  id         uuid        primary key,
  username   varchar(64) not null references user_account (username),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index user_session_by_user on user_session (username) where revoked_at is null;

-- Only a hash of each refresh token is kept; a used one is kept too, so that its reuse (a stolen
-- copy) is recognised and ends the whole session.
create table refresh_token (
  token_hash varchar(64) primary key,
  session_id uuid        not null references user_session (id),
  issued_at  timestamptz not null,
  used_at    timestamptz
);
create index refresh_token_by_session on refresh_token (session_id);

-- A stream ticket opens a stream that belongs to the session that asked for it.
alter table stream_ticket add column session_id uuid references user_session (id);

-- Whoever changes a person's role or cluster (an operator's SQL, a directory sync, a future admin
-- screen) signs that person out everywhere: their tokens carry the old rights.
create function revoke_sessions_on_rights_change() returns trigger language plpgsql as $$
begin
  update user_session set revoked_at = now() where username = new.username and revoked_at is null;
  return new;
end;
$$;
create trigger user_account_rights_changed after update of role, cluster_id on user_account
  for each row when (old.role is distinct from new.role or old.cluster_id is distinct from new.cluster_id)
  execute function revoke_sessions_on_rights_change();
