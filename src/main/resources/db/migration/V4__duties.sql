-- Every clock of the procedure is a row: what is due, for which case, when (R-IN-11, R-IN-12, R-X-2).
-- The key names the duty ("callback:<case>"), so arming it twice moves it instead of adding one.
-- Replicas claim due rows with FOR UPDATE SKIP LOCKED; firing updates or deletes the row in the
-- same transaction as the event it records, so each due time fires once.
create table duty (
  key             varchar(120) primary key,
  kind            varchar(24)  not null,
  case_id         uuid         not null references hard_complaint_case (id),
  escalation_id   uuid         references escalation (id),
  due_at          timestamptz  not null,
  stage           int          not null default 0,
  policy_revision varchar(64)  not null,
  armed_at        timestamptz  not null
);
create index duty_by_due_time on duty (due_at);
create index duty_by_case on duty (case_id);

-- The related unit's promised resolution time pulls the next call back forward (R-IN-12).
alter table hard_complaint_case add column promised_resolution_at timestamptz;
