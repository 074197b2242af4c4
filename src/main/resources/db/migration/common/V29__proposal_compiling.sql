-- The secretariat's compiling of the proposals (thẩm định): each sent proposal is taken into the list or returned
-- to its unit with the reason, which the unit reads while it puts the proposal right and sends it again.
alter table commendation_proposal add column return_comment varchar(1000);
alter table commendation_proposal add column compiled_at timestamp with time zone;
alter table commendation_proposal add column compiled_by varchar(60);
