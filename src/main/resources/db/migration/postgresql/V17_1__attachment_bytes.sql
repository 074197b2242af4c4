alter table document_attachment add column content bytea not null;
alter table draft_attachment add column content bytea not null;
