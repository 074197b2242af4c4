alter table inspection_evidence add column content bytea not null;
