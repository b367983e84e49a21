-- R-I-2: integrators subscribe a URL to event types (and optionally one cluster's cases). The
-- secret is kept as given: it signs every delivery. A subscription is ACTIVE or PAUSED (by an admin,
-- or by the dispatcher after repeated failures); deleting it deletes its delivery log.
create table webhook_subscription (
  id                   uuid          primary key,
  url                  varchar(2000) not null,
  events               varchar(40)[] not null,
  cluster_id           varchar(16),
  secret               varchar(256)  not null,
  status               varchar(16)   not null,
  consecutive_failures integer       not null default 0,
  created_by           varchar(64)   not null,
  created_at           timestamptz   not null,
  paused_at            timestamptz
);

-- The outbox: one row per matching timeline event and subscription, written by the trigger below in
-- the transaction that appends the event, so no event is missed and none is queued twice. A row is
-- PENDING until it is DELIVERED (a 2xx answer) or GIVEN_UP (still failing a day after its first
-- attempt). leased_until marks a row one replica is sending: no other replica claims it until then.
create table webhook_delivery (
  id               bigserial    primary key,
  subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
  event_id         bigint       not null references case_event (id),
  case_id          uuid         not null,
  event_type       varchar(40)  not null,
  status           varchar(16)  not null default 'PENDING',
  attempts         integer      not null default 0,
  created_at       timestamptz  not null,
  next_attempt_at  timestamptz  not null,
  leased_until     timestamptz,
  first_attempt_at timestamptz,
  last_attempt_at  timestamptz,
  last_status      integer,
  last_answer      varchar(500),
  delivered_at     timestamptz,
  unique (subscription_id, event_id)
);
-- what the dispatcher claims, and the rule that a case's later event waits for its earlier one
create index webhook_delivery_due on webhook_delivery (event_id) where status = 'PENDING';
create index webhook_delivery_pending_by_case on webhook_delivery (subscription_id, case_id, event_id)
  where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, id);
-- the deliveries being sent now, counted per subscription to cap what one receiver holds
create index webhook_delivery_leased on webhook_delivery (subscription_id)
  where status = 'PENDING' and leased_until is not null;

create function queue_webhook_deliveries() returns trigger language plpgsql as $$
begin
  insert into webhook_delivery (subscription_id, event_id, case_id, event_type, created_at,
                                next_attempt_at)
    select s.id, new.id, new.case_id, new.type, new.at, new.at
    from webhook_subscription s
    where new.type = any (s.events)
      and (s.cluster_id is null
           or exists (select 1 from hard_complaint_case c
                      where c.id = new.case_id and c.cluster_id = s.cluster_id));
  return new;
end;
$$;
create trigger case_event_webhooks after insert on case_event
  for each row execute function queue_webhook_deliveries();
