-- Stage events brought in with an existing portfolio carry the file's dates and say so (issue 14).
alter table stage_event add column imported boolean not null default false;
