-- A process may be about something other than a standard (issue 31: an international ballot): its open tasks
-- name either a standard (standard_id) or that subject by its process's business key (subject, 'intl-ballot:12').
alter table open_task alter column standard_id drop not null;
alter table open_task add column subject varchar(64);
create index open_task_subject on open_task (subject);
