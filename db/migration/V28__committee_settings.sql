-- Each committee's own procedure (issue 18, item 0): how it reviews drafts, how it supports proposals,
-- whether the drafting organisation's members are recused, the department that reviews its submissions
-- before the approver, and the bases its votes are counted on. Defaults are the national measures'.
alter table committee add column review_mode varchar(16) not null default 'MEETING';
alter table committee add column proposal_support varchar(16) not null default 'SUPPORTERS';
alter table committee add column proposal_supporters integer not null default 5;
alter table committee add column recusal boolean not null default true;
alter table committee add column competent_department varchar(16);
alter table committee add column participation_base varchar(16) not null default 'ALL_MEMBERS';
alter table committee add column abstentions varchar(24) not null default 'COUNT_AS_TAKING_PART';
update committee set review_mode = 'CORRESPONDENCE' where level = 'SECTOR';
-- SAC/TC28 and its subcommittees answer to MIIT.
update committee set competent_department = 'MIIT' where code = 'TC28-SC38';

-- A ballot is counted on the bases its committee had when it opened.
alter table ballot add column participation_base varchar(16) not null default 'ALL_MEMBERS';
alter table ballot add column abstentions varchar(24) not null default 'COUNT_AS_TAKING_PART';
