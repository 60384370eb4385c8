-- The task list is answered from the projection: each open task's name and process definition (for its
-- form) and its candidate groups, all written by the task listener in the engine's own transaction.
alter table open_task add column name varchar(255);
alter table open_task add column process_definition_id varchar(64);
create table open_task_candidate (
    task_id  varchar(64) not null references open_task (task_id) on delete cascade,
    group_id varchar(64) not null,
    primary key (task_id, group_id)
);
create index open_task_candidate_group on open_task_candidate (group_id);
create index open_task_assignee on open_task (assignee);
