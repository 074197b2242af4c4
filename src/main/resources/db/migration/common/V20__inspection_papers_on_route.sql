-- A round's Kế hoạch kiểm tra and Báo cáo kết quả take the document route as drafts: the draft each is on, until it
-- is issued (and again after a cancelled one).
alter table inspection_round add column plan_draft_id bigint references document_draft (id);
alter table inspection_round add column report_draft_id bigint references document_draft (id);
