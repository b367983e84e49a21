-- R-C-1..R-C-4: how the call ended, the customer's choice, the call-back clock the procedure sees,
-- unanswered call backs in a row and the request to close an unreachable customer's case.
alter table hard_complaint_case
  add column customer_choice              varchar(16),
  add column agreed_call_back_at          timestamptz,
  add column call_ended_at                timestamptz,
  add column call_back_due_at             timestamptz,
  add column unreached_call_backs         int not null default 0,
  add column unreached_closing_status     varchar(16),
  add column unreached_closing_by         varchar(64),
  add column unreached_closing_reason     varchar(2000),
  add constraint case_customer_choice_known
    check (customer_choice in ('CALL_BACK', 'TRANSFER', 'WORKSTATION')),
  add constraint case_unreached_closing_known
    check (unreached_closing_status in ('REQUESTED', 'APPROVED', 'DECLINED'));

-- the running call-back clock, for cases that already have one
update hard_complaint_case c set call_back_due_at = d.due_at
  from duty d where d.key = 'callback:' || c.id;

-- R-C-2, R-C-3, R-C-4: new policy keys; revisions published before them take their defaults
alter table policy_revision
  add column first_callback_within   varchar(32) not null default 'PT15M',
  add column quiet_hours             varchar(16) not null default '21:00-07:00',
  add column agreed_callback_horizon varchar(32) not null default 'P30D',
  add column callback_attempts       int         not null default 3;
