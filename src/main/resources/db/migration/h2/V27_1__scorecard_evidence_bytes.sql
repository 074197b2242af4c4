alter table scorecard_evidence add column content varbinary(20971520) not null;
