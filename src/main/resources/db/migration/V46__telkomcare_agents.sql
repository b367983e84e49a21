-- R-C-9: the agents who answer TelkomCare threads; a thread fed by an integrator is assigned to one
-- of their cluster.
alter table user_account add column telkomcare boolean not null default false;
alter table user_account add constraint telkomcare_agents_are_agents
  check (not telkomcare or role = 'AGENT');

-- the threads an agent holds, counted when the next one is assigned
create index case_open_threads_by_agent on hard_complaint_case (created_by)
  where channel <> 'INBOUND_VOICE' and status <> 'CLOSED';
