alter table settlement_attachment add column content varbinary(20971520) not null;
