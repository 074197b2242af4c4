-- A checklist belongs to the body whose drafters and leaders publish it; the checklists that come with
-- the system (the standard one) belong to none, and every body may open rounds with them. Checklists saved
-- before this change belong to none as well: administrators revise them, and a body saves its own from them.
alter table checklist_template add column issuing_body_id bigint references issuing_body (id);
