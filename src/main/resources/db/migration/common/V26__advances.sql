-- Advances (tạm ứng) are dossiers of their own kind: a reason, an amount and the day by which the ward is to settle
-- it, on their own route. A settlement dossier may clear one advance (its vouchers show what the advance was spent
-- on), or correct one approved dossier; either way it replaces the other in what counts against the allocation
-- once it is approved.
alter table settlement_dossier add column kind varchar(20) default 'SETTLEMENT' not null;
alter table settlement_dossier add column settle_by date;
alter table settlement_dossier add column advance_id bigint references settlement_dossier (id);
alter table settlement_dossier add constraint settlement_clears_once unique (advance_id);
alter table settlement_dossier add constraint settlement_corrected_once unique (corrects_id);
alter table settlement_dossier add constraint settlement_one_link check (advance_id is null or corrects_id is null);
