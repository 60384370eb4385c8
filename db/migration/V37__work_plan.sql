-- The proposal package (issue 18, item 4): a committee may require the proposal, the draft outline and the
-- work plan before a proposal is submitted (proposalPackage, default true); the work plan gives a target date
-- for each development milestone, which become the due dates of the tasks that reach them.
alter table committee add column proposal_package boolean not null default true;

create table work_plan_target (
    standard_id bigint      not null references standard (id),
    milestone   varchar(20) not null check (milestone in ('DRAFTING', 'CONSULTATION', 'TECHNICAL_REVIEW', 'APPROVAL')),
    target_on   date        not null,
    primary key (standard_id, milestone)
);
