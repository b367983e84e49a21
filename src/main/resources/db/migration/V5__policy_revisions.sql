-- Policy revisions (SPEC section 2, ISO 9001 document control): every published revision is
-- kept; one is active for new cases; each case keeps the revision it started under.
create table policy_revision (
  name                         varchar(64) primary key,
  published_at                 timestamptz not null,
  published_by                 varchar(64) not null,
  active                       boolean     not null default false,
  inbound_minimum_criteria     int         not null,
  telkomcare_minimum_criteria  int         not null,
  burst_messages               int         not null,
  social_burst_window          varchar(32) not null,
  non_social_burst_window      varchar(32) not null,
  progress_check_interval      varchar(32) not null,
  callback_interval            varchar(32) not null,
  acknowledge_target           varchar(32) not null,
  influencer_followers         bigint      not null
);
create unique index policy_revision_one_active on policy_revision (active) where active;
