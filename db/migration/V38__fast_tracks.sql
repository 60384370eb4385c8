-- The fast tracks (issue 18, item 7): each standard's track, and the sector or group standard it converts or
-- adopts (its number, and for a group standard since when it has been in use). Earlier IDT/MOD adoptions
-- were the adoption track, and earlier revisions the revision track.
alter table standard add column track varchar(16) not null default 'REGULAR'
    check (track in ('REGULAR', 'ADOPTION', 'REVISION', 'CONVERSION', 'GROUP_ADOPTION'));
alter table standard add column source_standard varchar(100);
alter table standard add column source_in_use_since date;
update standard set track = 'ADOPTION' where international_degree in ('IDT', 'MOD');
update standard set track = 'REVISION' where revision_of is not null;
