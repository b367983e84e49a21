-- The timeline's three insert triggers run once per statement over the rows it inserted, not once
-- per row: a batch of fired duties is one insert of hundreds of events, which ran three functions
-- and sent one notification per event. What they do is unchanged: every replica is woken (once per
-- statement, with the highest new id: the tail reads from where it is, whatever the payload), and
-- the push and webhook outboxes get the same rows as before, in event order.
drop trigger case_event_announce on case_event;
drop trigger case_event_push on case_event;
drop trigger case_event_webhooks on case_event;
drop function announce_case_event();
drop function queue_push_deliveries();
drop function queue_webhook_deliveries();

create function announce_case_events() returns trigger language plpgsql as $$
declare
  last_id bigint;
begin
  select max(id) into last_id from inserted;
  if last_id is not null then
    perform pg_notify('sigap_events', last_id::text);
  end if;
  return null;
end;
$$;
create trigger case_event_announce after insert on case_event
  referencing new table as inserted
  for each statement execute function announce_case_events();

create function queue_push_deliveries() returns trigger language plpgsql as $$
begin
  -- most events alert nobody: only those that name tablets are parsed
  insert into push_delivery (subscription_id, event_id, created_at, next_attempt_at)
    select s.id, n.id, n.at, n.at
    from inserted n
    join push_subscription s
      on position('"alertFor"' in n.details) > 0
     and s.username in (
       select jsonb_array_elements_text(
         case when jsonb_typeof(n.details::jsonb -> 'alertFor') = 'array'
              then n.details::jsonb -> 'alertFor' else '[]'::jsonb end))
    order by n.id, s.id;
  return null;
end;
$$;
create trigger case_event_push after insert on case_event
  referencing new table as inserted
  for each statement execute function queue_push_deliveries();

create function queue_webhook_deliveries() returns trigger language plpgsql as $$
begin
  insert into webhook_delivery (subscription_id, event_id, case_id, event_type, created_at,
                                next_attempt_at)
    select s.id, n.id, n.case_id, n.type, n.at, n.at
    from inserted n
    join webhook_subscription s on n.type = any (s.events)
    where s.cluster_id is null
       or exists (select 1 from hard_complaint_case c
                  where c.id = n.case_id and c.cluster_id = s.cluster_id)
    order by n.id, s.id;
  return null;
end;
$$;
create trigger case_event_webhooks after insert on case_event
  referencing new table as inserted
  for each statement execute function queue_webhook_deliveries();
