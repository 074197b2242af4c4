-- A draft a feature writes on its own screen (an annual plan, an inspection round's papers): which feature, which
-- of its records, and the screen's route. Such a draft takes the document route like any other.
alter table document_draft add column origin_feature varchar(30);
alter table document_draft add column origin_id bigint;
alter table document_draft add column origin_route varchar(200);
create index document_draft_origin on document_draft (origin_feature, origin_id);

-- A plan now travels as its draft: the route, its versions, comments, history and sign-off are the draft's, and the
-- plan keeps its own content and follows the draft's state (whose first is DRAFTING).
alter table annual_plan add column draft_id bigint references document_draft (id);
update annual_plan set status = 'DRAFTING' where status = 'DRAFT';
alter table annual_plan drop column process_instance_id;
alter table annual_plan drop column submissions;
alter table annual_plan drop column return_comment;
alter table annual_plan drop column issued_on;
drop table plan_event;
drop table plan_comment;
drop table plan_revision;
