-- Failed sign-ins per username and per address, shared by every replica (R: login throttling).
-- A key is locked for a while after too many failures in the window; each further lock doubles,
-- up to a cap, so that an attacker cannot keep a real person out for long.
create table login_throttle (
  key               varchar(300) primary key,
  failures          int          not null,
  window_started_at timestamptz  not null,
  lockouts          int          not null default 0,
  locked_until      timestamptz
);
