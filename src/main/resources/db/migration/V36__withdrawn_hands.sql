-- R-C-1: the agent withdraws a hand when the customer hangs up before the TL came.
alter table escalation
  add column withdrawn_at    timestamptz,
  add column withdraw_reason varchar(32);
