-- R-C-6: who of QC, the SPV and the manager acknowledged ("mengetahui") the documented follow-up,
-- as ROLE:username entries; when, and with what note, is on the timeline.
alter table hard_complaint_case add column follow_up_acknowledged_by varchar(2000);
