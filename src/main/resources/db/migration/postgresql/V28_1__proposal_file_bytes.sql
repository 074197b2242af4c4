alter table proposal_file add column content bytea not null;
