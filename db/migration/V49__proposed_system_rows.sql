-- A committee's secretariat may propose rows for a node (issue 30): a proposed row is not counted until a
-- programme manager accepts it.
alter table system_row add column proposed boolean not null default false;
