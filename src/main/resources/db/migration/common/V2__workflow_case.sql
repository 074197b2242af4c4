-- What each running or finished process is about: the inbox shows its subject and unit next to every task.
create table workflow_case (
    process_instance_id varchar(64) primary key,
    process_key         varchar(100)             not null,
    business_key        varchar(100),
    subject             varchar(500)             not null,
    unit_id             bigint                   not null references unit (id),
    started_by          varchar(60)              not null,
    started_at          timestamp with time zone not null
);
create index workflow_case_business_key on workflow_case (business_key);
