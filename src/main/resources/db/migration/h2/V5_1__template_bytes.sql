alter table document_template add column content varbinary(10485760) not null;
