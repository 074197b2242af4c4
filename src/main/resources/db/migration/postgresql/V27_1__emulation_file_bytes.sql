alter table emulation_file add column content bytea not null;
