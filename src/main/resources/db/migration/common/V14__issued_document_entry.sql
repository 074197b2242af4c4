-- An issued document refers to its register entry for its number, date, type, summary and signer, which
-- were copied into it; the copies go (the entry holds the same values, both being written once).
alter table issued_document drop column issuing_body_id;
alter table issued_document drop column symbol;
alter table issued_document drop column document_type;
alter table issued_document drop column issued_on;
alter table issued_document drop column summary;
alter table issued_document drop column search_text;
alter table issued_document drop column signer;
