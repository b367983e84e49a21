-- R-F-4: the handover the handling TL asked for, until the receiving TL answers it (or the case
-- changes hands or closes otherwise). What was asked and answered is on the timeline.
alter table hard_complaint_case
  add column pending_handover_id     uuid unique,
  add column pending_handover_to     varchar(64) references user_account (username),
  add column pending_handover_reason varchar(16),
  add constraint pending_handover_whole check (
    (pending_handover_id is null) = (pending_handover_to is null)
    and (pending_handover_id is null) = (pending_handover_reason is null));
create index case_pending_handover_to on hard_complaint_case (pending_handover_to)
  where pending_handover_to is not null;
alter table hard_complaint_case add column pending_handover_at timestamptz;
alter table hard_complaint_case add constraint pending_handover_at_whole
  check ((pending_handover_id is null) = (pending_handover_at is null));
