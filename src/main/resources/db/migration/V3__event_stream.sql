-- Every replica listens on this channel and reads new timeline events from the table itself,
-- which stays the source of truth when a notification is missed.
create function announce_case_event() returns trigger language plpgsql as $$
begin
  perform pg_notify('sigap_events', new.id::text);
  return new;
end;
$$;
create trigger case_event_announce after insert on case_event
  for each row execute function announce_case_event();

-- Browsers cannot set headers on a WebSocket upgrade: they trade their bearer token for a
-- short-lived ticket that can be used once, on any replica.
create table stream_ticket (
  ticket     varchar(64) primary key,
  username   varchar(64) not null references user_account (username),
  role       varchar(32) not null,
  cluster_id varchar(16),
  expires_at timestamptz not null,
  used_at    timestamptz
);
create index stream_ticket_expiry on stream_ticket (expires_at);
