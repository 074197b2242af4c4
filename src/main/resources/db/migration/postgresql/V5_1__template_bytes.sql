alter table document_template add column content bytea not null;
