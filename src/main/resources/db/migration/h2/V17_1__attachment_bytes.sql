alter table document_attachment add column content varbinary(20971520) not null;
alter table draft_attachment add column content varbinary(20971520) not null;
