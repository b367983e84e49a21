-- Web Push (RFC 8030): the browsers that asked to be woken for the alerts of the person signed in on
-- them. A browser's endpoint is its own: when another person signs in on the same tablet and
-- subscribes, the row moves to them. Written by id.sigap.push.PushQueries only.
create table push_subscription (
  id              uuid          primary key,
  username        varchar(64)   not null,
  endpoint        varchar(2000) not null unique,
  p256dh          varchar(200)  not null,
  auth            varchar(64)   not null,
  created_at      timestamptz   not null,
  updated_at      timestamptz   not null,
  last_success_at timestamptz
);
create index push_subscription_by_user on push_subscription (username);

-- The VAPID key pair (RFC 8292) when none is configured: made by the first replica that starts and
-- read by every other, so that all of them sign as the one application server browsers know.
create table push_vapid_key (
  id          smallint     primary key check (id = 1),
  public_key  varchar(200) not null,
  private_key varchar(400) not null,
  created_at  timestamptz  not null
);

-- The push outbox: one row per event that alerts someone (alertFor, R-F-5) and subscription of that
-- person, queued by the trigger below in the event's own transaction, and claimed by one replica at
-- a time (FOR UPDATE SKIP LOCKED and a lease), as the webhook outbox is.
create table push_delivery (
  id              bigserial   primary key,
  subscription_id uuid        not null references push_subscription (id) on delete cascade,
  event_id        bigint      not null references case_event (id),
  status          varchar(16) not null default 'PENDING',
  attempts        integer     not null default 0,
  created_at      timestamptz not null,
  next_attempt_at timestamptz not null,
  leased_until    timestamptz,
  last_status     integer,
  sent_at         timestamptz,
  unique (subscription_id, event_id)
);
create index push_delivery_due on push_delivery (next_attempt_at) where status = 'PENDING';
create index push_delivery_age on push_delivery (created_at);

create function queue_push_deliveries() returns trigger language plpgsql as $$
begin
  -- most events alert nobody: only those that name tablets are parsed
  if position('"alertFor"' in new.details) > 0 then
    insert into push_delivery (subscription_id, event_id, created_at, next_attempt_at)
      select s.id, new.id, new.at, new.at
      from push_subscription s
      where s.username in (
        select jsonb_array_elements_text(
          case when jsonb_typeof(new.details::jsonb -> 'alertFor') = 'array'
               then new.details::jsonb -> 'alertFor' else '[]'::jsonb end));
  end if;
  return new;
end;
$$;
create trigger case_event_push after insert on case_event
  for each row execute function queue_push_deliveries();
