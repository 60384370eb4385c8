-- The proposal as it really runs (issue 18, item 4): a member proposes and the committee supports it, by the
-- support of enough members or by a vote of the committee (its proposalSupport setting), before the approver
-- evaluates it. One position per member and proposal; a member may change it until the proposal is submitted.
create table proposal_support (
    standard_id bigint      not null references standard (id),
    username    varchar(64) not null references app_user (username),
    position    varchar(8)  not null check (position in ('SUPPORT', 'OPPOSE')),
    recorded_at timestamp with time zone not null,
    primary key (standard_id, username)
);
