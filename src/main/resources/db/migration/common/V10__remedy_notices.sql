-- The reminders and late notices each remedial task has had. A task sent back after its deadline starts
-- its timers again, and they fire at once; this keeps the ward and the head from hearing it twice.
create table remedy_notice (
    remedy_id bigint                   not null references remedial_task (id),
    kind      varchar(20)              not null,
    sent_at   timestamp with time zone not null,
    primary key (remedy_id, kind)
);
