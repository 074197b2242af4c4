alter table emulation_file add column content varbinary(20971520) not null;
