-- Reminders before and after a task's due date and its escalation (issue 16): one row per task and threshold,
-- written with the notifications it causes, so that each fires once across nodes and restarts.
create table task_reminder (
    task_id   varchar(64) not null,
    threshold varchar(16) not null,
    sent_at   timestamp with time zone not null,
    primary key (task_id, threshold)
);
