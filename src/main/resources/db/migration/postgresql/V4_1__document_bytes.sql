alter table issued_document add column content bytea;
