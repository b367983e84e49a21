-- TelkomCare threads (SPEC section 4): posts and e-mails from social-listening tools, grouped
-- into one case per author and channel until it closes. A thread has no phone number: the
-- customer is known by handle (or, for e-mail without one, by name), so the phone may be empty.
alter table hard_complaint_case alter column customer_phone drop not null;
alter table hard_complaint_case add column author_handle varchar(100);
alter table hard_complaint_case add column telkomcare_assessment text;
alter table hard_complaint_case add column telkomcare_corrections varchar(200);
alter table hard_complaint_case add column pic_ticket varchar(64) references user_account (username);

-- One open case per author and channel, whatever the race between two of their messages.
create unique index hard_complaint_case_one_open_thread
  on hard_complaint_case (channel, lower(author_handle))
  where status <> 'CLOSED' and author_handle is not null;

-- Every message once: a retry with the same external id returns the first result.
create table telkomcare_message (
  external_id      varchar(200)  primary key,
  case_id          uuid          not null references hard_complaint_case (id),
  channel          varchar(16)   not null,
  author_handle    varchar(100),
  author_name      varchar(100),
  author_verified  boolean       not null,
  author_followers bigint        not null,
  author_bio       varchar(1000),
  text             varchar(5000) not null,
  posted_at        timestamptz   not null,
  in_reply_to      varchar(200),
  received_at      timestamptz   not null,
  received_by      varchar(64)   not null references user_account (username),
  seq              bigserial     not null,
  result           text          not null
);
create index telkomcare_message_by_case on telkomcare_message (case_id, posted_at, seq);
