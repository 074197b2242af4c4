alter table settlement_attachment add column content bytea not null;
