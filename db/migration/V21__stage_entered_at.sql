-- When a standard entered the stage it is in (issue 16): a standard waiting in one stage longer than the
-- policy's typical time for it is shown as stalled. Repeating a stage (30.93, 40.93) does not re-enter it.
alter table standard add column stage_entered_at timestamp with time zone;
update standard set stage_entered_at = (
    select max(e.occurred_at) from stage_event e
    where e.standard_id = standard.id
      and e.to_stage = standard.stage
      and (e.from_stage is null or e.from_stage <> e.to_stage));
