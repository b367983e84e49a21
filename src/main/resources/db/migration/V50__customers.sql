-- R-C-8: one customer across calls, channels and platforms. A customer merged into another keeps
-- its rows (merged_into says where it went, root_id the customer it is now part of), so that a
-- merge can be undone; a customer in no merge is its own root.
create table customer (
  id uuid primary key,
  name varchar(200),
  created_at timestamptz not null,
  merged_into uuid references customer (id),
  root_id uuid not null references customer (id)
);
create index customer_by_root on customer (root_id);

-- How a customer is known: PHONE (digits from the country code on), SERVICE_NUMBER (an IndiHome or
-- internet number's digits), EMAIL and HANDLE (lower case; a handle on its platform). Each
-- identifier names one customer.
create table customer_identifier (
  kind varchar(24) not null,
  platform varchar(24) not null default '',
  value varchar(200) not null,
  customer_id uuid not null references customer (id),
  added_at timestamptz not null,
  primary key (kind, platform, value)
);
create index customer_identifier_by_customer on customer_identifier (customer_id);

-- The customer's timeline: what was done to the record (merged, merge undone), oldest first.
create table customer_event (
  id bigserial primary key,
  customer_id uuid not null references customer (id),
  type varchar(40) not null,
  at timestamptz not null,
  actor varchar(64) not null,
  merge_id uuid,
  other_customer uuid,
  reason varchar(1000)
);
create index customer_event_by_customer on customer_event (customer_id, id);

-- A merge of one customer into another, in force until undone.
create table customer_merge (
  id uuid primary key,
  merged_customer uuid not null references customer (id),
  into_customer uuid not null references customer (id),
  reason varchar(1000) not null,
  merged_by varchar(64) not null,
  merged_at timestamptz not null,
  undone_by varchar(64),
  undone_at timestamptz,
  undo_reason varchar(1000)
);
-- a customer is merged away at most once at a time
create unique index customer_merge_in_force on customer_merge (merged_customer)
  where undone_at is null;
