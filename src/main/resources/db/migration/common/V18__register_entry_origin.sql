-- Where each register entry's document was written: issued by BoardFlow from content drafted through it
-- (GENERATED), typed in by the clerk from a document drafted outside (TYPED_IN), or a number only (NUMBER_ONLY).
-- Entries made before this was kept: those with an issued document count as generated, the rest as numbers only.
alter table register_entry add column origin varchar(20) not null default 'NUMBER_ONLY';
update register_entry set origin = 'GENERATED' where id in (select register_entry_id from issued_document);
