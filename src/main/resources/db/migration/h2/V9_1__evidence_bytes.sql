alter table inspection_evidence add column content varbinary(20971520) not null;
