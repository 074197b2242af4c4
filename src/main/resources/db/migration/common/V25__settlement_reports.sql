-- A budget's year-end Báo cáo quyết toán kinh phí on the document route: the draft it is written as, where that
-- draft stands, and the report once issued. One a budget; a new draft replaces a cancelled one.
create table settlement_report (
    budget_id       bigint primary key references budget (id),
    draft_id        bigint       not null references document_draft (id),
    status          varchar(30)  not null,
    document_id     bigint references issued_document (id),
    document_symbol varchar(100),
    version         bigint       not null default 0
);
