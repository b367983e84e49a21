-- R-C-5: the people of each related unit, who see the coordinations addressed to it and answer.
create table related_unit_member (
  unit      varchar(32) not null
    check (unit in ('COMPLAINT_HANDLING', 'SPV_SERVICE_OPERATION', 'MANAGER', 'LIAISON_OFFICER')),
  username  varchar(64) not null references user_account (username),
  primary key (unit, username)
);
create index related_unit_member_by_person on related_unit_member (username);

-- R-C-5: the coordinations a unit has not answered yet are found on the timeline by unit
create index case_event_coordination_by_unit on case_event ((details::jsonb ->> 'unit'))
  where type = 'UNIT_COORDINATED';
create index case_event_coordination_by_id on case_event ((details::jsonb ->> 'coordinationId'))
  where type in ('UNIT_COORDINATED', 'COORDINATION_ANSWERED');
