-- R-C-8: a contact within the policy's repeat window after a case closed is linked to that case.
alter table hard_complaint_case add column repeat_of uuid references hard_complaint_case (id);

alter table policy_revision add column repeat_window varchar(32) not null default 'P7D';
