-- A budget goes on the document route as its Quyết định phân bổ kinh phí: the draft it is written as, where that
-- draft stands, and, once issued, the decision and the lines as decided, which the wards spend against.
alter table budget add column draft_id bigint references document_draft (id);
alter table budget add column status varchar(30);
alter table budget add column decision_id bigint references issued_document (id);
alter table budget add column decision_symbol varchar(100);
alter table budget add column decided_json varchar(200000);
