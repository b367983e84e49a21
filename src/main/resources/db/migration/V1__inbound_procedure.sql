-- The contact center: clusters, desks and the people who work there.
create table cluster (
  id   varchar(16)  primary key,
  name varchar(100) not null
);

create table user_account (
  username      varchar(64)  primary key,
  display_name  varchar(100) not null,
  password_hash varchar(100) not null,
  role          varchar(32)  not null,
  cluster_id    varchar(16)  references cluster (id)
);

create table desk (
  id              varchar(32) primary key,
  kind            varchar(20) not null,
  cluster_id      varchar(16) references cluster (id),
  voice_recording boolean     not null,
  seated_username varchar(64) references user_account (username)
);
create unique index desk_one_seat_per_user on desk (seated_username);

-- A customer's complaint and where it stands in the procedure.
create table hard_complaint_case (
  id                          uuid          primary key,
  channel                     varchar(24)   not null,
  status                      varchar(16)   not null,
  hard_complaint              boolean       not null,
  customer_name               varchar(200)  not null,
  customer_phone              varchar(32)   not null,
  summary                     varchar(2000) not null,
  cluster_id                  varchar(16)   not null references cluster (id),
  created_by                  varchar(64)   not null references user_account (username),
  created_at                  timestamptz   not null,
  criteria                    varchar(200)  not null default '',
  other_reason                varchar(1000),
  handling_tl                 varchar(64)   references user_account (username),
  policy_decision_required    boolean       not null default false,
  policy_decision_coordinated boolean       not null default false,
  tl_at_workstation           boolean       not null default false,
  final_call_back_at          timestamptz,
  flag_review                 varchar(16),
  policy_revision             varchar(64)   not null,
  closed_at                   timestamptz,
  resolution                  varchar(2000),
  version                     bigint        not null default 0
);
create index hard_complaint_case_by_cluster on hard_complaint_case (cluster_id, created_at desc);
create index hard_complaint_case_by_creator on hard_complaint_case (created_by, created_at desc);

-- Raised hands (R-IN-2): a case has at most one open at a time, whatever the race.
create table escalation (
  id                 uuid        primary key,
  case_id            uuid        not null references hard_complaint_case (id),
  status             varchar(16) not null,
  raised_by          varchar(64) not null references user_account (username),
  target_tl          varchar(64) not null references user_account (username),
  takeover_requested boolean     not null,
  raised_at          timestamptz not null,
  acknowledged_at    timestamptz,
  arrived_at         timestamptz
);
create unique index escalation_one_open_per_case on escalation (case_id)
  where status in ('RAISED', 'LISTENING');
create index escalation_by_case on escalation (case_id, raised_at desc);

-- The timeline (R-X-3): one row per action, never changed afterwards.
create table case_event (
  id      bigserial   primary key,
  case_id uuid        not null references hard_complaint_case (id),
  type    varchar(40) not null,
  at      timestamptz not null,
  actor   varchar(64) not null,
  details text        not null
);
create index case_event_by_case on case_event (case_id, id);

create function refuse_timeline_rewrite() returns trigger language plpgsql as $$
begin
  raise exception 'the case timeline is append-only (R-X-3)';
end;
$$;
create trigger case_event_append_only before update or delete on case_event
  for each row execute function refuse_timeline_rewrite();

-- A retried POST /cases with the same Idempotency-Key returns the first case.
create table idempotency_key (
  username     varchar(64)  not null,
  key          varchar(200) not null,
  request_hash varchar(64)  not null,
  case_id      uuid         not null references hard_complaint_case (id),
  created_at   timestamptz  not null,
  primary key (username, key)
);
