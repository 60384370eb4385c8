-- One counter that every transaction changing the standards' stages, histories or groups advances as it commits:
-- a report counted at generation n stays right until the counter passes n (StageDataGeneration). One row, so
-- that its lock orders the commits that advance it.
create table stage_data_generation (
    id         integer primary key check (id = 1),
    generation bigint  not null
);
insert into stage_data_generation (id, generation) values (1, 0);
