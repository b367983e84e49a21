-- K-2 (revised): a hand counts against the TL it was first addressed to, also when it was
-- re-routed, withdrawn or never answered. Hands raised before this column are given theirs from
-- the timeline's HAND_RAISED.
alter table escalation add column first_target_tl varchar(64);
update escalation e set first_target_tl = coalesce(
  (select ev.details::jsonb ->> 'targetTl' from case_event ev
    where ev.case_id = e.case_id and ev.type = 'HAND_RAISED'
      and ev.details::jsonb ->> 'escalationId' = e.id::text
    order by ev.id limit 1),
  e.target_tl);
alter table escalation alter column first_target_tl set not null;
