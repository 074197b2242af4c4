alter table issued_document add column content varbinary(104857600);
