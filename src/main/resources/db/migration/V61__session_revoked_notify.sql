-- Replicas remember for a few seconds that a session is active, so that a request need not read
-- it back; a session revoked by any replica (signing out, a reused refresh token, a changed role,
-- a deactivation, an operator's SQL) is announced at commit, and every replica forgets it at once.
create function notify_session_revoked() returns trigger language plpgsql as $$
begin
  perform pg_notify('sigap_sessions', new.id::text);
  return new;
end;
$$;
create trigger user_session_revoked after update of revoked_at on user_session
  for each row when (old.revoked_at is null and new.revoked_at is not null)
  execute function notify_session_revoked();
