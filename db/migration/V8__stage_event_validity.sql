-- Each stage event holds from occurred_at until the standard's next stage event: superseded_at is that
-- next event's instant, or the open end 9999-12-31 while the event is the standard's current one (the
-- convention of SQL:2011 period tables, and what lets an index range serve "current at D"). The as-of
-- report then reads the events valid at an instant with a range condition instead of ranking every
-- earlier event of every standard.
alter table stage_event add column superseded_at timestamp with time zone
    default timestamp with time zone '9999-12-31 00:00:00+00' not null;

update stage_event e set superseded_at = (
    select min(n.occurred_at) from stage_event n
    where n.standard_id = e.standard_id
      and (n.occurred_at > e.occurred_at or (n.occurred_at = e.occurred_at and n.id > e.id)))
where exists (
    select 1 from stage_event n
    where n.standard_id = e.standard_id
      and (n.occurred_at > e.occurred_at or (n.occurred_at = e.occurred_at and n.id > e.id)));

-- Per standard, the event valid at an instant is one index seek; the index covers the report's columns.
drop index stage_event_standard;
create index stage_event_validity on stage_event (standard_id, superseded_at, occurred_at, to_stage);
