-- R-C-8: every case belongs to one customer: the one its phone number, service number or
-- TelkomCare handle named when it was taken in. Existing cases get one customer per phone number,
-- one per TelkomCare author on their channel, and one each when they name neither.
alter table hard_complaint_case add column customer_id uuid references customer (id);
alter table hard_complaint_case add column customer_service_number varchar(20);

create temporary table case_customer_backfill as
  select k.id as case_id,
         case when k.customer_phone_digits is not null then 'PHONE'
              when k.author_handle is not null and k.channel = 'TELKOMCARE_EMAIL'
                   and k.author_handle like '%@%' then 'EMAIL'
              when k.author_handle is not null then 'HANDLE' end as kind,
         case when k.customer_phone_digits is null and k.author_handle is not null
                   and not (k.channel = 'TELKOMCARE_EMAIL' and k.author_handle like '%@%')
              then k.channel else '' end as platform,
         coalesce(k.customer_phone_digits, lower(k.author_handle)) as value,
         k.customer_name, k.created_at
  from hard_complaint_case k;

create temporary table backfill_customer as
  select gen_random_uuid() as id, kind, platform, value,
         (array_agg(customer_name order by created_at desc))[1] as name,
         min(created_at) as created_at
  from case_customer_backfill where kind is not null
  group by kind, platform, value;

insert into customer (id, name, created_at, root_id)
  select id, name, created_at, id from backfill_customer;
insert into customer_identifier (kind, platform, value, customer_id, added_at)
  select kind, platform, value, id, created_at from backfill_customer;
update hard_complaint_case k set customer_id = b.id
  from case_customer_backfill f join backfill_customer b
    on b.kind = f.kind and b.platform = f.platform and b.value = f.value
  where f.case_id = k.id;

-- a case that named no one is its own customer's only case
insert into customer (id, name, created_at, root_id)
  select id, customer_name, created_at, id from hard_complaint_case where customer_id is null;
update hard_complaint_case set customer_id = id where customer_id is null;

alter table hard_complaint_case alter column customer_id set not null;
create index case_by_customer on hard_complaint_case (customer_id, created_at desc);
create index closed_case_by_customer on hard_complaint_case (customer_id, closed_at desc)
  where status = 'CLOSED';

drop table case_customer_backfill;
drop table backfill_customer;
