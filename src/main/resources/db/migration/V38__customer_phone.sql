-- R-C-8: a customer is found by phone number however it was written: the digits from the country
-- code on (6281234567890), kept beside the number as the agent typed it.
alter table hard_complaint_case add column customer_phone_digits varchar(16);
update hard_complaint_case set customer_phone_digits = d.canonical
  from (select id, case
          when digits like '62%' then digits
          when digits like '0%' then '62' || substr(digits, 2)
          else '62' || digits end as canonical
        from (select id, regexp_replace(customer_phone, '[^0-9]', '', 'g') as digits
              from hard_complaint_case where customer_phone is not null) written) d
  where d.id = hard_complaint_case.id and length(d.canonical) between 10 and 15;
create index case_by_customer_phone on hard_complaint_case (customer_phone_digits, created_at desc)
  where customer_phone_digits is not null;
