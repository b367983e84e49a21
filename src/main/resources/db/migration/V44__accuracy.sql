-- K-4: what the TL identified the problem as while listening, and the resolution's category at
-- closing; the categories are policy data, so each revision keeps its list.
alter table hard_complaint_case
  add column identified_category varchar(40),
  add column identified_by       varchar(64),
  add column resolution_category varchar(40);

alter table policy_revision
  add column problem_categories varchar(2100) not null
    default 'GANGGUAN_INTERNET,GANGGUAN_TELEPON,GANGGUAN_TV,TAGIHAN,PASANG_BARU,PERANGKAT,PELAYANAN_PETUGAS,LAINNYA';

create index case_identified_by on hard_complaint_case (identified_by, closed_at)
  where identified_by is not null;
