-- R-I-1: the complaint application's ticket number on the case, to find the case by it.
alter table hard_complaint_case add column ticket_number varchar(64);
create index case_by_ticket_number on hard_complaint_case (ticket_number)
  where ticket_number is not null;
