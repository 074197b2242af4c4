alter table scorecard_evidence add column content bytea not null;
