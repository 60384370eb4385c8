-- Open workflow tasks as the reports read them, written by the task listener in the engine's own
-- transaction, so reports never touch the engine's runtime tables.
create table open_task (
    task_id     varchar(64) primary key,
    standard_id bigint      not null references standard (id),
    task_key    varchar(64) not null,
    assignee    varchar(64),
    created_at  timestamp with time zone not null,
    due_at      timestamp with time zone
);
create index open_task_standard on open_task (standard_id);
