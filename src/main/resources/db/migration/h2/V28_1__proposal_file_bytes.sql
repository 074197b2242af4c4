alter table proposal_file add column content varbinary(20971520) not null;
